"""Exceptions: one class per kind of failure, chosen from the HTTP status code (never the text).

Every failure of a call is a ``SegmentsError``::

    SegmentsError
    ├── ConfigurationError            no API key, or a base URL that is not http(s)://host
    ├── ValidationError               the request is invalid (``errors``: field → messages)
    │   └── BadRequestError           ... and the server said so: 400, 422 (also an APIStatusError)
    ├── APIConnectionError            no response: refused, DNS, dropped connection, bad protocol
    │   └── APITimeoutError           ... because it timed out
    ├── APIStatusError                the server answered with an error status
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── AlreadyExistsError        409 (alias ConflictError)
    │   ├── PayloadTooLargeError      413
    │   ├── RateLimitError            429 (with retry_after)
    │   └── ServerError               5xx and the non-standard 52x of CDNs
    │       ├── ServiceUnavailableError   503 (with retry_after): the database is down or hung
    │       └── InsufficientStorageError  507 (with retry_after): the server's disk is full
    ├── APIResponseValidationError    a 2xx whose body is not the documented shape
    ├── ReleaseFailedError            a release ended FAILED
    ├── ReleaseTimeoutError           a release was still PENDING at the deadline
    └── BulkError                     some items of a bulk operation failed
"""

from __future__ import annotations

import email.utils
import json
import math
import time
from typing import Any

import httpx

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "cf-ray")


class SegmentsError(Exception):
    """Base class of every error raised by segments_client."""


class ConfigurationError(SegmentsError):
    """The client is missing something it needs (an API key), or was given a base URL it cannot use."""


class ValidationError(SegmentsError, ValueError):
    """The request is invalid. ``detail`` says why; ``errors`` maps each field to its messages.

    Raised before anything is sent when the input does not match the API's schema (then
    ``status_code`` is None), and as ``BadRequestError`` when the server answers 400 or 422.
    It is also a ``ValueError``, as Python's own checks of arguments are.
    """

    def __init__(self, detail: str, *, errors: dict[str, list[str]] | None = None) -> None:
        super().__init__(detail)
        self.status_code: int | None = None
        self.detail = detail
        self.errors = errors or {}


