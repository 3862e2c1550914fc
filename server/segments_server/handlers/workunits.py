"""Workunits: one per label write."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from ..errors import bad_request
from ..permissions import Action, dataset_for
from ..serializers import workunit_json
from ..services import Services
from ..tables import Workunit
from ._util import page_of


def _utc(value: str, field: str) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(value)
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    except (ValueError, OverflowError):
        raise bad_request(f"'{value}' is not a time between years 1 and 9999 (YYYY-MM-DDTHH:MM:SS).", field) from None
    return parsed


def list_workunits(
    owner: str,
    dataset: str,
    user: int,
    services: Services,
    per_page: int = 1000,
    page: int = 1,
    sort: str = "-created_at",
    start: str | None = None,
    end: str | None = None,
    include_session_time_metrics: bool = False,
) -> tuple[list[dict[str, Any]], int]:
    with services.db.session(readonly=True) as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.READ)
        query = select(Workunit).where(Workunit.dataset_id == found.id)
        if start:
            query = query.where(Workunit.created_at >= _utc(start, "start"))
        if end:
            query = query.where(Workunit.created_at <= _utc(end, "end"))
        if sort.startswith("-"):
            query = query.order_by(Workunit.created_at.desc(), Workunit.id.desc())
        else:
            query = query.order_by(Workunit.created_at, Workunit.id)
        rows = page_of(session, query, page, per_page)
        return [workunit_json(w, with_metrics=include_session_time_metrics) for w in rows], 200
