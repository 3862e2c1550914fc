"""Builder of the workunit listing (official SDK name and defaults)."""

from __future__ import annotations

import datetime

from segments_api_client.api.workunits import list_workunits as _list_workunits
from segments_api_client.models import ListWorkunitsSort, Workunit
from segments_api_client.types import UNSET
from typing_extensions import Unpack

from ._call import Call, RequestOptions, dataset_args, query, returns_list, sort_order
from .types import Direction, WorkunitSortKey


def get_workunits(
    dataset_identifier: str,
    sort: WorkunitSortKey = "created_at",
    direction: Direction = "desc",
    start: str | datetime.datetime | None = None,
    end: str | datetime.datetime | None = None,
    per_page: int = 1000,
    page: int = 1,
    include_session_time_metrics: bool = False,
    **options: Unpack[RequestOptions],
) -> Call[list[Workunit]]:
    """One page of workunits (use ``iter_workunits`` for all), newest first by default."""
    args = {
        **dataset_args(dataset_identifier),
        "sort": sort_order(ListWorkunitsSort, sort, direction),
        "start": query(start.isoformat() if isinstance(start, datetime.datetime) else start),
        "end": query(end.isoformat() if isinstance(end, datetime.datetime) else end),
        "per_page": per_page,
        "page": page,
        "include_session_time_metrics": include_session_time_metrics or UNSET,
    }
    return Call(_list_workunits, args, returns_list(Workunit))