class APIConnectionError(SegmentsError):
    """The request failed before a response arrived (DNS, refused connection, dropped connection)."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""


class APIStatusError(SegmentsError):
    """The server answered with an error status.

    Attributes: ``status_code``; ``detail`` (the server's explanation, else the start of the body);
    ``errors`` (field → messages); ``body`` (the raw response text); ``headers`` (lower-case names);
    ``method`` and ``url`` of the request; ``request_id`` when the server or CDN sent one.
    """

    def __init__(
        self,
        status_code: int,
        detail: str,
        *,
        errors: dict[str, list[str]] | None = None,
        method: str | None = None,
        url: str | None = None,
        body: str = "",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.status_code: int | None = status_code
        self.detail = detail
        self.errors = errors or {}
        self.method = method
        self.url = url
        self.body = body
        self.headers = headers or {}
        self.request_id = next((self.headers[h] for h in REQUEST_ID_HEADERS if h in self.headers), None)
        where = f" ({method} {url})" if method and url else ""
        SegmentsError.__init__(self, f"{status_code}: {detail}{where}")

    @property
    def retry_after(self) -> float | None:
        """The server's suggested wait in seconds (``Retry-After``), if it gave a usable one."""
        return parse_retry_after(self.headers.get("retry-after"))


class BadRequestError(APIStatusError, ValidationError):
    """400/422: the server refused the request; ``errors`` names the fields or parameters."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or invalid."""


class PermissionDeniedError(APIStatusError):
    """403: the caller may see the object but its role does not allow the operation."""


class NotFoundError(APIStatusError):
    """404: the object does not exist or is not visible to the caller (also: a page past the end)."""


class AlreadyExistsError(APIStatusError):
    """409: an object with this name already exists."""


ConflictError = AlreadyExistsError


class PayloadTooLargeError(APIStatusError):
    """413: the request body is larger than the server accepts."""


class RateLimitError(APIStatusError):
    """429: rate limited. ``retry_after`` is the server's suggested wait in seconds, if it gave a usable one."""


class ServerError(APIStatusError):
    """5xx: the server (or a proxy or CDN in front of it) failed."""


class ServiceUnavailableError(ServerError):
    """503: the server (or its database) cannot answer now; ``retry_after`` says when to try again."""


class InsufficientStorageError(ServerError):
    """507: the server's disk is full and nothing was written; ``retry_after`` says when to try again."""


class APIResponseValidationError(SegmentsError):
    """A successful status whose body is not what the API documents (``field`` says where, if known)."""

    def __init__(
        self, message: str, *, status_code: int, body: str, method: str, url: str, field: str | None = None
    ) -> None:
        super().__init__(f"{message} ({method} {url} answered {status_code})")
        self.status_code = status_code
        self.body = body
        self.method = method
        self.url = url
        self.field = field


class ReleaseFailedError(SegmentsError):
    """The release export ended in status FAILED; ``status_info`` says why."""

    def __init__(self, name: str, status_info: str) -> None:
        super().__init__(f"release {name!r} failed: {status_info}")
        self.name = name
        self.status_info = status_info


class ReleaseTimeoutError(SegmentsError, TimeoutError):
    """A release was still PENDING when ``wait_for_release`` gave up."""


class BulkError(SegmentsError):
    """Some items of a bulk operation failed. ``succeeded`` holds the results of the others (in input
    order); ``failed`` is a list of ``BulkFailure`` (index in your list, the item, the exception)."""

    def __init__(self, succeeded: list[Any], failed: list[Any]) -> None:
        self.succeeded = succeeded
        self.failed = failed
        reasons = "; ".join(f"#{f.index}: {f.error}" for f in failed[:3])
        more = f" (+{len(failed) - 3} more)" if len(failed) > 3 else ""
        super().__init__(f"{len(failed)} of {len(failed) + len(succeeded)} items failed: {reasons}{more}")


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    422: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: AlreadyExistsError,
    413: PayloadTooLargeError,
    429: RateLimitError,
    503: ServiceUnavailableError,
    507: InsufficientStorageError,
}
_MAX_DETAIL = 300


def error_from_response(response: httpx.Response) -> APIStatusError:
    """The exception for an error response, chosen by status code alone, from the raw response.

    The body may be anything a server, proxy or CDN sends: JSON with or without ``detail``, HTML,
    plain text, or nothing.
    """
    text = response.content.decode("utf-8", errors="replace")
    detail, errors = _summary(text, response), None
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    if isinstance(parsed, dict):
        if isinstance(parsed.get("detail"), str) and parsed["detail"]:
            detail = parsed["detail"]
        errors = _field_errors(parsed.get("errors"))
    status = response.status_code
    cls = _BY_STATUS.get(status, ServerError if status >= 500 else APIStatusError)
    headers = {key.lower(): value for key, value in response.headers.items()}
    request = response.request
    return cls(status, detail, errors=errors, method=request.method, url=str(request.url), body=text, headers=headers)


def _summary(text: str, response: httpx.Response) -> str:
    """A short detail for a body that is not our JSON: its start, or the reason phrase."""
    stripped = " ".join(text.split())
    if not stripped:
        return response.reason_phrase or f"HTTP {response.status_code}"
    if "html" in response.headers.get("content-type", "") or stripped.lstrip().startswith("<"):
        reason = response.reason_phrase or "error"
        return f"{reason} (an HTML page, probably from a proxy or CDN in front of the API)"
    return stripped[:_MAX_DETAIL] + ("..." if len(stripped) > _MAX_DETAIL else "")


def _field_errors(raw: Any) -> dict[str, list[str]] | None:
    if not isinstance(raw, dict):
        return None
    return {str(key): [str(m) for m in (value if isinstance(value, list) else [value])] for key, value in raw.items()}


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None when absent or unusable."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = parsed.timestamp() - time.time()
    if not math.isfinite(seconds):
        return None
    return max(seconds, 0.0)
