from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issue_anchor_2d_coordinates_type import IssueAnchor2DCoordinatesType

T = TypeVar("T", bound="IssueAnchor2DCoordinates")


@_attrs_define
class IssueAnchor2DCoordinates:
    """
    Attributes:
        type_ (IssueAnchor2DCoordinatesType):
        x (float):
        y (float):
    """

    type_: IssueAnchor2DCoordinatesType
    x: float
    y: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "x": x,
                "y": y,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = IssueAnchor2DCoordinatesType(d.pop("type"))

        x = d.pop("x")

        y = d.pop("y")

        issue_anchor_2d_coordinates = cls(
            type_=type_,
            x=x,
            y=y,
        )

        issue_anchor_2d_coordinates.additional_properties = d
        return issue_anchor_2d_coordinates

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
