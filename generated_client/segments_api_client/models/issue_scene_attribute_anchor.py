from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issue_scene_attribute_anchor_type import IssueSceneAttributeAnchorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueSceneAttributeAnchor")


@_attrs_define
class IssueSceneAttributeAnchor:
    """
    Attributes:
        type_ (IssueSceneAttributeAnchorType):
        scene_attribute (str):
        sensor (None | str | Unset):
        frame (int | None | Unset):
    """

    type_: IssueSceneAttributeAnchorType
    scene_attribute: str
    sensor: None | str | Unset = UNSET
    frame: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        scene_attribute = self.scene_attribute

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sceneAttribute": scene_attribute,
            }
        )
        if sensor is not UNSET:
            field_dict["sensor"] = sensor
        if frame is not UNSET:
            field_dict["frame"] = frame

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = IssueSceneAttributeAnchorType(d.pop("type"))

        scene_attribute = d.pop("sceneAttribute")

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

        issue_scene_attribute_anchor = cls(
            type_=type_,
            scene_attribute=scene_attribute,
            sensor=sensor,
            frame=frame,
        )

        issue_scene_attribute_anchor.additional_properties = d
        return issue_scene_attribute_anchor

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
