from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkbox_task_attribute import CheckboxTaskAttribute
    from ..models.multiselect_task_attribute import MultiselectTaskAttribute
    from ..models.number_task_attribute import NumberTaskAttribute
    from ..models.points_task_attribute import PointsTaskAttribute
    from ..models.quaternion_task_attribute import QuaternionTaskAttribute
    from ..models.select_task_attribute import SelectTaskAttribute
    from ..models.task_attribute_category import TaskAttributeCategory
    from ..models.text_task_attribute import TextTaskAttribute
    from ..models.vector_3_task_attribute import Vector3TaskAttribute
    from ..models.warning_rule import WarningRule


T = TypeVar("T", bound="TaskAttributes")


@_attrs_define
class TaskAttributes:
    """The label editor's configuration (categories and attributes).

    Attributes:
        format_version (float | None | str | Unset): Format version of an attributes object, e.g. `"0.1"` (string,
            number or null).
        categories (list[TaskAttributeCategory] | None | Unset):
        image_attributes (list[CheckboxTaskAttribute | MultiselectTaskAttribute | NumberTaskAttribute |
            PointsTaskAttribute | QuaternionTaskAttribute | SelectTaskAttribute | TextTaskAttribute | Vector3TaskAttribute]
            | None | Unset):
        circle_radius (float | Unset):
        warning_rules (list[WarningRule] | None | Unset):
    """

    format_version: float | None | str | Unset = UNSET
    categories: list[TaskAttributeCategory] | None | Unset = UNSET
    image_attributes: (
        list[
            CheckboxTaskAttribute
            | MultiselectTaskAttribute
            | NumberTaskAttribute
            | PointsTaskAttribute
            | QuaternionTaskAttribute
            | SelectTaskAttribute
            | TextTaskAttribute
            | Vector3TaskAttribute
        ]
        | None
        | Unset
    ) = UNSET
    circle_radius: float | Unset = UNSET
    warning_rules: list[WarningRule] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.checkbox_task_attribute import CheckboxTaskAttribute
        from ..models.multiselect_task_attribute import MultiselectTaskAttribute
        from ..models.number_task_attribute import NumberTaskAttribute
        from ..models.quaternion_task_attribute import QuaternionTaskAttribute
        from ..models.select_task_attribute import SelectTaskAttribute
        from ..models.text_task_attribute import TextTaskAttribute
        from ..models.vector_3_task_attribute import Vector3TaskAttribute

        format_version: float | None | str | Unset
        if isinstance(self.format_version, Unset):
            format_version = UNSET
        else:
            format_version = self.format_version

        categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = []
            for categories_type_0_item_data in self.categories:
                categories_type_0_item = categories_type_0_item_data.to_dict()
                categories.append(categories_type_0_item)

        else:
            categories = self.categories

        image_attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.image_attributes, Unset):
            image_attributes = UNSET
        elif isinstance(self.image_attributes, list):
            image_attributes = []
            for image_attributes_type_0_item_data in self.image_attributes:
                image_attributes_type_0_item: dict[str, Any]
                if (
                    isinstance(image_attributes_type_0_item_data, SelectTaskAttribute)
                    or isinstance(
                        image_attributes_type_0_item_data, MultiselectTaskAttribute
                    )
                    or isinstance(image_attributes_type_0_item_data, TextTaskAttribute)
                    or isinstance(
                        image_attributes_type_0_item_data, NumberTaskAttribute
                    )
                    or isinstance(
                        image_attributes_type_0_item_data, CheckboxTaskAttribute
                    )
                    or isinstance(
                        image_attributes_type_0_item_data, Vector3TaskAttribute
                    )
                    or isinstance(
                        image_attributes_type_0_item_data, QuaternionTaskAttribute
                    )
                ):
                    image_attributes_type_0_item = (
                        image_attributes_type_0_item_data.to_dict()
                    )
                else:
                    image_attributes_type_0_item = (
                        image_attributes_type_0_item_data.to_dict()
                    )

                image_attributes.append(image_attributes_type_0_item)

        else:
            image_attributes = self.image_attributes

        circle_radius = self.circle_radius

        warning_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.warning_rules, Unset):
            warning_rules = UNSET
        elif isinstance(self.warning_rules, list):
            warning_rules = []
            for warning_rules_type_0_item_data in self.warning_rules:
                warning_rules_type_0_item = warning_rules_type_0_item_data.to_dict()
                warning_rules.append(warning_rules_type_0_item)

        else:
            warning_rules = self.warning_rules

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
        from ..models.checkbox_task_attribute import CheckboxTaskAttribute
        from ..models.multiselect_task_attribute import MultiselectTaskAttribute
        from ..models.number_task_attribute import NumberTaskAttribute
        from ..models.points_task_attribute import PointsTaskAttribute
        from ..models.quaternion_task_attribute import QuaternionTaskAttribute
        from ..models.select_task_attribute import SelectTaskAttribute
        from ..models.task_attribute_category import TaskAttributeCategory
        from ..models.text_task_attribute import TextTaskAttribute
        from ..models.vector_3_task_attribute import Vector3TaskAttribute
        from ..models.warning_rule import WarningRule

        d = dict(src_dict)

        def _parse_format_version(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        format_version = _parse_format_version(d.pop("format_version", UNSET))

        def _parse_categories(
            data: object,
        ) -> list[TaskAttributeCategory] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = []
                _categories_type_0 = data
                for categories_type_0_item_data in _categories_type_0:
                    categories_type_0_item = TaskAttributeCategory.from_dict(
                        categories_type_0_item_data
                    )

                    categories_type_0.append(categories_type_0_item)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskAttributeCategory] | None | Unset, data)

        categories = _parse_categories(d.pop("categories", UNSET))

        def _parse_image_attributes(
            data: object,
        ) -> (
            list[
                CheckboxTaskAttribute
                | MultiselectTaskAttribute
                | NumberTaskAttribute
                | PointsTaskAttribute
                | QuaternionTaskAttribute
                | SelectTaskAttribute
                | TextTaskAttribute
                | Vector3TaskAttribute
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                image_attributes_type_0 = []
                _image_attributes_type_0 = data
                for image_attributes_type_0_item_data in _image_attributes_type_0:

                    def _parse_image_attributes_type_0_item(
                        data: object,
                    ) -> (
                        CheckboxTaskAttribute
                        | MultiselectTaskAttribute
                        | NumberTaskAttribute
                        | PointsTaskAttribute
                        | QuaternionTaskAttribute
                        | SelectTaskAttribute
                        | TextTaskAttribute
                        | Vector3TaskAttribute
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_task_attribute_type_0 = (
                                SelectTaskAttribute.from_dict(data)
                            )

                            return componentsschemas_task_attribute_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_task_attribute_type_1 = (
                                MultiselectTaskAttribute.from_dict(data)
                            )

                            return componentsschemas_task_attribute_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_task_attribute_type_2 = (
                                TextTaskAttribute.from_dict(data)
                            )

                            return componentsschemas_task_attribute_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_task_attribute_type_3 = (
                                NumberTaskAttribute.from_dict(data)
                            )

                            return componentsschemas_task_attribute_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_task_attribute_type_4 = (
                                CheckboxTaskAttribute.from_dict(data)
                            )

                            return componentsschemas_task_attribute_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_task_attribute_type_5 = (
                                Vector3TaskAttribute.from_dict(data)
                            )

                            return componentsschemas_task_attribute_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_task_attribute_type_6 = (
                                QuaternionTaskAttribute.from_dict(data)
                            )

                            return componentsschemas_task_attribute_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_attribute_type_7 = (
                            PointsTaskAttribute.from_dict(data)
                        )

                        return componentsschemas_task_attribute_type_7

                    image_attributes_type_0_item = _parse_image_attributes_type_0_item(
                        image_attributes_type_0_item_data
                    )

                    image_attributes_type_0.append(image_attributes_type_0_item)

                return image_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    CheckboxTaskAttribute
                    | MultiselectTaskAttribute
                    | NumberTaskAttribute
                    | PointsTaskAttribute
                    | QuaternionTaskAttribute
                    | SelectTaskAttribute
                    | TextTaskAttribute
                    | Vector3TaskAttribute
                ]
                | None
                | Unset,
                data,
            )

        image_attributes = _parse_image_attributes(d.pop("image_attributes", UNSET))

        circle_radius = d.pop("circle_radius", UNSET)

        def _parse_warning_rules(data: object) -> list[WarningRule] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                warning_rules_type_0 = []
                _warning_rules_type_0 = data
                for warning_rules_type_0_item_data in _warning_rules_type_0:
                    warning_rules_type_0_item = WarningRule.from_dict(
                        warning_rules_type_0_item_data
                    )

                    warning_rules_type_0.append(warning_rules_type_0_item)

                return warning_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WarningRule] | None | Unset, data)

        warning_rules = _parse_warning_rules(d.pop("warning_rules", UNSET))

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
