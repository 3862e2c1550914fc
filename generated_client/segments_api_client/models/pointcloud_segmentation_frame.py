from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_values import AttributeValues
    from ..models.pointcloud_sequence_segmentation_annotation import (
        PointcloudSequenceSegmentationAnnotation,
    )


T = TypeVar("T", bound="PointcloudSegmentationFrame")


@_attrs_define
class PointcloudSegmentationFrame:
    """
    Attributes:
        annotations (list[PointcloudSequenceSegmentationAnnotation]):
        point_annotations (list[int]):
        format_version (float | None | str | Unset): Format version of an attributes object, e.g. `"0.1"` (string,
            number or null).
        image_attributes (AttributeValues | None | Unset):
        timestamp (float | None | str | Unset): A frame timestamp (nanoseconds recommended), number, string or null.
    """

    annotations: list[PointcloudSequenceSegmentationAnnotation]
    point_annotations: list[int]
    format_version: float | None | str | Unset = UNSET
    image_attributes: AttributeValues | None | Unset = UNSET
    timestamp: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attribute_values import AttributeValues

        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        point_annotations = self.point_annotations

        format_version: float | None | str | Unset
        if isinstance(self.format_version, Unset):
            format_version = UNSET
        else:
            format_version = self.format_version

        image_attributes: dict[str, Any] | None | Unset
        if isinstance(self.image_attributes, Unset):
            image_attributes = UNSET
        elif isinstance(self.image_attributes, AttributeValues):
            image_attributes = self.image_attributes.to_dict()
        else:
            image_attributes = self.image_attributes

        timestamp: float | None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotations": annotations,
                "point_annotations": point_annotations,
            }
        )
        if format_version is not UNSET:
            field_dict["format_version"] = format_version
        if image_attributes is not UNSET:
            field_dict["image_attributes"] = image_attributes
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attribute_values import AttributeValues
        from ..models.pointcloud_sequence_segmentation_annotation import (
            PointcloudSequenceSegmentationAnnotation,
        )

        d = dict(src_dict)
        annotations = []
        _annotations = d.pop("annotations")
        for annotations_item_data in _annotations:
            annotations_item = PointcloudSequenceSegmentationAnnotation.from_dict(
                annotations_item_data
            )

            annotations.append(annotations_item)

        point_annotations = cast(list[int], d.pop("point_annotations"))

        def _parse_format_version(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        format_version = _parse_format_version(d.pop("format_version", UNSET))

        def _parse_image_attributes(data: object) -> AttributeValues | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_attributes_type_0 = AttributeValues.from_dict(data)

                return image_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttributeValues | None | Unset, data)

        image_attributes = _parse_image_attributes(d.pop("image_attributes", UNSET))

        def _parse_timestamp(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        pointcloud_segmentation_frame = cls(
            annotations=annotations,
            point_annotations=point_annotations,
            format_version=format_version,
            image_attributes=image_attributes,
            timestamp=timestamp,
        )

        pointcloud_segmentation_frame.additional_properties = d
        return pointcloud_segmentation_frame

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
