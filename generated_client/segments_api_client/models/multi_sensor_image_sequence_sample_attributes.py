from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multi_sensor_image_sequence_sample_attributes_task_type import (
    MultiSensorImageSequenceSampleAttributesTaskType,
)

if TYPE_CHECKING:
    from ..models.image_sequence_sample_attributes import ImageSequenceSampleAttributes


T = TypeVar("T", bound="MultiSensorImageSequenceSampleAttributes")


@_attrs_define
class MultiSensorImageSequenceSampleAttributes:
    """A camera sensor of a multi-sensor sample.

    Attributes:
        name (str):
        task_type (MultiSensorImageSequenceSampleAttributesTaskType):
        attributes (ImageSequenceSampleAttributes): A sequence of images (`image-segmentation-sequence`, `image-vector-
            sequence`).
    """

    name: str
    task_type: MultiSensorImageSequenceSampleAttributesTaskType
    attributes: ImageSequenceSampleAttributes
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
        from ..models.image_sequence_sample_attributes import (
            ImageSequenceSampleAttributes,
        )

        d = dict(src_dict)
        name = d.pop("name")

        task_type = MultiSensorImageSequenceSampleAttributesTaskType(d.pop("task_type"))

        attributes = ImageSequenceSampleAttributes.from_dict(d.pop("attributes"))

        multi_sensor_image_sequence_sample_attributes = cls(
            name=name,
            task_type=task_type,
            attributes=attributes,
        )

        multi_sensor_image_sequence_sample_attributes.additional_properties = d
        return multi_sensor_image_sequence_sample_attributes

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
