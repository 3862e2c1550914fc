from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pointcloud_segmentation_frame import PointcloudSegmentationFrame


T = TypeVar("T", bound="PointcloudSequenceSegmentationLabelAttributes")


@_attrs_define
class PointcloudSequenceSegmentationLabelAttributes:
    """`pointcloud-segmentation-sequence`.

    Attributes:
        frames (list[PointcloudSegmentationFrame]):
        format_version (float | None | str | Unset): Format version of an attributes object, e.g. `"0.1"` (string,
            number or null).
    """

    frames: list[PointcloudSegmentationFrame]
    format_version: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frames = []
        for frames_item_data in self.frames:
            frames_item = frames_item_data.to_dict()
            frames.append(frames_item)

        format_version: float | None | str | Unset
        if isinstance(self.format_version, Unset):
            format_version = UNSET
        else:
            format_version = self.format_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frames": frames,
            }
        )
        if format_version is not UNSET:
            field_dict["format_version"] = format_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pointcloud_segmentation_frame import PointcloudSegmentationFrame

        d = dict(src_dict)
        frames = []
        _frames = d.pop("frames")
        for frames_item_data in _frames:
            frames_item = PointcloudSegmentationFrame.from_dict(frames_item_data)

            frames.append(frames_item)

        def _parse_format_version(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        format_version = _parse_format_version(d.pop("format_version", UNSET))

        pointcloud_sequence_segmentation_label_attributes = cls(
            frames=frames,
            format_version=format_version,
        )

        pointcloud_sequence_segmentation_label_attributes.additional_properties = d
        return pointcloud_sequence_segmentation_label_attributes

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
