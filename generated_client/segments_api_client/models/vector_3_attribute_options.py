from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_3_attribute_options_input_type import (
    Vector3AttributeOptionsInputType,
)

T = TypeVar("T", bound="Vector3AttributeOptions")


@_attrs_define
class Vector3AttributeOptions:
    """
    Attributes:
        input_type (Vector3AttributeOptionsInputType):
    """

    input_type: Vector3AttributeOptionsInputType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_type = self.input_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_type": input_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        input_type = Vector3AttributeOptionsInputType(d.pop("input_type"))

        vector_3_attribute_options = cls(
            input_type=input_type,
        )

        vector_3_attribute_options.additional_properties = d
        return vector_3_attribute_options

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
