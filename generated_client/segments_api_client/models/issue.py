from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issue_status import IssueStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.issue_basic_anchor import IssueBasicAnchor
    from ..models.issue_comment import IssueComment
    from ..models.issue_location_anchor import IssueLocationAnchor
    from ..models.issue_scene_attribute_anchor import IssueSceneAttributeAnchor
    from ..models.issue_track_anchor import IssueTrackAnchor


T = TypeVar("T", bound="Issue")


@_attrs_define
class Issue:
    """
    Attributes:
        uuid (UUID):
        description (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        created_by (str):
        updated_by (str):
        status (IssueStatus):
        comments (list[IssueComment]):
        sample_uuid (UUID):
        sample_name (str):
        anchor (IssueBasicAnchor | IssueLocationAnchor | IssueSceneAttributeAnchor | IssueTrackAnchor | None | Unset):
    """

    uuid: UUID
    description: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by: str
    updated_by: str
    status: IssueStatus
    comments: list[IssueComment]
    sample_uuid: UUID
    sample_name: str
    anchor: (
        IssueBasicAnchor
        | IssueLocationAnchor
        | IssueSceneAttributeAnchor
        | IssueTrackAnchor
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.issue_basic_anchor import IssueBasicAnchor
        from ..models.issue_location_anchor import IssueLocationAnchor
        from ..models.issue_scene_attribute_anchor import IssueSceneAttributeAnchor
        from ..models.issue_track_anchor import IssueTrackAnchor

        uuid = str(self.uuid)

        description = self.description

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        created_by = self.created_by

        updated_by = self.updated_by

        status = self.status.value

        comments = []
        for comments_item_data in self.comments:
            comments_item = comments_item_data.to_dict()
            comments.append(comments_item)

        sample_uuid = str(self.sample_uuid)

        sample_name = self.sample_name

        anchor: dict[str, Any] | None | Unset
        if isinstance(self.anchor, Unset):
            anchor = UNSET
        elif (
            isinstance(self.anchor, IssueBasicAnchor)
            or isinstance(self.anchor, IssueTrackAnchor)
            or isinstance(self.anchor, IssueSceneAttributeAnchor)
            or isinstance(self.anchor, IssueLocationAnchor)
        ):
            anchor = self.anchor.to_dict()
        else:
            anchor = self.anchor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "description": description,
                "created_at": created_at,
                "updated_at": updated_at,
                "created_by": created_by,
                "updated_by": updated_by,
                "status": status,
                "comments": comments,
                "sample_uuid": sample_uuid,
                "sample_name": sample_name,
            }
        )
        if anchor is not UNSET:
            field_dict["anchor"] = anchor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.issue_basic_anchor import IssueBasicAnchor
        from ..models.issue_comment import IssueComment
        from ..models.issue_location_anchor import IssueLocationAnchor
        from ..models.issue_scene_attribute_anchor import IssueSceneAttributeAnchor
        from ..models.issue_track_anchor import IssueTrackAnchor

        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        description = d.pop("description")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        created_by = d.pop("created_by")

        updated_by = d.pop("updated_by")

        status = IssueStatus(d.pop("status"))

        comments = []
        _comments = d.pop("comments")
        for comments_item_data in _comments:
            comments_item = IssueComment.from_dict(comments_item_data)

            comments.append(comments_item)

        sample_uuid = UUID(d.pop("sample_uuid"))

        sample_name = d.pop("sample_name")

        def _parse_anchor(
            data: object,
        ) -> (
            IssueBasicAnchor
            | IssueLocationAnchor
            | IssueSceneAttributeAnchor
            | IssueTrackAnchor
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_issue_anchor_type_0 = IssueBasicAnchor.from_dict(data)

                return componentsschemas_issue_anchor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_issue_anchor_type_1 = IssueTrackAnchor.from_dict(data)

                return componentsschemas_issue_anchor_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_issue_anchor_type_2 = (
                    IssueSceneAttributeAnchor.from_dict(data)
                )

                return componentsschemas_issue_anchor_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_issue_anchor_type_3 = IssueLocationAnchor.from_dict(
                    data
                )

                return componentsschemas_issue_anchor_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                IssueBasicAnchor
                | IssueLocationAnchor
                | IssueSceneAttributeAnchor
                | IssueTrackAnchor
                | None
                | Unset,
                data,
            )

        anchor = _parse_anchor(d.pop("anchor", UNSET))

        issue = cls(
            uuid=uuid,
            description=description,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            updated_by=updated_by,
            status=status,
            comments=comments,
            sample_uuid=sample_uuid,
            sample_name=sample_name,
            anchor=anchor,
        )

        issue.additional_properties = d
        return issue

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
