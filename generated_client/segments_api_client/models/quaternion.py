from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Quaternion")


@_attrs_define
class Quaternion:
    """
    Attributes:
        qx (float):
        qy (float):
        qz (float):
        qw (float):
    """

    qx: float
    qy: float
    qz: float
    qw: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qx = self.qx

        qy = self.qy

        qz = self.qz

        qw = self.qw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "qx": qx,
                "qy": qy,
                "qz": qz,
                "qw": qw,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        qx = d.pop("qx")

        qy = d.pop("qy")

        qz = d.pop("qz")

        qw = d.pop("qw")

        quaternion = cls(
            qx=qx,
            qy=qy,
            qz=qz,
            qw=qw,
        )

        quaternion.additional_properties = d
        return quaternion

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
