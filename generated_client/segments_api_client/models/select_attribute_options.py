from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.select_attribute_options_input_type import SelectAttributeOptionsInputType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SelectAttributeOptions")


@_attrs_define
class SelectAttributeOptions:
    """
    Attributes:
        input_type (SelectAttributeOptionsInputType):
        values (list[str]): The choices.
        default_value (None | str | Unset):
    """

    input_type: SelectAttributeOptionsInputType
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
        input_type = SelectAttributeOptionsInputType(d.pop("input_type"))

        values = cast(list[str], d.pop("values"))

        def _parse_default_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_value = _parse_default_value(d.pop("default_value", UNSET))

        select_attribute_options = cls(
            input_type=input_type,
            values=values,
            default_value=default_value,
        )

        select_attribute_options.additional_properties = d
        return select_attribute_options

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
