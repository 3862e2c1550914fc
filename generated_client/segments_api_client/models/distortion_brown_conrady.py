from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.distortion_brown_conrady_model import DistortionBrownConradyModel

if TYPE_CHECKING:
    from ..models.brown_conrady_distortion_coefficients import (
        BrownConradyDistortionCoefficients,
    )


T = TypeVar("T", bound="DistortionBrownConrady")


@_attrs_define
class DistortionBrownConrady:
    """
    Attributes:
        model (DistortionBrownConradyModel):
        coefficients (BrownConradyDistortionCoefficients):
    """

    model: DistortionBrownConradyModel
    coefficients: BrownConradyDistortionCoefficients
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
        from ..models.brown_conrady_distortion_coefficients import (
            BrownConradyDistortionCoefficients,
        )

        d = dict(src_dict)
        model = DistortionBrownConradyModel(d.pop("model"))

        coefficients = BrownConradyDistortionCoefficients.from_dict(
            d.pop("coefficients")
        )

        distortion_brown_conrady = cls(
            model=model,
            coefficients=coefficients,
        )

        distortion_brown_conrady.additional_properties = d
        return distortion_brown_conrady

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
