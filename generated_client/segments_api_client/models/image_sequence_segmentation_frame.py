from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_values import AttributeValues
    from ..models.file_url import FileUrl
    from ..models.image_sequence_segmentation_annotation import (
        ImageSequenceSegmentationAnnotation,
    )


T = TypeVar("T", bound="ImageSequenceSegmentationFrame")


@_attrs_define
class ImageSequenceSegmentationFrame:
    """
    Attributes:
        annotations (list[ImageSequenceSegmentationAnnotation]):
        format_version (float | None | str | Unset): Format version of an attributes object, e.g. `"0.1"` (string,
            number or null).
        segmentation_bitmap (FileUrl | None | Unset):
        timestamp (float | None | str | Unset): A frame timestamp (nanoseconds recommended), number, string or null.
        image_attributes (AttributeValues | None | Unset):
    """

    annotations: list[ImageSequenceSegmentationAnnotation]
    format_version: float | None | str | Unset = UNSET
    segmentation_bitmap: FileUrl | None | Unset = UNSET
    timestamp: float | None | str | Unset = UNSET
    image_attributes: AttributeValues | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attribute_values import AttributeValues
        from ..models.file_url import FileUrl

        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        format_version: float | None | str | Unset
        if isinstance(self.format_version, Unset):
            format_version = UNSET
        else:
            format_version = self.format_version

        segmentation_bitmap: dict[str, Any] | None | Unset
        if isinstance(self.segmentation_bitmap, Unset):
            segmentation_bitmap = UNSET
        elif isinstance(self.segmentation_bitmap, FileUrl):
            segmentation_bitmap = self.segmentation_bitmap.to_dict()
        else:
            segmentation_bitmap = self.segmentation_bitmap

        timestamp: float | None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        image_attributes: dict[str, Any] | None | Unset
        if isinstance(self.image_attributes, Unset):
            image_attributes = UNSET
        elif isinstance(self.image_attributes, AttributeValues):
            image_attributes = self.image_attributes.to_dict()
        else:
            image_attributes = self.image_attributes

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
        from ..models.file_url import FileUrl
        from ..models.image_sequence_segmentation_annotation import (
            ImageSequenceSegmentationAnnotation,
        )

        d = dict(src_dict)
        annotations = []
        _annotations = d.pop("annotations")
        for annotations_item_data in _annotations:
            annotations_item = ImageSequenceSegmentationAnnotation.from_dict(
                annotations_item_data
            )

            annotations.append(annotations_item)

        def _parse_format_version(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        format_version = _parse_format_version(d.pop("format_version", UNSET))

        def _parse_segmentation_bitmap(data: object) -> FileUrl | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                segmentation_bitmap_type_0 = FileUrl.from_dict(data)

                return segmentation_bitmap_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FileUrl | None | Unset, data)

        segmentation_bitmap = _parse_segmentation_bitmap(
            d.pop("segmentation_bitmap", UNSET)
        )

        def _parse_timestamp(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

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
