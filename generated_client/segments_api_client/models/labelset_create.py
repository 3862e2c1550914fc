from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="LabelsetCreate")


@_attrs_define
class LabelsetCreate:
    """
    Attributes:
        name (str):
        description (str | Unset):
        readme (str | Unset):
        attributes (Metadata | str | Unset): Labelset options. The official SDK sends the JSON-encoded string `"{}"`.
    """

    name: str
    description: str | Unset = UNSET
    readme: str | Unset = UNSET
    attributes: Metadata | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata

        name = self.name

        description = self.description

        readme = self.readme

        attributes: dict[str, Any] | str | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, Metadata):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if readme is not UNSET:
            field_dict["readme"] = readme
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        readme = d.pop("readme", UNSET)

        def _parse_attributes(data: object) -> Metadata | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_1 = Metadata.from_dict(data)

                return attributes_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | str | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        labelset_create = cls(
            name=name,
            description=description,
            readme=readme,
            attributes=attributes,
        )

        labelset_create.additional_properties = d
        return labelset_create

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
