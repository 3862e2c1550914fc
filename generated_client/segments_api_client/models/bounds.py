from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Bounds")


@_attrs_define
class Bounds:
    """
    Attributes:
        min_x (float | None | Unset):
        max_x (float | None | Unset):
        min_y (float | None | Unset):
        max_y (float | None | Unset):
        min_z (float | None | Unset):
        max_z (float | None | Unset):
    """

    min_x: float | None | Unset = UNSET
    max_x: float | None | Unset = UNSET
    min_y: float | None | Unset = UNSET
    max_y: float | None | Unset = UNSET
    min_z: float | None | Unset = UNSET
    max_z: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_x: float | None | Unset
        if isinstance(self.min_x, Unset):
            min_x = UNSET
        else:
            min_x = self.min_x

        max_x: float | None | Unset
        if isinstance(self.max_x, Unset):
            max_x = UNSET
        else:
            max_x = self.max_x

        min_y: float | None | Unset
        if isinstance(self.min_y, Unset):
            min_y = UNSET
        else:
            min_y = self.min_y

        max_y: float | None | Unset
        if isinstance(self.max_y, Unset):
            max_y = UNSET
        else:
            max_y = self.max_y

        min_z: float | None | Unset
        if isinstance(self.min_z, Unset):
            min_z = UNSET
        else:
            min_z = self.min_z

        max_z: float | None | Unset
        if isinstance(self.max_z, Unset):
            max_z = UNSET
        else:
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

        def _parse_min_x(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_x = _parse_min_x(d.pop("min_x", UNSET))

        def _parse_max_x(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_x = _parse_max_x(d.pop("max_x", UNSET))

        def _parse_min_y(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_y = _parse_min_y(d.pop("min_y", UNSET))

        def _parse_max_y(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_y = _parse_max_y(d.pop("max_y", UNSET))

        def _parse_min_z(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_z = _parse_min_z(d.pop("min_z", UNSET))

        def _parse_max_z(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_z = _parse_max_z(d.pop("max_z", UNSET))

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
