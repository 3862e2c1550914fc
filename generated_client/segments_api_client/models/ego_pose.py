from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.quaternion import Quaternion
    from ..models.xyz import XYZ


T = TypeVar("T", bound="EgoPose")


@_attrs_define
class EgoPose:
    """
    Attributes:
        position (XYZ):
        heading (Quaternion):
    """

    position: XYZ
    heading: Quaternion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position = self.position.to_dict()

        heading = self.heading.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
                "heading": heading,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.quaternion import Quaternion
        from ..models.xyz import XYZ

        d = dict(src_dict)
        position = XYZ.from_dict(d.pop("position"))

        heading = Quaternion.from_dict(d.pop("heading"))

        ego_pose = cls(
            position=position,
            heading=heading,
        )

        ego_pose.additional_properties = d
        return ego_pose

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
