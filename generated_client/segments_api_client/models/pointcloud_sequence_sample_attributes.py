from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ortho_image import OrthoImage
    from ..models.pointcloud_sample_attributes import PointcloudSampleAttributes


T = TypeVar("T", bound="PointcloudSequenceSampleAttributes")


@_attrs_define
class PointcloudSequenceSampleAttributes:
    """A sequence of point clouds (`pointcloud-*-sequence`).

    Attributes:
        frames (list[PointcloudSampleAttributes]):
        ortho_images (list[OrthoImage] | None | Unset): Top-down images (e.g. tiles); for sequences they hold for every
            frame, so they sit next to `frames`.
    """

    frames: list[PointcloudSampleAttributes]
    ortho_images: list[OrthoImage] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frames = []
        for frames_item_data in self.frames:
            frames_item = frames_item_data.to_dict()
            frames.append(frames_item)

        ortho_images: list[dict[str, Any]] | None | Unset
        if isinstance(self.ortho_images, Unset):
            ortho_images = UNSET
        elif isinstance(self.ortho_images, list):
            ortho_images = []
            for componentsschemas_ortho_images_type_0_item_data in self.ortho_images:
                componentsschemas_ortho_images_type_0_item = (
                    componentsschemas_ortho_images_type_0_item_data.to_dict()
                )
                ortho_images.append(componentsschemas_ortho_images_type_0_item)

        else:
            ortho_images = self.ortho_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frames": frames,
            }
        )
        if ortho_images is not UNSET:
            field_dict["ortho_images"] = ortho_images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ortho_image import OrthoImage
        from ..models.pointcloud_sample_attributes import PointcloudSampleAttributes

        d = dict(src_dict)
        frames = []
        _frames = d.pop("frames")
        for frames_item_data in _frames:
            frames_item = PointcloudSampleAttributes.from_dict(frames_item_data)

            frames.append(frames_item)

        def _parse_ortho_images(data: object) -> list[OrthoImage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_ortho_images_type_0 = []
                _componentsschemas_ortho_images_type_0 = data
                for (
                    componentsschemas_ortho_images_type_0_item_data
                ) in _componentsschemas_ortho_images_type_0:
                    componentsschemas_ortho_images_type_0_item = OrthoImage.from_dict(
                        componentsschemas_ortho_images_type_0_item_data
                    )

                    componentsschemas_ortho_images_type_0.append(
                        componentsschemas_ortho_images_type_0_item
                    )

                return componentsschemas_ortho_images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrthoImage] | None | Unset, data)

        ortho_images = _parse_ortho_images(d.pop("ortho_images", UNSET))

        pointcloud_sequence_sample_attributes = cls(
            frames=frames,
            ortho_images=ortho_images,
        )

        pointcloud_sequence_sample_attributes.additional_properties = d
        return pointcloud_sequence_sample_attributes

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
