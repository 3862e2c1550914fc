from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkbox_attribute_options_input_type import (
    CheckboxAttributeOptionsInputType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckboxAttributeOptions")


@_attrs_define
class CheckboxAttributeOptions:
    """
    Attributes:
        input_type (CheckboxAttributeOptionsInputType):
        default_value (bool | None | Unset):
    """

    input_type: CheckboxAttributeOptionsInputType
    default_value: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_type = self.input_type.value

        default_value: bool | None | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_type": input_type,
            }
        )
        if default_value is not UNSET:
            field_dict["default_value"] = default_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        input_type = CheckboxAttributeOptionsInputType(d.pop("input_type"))

        def _parse_default_value(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        default_value = _parse_default_value(d.pop("default_value", UNSET))

        checkbox_attribute_options = cls(
            input_type=input_type,
            default_value=default_value,
        )

        checkbox_attribute_options.additional_properties = d
        return checkbox_attribute_options

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
