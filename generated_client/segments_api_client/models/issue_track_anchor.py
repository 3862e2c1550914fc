from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issue_track_anchor_type import IssueTrackAnchorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueTrackAnchor")


@_attrs_define
class IssueTrackAnchor:
    """
    Attributes:
        type_ (IssueTrackAnchorType):
        track_number (int):
        sensor (None | str | Unset):
        frame (int | None | Unset):
        track_attribute (None | str | Unset):
    """

    type_: IssueTrackAnchorType
    track_number: int
    sensor: None | str | Unset = UNSET
    frame: int | None | Unset = UNSET
    track_attribute: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        track_number = self.track_number

        sensor: None | str | Unset
        if isinstance(self.sensor, Unset):
            sensor = UNSET
        else:
            sensor = self.sensor

        frame: int | None | Unset
        if isinstance(self.frame, Unset):
            frame = UNSET
        else:
            frame = self.frame

        track_attribute: None | str | Unset
        if isinstance(self.track_attribute, Unset):
            track_attribute = UNSET
        else:
            track_attribute = self.track_attribute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "trackNumber": track_number,
            }
        )
        if sensor is not UNSET:
            field_dict["sensor"] = sensor
        if frame is not UNSET:
            field_dict["frame"] = frame
        if track_attribute is not UNSET:
            field_dict["trackAttribute"] = track_attribute

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = IssueTrackAnchorType(d.pop("type"))

        track_number = d.pop("trackNumber")

        def _parse_sensor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sensor = _parse_sensor(d.pop("sensor", UNSET))

        def _parse_frame(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        frame = _parse_frame(d.pop("frame", UNSET))

        def _parse_track_attribute(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        track_attribute = _parse_track_attribute(d.pop("trackAttribute", UNSET))

        issue_track_anchor = cls(
            type_=type_,
            track_number=track_number,
            sensor=sensor,
            frame=frame,
            track_attribute=track_attribute,
        )

        issue_track_anchor.additional_properties = d
        return issue_track_anchor

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
