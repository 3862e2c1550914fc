from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sensor_task_type import SensorTaskType

if TYPE_CHECKING:
    from ..models.image_sequence_segmentation_label_attributes import (
        ImageSequenceSegmentationLabelAttributes,
    )
    from ..models.image_sequence_vector_label_attributes import (
        ImageSequenceVectorLabelAttributes,
    )
    from ..models.pointcloud_sequence_cuboid_label_attributes import (
        PointcloudSequenceCuboidLabelAttributes,
    )
    from ..models.pointcloud_sequence_segmentation_label_attributes import (
        PointcloudSequenceSegmentationLabelAttributes,
    )
    from ..models.pointcloud_sequence_vector_label_attributes import (
        PointcloudSequenceVectorLabelAttributes,
    )


T = TypeVar("T", bound="SensorLabelAttributes")


@_attrs_define
class SensorLabelAttributes:
    """
    Attributes:
        name (str):
        task_type (SensorTaskType): The task type of one sensor of a `multisensor-sequence` dataset (a sequence type).
        attributes (ImageSequenceSegmentationLabelAttributes | ImageSequenceVectorLabelAttributes | list[Any] |
            PointcloudSequenceCuboidLabelAttributes | PointcloudSequenceSegmentationLabelAttributes |
            PointcloudSequenceVectorLabelAttributes): The sensor's label in its sequence task type's format, or `[]` when
            unlabeled.
    """

    name: str
    task_type: SensorTaskType
    attributes: (
        ImageSequenceSegmentationLabelAttributes
        | ImageSequenceVectorLabelAttributes
        | list[Any]
        | PointcloudSequenceCuboidLabelAttributes
        | PointcloudSequenceSegmentationLabelAttributes
        | PointcloudSequenceVectorLabelAttributes
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_sequence_segmentation_label_attributes import (
            ImageSequenceSegmentationLabelAttributes,
        )
        from ..models.image_sequence_vector_label_attributes import (
            ImageSequenceVectorLabelAttributes,
        )
        from ..models.pointcloud_sequence_cuboid_label_attributes import (
            PointcloudSequenceCuboidLabelAttributes,
        )
        from ..models.pointcloud_sequence_segmentation_label_attributes import (
            PointcloudSequenceSegmentationLabelAttributes,
        )
        from ..models.pointcloud_sequence_vector_label_attributes import (
            PointcloudSequenceVectorLabelAttributes,
        )

        name = self.name

        task_type = self.task_type.value

        attributes: dict[str, Any] | list[Any]
        if (
            isinstance(self.attributes, PointcloudSequenceCuboidLabelAttributes)
            or isinstance(self.attributes, PointcloudSequenceVectorLabelAttributes)
            or isinstance(
                self.attributes, PointcloudSequenceSegmentationLabelAttributes
            )
            or isinstance(self.attributes, ImageSequenceVectorLabelAttributes)
            or isinstance(self.attributes, ImageSequenceSegmentationLabelAttributes)
        ):
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
        from ..models.image_sequence_vector_label_attributes import (
            ImageSequenceVectorLabelAttributes,
        )
        from ..models.pointcloud_sequence_cuboid_label_attributes import (
            PointcloudSequenceCuboidLabelAttributes,
        )
        from ..models.pointcloud_sequence_segmentation_label_attributes import (
            PointcloudSequenceSegmentationLabelAttributes,
        )
        from ..models.pointcloud_sequence_vector_label_attributes import (
            PointcloudSequenceVectorLabelAttributes,
        )

        d = dict(src_dict)
        name = d.pop("name")

        task_type = SensorTaskType(d.pop("task_type"))

        def _parse_attributes(
            data: object,
        ) -> (
            ImageSequenceSegmentationLabelAttributes
            | ImageSequenceVectorLabelAttributes
            | list[Any]
            | PointcloudSequenceCuboidLabelAttributes
            | PointcloudSequenceSegmentationLabelAttributes
            | PointcloudSequenceVectorLabelAttributes
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = PointcloudSequenceCuboidLabelAttributes.from_dict(
                    data
                )

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_1 = PointcloudSequenceVectorLabelAttributes.from_dict(
                    data
                )

                return attributes_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_2 = (
                    PointcloudSequenceSegmentationLabelAttributes.from_dict(data)
                )

                return attributes_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_3 = ImageSequenceVectorLabelAttributes.from_dict(data)

                return attributes_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_4 = ImageSequenceSegmentationLabelAttributes.from_dict(
                    data
                )

                return attributes_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            attributes_type_5 = cast(list[Any], data)

            return attributes_type_5

        attributes = _parse_attributes(d.pop("attributes"))

        sensor_label_attributes = cls(
            name=name,
            task_type=task_type,
            attributes=attributes,
        )

        sensor_label_attributes.additional_properties = d
        return sensor_label_attributes

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
