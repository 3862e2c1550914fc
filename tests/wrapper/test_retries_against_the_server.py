"""The SDK's retries, backoff and timeouts against the real server, made to fail on purpose through its
control API (``LocalServer.inject_fault``): statuses with ``Retry-After``, dropped connections and
latency. What a server cannot do on demand (a refused connection, the timeouts handed to httpx, the
``X-Should-Retry`` mark) stays with MockTransport in test_retries_and_timeouts.py."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
from segments_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncSegmentsClient,
    RateLimitError,
    SegmentsClient,
    ServerError,
    ServiceUnavailableError,
)
from segments_server.testing import LocalServer

from tests.local_server import public_local_server

IMAGE = {"image": {"url": "https://example.com/a.jpg"}}


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with public_local_server() as running:
        yield running


@pytest.fixture
def key(server: LocalServer) -> str:
    server.reset()
    key = server.create_user("jane")
    with SegmentsClient(key, server.url) as client:
        client.add_dataset("ds", task_type="vector")
    return key


@pytest.fixture
def sleeps() -> list[float]:
    """The waits between attempts, recorded by the sleep function the clients are given."""
    return []


def client(server: LocalServer, key: str, sleeps: list[float], **options: object) -> SegmentsClient:
    return SegmentsClient(key, server.url, sleep=sleeps.append, **options)  # type: ignore[arg-type]


def statuses(server: LocalServer, operation_id: str) -> list[int | None]:
    return [entry["status"] for entry in server.journal(operation_id)]


def test_get_is_retried_on_503_honouring_retry_after(server: LocalServer, key: str, sleeps: list[float]) -> None:
    server.inject_fault("get_user", status=503, retry_after=3)
    assert client(server, key, sleeps).get_user().username == "jane"
    assert statuses(server, "get_user") == [503, 200] and sleeps == [3.0]


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_retryable_statuses_back_off_exponentially(
    server: LocalServer, key: str, sleeps: list[float], status: int
) -> None:
    server.inject_fault("get_dataset", status=status, times=None)
    with pytest.raises(RateLimitError if status == 429 else ServerError) as error:
        client(server, key, sleeps, max_retries=3).get_dataset("jane/ds")
    assert error.value.status_code == status and statuses(server, "get_dataset") == [status] * 4
    assert len(sleeps) == 3
    for attempt, slept in enumerate(sleeps):
        assert 0.25 * 2**attempt <= slept <= 0.5 * 2**attempt, "backoff doubles, with jitter"


def test_rate_limit_error_carries_retry_after(server: LocalServer, key: str, sleeps: list[float]) -> None:
    server.inject_fault("get_dataset", status=429, retry_after=7, times=None)
    with pytest.raises(RateLimitError) as error:
        client(server, key, sleeps, max_retries=1).get_dataset("jane/ds")
    assert error.value.retry_after == 7.0 and sleeps == [7.0]


def test_a_create_is_not_repeated_after_a_503_but_is_after_a_429(
    server: LocalServer, key: str, sleeps: list[float]
) -> None:
    server.inject_fault("add_sample", status=503)
    with pytest.raises(ServiceUnavailableError):
        client(server, key, sleeps).add_sample("jane/ds", "a", IMAGE)
    assert statuses(server, "add_sample") == [503] and sleeps == []
    server.inject_fault("add_sample", status=429, retry_after=2)
    assert client(server, key, sleeps).add_sample("jane/ds", "a", IMAGE).name == "a"
    assert statuses(server, "add_sample") == [503, 429, 201] and sleeps == [2.0]


def test_bulk_creation_by_name_is_retried(server: LocalServer, key: str, sleeps: list[float]) -> None:
    server.inject_fault("add_samples", status=503, retry_after=0)
    created = client(server, key, sleeps).add_samples("jane/ds", [{"name": "a", "attributes": IMAGE}])
    assert [sample.name for sample in created] == ["a"] and statuses(server, "add_samples") == [503, 201]


def test_500_is_not_retried(server: LocalServer, key: str, sleeps: list[float]) -> None:
    server.inject_fault("get_dataset", status=500)
    with pytest.raises(ServerError) as error:
        client(server, key, sleeps).get_dataset("jane/ds")
    assert error.value.status_code == 500 and statuses(server, "get_dataset") == [500]


def test_a_dropped_connection_is_retried_for_a_read_not_for_a_create(
    server: LocalServer, key: str, sleeps: list[float]
) -> None:
    server.inject_fault("get_dataset", drop_connection=True)
    assert client(server, key, sleeps).get_dataset("jane/ds").name == "ds"
    assert statuses(server, "get_dataset") == [None, 200]
    server.inject_fault("add_sample", drop_connection=True)
    with pytest.raises(APIConnectionError) as error:
        client(server, key, sleeps).add_sample("jane/ds", "a", IMAGE)
    assert error.value.method == "POST" and statuses(server, "add_sample") == [None]


def test_a_slow_answer_is_a_timeout_retried_then_raised(server: LocalServer, key: str, sleeps: list[float]) -> None:
    slow = server.inject_fault("get_dataset", latency=1.0, times=2)
    with pytest.raises(APITimeoutError):
        client(server, key, sleeps, max_retries=1, timeout=0.3).get_dataset("jane/ds")
    assert slow.used == 2, "both attempts arrived (the journal has them once they are answered)"
    server.inject_fault("get_dataset", latency=1.0)
    assert client(server, key, sleeps, max_retries=1, timeout=0.3).get_dataset("jane/ds").name == "ds"
    deadline = time.monotonic() + 10  # the abandoned slow calls still finish: let them, before the next test
    while sum(entry["fault"] is not None for entry in server.journal("get_dataset")) < 3:
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_max_retries_zero_and_per_call(server: LocalServer, key: str, sleeps: list[float]) -> None:
    server.inject_fault("get_dataset", status=503, times=None)
    with pytest.raises(ServerError):
        client(server, key, sleeps, max_retries=0).get_dataset("jane/ds")
    with pytest.raises(ServerError):
        client(server, key, sleeps, max_retries=3).with_options(max_retries=0).get_dataset("jane/ds")
    assert statuses(server, "get_dataset") == [503, 503] and sleeps == []


def test_async_retries(server: LocalServer, key: str, sleeps: list[float]) -> None:
    server.inject_fault("get_dataset", status=503, retry_after=2)

    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    async def scenario() -> str:
        async with AsyncSegmentsClient(key, server.url, sleep=record) as client:
            return (await client.get_dataset("jane/ds")).name

    assert asyncio.run(scenario()) == "ds"
    assert statuses(server, "get_dataset") == [503, 200] and sleeps == [2.0]
