from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_values import AttributeValues
    from ..models.link_frame_attributes import LinkFrameAttributes


T = TypeVar("T", bound="Link")


@_attrs_define
class Link:
    """A directed link between two objects.

    Attributes:
        from_id (int):
        to_id (int):
        attributes (AttributeValues | None | Unset):
        frames (list[LinkFrameAttributes] | None | Unset): Frame-level link attribute values (definitions with
            `is_track_level: false`), one entry per sample frame, index-aligned with the sample's frames; omitted when there
            are none.
    """

    from_id: int
    to_id: int
    attributes: AttributeValues | None | Unset = UNSET
    frames: list[LinkFrameAttributes] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attribute_values import AttributeValues

        from_id = self.from_id

        to_id = self.to_id

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, AttributeValues):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        frames: list[dict[str, Any]] | None | Unset
        if isinstance(self.frames, Unset):
            frames = UNSET
        elif isinstance(self.frames, list):
            frames = []
            for frames_type_0_item_data in self.frames:
                frames_type_0_item = frames_type_0_item_data.to_dict()
                frames.append(frames_type_0_item)

        else:
            frames = self.frames

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_id": from_id,
                "to_id": to_id,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if frames is not UNSET:
            field_dict["frames"] = frames

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attribute_values import AttributeValues
        from ..models.link_frame_attributes import LinkFrameAttributes

        d = dict(src_dict)
        from_id = d.pop("from_id")

        to_id = d.pop("to_id")

        def _parse_attributes(data: object) -> AttributeValues | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = AttributeValues.from_dict(data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttributeValues | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        def _parse_frames(data: object) -> list[LinkFrameAttributes] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                frames_type_0 = []
                _frames_type_0 = data
                for frames_type_0_item_data in _frames_type_0:
                    frames_type_0_item = LinkFrameAttributes.from_dict(
                        frames_type_0_item_data
                    )

                    frames_type_0.append(frames_type_0_item)

                return frames_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LinkFrameAttributes] | None | Unset, data)

        frames = _parse_frames(d.pop("frames", UNSET))

        link = cls(
            from_id=from_id,
            to_id=to_id,
            attributes=attributes,
            frames=frames,
        )

        link.additional_properties = d
        return link

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
