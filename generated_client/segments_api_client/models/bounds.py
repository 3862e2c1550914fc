from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Bounds")


@_attrs_define
class Bounds:
    """
    Attributes:
        min_x (float | Unset):
        max_x (float | Unset):
        min_y (float | Unset):
        max_y (float | Unset):
        min_z (float | Unset):
        max_z (float | Unset):
    """

    min_x: float | Unset = UNSET
    max_x: float | Unset = UNSET
    min_y: float | Unset = UNSET
    max_y: float | Unset = UNSET
    min_z: float | Unset = UNSET
    max_z: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_x = self.min_x

        max_x = self.max_x

        min_y = self.min_y

        max_y = self.max_y

        min_z = self.min_z

        max_z = self.max_z

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_x is not UNSET:
            field_dict["min_x"] = min_x
        if max_x is not UNSET:
            field_dict["max_x"] = max_x
        if min_y is not UNSET:
            field_dict["min_y"] = min_y
        if max_y is not UNSET:
            field_dict["max_y"] = max_y
        if min_z is not UNSET:
            field_dict["min_z"] = min_z
        if max_z is not UNSET:
            field_dict["max_z"] = max_z

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        min_x = d.pop("min_x", UNSET)

        max_x = d.pop("max_x", UNSET)

        min_y = d.pop("min_y", UNSET)

        max_y = d.pop("max_y", UNSET)

        min_z = d.pop("min_z", UNSET)

        max_z = d.pop("max_z", UNSET)

        bounds = cls(
            min_x=min_x,
            max_x=max_x,
            min_y=min_y,
            max_y=max_y,
            min_z=min_z,
            max_z=max_z,
        )

        bounds.additional_properties = d
        return bounds

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
