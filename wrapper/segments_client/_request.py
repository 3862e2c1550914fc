"""The request loop, written once: send, decide, wait, retry; then map the raw response.

``send_flow`` is a generator that yields the request to send (or a ``Sleep``) and receives the
response (or has the transport error thrown in), as httpx's auth flows do; the sync and async
clients drive it with their own I/O. It owns the attempt count, the wait and the log lines.

Only requests that are safe to repeat are retried after they may have reached the server: GET,
HEAD, OPTIONS, PUT, DELETE, and POSTs the server treats idempotently (bulk sample creation by
name). A connection that could not be opened is retried for every method, since nothing was sent.
Errors that retrying cannot fix (a bad URL, an unsupported protocol) are never retried.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import random
import re
import time
from collections.abc import Generator
from typing import Any, TypeVar

import httpx

from ._call import Call, Parser
from ._schemas import has_schema, problems
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    error_from_response,
    parse_retry_after,
)

T = TypeVar("T")
logger = logging.getLogger("segments_client")

RETRY_STATUSES = frozenset({408, 429, 502, 503, 504, 507, 520, 521, 522, 523, 524})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
IDEMPOTENT_POSTS = (re.compile(r"/samples_bulk/?$"),)
NEVER_RETRIED = (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.ProxyError)
MAX_RETRY_AFTER = 60.0


@dataclasses.dataclass(frozen=True)
class Sleep:
    """A step of a flow: wait this long before the next one."""

    seconds: float


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait: ``backoff * 2**attempt`` capped at ``max_backoff``, with jitter.

    A usable ``Retry-After`` header (seconds or an HTTP date, at most 60 s) replaces the backoff.
    """

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


def is_safe(request: httpx.Request) -> bool:
    """Whether sending the request twice has the effect of sending it once."""
    if request.method in SAFE_METHODS:
        return True
    return request.method == "POST" and any(p.search(request.url.path) for p in IDEMPOTENT_POSTS)


def _server_says_retry(response: httpx.Response) -> bool:
    return str(response.headers.get("x-should-retry", "")).strip().lower() == "true"


def _retryable_error(request: httpx.Request, error: httpx.TransportError) -> bool:
    if isinstance(error, NEVER_RETRIED):
        return False
    nothing_sent = isinstance(error, httpx.ConnectError | httpx.ConnectTimeout)
    return nothing_sent or is_safe(request)


def connection_error(error: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """Our exception for a transport failure, naming the URL."""
    method, url = request.method, str(request.url)
    reason = str(error) or type(error).__name__
    if isinstance(error, httpx.TimeoutException):
        kind = type(error).__name__.removesuffix("Timeout").lower() or "request"
        return APITimeoutError(f"{method} {url} timed out ({kind} timeout): {reason}", method=method, url=url)
    if isinstance(error, httpx.ConnectError):
        return APIConnectionError(f"Could not connect to {url}: {reason}", method=method, url=url)
    if isinstance(error, httpx.UnsupportedProtocol):
        return APIConnectionError(f"Cannot send {method} {url}: {reason}", method=method, url=url)
    return APIConnectionError(f"{method} {url} failed: {type(error).__name__}: {reason}", method=method, url=url)


def send_flow(request: httpx.Request, max_retries: int, policy: RetryPolicy) -> Generator[Any, Any, httpx.Response]:
    """Yields ``request`` (and ``Sleep`` between attempts); returns the final response.

    The driver sends ``None`` after a sleep, the response after a request, or throws the
    ``httpx.TransportError`` the send raised. Raises ``APIConnectionError`` when it gives up.
    """
    attempt = 0
    while True:
        started = time.monotonic()
        try:
            response: httpx.Response = yield request
        except httpx.TransportError as error:
            if attempt >= max_retries or not _retryable_error(request, error):
                raise connection_error(error, request) from error
            wait, reason = policy.delay(attempt), f"{type(error).__name__}: {error}"
        else:
            elapsed = (time.monotonic() - started) * 1000
            logger.debug("%s %s -> %d (%.1f ms)", request.method, request.url, response.status_code, elapsed)
            # A 429 was refused before anything was done, so any method may be sent again; so was any
            # answer the server marks with ``X-Should-Retry: true`` (its 503 and 507: nothing written).
            repeatable = is_safe(request) or response.status_code == 429 or _server_says_retry(response)
            if attempt >= max_retries or response.status_code not in RETRY_STATUSES or not repeatable:
                return response
            wait, reason = policy.delay(attempt, response), f"status {response.status_code}"
        attempt += 1
        logger.info(
            "retrying %s %s in %.2f s (retry %d of %d): %s",
            request.method,
            request.url,
            wait,
            attempt,
            max_retries,
            reason,
        )
        yield Sleep(wait)


def check_status(response: httpx.Response) -> httpx.Response:
    """The response if its status is a success; else the exception for its status (body not parsed)."""
    if not response.is_success:
        raise error_from_response(response)
    return response


def read_result(call: Call[T], response: httpx.Response) -> T:
    """The result of a call from its raw response: the error for its status, else the parsed body."""
    return parse_body(call.parse, check_status(response))


def parse_body(parser: Parser[T], response: httpx.Response) -> T:
    if parser.schema is None:
        return parser.build(None)
    try:
        data = json.loads(response.content)
    except ValueError:
        text = _text(response)
        start = " ".join(text.split())[:120]
        raise APIResponseValidationError(
            f"the response is not JSON: {start!r}", body=text, **_where(response)
        ) from None
    try:
        return parser.build(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        field, message = _explain(parser, data, error)
        raise APIResponseValidationError(
            f"the response is not a valid {parser.schema}{' list' if parser.many else ''}: {message}",
            body=_text(response),
            field=field,
            **_where(response),
        ) from error


def _text(response: httpx.Response) -> str:
    return response.content.decode("utf-8", errors="replace")


def _where(response: httpx.Response) -> dict[str, Any]:
    """The request a body that cannot be read answered (built only then, not on every call)."""
    return {"status_code": response.status_code, "method": response.request.method, "url": str(response.request.url)}


def _explain(parser: Parser[Any], data: Any, error: Exception) -> tuple[str | None, str]:
    """Which field of a body that failed to parse is wrong, from the spec's schema if it can tell."""
    assert parser.schema is not None
    items = list(enumerate(data)) if parser.many and isinstance(data, list) else [(None, data)]
    if has_schema(parser.schema):
        for index, item in items:
            for where, messages in problems(parser.schema, item).items():
                field = where if index is None else f"[{index}].{where}"
                return field, f"{field}: {messages[0]}"
    if isinstance(error, KeyError):
        return str(error.args[0]), f"missing field {error.args[0]!r}"
    return None, f"{type(error).__name__}: {error}"
