"""Listing at scale: a page of 1,000 samples from 1k- and 100k-sample datasets, and page 100 of the big one."""

from __future__ import annotations

from pathlib import Path

import httpx

from .harness import create_user, interleaved, seed_samples, server_process, timed


def run(data_dir: Path, small: int, large: int, rounds: int) -> dict[str, float]:
    key = create_user(data_dir, "lister")
    seed_samples(data_dir, "lister", "small", small)
    seed_samples(data_dir, "lister", "large", large)
    deep_page = max(large // 1000, 1)  # page 100 at full size
    with (
        server_process(data_dir) as (url, _pid),
        httpx.Client(base_url=url, headers={"Authorization": f"APIKey {key}"}, timeout=120) as http,
    ):

        def page(dataset: str, number: int) -> float:
            def fetch() -> None:
                response = http.get(f"/datasets/lister/{dataset}/samples/", params={"per_page": 1000, "page": number})
                response.raise_for_status()
                assert len(response.json()) == min(1000, small if dataset == "small" else large)

            return timed(fetch) * 1000

        return interleaved(
            {
                "page1_of_1k": lambda: page("small", 1),
                "page1_of_100k": lambda: page("large", 1),
                "page100_of_100k": lambda: page("large", deep_page),
            },
            rounds,
        )
