from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrownConradyDistortionCoefficients")


@_attrs_define
class BrownConradyDistortionCoefficients:
    """
    Attributes:
        k1 (float):
        k2 (float):
        k3 (float):
        p1 (float):
        p2 (float):
        k4 (float | None | Unset):
        k5 (float | None | Unset):
        k6 (float | None | Unset):
    """

    k1: float
    k2: float
    k3: float
    p1: float
    p2: float
    k4: float | None | Unset = UNSET
    k5: float | None | Unset = UNSET
    k6: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        k1 = self.k1

        k2 = self.k2

        k3 = self.k3

        p1 = self.p1

        p2 = self.p2

        k4: float | None | Unset
        if isinstance(self.k4, Unset):
            k4 = UNSET
        else:
            k4 = self.k4

        k5: float | None | Unset
        if isinstance(self.k5, Unset):
            k5 = UNSET
        else:
            k5 = self.k5

        k6: float | None | Unset
        if isinstance(self.k6, Unset):
            k6 = UNSET
        else:
            k6 = self.k6

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "k1": k1,
                "k2": k2,
                "k3": k3,
                "p1": p1,
                "p2": p2,
            }
        )
        if k4 is not UNSET:
            field_dict["k4"] = k4
        if k5 is not UNSET:
            field_dict["k5"] = k5
        if k6 is not UNSET:
            field_dict["k6"] = k6

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        k1 = d.pop("k1")

        k2 = d.pop("k2")

        k3 = d.pop("k3")

        p1 = d.pop("p1")

        p2 = d.pop("p2")

        def _parse_k4(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        k4 = _parse_k4(d.pop("k4", UNSET))

        def _parse_k5(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        k5 = _parse_k5(d.pop("k5", UNSET))

        def _parse_k6(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        k6 = _parse_k6(d.pop("k6", UNSET))

        brown_conrady_distortion_coefficients = cls(
            k1=k1,
            k2=k2,
            k3=k3,
            p1=p1,
            p2=p2,
            k4=k4,
            k5=k5,
            k6=k6,
        )

        brown_conrady_distortion_coefficients.additional_properties = d
        return brown_conrady_distortion_coefficients

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
