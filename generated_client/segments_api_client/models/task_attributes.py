from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_attribute import TaskAttribute
    from ..models.task_attribute_category import TaskAttributeCategory
    from ..models.warning_rule import WarningRule


T = TypeVar("T", bound="TaskAttributes")


@_attrs_define
class TaskAttributes:
    """The label editor's configuration (categories and attributes).

    Attributes:
        format_version (float | str | Unset): Format version of an attributes object, e.g. `"0.1"` (string or number).
        categories (list[TaskAttributeCategory] | Unset):
        image_attributes (list[TaskAttribute] | Unset):
        circle_radius (float | Unset):
        warning_rules (list[WarningRule] | Unset):
    """

    format_version: float | str | Unset = UNSET
    categories: list[TaskAttributeCategory] | Unset = UNSET
    image_attributes: list[TaskAttribute] | Unset = UNSET
    circle_radius: float | Unset = UNSET
    warning_rules: list[WarningRule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_version: float | str | Unset
        if isinstance(self.format_version, Unset):
            format_version = UNSET
        else:
            format_version = self.format_version

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        image_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image_attributes, Unset):
            image_attributes = []
            for image_attributes_item_data in self.image_attributes:
                image_attributes_item = image_attributes_item_data.to_dict()
                image_attributes.append(image_attributes_item)

        circle_radius = self.circle_radius

        warning_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warning_rules, Unset):
            warning_rules = []
            for warning_rules_item_data in self.warning_rules:
                warning_rules_item = warning_rules_item_data.to_dict()
                warning_rules.append(warning_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_version is not UNSET:
            field_dict["format_version"] = format_version
        if categories is not UNSET:
            field_dict["categories"] = categories
        if image_attributes is not UNSET:
            field_dict["image_attributes"] = image_attributes
        if circle_radius is not UNSET:
            field_dict["circle_radius"] = circle_radius
        if warning_rules is not UNSET:
            field_dict["warning_rules"] = warning_rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_attribute import TaskAttribute
        from ..models.task_attribute_category import TaskAttributeCategory
        from ..models.warning_rule import WarningRule

        d = dict(src_dict)

        def _parse_format_version(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        format_version = _parse_format_version(d.pop("format_version", UNSET))

        _categories = d.pop("categories", UNSET)
        categories: list[TaskAttributeCategory] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = TaskAttributeCategory.from_dict(categories_item_data)

                categories.append(categories_item)

        _image_attributes = d.pop("image_attributes", UNSET)
        image_attributes: list[TaskAttribute] | Unset = UNSET
        if _image_attributes is not UNSET:
            image_attributes = []
            for image_attributes_item_data in _image_attributes:
                image_attributes_item = TaskAttribute.from_dict(
                    image_attributes_item_data
                )

                image_attributes.append(image_attributes_item)

        circle_radius = d.pop("circle_radius", UNSET)

        _warning_rules = d.pop("warning_rules", UNSET)
        warning_rules: list[WarningRule] | Unset = UNSET
        if _warning_rules is not UNSET:
            warning_rules = []
            for warning_rules_item_data in _warning_rules:
                warning_rules_item = WarningRule.from_dict(warning_rules_item_data)

                warning_rules.append(warning_rules_item)

        task_attributes = cls(
            format_version=format_version,
            categories=categories,
            image_attributes=image_attributes,
            circle_radius=circle_radius,
            warning_rules=warning_rules,
        )

        task_attributes.additional_properties = d
        return task_attributes

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
