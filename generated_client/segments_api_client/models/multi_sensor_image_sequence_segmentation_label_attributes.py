from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multi_sensor_image_sequence_segmentation_label_attributes_task_type import (
    MultiSensorImageSequenceSegmentationLabelAttributesTaskType,
)

if TYPE_CHECKING:
    from ..models.image_sequence_segmentation_label_attributes import (
        ImageSequenceSegmentationLabelAttributes,
    )


T = TypeVar("T", bound="MultiSensorImageSequenceSegmentationLabelAttributes")


@_attrs_define
class MultiSensorImageSequenceSegmentationLabelAttributes:
    """A `image-segmentation-sequence` sensor's label (`[]` while unlabeled).

    Attributes:
        name (str):
        task_type (MultiSensorImageSequenceSegmentationLabelAttributesTaskType):
        attributes (ImageSequenceSegmentationLabelAttributes | list[Any]):
    """

    name: str
    task_type: MultiSensorImageSequenceSegmentationLabelAttributesTaskType
    attributes: ImageSequenceSegmentationLabelAttributes | list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_sequence_segmentation_label_attributes import (
            ImageSequenceSegmentationLabelAttributes,
        )

        name = self.name

        task_type = self.task_type.value

        attributes: dict[str, Any] | list[Any]
        if isinstance(self.attributes, ImageSequenceSegmentationLabelAttributes):
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
        from ..models.image_sequence_segmentation_label_attributes import (
            ImageSequenceSegmentationLabelAttributes,
        )

        d = dict(src_dict)
        name = d.pop("name")

        task_type = MultiSensorImageSequenceSegmentationLabelAttributesTaskType(
            d.pop("task_type")
        )

        def _parse_attributes(
            data: object,
        ) -> ImageSequenceSegmentationLabelAttributes | list[Any]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = ImageSequenceSegmentationLabelAttributes.from_dict(
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

        multi_sensor_image_sequence_segmentation_label_attributes = cls(
            name=name,
            task_type=task_type,
            attributes=attributes,
        )

        multi_sensor_image_sequence_segmentation_label_attributes.additional_properties = d
        return multi_sensor_image_sequence_segmentation_label_attributes

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
