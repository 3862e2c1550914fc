"""Per-call overhead: GET /samples/{uuid}/ through raw httpx, the generated client, our SDK, the official SDK."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import segments
from segments_api_client import AuthenticatedClient
from segments_api_client.api.samples import get_sample
from segments_client import SegmentsClient

from .harness import create_user, interleaved, server_process, timed


def run(data_dir: Path, calls: int, rounds: int) -> dict[str, float]:
    key = create_user(data_dir, "percall")
    logging.getLogger("segments").setLevel(logging.WARNING)
    with server_process(data_dir) as (url, _pid):
        headers = {"Authorization": f"APIKey {key}"}
        raw = httpx.Client(base_url=url, headers=headers)
        raw.post("/user/datasets/", json={"name": "percall", "task_type": "bboxes"}).raise_for_status()
        uuid = raw.post(
            "/datasets/percall/percall/samples/", json={"name": "s", "attributes": {"image": {"url": "u"}}}
        ).json()["uuid"]
        generated = AuthenticatedClient(base_url=url, token=key, prefix="APIKey")
        ours = SegmentsClient(key, url)
        official = segments.SegmentsClient(key, api_url=url)

        def per_call(call: object) -> float:
            return timed(lambda: [call() for _ in range(calls)]) / calls * 1e6  # type: ignore[operator]

        result = interleaved(
            {
                "httpx": lambda: per_call(lambda: raw.get(f"/samples/{uuid}/").raise_for_status()),
                "generated": lambda: per_call(lambda: get_sample.sync(client=generated, sample_uuid=uuid)),
                "wrapper": lambda: per_call(lambda: ours.get_sample(uuid)),
                "official_sdk": lambda: per_call(lambda: official.get_sample(uuid)),
            },
            rounds,
        )
        for client in (raw, ours, official):
            client.close()
    return result
