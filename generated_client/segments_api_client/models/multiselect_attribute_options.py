from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multiselect_attribute_options_input_type import (
    MultiselectAttributeOptionsInputType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiselectAttributeOptions")


@_attrs_define
class MultiselectAttributeOptions:
    """
    Attributes:
        input_type (MultiselectAttributeOptionsInputType):
        values (list[str]): The choices.
        default_value (None | str | Unset):
    """

    input_type: MultiselectAttributeOptionsInputType
    values: list[str]
    default_value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_type = self.input_type.value

        values = self.values

        default_value: None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_type": input_type,
                "values": values,
            }
        )
        if default_value is not UNSET:
            field_dict["default_value"] = default_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        input_type = MultiselectAttributeOptionsInputType(d.pop("input_type"))

        values = cast(list[str], d.pop("values"))

        def _parse_default_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_value = _parse_default_value(d.pop("default_value", UNSET))

        multiselect_attribute_options = cls(
            input_type=input_type,
            values=values,
            default_value=default_value,
        )

        multiselect_attribute_options.additional_properties = d
        return multiselect_attribute_options

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
