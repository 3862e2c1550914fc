from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ortho_image_corner import OrthoImageCorner


T = TypeVar("T", bound="OrthoImageCorners")


@_attrs_define
class OrthoImageCorners:
    """World-frame position of each corner of the image (top-left is the image's first pixel); four corners let the image
    be rotated or skewed.

        Attributes:
            top_left (OrthoImageCorner): Where a corner of the image lands on the ground plane (world frame).
            top_right (OrthoImageCorner): Where a corner of the image lands on the ground plane (world frame).
            bottom_right (OrthoImageCorner): Where a corner of the image lands on the ground plane (world frame).
            bottom_left (OrthoImageCorner): Where a corner of the image lands on the ground plane (world frame).
    """

    top_left: OrthoImageCorner
    top_right: OrthoImageCorner
    bottom_right: OrthoImageCorner
    bottom_left: OrthoImageCorner
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top_left = self.top_left.to_dict()

        top_right = self.top_right.to_dict()

        bottom_right = self.bottom_right.to_dict()

        bottom_left = self.bottom_left.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "top_left": top_left,
                "top_right": top_right,
                "bottom_right": bottom_right,
                "bottom_left": bottom_left,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ortho_image_corner import OrthoImageCorner

        d = dict(src_dict)
        top_left = OrthoImageCorner.from_dict(d.pop("top_left"))

        top_right = OrthoImageCorner.from_dict(d.pop("top_right"))

        bottom_right = OrthoImageCorner.from_dict(d.pop("bottom_right"))

        bottom_left = OrthoImageCorner.from_dict(d.pop("bottom_left"))

        ortho_image_corners = cls(
            top_left=top_left,
            top_right=top_right,
            bottom_right=bottom_right,
            bottom_left=bottom_left,
        )

        ortho_image_corners.additional_properties = d
        return ortho_image_corners

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
