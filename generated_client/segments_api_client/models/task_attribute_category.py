from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkbox_task_attribute import CheckboxTaskAttribute
    from ..models.checkbox_task_link_attribute import CheckboxTaskLinkAttribute
    from ..models.multiselect_task_attribute import MultiselectTaskAttribute
    from ..models.multiselect_task_link_attribute import MultiselectTaskLinkAttribute
    from ..models.number_task_attribute import NumberTaskAttribute
    from ..models.number_task_link_attribute import NumberTaskLinkAttribute
    from ..models.partial_xyz import PartialXYZ
    from ..models.points_task_attribute import PointsTaskAttribute
    from ..models.quaternion_task_attribute import QuaternionTaskAttribute
    from ..models.select_task_attribute import SelectTaskAttribute
    from ..models.select_task_link_attribute import SelectTaskLinkAttribute
    from ..models.text_task_attribute import TextTaskAttribute
    from ..models.text_task_link_attribute import TextTaskLinkAttribute
    from ..models.vector_3_task_attribute import Vector3TaskAttribute


T = TypeVar("T", bound="TaskAttributeCategory")


@_attrs_define
class TaskAttributeCategory:
    """A category of objects. Keys the editor does not know are kept and ignored.

    Attributes:
        name (str):
        id (int):
        description (str | Unset):
        color (list[int] | None | Unset): RGB or RGBA, each 0–255.
        has_instances (bool | None | Unset):
        attributes (list[CheckboxTaskAttribute | MultiselectTaskAttribute | NumberTaskAttribute | PointsTaskAttribute |
            QuaternionTaskAttribute | SelectTaskAttribute | TextTaskAttribute | Vector3TaskAttribute] | None | Unset):
        link_attributes (list[CheckboxTaskLinkAttribute | MultiselectTaskLinkAttribute | NumberTaskLinkAttribute |
            SelectTaskLinkAttribute | TextTaskLinkAttribute] | None | Unset):
        link_category_restrictions (list[int] | None | Unset):
        dimensions (None | PartialXYZ | Unset):
        lock_dimensions (bool | Unset): 3D cuboid categories: labelers cannot change a new cuboid's `dimensions`.
            Default: False.
        lock_rotation (bool | Unset): 3D cuboid categories: labelers cannot rotate the cuboid. Default: False.
        lock_position (bool | Unset): 3D cuboid categories: labelers cannot move the cuboid. Default: False.
    """

    name: str
    id: int
    description: str | Unset = UNSET
    color: list[int] | None | Unset = UNSET
    has_instances: bool | None | Unset = UNSET
    attributes: (
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
    link_attributes: (
        list[
            CheckboxTaskLinkAttribute
            | MultiselectTaskLinkAttribute
            | NumberTaskLinkAttribute
            | SelectTaskLinkAttribute
            | TextTaskLinkAttribute
        ]
        | None
        | Unset
    ) = UNSET
    link_category_restrictions: list[int] | None | Unset = UNSET
    dimensions: None | PartialXYZ | Unset = UNSET
    lock_dimensions: bool | Unset = False
    lock_rotation: bool | Unset = False
    lock_position: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.checkbox_task_attribute import CheckboxTaskAttribute
        from ..models.multiselect_task_attribute import MultiselectTaskAttribute
        from ..models.multiselect_task_link_attribute import (
            MultiselectTaskLinkAttribute,
        )
        from ..models.number_task_attribute import NumberTaskAttribute
        from ..models.number_task_link_attribute import NumberTaskLinkAttribute
        from ..models.partial_xyz import PartialXYZ
        from ..models.quaternion_task_attribute import QuaternionTaskAttribute
        from ..models.select_task_attribute import SelectTaskAttribute
        from ..models.select_task_link_attribute import SelectTaskLinkAttribute
        from ..models.text_task_attribute import TextTaskAttribute
        from ..models.text_task_link_attribute import TextTaskLinkAttribute
        from ..models.vector_3_task_attribute import Vector3TaskAttribute

        name = self.name

        id = self.id

        description = self.description

        color: list[int] | None | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        elif isinstance(self.color, list):
            color = self.color

        else:
            color = self.color

        has_instances: bool | None | Unset
        if isinstance(self.has_instances, Unset):
            has_instances = UNSET
        else:
            has_instances = self.has_instances

        attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, list):
            attributes = []
            for attributes_type_0_item_data in self.attributes:
                attributes_type_0_item: dict[str, Any]
                if (
                    isinstance(attributes_type_0_item_data, SelectTaskAttribute)
                    or isinstance(attributes_type_0_item_data, MultiselectTaskAttribute)
                    or isinstance(attributes_type_0_item_data, TextTaskAttribute)
                    or isinstance(attributes_type_0_item_data, NumberTaskAttribute)
                    or isinstance(attributes_type_0_item_data, CheckboxTaskAttribute)
                    or isinstance(attributes_type_0_item_data, Vector3TaskAttribute)
                    or isinstance(attributes_type_0_item_data, QuaternionTaskAttribute)
                ):
                    attributes_type_0_item = attributes_type_0_item_data.to_dict()
                else:
                    attributes_type_0_item = attributes_type_0_item_data.to_dict()

                attributes.append(attributes_type_0_item)

        else:
            attributes = self.attributes

        link_attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.link_attributes, Unset):
            link_attributes = UNSET
        elif isinstance(self.link_attributes, list):
            link_attributes = []
            for link_attributes_type_0_item_data in self.link_attributes:
                link_attributes_type_0_item: dict[str, Any]
                if (
                    isinstance(
                        link_attributes_type_0_item_data, SelectTaskLinkAttribute
                    )
                    or isinstance(
                        link_attributes_type_0_item_data, MultiselectTaskLinkAttribute
                    )
                    or isinstance(
                        link_attributes_type_0_item_data, TextTaskLinkAttribute
                    )
                    or isinstance(
                        link_attributes_type_0_item_data, NumberTaskLinkAttribute
                    )
                ):
                    link_attributes_type_0_item = (
                        link_attributes_type_0_item_data.to_dict()
                    )
                else:
                    link_attributes_type_0_item = (
                        link_attributes_type_0_item_data.to_dict()
                    )

                link_attributes.append(link_attributes_type_0_item)

        else:
            link_attributes = self.link_attributes

        link_category_restrictions: list[int] | None | Unset
        if isinstance(self.link_category_restrictions, Unset):
            link_category_restrictions = UNSET
        elif isinstance(self.link_category_restrictions, list):
            link_category_restrictions = self.link_category_restrictions

        else:
            link_category_restrictions = self.link_category_restrictions

        dimensions: dict[str, Any] | None | Unset
        if isinstance(self.dimensions, Unset):
            dimensions = UNSET
        elif isinstance(self.dimensions, PartialXYZ):
            dimensions = self.dimensions.to_dict()
        else:
            dimensions = self.dimensions

        lock_dimensions = self.lock_dimensions

        lock_rotation = self.lock_rotation

        lock_position = self.lock_position

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
        if lock_dimensions is not UNSET:
            field_dict["lock_dimensions"] = lock_dimensions
        if lock_rotation is not UNSET:
            field_dict["lock_rotation"] = lock_rotation
        if lock_position is not UNSET:
            field_dict["lock_position"] = lock_position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.checkbox_task_attribute import CheckboxTaskAttribute
        from ..models.checkbox_task_link_attribute import CheckboxTaskLinkAttribute
        from ..models.multiselect_task_attribute import MultiselectTaskAttribute
        from ..models.multiselect_task_link_attribute import (
            MultiselectTaskLinkAttribute,
        )
        from ..models.number_task_attribute import NumberTaskAttribute
        from ..models.number_task_link_attribute import NumberTaskLinkAttribute
        from ..models.partial_xyz import PartialXYZ
        from ..models.points_task_attribute import PointsTaskAttribute
        from ..models.quaternion_task_attribute import QuaternionTaskAttribute
        from ..models.select_task_attribute import SelectTaskAttribute
        from ..models.select_task_link_attribute import SelectTaskLinkAttribute
        from ..models.text_task_attribute import TextTaskAttribute
        from ..models.text_task_link_attribute import TextTaskLinkAttribute
        from ..models.vector_3_task_attribute import Vector3TaskAttribute

        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id")

        description = d.pop("description", UNSET)

        def _parse_color(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                color_type_0 = cast(list[int], data)

                return color_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_has_instances(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_instances = _parse_has_instances(d.pop("has_instances", UNSET))

        def _parse_attributes(
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
                attributes_type_0 = []
                _attributes_type_0 = data
                for attributes_type_0_item_data in _attributes_type_0:

                    def _parse_attributes_type_0_item(
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

                    attributes_type_0_item = _parse_attributes_type_0_item(
                        attributes_type_0_item_data
                    )

                    attributes_type_0.append(attributes_type_0_item)

                return attributes_type_0
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

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        def _parse_link_attributes(
            data: object,
        ) -> (
            list[
                CheckboxTaskLinkAttribute
                | MultiselectTaskLinkAttribute
                | NumberTaskLinkAttribute
                | SelectTaskLinkAttribute
                | TextTaskLinkAttribute
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
                link_attributes_type_0 = []
                _link_attributes_type_0 = data
                for link_attributes_type_0_item_data in _link_attributes_type_0:

                    def _parse_link_attributes_type_0_item(
                        data: object,
                    ) -> (
                        CheckboxTaskLinkAttribute
                        | MultiselectTaskLinkAttribute
                        | NumberTaskLinkAttribute
                        | SelectTaskLinkAttribute
                        | TextTaskLinkAttribute
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_task_link_attribute_type_0 = (
                                SelectTaskLinkAttribute.from_dict(data)
                            )

                            return componentsschemas_task_link_attribute_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_task_link_attribute_type_1 = (
                                MultiselectTaskLinkAttribute.from_dict(data)
                            )

                            return componentsschemas_task_link_attribute_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_task_link_attribute_type_2 = (
                                TextTaskLinkAttribute.from_dict(data)
                            )

                            return componentsschemas_task_link_attribute_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_task_link_attribute_type_3 = (
                                NumberTaskLinkAttribute.from_dict(data)
                            )

                            return componentsschemas_task_link_attribute_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_link_attribute_type_4 = (
                            CheckboxTaskLinkAttribute.from_dict(data)
                        )

                        return componentsschemas_task_link_attribute_type_4

                    link_attributes_type_0_item = _parse_link_attributes_type_0_item(
                        link_attributes_type_0_item_data
                    )

                    link_attributes_type_0.append(link_attributes_type_0_item)

                return link_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    CheckboxTaskLinkAttribute
                    | MultiselectTaskLinkAttribute
                    | NumberTaskLinkAttribute
                    | SelectTaskLinkAttribute
                    | TextTaskLinkAttribute
                ]
                | None
                | Unset,
                data,
            )

        link_attributes = _parse_link_attributes(d.pop("link_attributes", UNSET))

        def _parse_link_category_restrictions(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                link_category_restrictions_type_0 = cast(list[int], data)

                return link_category_restrictions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        link_category_restrictions = _parse_link_category_restrictions(
            d.pop("link_category_restrictions", UNSET)
        )

        def _parse_dimensions(data: object) -> None | PartialXYZ | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dimensions_type_0 = PartialXYZ.from_dict(data)

                return dimensions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PartialXYZ | Unset, data)

        dimensions = _parse_dimensions(d.pop("dimensions", UNSET))

        lock_dimensions = d.pop("lock_dimensions", UNSET)

        lock_rotation = d.pop("lock_rotation", UNSET)

        lock_position = d.pop("lock_position", UNSET)

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
            lock_dimensions=lock_dimensions,
            lock_rotation=lock_rotation,
            lock_position=lock_position,
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
