from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multi_sensor_pointcloud_sequence_vector_label_attributes_task_type import (
    MultiSensorPointcloudSequenceVectorLabelAttributesTaskType,
)

if TYPE_CHECKING:
    from ..models.pointcloud_sequence_vector_label_attributes import (
        PointcloudSequenceVectorLabelAttributes,
    )


T = TypeVar("T", bound="MultiSensorPointcloudSequenceVectorLabelAttributes")


@_attrs_define
class MultiSensorPointcloudSequenceVectorLabelAttributes:
    """A `pointcloud-vector-sequence` sensor's label (`[]` while unlabeled).

    Attributes:
        name (str):
        task_type (MultiSensorPointcloudSequenceVectorLabelAttributesTaskType):
        attributes (list[Any] | PointcloudSequenceVectorLabelAttributes):
    """

    name: str
    task_type: MultiSensorPointcloudSequenceVectorLabelAttributesTaskType
    attributes: list[Any] | PointcloudSequenceVectorLabelAttributes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pointcloud_sequence_vector_label_attributes import (
            PointcloudSequenceVectorLabelAttributes,
        )

        name = self.name

        task_type = self.task_type.value

        attributes: dict[str, Any] | list[Any]
        if isinstance(self.attributes, PointcloudSequenceVectorLabelAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "task_type": task_type,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pointcloud_sequence_vector_label_attributes import (
            PointcloudSequenceVectorLabelAttributes,
        )

        d = dict(src_dict)
        name = d.pop("name")

        task_type = MultiSensorPointcloudSequenceVectorLabelAttributesTaskType(
            d.pop("task_type")
        )

        def _parse_attributes(
            data: object,
        ) -> list[Any] | PointcloudSequenceVectorLabelAttributes:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = PointcloudSequenceVectorLabelAttributes.from_dict(
                    data
                )

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            attributes_type_1 = cast(list[Any], data)

            return attributes_type_1

        attributes = _parse_attributes(d.pop("attributes"))

        multi_sensor_pointcloud_sequence_vector_label_attributes = cls(
            name=name,
            task_type=task_type,
            attributes=attributes,
        )

        multi_sensor_pointcloud_sequence_vector_label_attributes.additional_properties = d
        return multi_sensor_pointcloud_sequence_vector_label_attributes

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
