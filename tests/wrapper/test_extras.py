"""``extra_headers``, ``extra_query`` and ``extra_body`` on every SDK method send what the SDK does
not know yet; the live server shows they arrived (the body's fields are stored)."""

from __future__ import annotations

import asyncio

import httpx
from segments_client import AsyncSegmentsClient, SegmentsClient

from tests.local_server import RunningServer

IMAGE = {"image": {"url": "https://example.com/a.jpg"}}


def test_extras_reach_the_server_on_every_kind_of_call(live: RunningServer, api_key: str, username: str) -> None:
    sent: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [sent.append]})
    with SegmentsClient(api_key, live.url, http_client=http) as client:
        client.add_dataset("ds", task_type="vector", extra_headers={"X-Trace-Id": "t-1"})
        assert sent[-1].headers["x-trace-id"] == "t-1" and sent[-1].headers["authorization"] == f"APIKey {api_key}"
        identifier = f"{username}/ds"
        sample = client.add_sample(identifier, "a", IMAGE, extra_body={"priority": 7, "readme": "from extra_body"})
        assert sample.priority == 7 and client.get_sample(sample.uuid).readme == "from extra_body"
        issue = client.add_issue(sample.uuid, "sdk text", extra_body={"description": "extra wins"})
        assert issue.description == "extra wins"
        page = client.get_samples(identifier, extra_query={"name__contains": "zzz"})
        assert page == [] and sent[-1].url.params["name__contains"] == "zzz"
        assert client.get_dataset(identifier, extra_query={"unknown": "1"}).name == "ds"
        deleted = client.delete_samples(identifier, [sample.uuid], extra_headers={"X-Trace-Id": "t-2"})
        assert deleted is not None and sent[-1].headers["x-trace-id"] == "t-2"
    http.close()


def test_the_async_client_takes_them_too(live: RunningServer, api_key: str, username: str) -> None:
    async def run() -> None:
        async with AsyncSegmentsClient(api_key, live.url) as client:
            await client.add_dataset("ads", task_type="vector")
            sample = await client.add_sample(f"{username}/ads", "a", IMAGE, extra_body={"priority": 3})
            assert sample.priority == 3
            updated = await client.update_sample(sample.uuid, extra_body={"readme": "async extra"})
            assert updated.readme == "async extra"

    asyncio.run(run())
