"""Retries with exponential backoff and jitter, honouring Retry-After, inside the httpx transport.

Only requests that are safe to repeat are retried after they may have reached the server: GET,
HEAD, OPTIONS, PUT, DELETE, and POSTs the server treats idempotently (bulk sample creation by
name). A connection that could not be opened is retried for every method, since nothing was sent.
"""

from __future__ import annotations

import asyncio
import contextvars
import dataclasses
import email.utils
import random
import re
import time

import httpx

RETRY_STATUSES = frozenset({429, 502, 503, 504})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
IDEMPOTENT_POSTS = (re.compile(r"/samples_bulk/?$"),)
MAX_RETRY_AFTER = 60.0


@dataclasses.dataclass(frozen=True)
class CallOptions:
    """Per-call overrides (see ``SegmentsClient.with_options``)."""

    timeout: httpx.Timeout | None = None
    max_retries: int | None = None


NO_OPTIONS = CallOptions()
CALL_OPTIONS: contextvars.ContextVar[CallOptions | None] = contextvars.ContextVar("segments_call_options", default=None)
LAST_REQUEST: contextvars.ContextVar[tuple[str, str] | None] = contextvars.ContextVar(
    "segments_last_request", default=None
)


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait: ``backoff * 2**attempt`` capped at ``max_backoff``, with jitter."""

    max_retries: int = 2
    backoff: float = 0.5
    max_backoff: float = 8.0
    jitter: bool = True

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            if retry_after is not None:
                return min(retry_after, MAX_RETRY_AFTER)
        delay: float = min(self.backoff * (2**attempt), self.max_backoff)
        return delay * random.uniform(0.5, 1.0) if self.jitter else delay


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(parsed.timestamp() - time.time(), 0.0)


def is_safe(request: httpx.Request) -> bool:
    if request.method in SAFE_METHODS:
        return True
    return request.method == "POST" and any(p.search(request.url.path) for p in IDEMPOTENT_POSTS)


def _prepare(request: httpx.Request, policy: RetryPolicy) -> int:
    options = CALL_OPTIONS.get() or NO_OPTIONS
    if options.timeout is not None:
        request.extensions["timeout"] = options.timeout.as_dict()
    LAST_REQUEST.set((request.method, str(request.url)))
    return policy.max_retries if options.max_retries is None else options.max_retries


def _should_retry(request: httpx.Request, error: Exception | None, response: httpx.Response | None) -> bool:
    if error is not None:
        nothing_sent = isinstance(error, httpx.ConnectError | httpx.ConnectTimeout)
        return nothing_sent or (is_safe(request) and isinstance(error, httpx.TransportError))
    assert response is not None
    return response.status_code in RETRY_STATUSES and is_safe(request)


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport with the retry policy (sync)."""

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy) -> None:
        self.inner = inner
        self.policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        retries = _prepare(request, self.policy)
        attempt = 0
        while True:
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as error:
                if attempt >= retries or not _should_retry(request, error, None):
                    raise
                time.sleep(self.policy.delay(attempt))
            else:
                if attempt >= retries or not _should_retry(request, None, response):
                    return response
                response.read()
                response.close()
                time.sleep(self.policy.delay(attempt, response))
            attempt += 1

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps a transport with the retry policy (async)."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self.inner = inner
        self.policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        retries = _prepare(request, self.policy)
        attempt = 0
        while True:
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as error:
                if attempt >= retries or not _should_retry(request, error, None):
                    raise
                await asyncio.sleep(self.policy.delay(attempt))
            else:
                if attempt >= retries or not _should_retry(request, None, response):
                    return response
                await response.aread()
                await response.aclose()
                await asyncio.sleep(self.policy.delay(attempt, response))
            attempt += 1

    async def aclose(self) -> None:
        await self.inner.aclose()
