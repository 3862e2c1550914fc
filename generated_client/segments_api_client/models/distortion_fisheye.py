from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.distortion_fisheye_model import DistortionFisheyeModel

if TYPE_CHECKING:
    from ..models.fisheye_distortion_coefficients import FisheyeDistortionCoefficients


T = TypeVar("T", bound="DistortionFisheye")


@_attrs_define
class DistortionFisheye:
    """
    Attributes:
        model (DistortionFisheyeModel):
        coefficients (FisheyeDistortionCoefficients):
    """

    model: DistortionFisheyeModel
    coefficients: FisheyeDistortionCoefficients
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model.value

        coefficients = self.coefficients.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "coefficients": coefficients,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fisheye_distortion_coefficients import (
            FisheyeDistortionCoefficients,
        )

        d = dict(src_dict)
        model = DistortionFisheyeModel(d.pop("model"))

        coefficients = FisheyeDistortionCoefficients.from_dict(d.pop("coefficients"))

        distortion_fisheye = cls(
            model=model,
            coefficients=coefficients,
        )

        distortion_fisheye.additional_properties = d
        return distortion_fisheye

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
