"""Builders of the labelset, issue, release and workunit operations (official SDK names and defaults)."""

from __future__ import annotations

from typing import Any

from segments_api_client.api.issues import (
    add_issue as _add_issue,
    delete_issue as _delete_issue,
    list_issues as _list_issues,
    update_issue as _update_issue,
)
from segments_api_client.api.labelsets import (
    add_labelset as _add_labelset,
    delete_labelset as _delete_labelset,
    get_labelset as _get_labelset,
    list_labelsets as _list_labelsets,
)
from segments_api_client.api.releases import (
    add_release as _add_release,
    delete_release as _delete_release,
    get_release as _get_release,
    list_releases as _list_releases,
)
from segments_api_client.api.workunits import list_workunits as _list_workunits
from segments_api_client.models import (
    Issue,
    IssueCreate,
    IssueUpdate,
    Labelset,
    LabelsetCreate,
    ListWorkunitsSort,
    Release,
    ReleaseCreate,
    Workunit,
)
from segments_api_client.types import UNSET

from ._call import Call, dataset_args, present, query, returns, returns_list, returns_none, to_plain

Attributes = dict[str, Any] | Any


def get_labelsets(dataset_identifier: str) -> Call[list[Labelset]]:
    """The labelsets of a dataset (``ground-truth`` first)."""
    return Call(_list_labelsets, dataset_args(dataset_identifier), returns_list(Labelset))


def get_labelset(dataset_identifier: str, name: str) -> Call[Labelset]:
    """A labelset by name."""
    return Call(_get_labelset, {**dataset_args(dataset_identifier), "labelset": name}, returns(Labelset))


def add_labelset(dataset_identifier: str, name: str, description: str = "") -> Call[Labelset]:
    """Create a labelset (e.g. for model predictions)."""
    body = LabelsetCreate.from_dict({"name": name, "description": description})
    return Call(_add_labelset, {**dataset_args(dataset_identifier), "body": body}, returns(Labelset))


def delete_labelset(dataset_identifier: str, name: str) -> Call[None]:
    """Delete a labelset and its labels."""
    return Call(_delete_labelset, {**dataset_args(dataset_identifier), "labelset": name}, returns_none)


def get_issues(dataset_identifier: str) -> Call[list[Issue]]:
    """All issues of a dataset."""
    return Call(_list_issues, dataset_args(dataset_identifier), returns_list(Issue))


def add_issue(
    sample_uuid: str, description: str, status: str = "OPEN", anchor: Attributes | None = None
) -> Call[Issue]:
    """Raise an issue on a sample."""
    fields = {"description": description, "status": to_plain(status), **present(anchor=to_plain(anchor))}
    return Call(_add_issue, {"sample_uuid": sample_uuid, "body": IssueCreate.from_dict(fields)}, returns(Issue))


def update_issue(
    uuid: str, description: str | None = None, status: str | None = None, anchor: Attributes | None = None
) -> Call[Issue]:
    """Change an issue's description, status or anchor."""
    fields = present(description=description, status=to_plain(status), anchor=to_plain(anchor))
    return Call(_update_issue, {"issue_uuid": uuid, "body": IssueUpdate.from_dict(fields)}, returns(Issue))


def delete_issue(uuid: str) -> Call[None]:
    """Delete an issue."""
    return Call(_delete_issue, {"issue_uuid": uuid}, returns_none)


def get_releases(dataset_identifier: str) -> Call[list[Release]]:
    """The releases of a dataset, newest first."""
    return Call(_list_releases, dataset_args(dataset_identifier), returns_list(Release))


def get_release(dataset_identifier: str, name: str) -> Call[Release]:
    """A release by name (poll it, or use ``wait_for_release``)."""
    return Call(_get_release, {**dataset_args(dataset_identifier), "release_name": name}, returns(Release))


def add_release(dataset_identifier: str, name: str, description: str = "") -> Call[Release]:
    """Start a release; it is PENDING until its file is written (see ``wait_for_release``)."""
    body = ReleaseCreate.from_dict({"name": name, "description": description})
    return Call(_add_release, {**dataset_args(dataset_identifier), "body": body}, returns(Release))


def delete_release(dataset_identifier: str, name: str) -> Call[None]:
    """Delete a release and its file."""
    return Call(_delete_release, {**dataset_args(dataset_identifier), "release_name": name}, returns_none)


def get_workunits(
    dataset_identifier: str,
    sort: str = "created_at",
    direction: str = "desc",
    start: str | None = None,
    end: str | None = None,
    per_page: int = 1000,
    page: int = 1,
    include_session_time_metrics: bool = False,
) -> Call[list[Workunit]]:
    """One page of workunits (use ``iter_workunits`` for all), newest first by default."""
    args = {
        **dataset_args(dataset_identifier),
        "sort": ListWorkunitsSort(("-" if direction == "desc" else "") + sort),
        "start": query(start),
        "end": query(end),
        "per_page": per_page,
        "page": page,
        "include_session_time_metrics": include_session_time_metrics or UNSET,
    }
    return Call(_list_workunits, args, returns_list(Workunit))
