from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_status import LabelStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_segmentation_label_attributes import (
        ImageSegmentationLabelAttributes,
    )
    from ..models.image_sequence_segmentation_label_attributes import (
        ImageSequenceSegmentationLabelAttributes,
    )
    from ..models.image_sequence_vector_label_attributes import (
        ImageSequenceVectorLabelAttributes,
    )
    from ..models.image_vector_label_attributes import ImageVectorLabelAttributes
    from ..models.multi_sensor_label_attributes import MultiSensorLabelAttributes
    from ..models.pointcloud_cuboid_label_attributes import (
        PointcloudCuboidLabelAttributes,
    )
    from ..models.pointcloud_segmentation_label_attributes import (
        PointcloudSegmentationLabelAttributes,
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
    from ..models.pointcloud_vector_label_attributes import (
        PointcloudVectorLabelAttributes,
    )


T = TypeVar("T", bound="LabelCreate")


@_attrs_define
class LabelCreate:
    """
    Attributes:
        attributes (ImageSegmentationLabelAttributes | ImageSequenceSegmentationLabelAttributes |
            ImageSequenceVectorLabelAttributes | ImageVectorLabelAttributes | MultiSensorLabelAttributes |
            PointcloudCuboidLabelAttributes | PointcloudSegmentationLabelAttributes |
            PointcloudSequenceCuboidLabelAttributes | PointcloudSequenceSegmentationLabelAttributes |
            PointcloudSequenceVectorLabelAttributes | PointcloudVectorLabelAttributes): The label's content; its shape
            follows the dataset's task type (checked by the server).
        label_status (LabelStatus | Unset):  Default: LabelStatus.PRELABELED.
        score (float | None | Unset): Confidence of a model prediction.
    """

    attributes: (
        ImageSegmentationLabelAttributes
        | ImageSequenceSegmentationLabelAttributes
        | ImageSequenceVectorLabelAttributes
        | ImageVectorLabelAttributes
        | MultiSensorLabelAttributes
        | PointcloudCuboidLabelAttributes
        | PointcloudSegmentationLabelAttributes
        | PointcloudSequenceCuboidLabelAttributes
        | PointcloudSequenceSegmentationLabelAttributes
        | PointcloudSequenceVectorLabelAttributes
        | PointcloudVectorLabelAttributes
    )
    label_status: LabelStatus | Unset = LabelStatus.PRELABELED
    score: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_segmentation_label_attributes import (
            ImageSegmentationLabelAttributes,
        )
        from ..models.image_sequence_segmentation_label_attributes import (
            ImageSequenceSegmentationLabelAttributes,
        )
        from ..models.image_sequence_vector_label_attributes import (
            ImageSequenceVectorLabelAttributes,
        )
        from ..models.image_vector_label_attributes import ImageVectorLabelAttributes
        from ..models.pointcloud_cuboid_label_attributes import (
            PointcloudCuboidLabelAttributes,
        )
        from ..models.pointcloud_segmentation_label_attributes import (
            PointcloudSegmentationLabelAttributes,
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
        from ..models.pointcloud_vector_label_attributes import (
            PointcloudVectorLabelAttributes,
        )

        attributes: dict[str, Any]
        if (
            isinstance(self.attributes, ImageSegmentationLabelAttributes)
            or isinstance(self.attributes, ImageVectorLabelAttributes)
            or isinstance(self.attributes, PointcloudCuboidLabelAttributes)
            or isinstance(self.attributes, PointcloudVectorLabelAttributes)
            or isinstance(self.attributes, PointcloudSegmentationLabelAttributes)
            or isinstance(self.attributes, ImageSequenceSegmentationLabelAttributes)
            or isinstance(self.attributes, ImageSequenceVectorLabelAttributes)
            or isinstance(self.attributes, PointcloudSequenceCuboidLabelAttributes)
            or isinstance(self.attributes, PointcloudSequenceVectorLabelAttributes)
            or isinstance(
                self.attributes, PointcloudSequenceSegmentationLabelAttributes
            )
        ):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes.to_dict()

        label_status: str | Unset = UNSET
        if not isinstance(self.label_status, Unset):
            label_status = self.label_status.value

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
            }
        )
        if label_status is not UNSET:
            field_dict["label_status"] = label_status
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_segmentation_label_attributes import (
            ImageSegmentationLabelAttributes,
        )
        from ..models.image_sequence_segmentation_label_attributes import (
            ImageSequenceSegmentationLabelAttributes,
        )
        from ..models.image_sequence_vector_label_attributes import (
            ImageSequenceVectorLabelAttributes,
        )
        from ..models.image_vector_label_attributes import ImageVectorLabelAttributes
        from ..models.multi_sensor_label_attributes import MultiSensorLabelAttributes
        from ..models.pointcloud_cuboid_label_attributes import (
            PointcloudCuboidLabelAttributes,
        )
        from ..models.pointcloud_segmentation_label_attributes import (
            PointcloudSegmentationLabelAttributes,
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
        from ..models.pointcloud_vector_label_attributes import (
            PointcloudVectorLabelAttributes,
        )

        d = dict(src_dict)

        def _parse_attributes(
            data: object,
        ) -> (
            ImageSegmentationLabelAttributes
            | ImageSequenceSegmentationLabelAttributes
            | ImageSequenceVectorLabelAttributes
            | ImageVectorLabelAttributes
            | MultiSensorLabelAttributes
            | PointcloudCuboidLabelAttributes
            | PointcloudSegmentationLabelAttributes
            | PointcloudSequenceCuboidLabelAttributes
            | PointcloudSequenceSegmentationLabelAttributes
            | PointcloudSequenceVectorLabelAttributes
            | PointcloudVectorLabelAttributes
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_label_attributes_type_0 = (
                    ImageSegmentationLabelAttributes.from_dict(data)
                )

                return componentsschemas_label_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_label_attributes_type_1 = (
                    ImageVectorLabelAttributes.from_dict(data)
                )

                return componentsschemas_label_attributes_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_label_attributes_type_2 = (
                    PointcloudCuboidLabelAttributes.from_dict(data)
                )

                return componentsschemas_label_attributes_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_label_attributes_type_3 = (
                    PointcloudVectorLabelAttributes.from_dict(data)
                )

                return componentsschemas_label_attributes_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_label_attributes_type_4 = (
                    PointcloudSegmentationLabelAttributes.from_dict(data)
                )

                return componentsschemas_label_attributes_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_label_attributes_type_5 = (
                    ImageSequenceSegmentationLabelAttributes.from_dict(data)
                )

                return componentsschemas_label_attributes_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_label_attributes_type_6 = (
                    ImageSequenceVectorLabelAttributes.from_dict(data)
                )

                return componentsschemas_label_attributes_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_label_attributes_type_7 = (
                    PointcloudSequenceCuboidLabelAttributes.from_dict(data)
                )

                return componentsschemas_label_attributes_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_label_attributes_type_8 = (
                    PointcloudSequenceVectorLabelAttributes.from_dict(data)
                )

                return componentsschemas_label_attributes_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_label_attributes_type_9 = (
                    PointcloudSequenceSegmentationLabelAttributes.from_dict(data)
                )

                return componentsschemas_label_attributes_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_label_attributes_type_10 = (
                MultiSensorLabelAttributes.from_dict(data)
            )

            return componentsschemas_label_attributes_type_10

        attributes = _parse_attributes(d.pop("attributes"))

        _label_status = d.pop("label_status", UNSET)
        label_status: LabelStatus | Unset
        if isinstance(_label_status, Unset):
            label_status = UNSET
        else:
            label_status = LabelStatus(_label_status)

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        label_create = cls(
            attributes=attributes,
            label_status=label_status,
            score=score,
        )

        label_create.additional_properties = d
        return label_create

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
