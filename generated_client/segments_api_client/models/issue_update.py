from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issue_status import IssueStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.issue_basic_anchor import IssueBasicAnchor
    from ..models.issue_location_anchor import IssueLocationAnchor
    from ..models.issue_scene_attribute_anchor import IssueSceneAttributeAnchor
    from ..models.issue_track_anchor import IssueTrackAnchor


T = TypeVar("T", bound="IssueUpdate")


@_attrs_define
class IssueUpdate:
    """
    Attributes:
        description (str | Unset):
        status (IssueStatus | Unset):
        anchor (IssueBasicAnchor | IssueLocationAnchor | IssueSceneAttributeAnchor | IssueTrackAnchor | Unset): What in
            the sample the issue is about.
    """

    description: str | Unset = UNSET
    status: IssueStatus | Unset = UNSET
    anchor: (
        IssueBasicAnchor
        | IssueLocationAnchor
        | IssueSceneAttributeAnchor
        | IssueTrackAnchor
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.issue_basic_anchor import IssueBasicAnchor
        from ..models.issue_scene_attribute_anchor import IssueSceneAttributeAnchor
        from ..models.issue_track_anchor import IssueTrackAnchor

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        anchor: dict[str, Any] | Unset
        if isinstance(self.anchor, Unset):
            anchor = UNSET
        elif (
            isinstance(self.anchor, IssueBasicAnchor)
            or isinstance(self.anchor, IssueTrackAnchor)
            or isinstance(self.anchor, IssueSceneAttributeAnchor)
        ):
            anchor = self.anchor.to_dict()
        else:
            anchor = self.anchor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if anchor is not UNSET:
            field_dict["anchor"] = anchor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.issue_basic_anchor import IssueBasicAnchor
        from ..models.issue_location_anchor import IssueLocationAnchor
        from ..models.issue_scene_attribute_anchor import IssueSceneAttributeAnchor
        from ..models.issue_track_anchor import IssueTrackAnchor

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: IssueStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = IssueStatus(_status)

        def _parse_anchor(
            data: object,
        ) -> (
            IssueBasicAnchor
            | IssueLocationAnchor
            | IssueSceneAttributeAnchor
            | IssueTrackAnchor
            | Unset
        ):
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
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_issue_anchor_type_3 = IssueLocationAnchor.from_dict(data)

            return componentsschemas_issue_anchor_type_3

        anchor = _parse_anchor(d.pop("anchor", UNSET))

        issue_update = cls(
            description=description,
            status=status,
            anchor=anchor,
        )

        issue_update.additional_properties = d
        return issue_update

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
