from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FisheyeDistortionCoefficients")


@_attrs_define
class FisheyeDistortionCoefficients:
    """
    Attributes:
        k1 (float):
        k2 (float):
        k3 (float):
        k4 (float):
    """

    k1: float
    k2: float
    k3: float
    k4: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        k1 = self.k1

        k2 = self.k2

        k3 = self.k3

        k4 = self.k4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "k1": k1,
                "k2": k2,
                "k3": k3,
                "k4": k4,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        k1 = d.pop("k1")

        k2 = d.pop("k2")

        k3 = d.pop("k3")

        k4 = d.pop("k4")

        fisheye_distortion_coefficients = cls(
            k1=k1,
            k2=k2,
            k3=k3,
            k4=k4,
        )

        fisheye_distortion_coefficients.additional_properties = d
        return fisheye_distortion_coefficients

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
