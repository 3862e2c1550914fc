"""Bulk upload: samples per second of the official SDK at its best against our SDK (sync and async)."""

from __future__ import annotations

import asyncio
import itertools
import logging
from pathlib import Path
from typing import Any

import segments
from segments_client import AsyncSegmentsClient, SegmentsClient

from .harness import create_user, interleaved, server_process, timed

BATCH = 1000


def _samples(count: int) -> list[dict[str, Any]]:
    return [{"name": f"s{i:06d}.jpg", "attributes": {"image": {"url": f"https://example.com/{i}.jpg"}},
             "metadata": {"i": i}} for i in range(count)]  # fmt: skip


def run(data_dir: Path, count: int, rounds: int) -> dict[str, float]:
    key = create_user(data_dir, "bulk")
    logging.getLogger("segments").setLevel(logging.WARNING)
    samples = _samples(count)
    names = (f"bulk-{n}" for n in itertools.count())
    with server_process(data_dir) as (url, _pid):
        official = segments.SegmentsClient(key, api_url=url)
        ours = SegmentsClient(key, url, timeout=300)

        def fresh_dataset() -> str:
            return ours.add_dataset(next(names), task_type="bboxes").full_name

        def official_sdk() -> float:
            dataset = fresh_dataset()
            return count / timed(
                lambda: [official.add_samples(dataset, samples[i : i + BATCH]) for i in range(0, count, BATCH)]
            )

        def wrapper_sync() -> float:
            dataset = fresh_dataset()
            return count / timed(lambda: ours.add_samples(dataset, samples, batch_size=BATCH, progress=False))

        def wrapper_async() -> float:
            dataset = fresh_dataset()

            async def upload() -> None:
                async with AsyncSegmentsClient(key, url, timeout=300) as client:
                    await client.add_samples(dataset, samples, batch_size=BATCH, max_concurrency=4, progress=False)

            return count / timed(lambda: asyncio.run(upload()))

        result = interleaved(
            {"official_sdk": official_sdk, "wrapper_sync": wrapper_sync, "wrapper_async": wrapper_async}, rounds
        )
        official.close()
        ours.close()
    return result
