"""Release export of 10k and 100k labeled samples (smaller with --tiny): wall time and server memory."""

from __future__ import annotations

import itertools
import statistics
import time
from pathlib import Path

import httpx

from .harness import create_user, rss_mb, seed_samples, server_process


def run(data_dir: Path, small: int, large: int, rounds: int) -> dict[str, float]:
    key = create_user(data_dir, "exporter")
    seed_samples(data_dir, "exporter", "small", small, labeled=True)
    seed_samples(data_dir, "exporter", "large", large, labeled=True)
    names = (f"r{n}" for n in itertools.count())
    times: dict[str, list[float]] = {"small": [], "large": []}
    with (
        server_process(data_dir) as (url, pid),
        httpx.Client(base_url=url, headers={"Authorization": f"APIKey {key}"}, timeout=120) as http,
    ):
        http.get("/datasets/exporter/small/").raise_for_status()  # warm up imports and caches
        idle = rss_mb(pid)
        for _ in range(rounds):
            for dataset in ("small", "large"):
                name = next(names)
                start = time.perf_counter()
                http.post(f"/datasets/exporter/{dataset}/releases/", json={"name": name}).raise_for_status()
                while (release := http.get(f"/datasets/exporter/{dataset}/releases/{name}/").json())[
                    "status"
                ] == "PENDING":
                    time.sleep(0.05)
                assert release["status"] == "SUCCEEDED", release
                times[dataset].append(time.perf_counter() - start)
        peak = rss_mb(pid, "VmHWM")
    return {
        "s_10k": statistics.median(times["small"]),
        "s_100k": statistics.median(times["large"]),
        "idle_rss_mb": idle,
        "peak_rss_mb_100k": peak,
    }
