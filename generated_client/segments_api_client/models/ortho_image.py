from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.height_map import HeightMap
    from ..models.ortho_image_corners import OrthoImageCorners


T = TypeVar("T", bound="OrthoImage")


@_attrs_define
class OrthoImage:
    """A top-down (orthographic) image under the point cloud, stretched over the quadrilateral spanned by its four world-
    frame corners, with an optional height map.

        Attributes:
            url (str):
            corners (OrthoImageCorners): World-frame position of each corner of the image (top-left is the image's first
                pixel); four corners let the image be rotated or skewed.
            signed_url (None | str | Unset):
            height_map (HeightMap | None | Unset):
    """

    url: str
    corners: OrthoImageCorners
    signed_url: None | str | Unset = UNSET
    height_map: HeightMap | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.height_map import HeightMap

        url = self.url

        corners = self.corners.to_dict()

        signed_url: None | str | Unset
        if isinstance(self.signed_url, Unset):
            signed_url = UNSET
        else:
            signed_url = self.signed_url

        height_map: dict[str, Any] | None | Unset
        if isinstance(self.height_map, Unset):
            height_map = UNSET
        elif isinstance(self.height_map, HeightMap):
            height_map = self.height_map.to_dict()
        else:
            height_map = self.height_map

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "corners": corners,
            }
        )
        if signed_url is not UNSET:
            field_dict["signed_url"] = signed_url
        if height_map is not UNSET:
            field_dict["height_map"] = height_map

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.height_map import HeightMap
        from ..models.ortho_image_corners import OrthoImageCorners

        d = dict(src_dict)
        url = d.pop("url")

        corners = OrthoImageCorners.from_dict(d.pop("corners"))

        def _parse_signed_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signed_url = _parse_signed_url(d.pop("signed_url", UNSET))

        def _parse_height_map(data: object) -> HeightMap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                height_map_type_0 = HeightMap.from_dict(data)

                return height_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HeightMap | None | Unset, data)

        height_map = _parse_height_map(d.pop("height_map", UNSET))

        ortho_image = cls(
            url=url,
            corners=corners,
            signed_url=signed_url,
            height_map=height_map,
        )

        ortho_image.additional_properties = d
        return ortho_image

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
