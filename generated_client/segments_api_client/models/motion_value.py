from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MotionValue")


@_attrs_define
class MotionValue:
    """
    Attributes:
        relative (float | None):
        absolute (float):
    """

    relative: float | None
    absolute: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relative: float | None
        relative = self.relative

        absolute = self.absolute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relative": relative,
                "absolute": absolute,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_relative(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        relative = _parse_relative(d.pop("relative"))

        absolute = d.pop("absolute")

        motion_value = cls(
            relative=relative,
            absolute=absolute,
        )

        motion_value.additional_properties = d
        return motion_value

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
