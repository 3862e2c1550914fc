from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partial_xyz import PartialXYZ
    from ..models.task_attribute import TaskAttribute


T = TypeVar("T", bound="TaskAttributeCategory")


@_attrs_define
class TaskAttributeCategory:
    """
    Attributes:
        name (str):
        id (int):
        description (str | Unset):
        color (list[int] | Unset): RGB or RGBA, each 0–255.
        has_instances (bool | Unset):
        attributes (list[TaskAttribute] | Unset):
        link_attributes (list[TaskAttribute] | Unset):
        link_category_restrictions (list[int] | Unset):
        dimensions (PartialXYZ | Unset):
    """

    name: str
    id: int
    description: str | Unset = UNSET
    color: list[int] | Unset = UNSET
    has_instances: bool | Unset = UNSET
    attributes: list[TaskAttribute] | Unset = UNSET
    link_attributes: list[TaskAttribute] | Unset = UNSET
    link_category_restrictions: list[int] | Unset = UNSET
    dimensions: PartialXYZ | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        description = self.description

        color: list[int] | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color

        has_instances = self.has_instances

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        link_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.link_attributes, Unset):
            link_attributes = []
            for link_attributes_item_data in self.link_attributes:
                link_attributes_item = link_attributes_item_data.to_dict()
                link_attributes.append(link_attributes_item)

        link_category_restrictions: list[int] | Unset = UNSET
        if not isinstance(self.link_category_restrictions, Unset):
            link_category_restrictions = self.link_category_restrictions

        dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if color is not UNSET:
            field_dict["color"] = color
        if has_instances is not UNSET:
            field_dict["has_instances"] = has_instances
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if link_attributes is not UNSET:
            field_dict["link_attributes"] = link_attributes
        if link_category_restrictions is not UNSET:
            field_dict["link_category_restrictions"] = link_category_restrictions
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.partial_xyz import PartialXYZ
        from ..models.task_attribute import TaskAttribute

        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id")

        description = d.pop("description", UNSET)

        color = cast(list[int], d.pop("color", UNSET))

        has_instances = d.pop("has_instances", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[TaskAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = TaskAttribute.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        _link_attributes = d.pop("link_attributes", UNSET)
        link_attributes: list[TaskAttribute] | Unset = UNSET
        if _link_attributes is not UNSET:
            link_attributes = []
            for link_attributes_item_data in _link_attributes:
                link_attributes_item = TaskAttribute.from_dict(
                    link_attributes_item_data
                )

                link_attributes.append(link_attributes_item)

        link_category_restrictions = cast(
            list[int], d.pop("link_category_restrictions", UNSET)
        )

        _dimensions = d.pop("dimensions", UNSET)
        dimensions: PartialXYZ | Unset
        if isinstance(_dimensions, Unset):
            dimensions = UNSET
        else:
            dimensions = PartialXYZ.from_dict(_dimensions)

        task_attribute_category = cls(
            name=name,
            id=id,
            description=description,
            color=color,
            has_instances=has_instances,
            attributes=attributes,
            link_attributes=link_attributes,
            link_category_restrictions=link_category_restrictions,
            dimensions=dimensions,
        )

        task_attribute_category.additional_properties = d
        return task_attribute_category

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
