from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_values import AttributeValues
    from ..models.image_sequence_segmentation_annotation import (
        ImageSequenceSegmentationAnnotation,
    )
    from ..models.url import Url


T = TypeVar("T", bound="ImageSequenceSegmentationFrame")


@_attrs_define
class ImageSequenceSegmentationFrame:
    """
    Attributes:
        annotations (list[ImageSequenceSegmentationAnnotation]):
        format_version (float | str | Unset): Format version of an attributes object, e.g. `"0.1"` (string or number).
        segmentation_bitmap (Url | Unset):
        timestamp (float | str | Unset): A frame timestamp (nanoseconds recommended), number or string.
        image_attributes (AttributeValues | Unset): Attribute values by attribute name.
    """

    annotations: list[ImageSequenceSegmentationAnnotation]
    format_version: float | str | Unset = UNSET
    segmentation_bitmap: Url | Unset = UNSET
    timestamp: float | str | Unset = UNSET
    image_attributes: AttributeValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        format_version: float | str | Unset
        if isinstance(self.format_version, Unset):
            format_version = UNSET
        else:
            format_version = self.format_version

        segmentation_bitmap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segmentation_bitmap, Unset):
            segmentation_bitmap = self.segmentation_bitmap.to_dict()

        timestamp: float | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        image_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_attributes, Unset):
            image_attributes = self.image_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotations": annotations,
            }
        )
        if format_version is not UNSET:
            field_dict["format_version"] = format_version
        if segmentation_bitmap is not UNSET:
            field_dict["segmentation_bitmap"] = segmentation_bitmap
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if image_attributes is not UNSET:
            field_dict["image_attributes"] = image_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attribute_values import AttributeValues
        from ..models.image_sequence_segmentation_annotation import (
            ImageSequenceSegmentationAnnotation,
        )
        from ..models.url import Url

        d = dict(src_dict)
        annotations = []
        _annotations = d.pop("annotations")
        for annotations_item_data in _annotations:
            annotations_item = ImageSequenceSegmentationAnnotation.from_dict(
                annotations_item_data
            )

            annotations.append(annotations_item)

        def _parse_format_version(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        format_version = _parse_format_version(d.pop("format_version", UNSET))

        _segmentation_bitmap = d.pop("segmentation_bitmap", UNSET)
        segmentation_bitmap: Url | Unset
        if isinstance(_segmentation_bitmap, Unset):
            segmentation_bitmap = UNSET
        else:
            segmentation_bitmap = Url.from_dict(_segmentation_bitmap)

        def _parse_timestamp(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        _image_attributes = d.pop("image_attributes", UNSET)
        image_attributes: AttributeValues | Unset
        if isinstance(_image_attributes, Unset):
            image_attributes = UNSET
        else:
            image_attributes = AttributeValues.from_dict(_image_attributes)

        image_sequence_segmentation_frame = cls(
            annotations=annotations,
            format_version=format_version,
            segmentation_bitmap=segmentation_bitmap,
            timestamp=timestamp,
            image_attributes=image_attributes,
        )

        image_sequence_segmentation_frame.additional_properties = d
        return image_sequence_segmentation_frame

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
