"""API errors: one exception type, rendered as ``{"detail": ..., "errors": ...}``."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.responses import Response

NOT_FOUND = "Not found."
FORBIDDEN = "You do not have permission to perform this action."
NO_CREDENTIALS = "Authentication credentials were not provided."
INVALID_TOKEN = "Invalid token."
INVALID_PAGE = "Invalid page."


class ApiError(Exception):
    """An error answered to the client with ``status`` and a JSON body."""

    def __init__(
        self,
        status: int,
        detail: str,
        errors: dict[str, list[str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status_code = status
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"detail": self.detail}
        if self.errors:
            body["errors"] = self.errors
        return body


def not_found() -> ApiError:
    return ApiError(404, NOT_FOUND)


def forbidden() -> ApiError:
    return ApiError(403, FORBIDDEN)


def bad_request(detail: str, field: str | None = None) -> ApiError:
    return ApiError(400, detail, {field: [detail]} if field else None)


def already_exists(what: str, name: str) -> ApiError:
    return ApiError(409, f"A {what} with the name '{name}' already exists.", {"name": [f"{what} already exists."]})


def error_response(error: ApiError) -> Response:
    """The one place an error becomes a response: JSON ``{"detail": ..., "errors": ...}``."""
    return Response(
        orjson.dumps(error.body()), status_code=error.status_code, headers=error.headers, media_type="application/json"
    )
