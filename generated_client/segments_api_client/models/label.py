from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_status import LabelStatus
from ..models.task_type import TaskType
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


T = TypeVar("T", bound="Label")


@_attrs_define
class Label:
    """
    Attributes:
        sample_uuid (UUID):
        label_type (TaskType): What labelers do on the dataset's samples; determines sample and label attribute formats.
        label_status (LabelStatus):
        labelset (str):
        created_at (datetime.datetime):
        created_by (str):
        updated_at (datetime.datetime):
        attributes (ImageSegmentationLabelAttributes | ImageSequenceSegmentationLabelAttributes |
            ImageSequenceVectorLabelAttributes | ImageVectorLabelAttributes | MultiSensorLabelAttributes | None |
            PointcloudCuboidLabelAttributes | PointcloudSegmentationLabelAttributes |
            PointcloudSequenceCuboidLabelAttributes | PointcloudSequenceSegmentationLabelAttributes |
            PointcloudSequenceVectorLabelAttributes | PointcloudVectorLabelAttributes | Unset):
        updated_by (None | str | Unset):
        reviewed_at (datetime.datetime | None | Unset):
        reviewed_by (None | str | Unset):
        score (float | None | Unset):
        rating (float | None | Unset):
    """

    sample_uuid: UUID
    label_type: TaskType
    label_status: LabelStatus
    labelset: str
    created_at: datetime.datetime
    created_by: str
    updated_at: datetime.datetime
    attributes: (
        ImageSegmentationLabelAttributes
        | ImageSequenceSegmentationLabelAttributes
        | ImageSequenceVectorLabelAttributes
        | ImageVectorLabelAttributes
        | MultiSensorLabelAttributes
        | None
        | PointcloudCuboidLabelAttributes
        | PointcloudSegmentationLabelAttributes
        | PointcloudSequenceCuboidLabelAttributes
        | PointcloudSequenceSegmentationLabelAttributes
        | PointcloudSequenceVectorLabelAttributes
        | PointcloudVectorLabelAttributes
        | Unset
    ) = UNSET
    updated_by: None | str | Unset = UNSET
    reviewed_at: datetime.datetime | None | Unset = UNSET
    reviewed_by: None | str | Unset = UNSET
    score: float | None | Unset = UNSET
    rating: float | None | Unset = UNSET
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

        sample_uuid = str(self.sample_uuid)

        label_type = self.label_type.value

        label_status = self.label_status.value

        labelset = self.labelset

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        updated_at = self.updated_at.isoformat()

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif (
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
            or isinstance(self.attributes, MultiSensorLabelAttributes)
        ):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        reviewed_at: None | str | Unset
        if isinstance(self.reviewed_at, Unset):
            reviewed_at = UNSET
        elif isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        reviewed_by: None | str | Unset
        if isinstance(self.reviewed_by, Unset):
            reviewed_by = UNSET
        else:
            reviewed_by = self.reviewed_by

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        rating: float | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sample_uuid": sample_uuid,
                "label_type": label_type,
                "label_status": label_status,
                "labelset": labelset,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if reviewed_at is not UNSET:
            field_dict["reviewed_at"] = reviewed_at
        if reviewed_by is not UNSET:
            field_dict["reviewed_by"] = reviewed_by
        if score is not UNSET:
            field_dict["score"] = score
        if rating is not UNSET:
            field_dict["rating"] = rating

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
        sample_uuid = UUID(d.pop("sample_uuid"))

        label_type = TaskType(d.pop("label_type"))

        label_status = LabelStatus(d.pop("label_status"))

        labelset = d.pop("labelset")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_attributes(
            data: object,
        ) -> (
            ImageSegmentationLabelAttributes
            | ImageSequenceSegmentationLabelAttributes
            | ImageSequenceVectorLabelAttributes
            | ImageVectorLabelAttributes
            | MultiSensorLabelAttributes
            | None
            | PointcloudCuboidLabelAttributes
            | PointcloudSegmentationLabelAttributes
            | PointcloudSequenceCuboidLabelAttributes
            | PointcloudSequenceSegmentationLabelAttributes
            | PointcloudSequenceVectorLabelAttributes
            | PointcloudVectorLabelAttributes
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_label_attributes_type_10 = (
                    MultiSensorLabelAttributes.from_dict(data)
                )

                return componentsschemas_label_attributes_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ImageSegmentationLabelAttributes
                | ImageSequenceSegmentationLabelAttributes
                | ImageSequenceVectorLabelAttributes
                | ImageVectorLabelAttributes
                | MultiSensorLabelAttributes
                | None
                | PointcloudCuboidLabelAttributes
                | PointcloudSegmentationLabelAttributes
                | PointcloudSequenceCuboidLabelAttributes
                | PointcloudSequenceSegmentationLabelAttributes
                | PointcloudSequenceVectorLabelAttributes
                | PointcloudVectorLabelAttributes
                | Unset,
                data,
            )

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        def _parse_reviewed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_at_type_0 = datetime.datetime.fromisoformat(data)

                return reviewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at", UNSET))

        def _parse_reviewed_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reviewed_by = _parse_reviewed_by(d.pop("reviewed_by", UNSET))

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_rating(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        label = cls(
            sample_uuid=sample_uuid,
            label_type=label_type,
            label_status=label_status,
            labelset=labelset,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            attributes=attributes,
            updated_by=updated_by,
            reviewed_at=reviewed_at,
            reviewed_by=reviewed_by,
            score=score,
            rating=rating,
        )

        label.additional_properties = d
        return label

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
