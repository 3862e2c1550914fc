"""Small helpers shared by the handlers."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session
from starlette.responses import Response

from ..errors import INVALID_PAGE, ApiError


def no_content() -> Response:
    return Response(status_code=204)


def page_of(session: Session, query: Select[Any], page: int, per_page: int) -> list[Any]:
    """One page of ``query``; a page past the end (other than the first) is 404 ``Invalid page.``."""
    rows = list(session.scalars(query.offset((page - 1) * per_page).limit(per_page)))
    if not rows and page > 1:
        raise ApiError(404, INVALID_PAGE)
    return rows


def apply(obj: Any, body: dict[str, Any], fields: tuple[str, ...], rename: dict[str, str] | None = None) -> None:
    """Copy the ``fields`` present in ``body`` onto ``obj`` (PATCH semantics)."""
    rename = rename or {}
    for field in fields:
        if field in body:
            setattr(obj, rename.get(field, field), body[field])
