from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CameraIntrinsics")


@_attrs_define
class CameraIntrinsics:
    """
    Attributes:
        intrinsic_matrix (list[list[float]]):
    """

    intrinsic_matrix: list[list[float]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intrinsic_matrix = []
        for intrinsic_matrix_item_data in self.intrinsic_matrix:
            intrinsic_matrix_item = intrinsic_matrix_item_data

            intrinsic_matrix.append(intrinsic_matrix_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intrinsic_matrix": intrinsic_matrix,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        intrinsic_matrix = []
        _intrinsic_matrix = d.pop("intrinsic_matrix")
        for intrinsic_matrix_item_data in _intrinsic_matrix:
            intrinsic_matrix_item = cast(list[float], intrinsic_matrix_item_data)

            intrinsic_matrix.append(intrinsic_matrix_item)

        camera_intrinsics = cls(
            intrinsic_matrix=intrinsic_matrix,
        )

        camera_intrinsics.additional_properties = d
        return camera_intrinsics

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
