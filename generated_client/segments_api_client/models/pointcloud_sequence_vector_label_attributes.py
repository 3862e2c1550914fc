from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.pointcloud_sequence_vector_frame import PointcloudSequenceVectorFrame


T = TypeVar("T", bound="PointcloudSequenceVectorLabelAttributes")


@_attrs_define
class PointcloudSequenceVectorLabelAttributes:
    """`pointcloud-vector-sequence`.

    Attributes:
        frames (list[PointcloudSequenceVectorFrame]):
        format_version (float | None | str | Unset): Format version of an attributes object, e.g. `"0.1"` (string,
            number or null).
        links (list[Link] | None | Unset):
    """

    frames: list[PointcloudSequenceVectorFrame]
    format_version: float | None | str | Unset = UNSET
    links: list[Link] | None | Unset = UNSET
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

        links: list[dict[str, Any]] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, list):
            links = []
            for links_type_0_item_data in self.links:
                links_type_0_item = links_type_0_item_data.to_dict()
                links.append(links_type_0_item)

        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frames": frames,
            }
        )
        if format_version is not UNSET:
            field_dict["format_version"] = format_version
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.link import Link
        from ..models.pointcloud_sequence_vector_frame import (
            PointcloudSequenceVectorFrame,
        )

        d = dict(src_dict)
        frames = []
        _frames = d.pop("frames")
        for frames_item_data in _frames:
            frames_item = PointcloudSequenceVectorFrame.from_dict(frames_item_data)

            frames.append(frames_item)

        def _parse_format_version(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        format_version = _parse_format_version(d.pop("format_version", UNSET))

        def _parse_links(data: object) -> list[Link] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                links_type_0 = []
                _links_type_0 = data
                for links_type_0_item_data in _links_type_0:
                    links_type_0_item = Link.from_dict(links_type_0_item_data)

                    links_type_0.append(links_type_0_item)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Link] | None | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        pointcloud_sequence_vector_label_attributes = cls(
            frames=frames,
            format_version=format_version,
            links=links,
        )

        pointcloud_sequence_vector_label_attributes.additional_properties = d
        return pointcloud_sequence_vector_label_attributes

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
