"""Proxies (from the environment, by argument, on the user's own client), user clients and logging."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest
from segments_client import AsyncSegmentsClient, ConfigurationError, SegmentsClient, ServerError

from tests.local_server import RunningServer
from tests.wrapper.forward_proxy import ForwardProxy, forward_proxy
from tests.wrapper.test_fault_matrix import SAMPLE, UUID

PROXY_VARIABLES = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
)


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[ForwardProxy]:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with forward_proxy() as running:
        yield running


def test_proxy_from_the_environment(
    proxy: ForwardProxy, live: RunningServer, api_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with SegmentsClient(api_key, live.url) as client:
        assert client.get_user().username
    assert proxy.seen == [f"GET {live.url}/user"]


def test_no_proxy_bypasses_the_proxy(
    proxy: ForwardProxy, live: RunningServer, api_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with SegmentsClient(api_key, live.url) as client:
        assert client.get_user().username
    assert proxy.seen == []


def test_proxy_argument_sync_and_async(proxy: ForwardProxy, live: RunningServer, api_key: str) -> None:
    with SegmentsClient(api_key, live.url, proxy=proxy.url) as client:
        client.get_user()

    async def scenario() -> None:
        async with AsyncSegmentsClient(api_key, live.url, proxy=proxy.url) as client:
            await client.get_user()

    asyncio.run(scenario())
    assert proxy.seen == [f"GET {live.url}/user"] * 2


def test_users_own_client_with_a_proxy(proxy: ForwardProxy, live: RunningServer, api_key: str) -> None:
    own = httpx.Client(proxy=proxy.url, headers={"X-Team": "vision"})
    with SegmentsClient(api_key, live.url, http_client=own) as client:
        client.add_dataset("through-proxy", task_type="bboxes")
        assert [d.name for d in client.get_datasets()] == ["through-proxy"]
    assert not own.is_closed, "a client passed in is the caller's to close"
    own.close()
    assert [line.split(" ")[0] for line in proxy.seen] == ["POST", "GET"]


def test_retries_work_on_the_users_own_client() -> None:
    answers = iter([httpx.Response(503), httpx.Response(503), httpx.Response(200, json={"username": "jane"})])
    seen: list[float] = []
    own = httpx.Client(transport=httpx.MockTransport(lambda request: next(answers)))
    with SegmentsClient("key", "http://api.test", http_client=own, sleep=seen.append) as client:
        request = client.raw  # the escape hatch stays available
        assert request is not None
        with pytest.raises(ServerError):
            client.with_options(max_retries=1).get_user()
    assert len(seen) == 1
    own.close()


def test_conflicting_client_options_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="http_client"):
        SegmentsClient("key", "http://api.test", http_client=httpx.Client(), proxy="http://proxy:1")
    with pytest.raises(ConfigurationError, match="AsyncClient"):
        AsyncSegmentsClient("key", "http://api.test", http_client=httpx.Client())  # type: ignore[arg-type]
    for url in ("localhost:8000", "ftp://host", "http://", "not a url"):
        with pytest.raises(ConfigurationError, match="base URL"):
            SegmentsClient("key", url)


def test_one_debug_line_per_request_and_one_info_line_per_retry(caplog: pytest.LogCaptureFixture) -> None:
    answers = iter([httpx.Response(503, headers={"Retry-After": "1"}), httpx.Response(200, json=SAMPLE)])
    transport = httpx.MockTransport(lambda request: next(answers))
    caplog.set_level(logging.DEBUG, logger="segments_client")
    with SegmentsClient("key", "http://api.test", transport=transport, sleep=lambda _s: None) as client:
        client.get_sample(UUID)
    lines = [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "segments_client"]
    assert [level for level, _ in lines] == ["DEBUG", "INFO", "DEBUG"]
    url = f"http://api.test/samples/{UUID}/"
    assert lines[0][1].startswith(f"GET {url} -> 503")
    assert lines[1][1] == f"retrying GET {url} in 1.00 s (retry 1 of 2): status 503"


def test_segments_log_environment_variable_turns_logging_on(live: RunningServer, api_key: str) -> None:
    script = "from segments_client import SegmentsClient; SegmentsClient().get_user()"
    env = {**os.environ, "SEGMENTS_LOG": "debug", "SEGMENTS_API_KEY": api_key, "SEGMENTS_API_URL": live.url}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert f"GET {live.url}/user -> 200" in done.stderr
    quiet = subprocess.run(
        [sys.executable, "-c", script], env={**env, "SEGMENTS_LOG": ""}, capture_output=True, text=True, timeout=60
    )
    assert quiet.stderr == ""
