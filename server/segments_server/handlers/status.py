"""GET /api_status/ (the API key and SDK version) and GET /healthz (the server and its database)."""

from __future__ import annotations

import asyncio
import shutil
import threading
from typing import Any

from packaging.version import InvalidVersion, Version
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from ..errors import ApiError
from ..services import Services

HEALTH_PROBE_SECONDS = 3.0
MIN_FREE_BYTES = 1024 * 1024


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


def _probe(services: Services) -> SQLAlchemyError | None:
    try:
        with services.db.session(readonly=True) as session:
            session.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        return exc
    return None


def _storage_full(services: Services) -> bool:
    """Whether the data dir (stored files, a SQLite database) is out of room."""
    try:
        return shutil.disk_usage(services.settings.data_dir).free < MIN_FREE_BYTES
    except OSError:
        return False


async def get_health(services: Services) -> tuple[dict[str, Any], int]:
    """200 when the database takes a query within ``HEALTH_PROBE_SECONDS`` and the data dir has room;
    503 (with the reason) when not. The probe runs on a thread of its own, not one of the handlers'
    (which a hung database may all hold), so this answers in time whatever the database does."""
    loop = asyncio.get_running_loop()
    answer: asyncio.Future[SQLAlchemyError | None] = loop.create_future()

    def settle(outcome: SQLAlchemyError | None) -> None:
        if not answer.done():  # not given up on meanwhile
            answer.set_result(outcome)

    def probe() -> None:
        loop.call_soon_threadsafe(settle, _probe(services))

    threading.Thread(target=probe, name="health-probe", daemon=True).start()
    body: dict[str, Any] = {"status": "ok", "database": "ok", "storage": "ok"}
    try:
        error = await asyncio.wait_for(answer, min(HEALTH_PROBE_SECONDS, services.settings.database_timeout))
    except TimeoutError:
        body |= {"database": "unreachable", "detail": f"database error: no answer within {HEALTH_PROBE_SECONDS:g} s"}
    else:
        if error is not None:
            reason = str(getattr(error, "orig", None) or error).splitlines()[0]
            body |= {"database": "unreachable", "detail": f"database error: {reason}"}
    if _storage_full(services):
        body["storage"] = "full"
        body.setdefault("detail", "storage error: the data directory's disk is full")
    if body["database"] != "ok" or body["storage"] != "ok":
        return body | {"status": "unavailable"}, 503
    return body, 200
