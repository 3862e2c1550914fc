from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_sample_attributes import ImageSampleAttributes
    from ..models.image_sequence_sample_attributes import ImageSequenceSampleAttributes
    from ..models.metadata import Metadata
    from ..models.multi_sensor_sample_attributes import MultiSensorSampleAttributes
    from ..models.pointcloud_sample_attributes import PointcloudSampleAttributes
    from ..models.pointcloud_sequence_sample_attributes import (
        PointcloudSequenceSampleAttributes,
    )


T = TypeVar("T", bound="SampleUpdate")


@_attrs_define
class SampleUpdate:
    """
    Attributes:
        name (str | Unset):
        attributes (ImageSampleAttributes | ImageSequenceSampleAttributes | MultiSensorSampleAttributes |
            PointcloudSampleAttributes | PointcloudSequenceSampleAttributes | Unset): The sample's data; its shape follows
            the dataset's task type.
        metadata (Metadata | Unset): Free-form user metadata (JSON object).
        priority (float | Unset):
        readme (str | Unset):
        assigned_labeler (None | str | Unset): Username, or null to unassign.
        assigned_reviewer (None | str | Unset): Username, or null to unassign.
    """

    name: str | Unset = UNSET
    attributes: (
        ImageSampleAttributes
        | ImageSequenceSampleAttributes
        | MultiSensorSampleAttributes
        | PointcloudSampleAttributes
        | PointcloudSequenceSampleAttributes
        | Unset
    ) = UNSET
    metadata: Metadata | Unset = UNSET
    priority: float | Unset = UNSET
    readme: str | Unset = UNSET
    assigned_labeler: None | str | Unset = UNSET
    assigned_reviewer: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_sample_attributes import ImageSampleAttributes
        from ..models.image_sequence_sample_attributes import (
            ImageSequenceSampleAttributes,
        )
        from ..models.pointcloud_sample_attributes import PointcloudSampleAttributes
        from ..models.pointcloud_sequence_sample_attributes import (
            PointcloudSequenceSampleAttributes,
        )

        name = self.name

        attributes: dict[str, Any] | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif (
            isinstance(self.attributes, ImageSampleAttributes)
            or isinstance(self.attributes, ImageSequenceSampleAttributes)
            or isinstance(self.attributes, PointcloudSampleAttributes)
            or isinstance(self.attributes, PointcloudSequenceSampleAttributes)
        ):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        priority = self.priority

        readme = self.readme

        assigned_labeler: None | str | Unset
        if isinstance(self.assigned_labeler, Unset):
            assigned_labeler = UNSET
        else:
            assigned_labeler = self.assigned_labeler

        assigned_reviewer: None | str | Unset
        if isinstance(self.assigned_reviewer, Unset):
            assigned_reviewer = UNSET
        else:
            assigned_reviewer = self.assigned_reviewer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if priority is not UNSET:
            field_dict["priority"] = priority
        if readme is not UNSET:
            field_dict["readme"] = readme
        if assigned_labeler is not UNSET:
            field_dict["assigned_labeler"] = assigned_labeler
        if assigned_reviewer is not UNSET:
            field_dict["assigned_reviewer"] = assigned_reviewer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_sample_attributes import ImageSampleAttributes
        from ..models.image_sequence_sample_attributes import (
            ImageSequenceSampleAttributes,
        )
        from ..models.metadata import Metadata
        from ..models.multi_sensor_sample_attributes import MultiSensorSampleAttributes
        from ..models.pointcloud_sample_attributes import PointcloudSampleAttributes
        from ..models.pointcloud_sequence_sample_attributes import (
            PointcloudSequenceSampleAttributes,
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_attributes(
            data: object,
        ) -> (
            ImageSampleAttributes
            | ImageSequenceSampleAttributes
            | MultiSensorSampleAttributes
            | PointcloudSampleAttributes
            | PointcloudSequenceSampleAttributes
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sample_attributes_type_0 = (
                    ImageSampleAttributes.from_dict(data)
                )

                return componentsschemas_sample_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sample_attributes_type_1 = (
                    ImageSequenceSampleAttributes.from_dict(data)
                )

                return componentsschemas_sample_attributes_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sample_attributes_type_2 = (
                    PointcloudSampleAttributes.from_dict(data)
                )

                return componentsschemas_sample_attributes_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sample_attributes_type_3 = (
                    PointcloudSequenceSampleAttributes.from_dict(data)
                )

                return componentsschemas_sample_attributes_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_sample_attributes_type_4 = (
                MultiSensorSampleAttributes.from_dict(data)
            )

            return componentsschemas_sample_attributes_type_4

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        priority = d.pop("priority", UNSET)

        readme = d.pop("readme", UNSET)

        def _parse_assigned_labeler(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assigned_labeler = _parse_assigned_labeler(d.pop("assigned_labeler", UNSET))

        def _parse_assigned_reviewer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assigned_reviewer = _parse_assigned_reviewer(d.pop("assigned_reviewer", UNSET))

        sample_update = cls(
            name=name,
            attributes=attributes,
            metadata=metadata,
            priority=priority,
            readme=readme,
            assigned_labeler=assigned_labeler,
            assigned_reviewer=assigned_reviewer,
        )

        sample_update.additional_properties = d
        return sample_update

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
