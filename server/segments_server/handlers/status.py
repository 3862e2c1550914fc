"""GET /api_status/ (the API key and SDK version) and GET /healthz (the server and its database)."""

from __future__ import annotations

from typing import Any

from packaging.version import InvalidVersion, Version
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from ..errors import ApiError
from ..services import Services


def get_api_status(user: int, services: Services, lib_version: str | None = None) -> tuple[dict[str, Any], int]:
    """The key was checked before this runs; an SDK older than the oldest supported one gets 426."""
    oldest = services.settings.oldest_sdk_version
    if lib_version and oldest:
        try:
            outdated = Version(lib_version) < Version(oldest)
        except InvalidVersion:
            outdated = False  # a version we cannot read is not ours to judge
        if outdated:
            raise ApiError(426, f"segments-ai {lib_version} is outdated; upgrade to {oldest} or newer.")
    return {"status": "ok"}, 200


def get_health(services: Services) -> tuple[dict[str, Any], int]:
    """200 when the database takes a query, 503 (with the reason) when it does not."""
    try:
        with services.db.session(readonly=True) as session:
            session.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return {"status": "unavailable", "database": "unreachable", "detail": f"database error: {reason}"}, 503
    return {"status": "ok", "database": "ok"}, 200
