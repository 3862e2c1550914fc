from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issue_anchor_3d_coordinates_type import IssueAnchor3DCoordinatesType

T = TypeVar("T", bound="IssueAnchor3DCoordinates")


@_attrs_define
class IssueAnchor3DCoordinates:
    """
    Attributes:
        type_ (IssueAnchor3DCoordinatesType):
        x (float):
        y (float):
        z (float):
    """

    type_: IssueAnchor3DCoordinatesType
    x: float
    y: float
    z: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        x = self.x

        y = self.y

        z = self.z

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "x": x,
                "y": y,
                "z": z,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = IssueAnchor3DCoordinatesType(d.pop("type"))

        x = d.pop("x")

        y = d.pop("y")

        z = d.pop("z")

        issue_anchor_3d_coordinates = cls(
            type_=type_,
            x=x,
            y=y,
            z=z,
        )

        issue_anchor_3d_coordinates.additional_properties = d
        return issue_anchor_3d_coordinates

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
