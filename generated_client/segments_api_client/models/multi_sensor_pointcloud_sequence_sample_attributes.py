from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multi_sensor_pointcloud_sequence_sample_attributes_task_type import (
    MultiSensorPointcloudSequenceSampleAttributesTaskType,
)

if TYPE_CHECKING:
    from ..models.pointcloud_sequence_sample_attributes import (
        PointcloudSequenceSampleAttributes,
    )


T = TypeVar("T", bound="MultiSensorPointcloudSequenceSampleAttributes")


@_attrs_define
class MultiSensorPointcloudSequenceSampleAttributes:
    """A point-cloud sensor of a multi-sensor sample.

    Attributes:
        name (str):
        task_type (MultiSensorPointcloudSequenceSampleAttributesTaskType):
        attributes (PointcloudSequenceSampleAttributes): A sequence of point clouds (`pointcloud-*-sequence`).
    """

    name: str
    task_type: MultiSensorPointcloudSequenceSampleAttributesTaskType
    attributes: PointcloudSequenceSampleAttributes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        task_type = self.task_type.value

        attributes = self.attributes.to_dict()

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
        from ..models.pointcloud_sequence_sample_attributes import (
            PointcloudSequenceSampleAttributes,
        )

        d = dict(src_dict)
        name = d.pop("name")

        task_type = MultiSensorPointcloudSequenceSampleAttributesTaskType(
            d.pop("task_type")
        )

        attributes = PointcloudSequenceSampleAttributes.from_dict(d.pop("attributes"))

        multi_sensor_pointcloud_sequence_sample_attributes = cls(
            name=name,
            task_type=task_type,
            attributes=attributes,
        )

        multi_sensor_pointcloud_sequence_sample_attributes.additional_properties = d
        return multi_sensor_pointcloud_sequence_sample_attributes

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
