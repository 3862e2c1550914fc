"""Retries and timeouts where a server cannot make the case on demand (MockTransport): a refused
connection, the ``X-Should-Retry`` mark, the timeouts handed to httpx. The rest is proven against the
real server's injected faults in test_retries_against_the_server.py."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest
from segments_client import (
    APIConnectionError,
    AsyncSegmentsClient,
    InsufficientStorageError,
    RetryPolicy,
    SegmentsClient,
    ServerError,
    ServiceUnavailableError,
)
from segments_client.errors import parse_retry_after

SAMPLE = {
    "uuid": "602a3eec-a61c-4a77-9fcc-3037ce5e9606",
    "name": "a",
    "metadata": {},
    "created_at": "2024-01-01T00:00:00.000000Z",
    "created_by": "jane",
    "priority": 0,
}


class Script:
    """A MockTransport handler answering from a list of responses (or exceptions)."""

    def __init__(self, *steps: int | Exception | httpx.Response) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return step
        if step != 200:
            return httpx.Response(step, json={"detail": f"status {step}"})
        if request.method == "POST":  # creations answer 201; the bulk one with a list
            return httpx.Response(201, json=[SAMPLE] if "samples_bulk" in request.url.path else SAMPLE)
        return httpx.Response(200, json=SAMPLE)


@pytest.fixture
def sleeps() -> list[float]:
    """The waits between attempts, recorded by the sleep function the clients are given."""
    return []


def client_with(
    sleeps: list[float], script: Callable[[httpx.Request], httpx.Response], **options: object
) -> SegmentsClient:
    transport = httpx.MockTransport(script)
    return SegmentsClient("key", "http://api.test", transport=transport, sleep=sleeps.append, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(("status", "error_class"), [(503, ServiceUnavailableError), (507, InsufficientStorageError)])
def test_a_post_the_server_marks_should_retry_is_retried_and_typed(
    sleeps: list[float], status: int, error_class: type[ServerError]
) -> None:
    """The server's 503 and 507 say ``X-Should-Retry: true``: nothing was written, so a create may be
    sent again; without the header a 503 POST is not repeated (see above)."""
    marked = httpx.Response(status, headers={"Retry-After": "1", "X-Should-Retry": "true"}, json={"detail": "x"})
    script = Script(marked, 200)
    client_with(sleeps, script).add_sample("jane/ds", "a", {"image": {"url": "u"}})
    assert len(script.requests) == 2 and sleeps == [1.0]
    always = Script(marked)
    with pytest.raises(error_class) as error:
        client_with(sleeps, always, max_retries=2).add_sample("jane/ds", "a", {"image": {"url": "u"}})
    assert error.value.status_code == status and error.value.retry_after == 1.0 and len(always.requests) == 3


def test_refused_connection_is_retried_for_every_method(sleeps: list[float]) -> None:
    script = Script(httpx.ConnectError("refused"), 200)
    client_with(sleeps, script).add_sample("jane/ds", "a", {"image": {"url": "u"}})
    assert len(script.requests) == 2


def test_connection_errors_surface_after_retries(sleeps: list[float]) -> None:
    script = Script(httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as error:
        client_with(sleeps, script, max_retries=2).get_sample(SAMPLE["uuid"])
    assert len(script.requests) == 3 and error.value.url.endswith(f"/samples/{SAMPLE['uuid']}/")


def test_timeouts_default_per_client_and_per_call(sleeps: list[float]) -> None:
    script = Script(200)
    client_with(sleeps, script).get_sample(SAMPLE["uuid"])
    assert script.requests[-1].extensions["timeout"] == {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    client_with(sleeps, script, timeout=5).get_sample(SAMPLE["uuid"])
    assert script.requests[-1].extensions["timeout"]["read"] == 5
    client = client_with(sleeps, script, timeout=5)
    client.with_options(timeout=httpx.Timeout(1.5)).get_sample(SAMPLE["uuid"])
    assert script.requests[-1].extensions["timeout"]["read"] == 1.5
    client.get_sample(SAMPLE["uuid"])
    assert script.requests[-1].extensions["timeout"]["read"] == 5, "the option applies to the view only"


def test_async_retries_and_timeouts(sleeps: list[float]) -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "2"}, json={}), 200)

    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    async def scenario() -> None:
        transport = httpx.MockTransport(script)
        async with AsyncSegmentsClient("key", "http://api.test", transport=transport, sleep=record) as client:
            assert (await client.with_options(timeout=3).get_sample(SAMPLE["uuid"])).name == "a"

    asyncio.run(scenario())
    assert len(script.requests) == 2 and sleeps == [2.0]
    assert script.requests[-1].extensions["timeout"]["read"] == 3


def test_retry_after_parsing() -> None:
    assert parse_retry_after("12") == 12.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    assert 0 <= parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") <= 0.0 + 1e-9  # type: ignore[operator]
    assert RetryPolicy(jitter=False).delay(10) == 8.0, "capped"
