"""Builders of the issue operations (official SDK names and defaults)."""

from __future__ import annotations

from segments_api_client.api.issues import (
    add_issue as _add_issue,
    delete_issue as _delete_issue,
    list_issues as _list_issues,
    update_issue as _update_issue,
)
from segments_api_client.models import Issue, IssueCreate, IssueUpdate
from typing_extensions import Unpack

from ._call import Call, RequestOptions, body, dataset_args, present, returns, returns_list, returns_none, to_plain
from .types import Attributes, EnumValue, IssueStatus, UUIDLike


def get_issues(dataset_identifier: str, **options: Unpack[RequestOptions]) -> Call[list[Issue]]:
    """All issues of a dataset."""
    return Call(_list_issues, dataset_args(dataset_identifier), returns_list(Issue))


def add_issue(
    sample_uuid: UUIDLike,
    description: str,
    status: IssueStatus | EnumValue = "OPEN",
    anchor: Attributes | None = None,
    **options: Unpack[RequestOptions],
) -> Call[Issue]:
    """Raise an issue on a sample."""
    fields = {"description": description, "status": to_plain(status), **present(anchor=to_plain(anchor))}
    created = body(IssueCreate, fields, "add_issue")
    return Call(_add_issue, {"sample_uuid": str(sample_uuid), "body": created}, returns(Issue))


def update_issue(
    uuid: UUIDLike,
    description: str | None = None,
    status: IssueStatus | EnumValue | None = None,
    anchor: Attributes | None = None,
    **options: Unpack[RequestOptions],
) -> Call[Issue]:
    """Change an issue's description, status or anchor."""
    fields = present(description=description, status=to_plain(status), anchor=to_plain(anchor))
    changes = body(IssueUpdate, fields, "update_issue")
    return Call(_update_issue, {"issue_uuid": str(uuid), "body": changes}, returns(Issue))


def delete_issue(uuid: UUIDLike, **options: Unpack[RequestOptions]) -> Call[None]:
    """Delete an issue."""
    return Call(_delete_issue, {"issue_uuid": str(uuid)}, returns_none)
