from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sensor_task_type import SensorTaskType

if TYPE_CHECKING:
    from ..models.image_sequence_sample_attributes import ImageSequenceSampleAttributes
    from ..models.pointcloud_sequence_sample_attributes import (
        PointcloudSequenceSampleAttributes,
    )


T = TypeVar("T", bound="SensorSampleAttributes")


@_attrs_define
class SensorSampleAttributes:
    """
    Attributes:
        name (str):
        task_type (SensorTaskType): The task type of one sensor of a `multisensor-sequence` dataset (a sequence type).
        attributes (ImageSequenceSampleAttributes | PointcloudSequenceSampleAttributes):
    """

    name: str
    task_type: SensorTaskType
    attributes: ImageSequenceSampleAttributes | PointcloudSequenceSampleAttributes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pointcloud_sequence_sample_attributes import (
            PointcloudSequenceSampleAttributes,
        )

        name = self.name

        task_type = self.task_type.value

        attributes: dict[str, Any]
        if isinstance(self.attributes, PointcloudSequenceSampleAttributes):
            attributes = self.attributes.to_dict()
        else:
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
        from ..models.image_sequence_sample_attributes import (
            ImageSequenceSampleAttributes,
        )
        from ..models.pointcloud_sequence_sample_attributes import (
            PointcloudSequenceSampleAttributes,
        )

        d = dict(src_dict)
        name = d.pop("name")

        task_type = SensorTaskType(d.pop("task_type"))

        def _parse_attributes(
            data: object,
        ) -> ImageSequenceSampleAttributes | PointcloudSequenceSampleAttributes:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = PointcloudSequenceSampleAttributes.from_dict(data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            attributes_type_1 = ImageSequenceSampleAttributes.from_dict(data)

            return attributes_type_1

        attributes = _parse_attributes(d.pop("attributes"))

        sensor_sample_attributes = cls(
            name=name,
            task_type=task_type,
            attributes=attributes,
        )

        sensor_sample_attributes.additional_properties = d
        return sensor_sample_attributes

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
