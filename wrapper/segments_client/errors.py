"""Exceptions: one class per kind of failure, chosen from the HTTP status code (never the text).

SegmentsError
├── ConfigurationError            no API key found
├── APIConnectionError            the request did not get a response
│   └── APITimeoutError           ... because it timed out
├── APIStatusError                the server answered with an error status
│   ├── ValidationError           400, 422
│   ├── AuthenticationError       401
│   ├── PermissionDeniedError     403
│   ├── NotFoundError             404
│   ├── AlreadyExistsError        409 (alias ConflictError)
│   ├── PayloadTooLargeError      413
│   ├── RateLimitError            429 (with retry_after)
│   └── ServerError               5xx
├── ReleaseFailedError            a release ended FAILED
└── BulkError                     some items of a bulk operation failed
"""

from __future__ import annotations

import json
from typing import Any


class SegmentsError(Exception):
    """Base class of every error raised by segments_client."""


class ConfigurationError(SegmentsError):
    """The client is missing something it needs, such as an API key."""


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

    Attributes: ``status_code``, ``detail`` (the server's explanation), ``errors`` (field → messages),
    ``method`` and ``url`` of the request, and ``body`` (the raw response text).
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
        self.status_code = status_code
        self.detail = detail
        self.errors = errors or {}
        self.method = method
        self.url = url
        self.body = body
        self.headers = headers or {}
        where = f" ({method} {url})" if method and url else ""
        super().__init__(f"{status_code}: {detail}{where}")


class ValidationError(APIStatusError):
    """400/422: the request is invalid; ``errors`` names the fields."""


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
    """429: rate limited. ``retry_after`` is the server's suggested wait in seconds, if given."""

    @property
    def retry_after(self) -> float | None:
        value = self.headers.get("retry-after")
        try:
            return float(value) if value is not None else None
        except ValueError:
            return None


class ServerError(APIStatusError):
    """5xx: the server failed."""


class ReleaseFailedError(SegmentsError):
    """The release export ended in status FAILED; ``status_info`` says why."""

    def __init__(self, name: str, status_info: str) -> None:
        super().__init__(f"release {name!r} failed: {status_info}")
        self.name = name
        self.status_info = status_info


class ReleaseTimeoutError(SegmentsError, TimeoutError):
    """A release was still PENDING when ``wait_for_release`` gave up."""


class BulkError(SegmentsError):
    """Some items of a bulk operation failed. ``succeeded`` holds the results of the others;
    ``failed`` is a list of ``BulkFailure`` (index, item and the exception)."""

    def __init__(self, succeeded: list[Any], failed: list[Any]) -> None:
        self.succeeded = succeeded
        self.failed = failed
        reasons = "; ".join(f"#{f.index}: {f.error}" for f in failed[:3])
        more = f" (+{len(failed) - 3} more)" if len(failed) > 3 else ""
        super().__init__(f"{len(failed)} of {len(failed) + len(succeeded)} items failed: {reasons}{more}")


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: ValidationError,
    422: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: AlreadyExistsError,
    413: PayloadTooLargeError,
    429: RateLimitError,
}


def error_for_status(
    status_code: int, content: bytes, headers: dict[str, str], method: str | None, url: str | None
) -> APIStatusError:
    """The exception for an error response, chosen by status code alone."""
    text = content.decode("utf-8", errors="replace")
    detail, errors = text or f"HTTP {status_code}", None
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    if isinstance(parsed, dict):
        detail = str(parsed.get("detail", detail))
        raw_errors = parsed.get("errors")
        if isinstance(raw_errors, dict):
            errors = {str(k): [str(m) for m in (v if isinstance(v, list) else [v])] for k, v in raw_errors.items()}
    cls = _BY_STATUS.get(status_code, ServerError if status_code >= 500 else APIStatusError)
    lowered = {key.lower(): value for key, value in headers.items()}
    return cls(status_code, detail, errors=errors, method=method, url=url, body=text, headers=lowered)
