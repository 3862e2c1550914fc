from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.pointcloud_sequence_cuboid_annotation import (
        PointcloudSequenceCuboidAnnotation,
    )
    from ..models.pointcloud_sequence_vector_annotation import (
        PointcloudSequenceVectorAnnotation,
    )


T = TypeVar("T", bound="PointcloudSequenceVectorFrame")


@_attrs_define
class PointcloudSequenceVectorFrame:
    """
    Attributes:
        annotations (list[PointcloudSequenceCuboidAnnotation | PointcloudSequenceVectorAnnotation]):
        format_version (float | str | Unset): Format version of an attributes object, e.g. `"0.1"` (string or number).
        timestamp (float | str | Unset): A frame timestamp (nanoseconds recommended), number or string.
        links (list[Link] | Unset):
    """

    annotations: list[
        PointcloudSequenceCuboidAnnotation | PointcloudSequenceVectorAnnotation
    ]
    format_version: float | str | Unset = UNSET
    timestamp: float | str | Unset = UNSET
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pointcloud_sequence_vector_annotation import (
            PointcloudSequenceVectorAnnotation,
        )

        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item: dict[str, Any]
            if isinstance(annotations_item_data, PointcloudSequenceVectorAnnotation):
                annotations_item = annotations_item_data.to_dict()
            else:
                annotations_item = annotations_item_data.to_dict()

            annotations.append(annotations_item)

        format_version: float | str | Unset
        if isinstance(self.format_version, Unset):
            format_version = UNSET
        else:
            format_version = self.format_version

        timestamp: float | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotations": annotations,
            }
        )
        if format_version is not UNSET:
            field_dict["format_version"] = format_version
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.link import Link
        from ..models.pointcloud_sequence_cuboid_annotation import (
            PointcloudSequenceCuboidAnnotation,
        )
        from ..models.pointcloud_sequence_vector_annotation import (
            PointcloudSequenceVectorAnnotation,
        )

        d = dict(src_dict)
        annotations = []
        _annotations = d.pop("annotations")
        for annotations_item_data in _annotations:

            def _parse_annotations_item(
                data: object,
            ) -> (
                PointcloudSequenceCuboidAnnotation | PointcloudSequenceVectorAnnotation
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    annotations_item_type_0 = (
                        PointcloudSequenceVectorAnnotation.from_dict(data)
                    )

                    return annotations_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_item_type_1 = PointcloudSequenceCuboidAnnotation.from_dict(
                    data
                )

                return annotations_item_type_1

            annotations_item = _parse_annotations_item(annotations_item_data)

            annotations.append(annotations_item)

        def _parse_format_version(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        format_version = _parse_format_version(d.pop("format_version", UNSET))

        def _parse_timestamp(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

        pointcloud_sequence_vector_frame = cls(
            annotations=annotations,
            format_version=format_version,
            timestamp=timestamp,
            links=links,
        )

        pointcloud_sequence_vector_frame.additional_properties = d
        return pointcloud_sequence_vector_frame

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
