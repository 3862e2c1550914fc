from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.camera_distortion_model import CameraDistortionModel

if TYPE_CHECKING:
    from ..models.camera_distortion_coefficients import CameraDistortionCoefficients


T = TypeVar("T", bound="CameraDistortion")


@_attrs_define
class CameraDistortion:
    """
    Attributes:
        model (CameraDistortionModel):
        coefficients (CameraDistortionCoefficients): `k1`–`k4` for fisheye; `k1`, `k2`, `k3`, `p1`, `p2` (and optional
            `k4`–`k6`) for brown-conrady.
    """

    model: CameraDistortionModel
    coefficients: CameraDistortionCoefficients
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
        from ..models.camera_distortion_coefficients import CameraDistortionCoefficients

        d = dict(src_dict)
        model = CameraDistortionModel(d.pop("model"))

        coefficients = CameraDistortionCoefficients.from_dict(d.pop("coefficients"))

        camera_distortion = cls(
            model=model,
            coefficients=coefficients,
        )

        camera_distortion.additional_properties = d
        return camera_distortion

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
