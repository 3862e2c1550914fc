from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_sample_attributes import ImageSampleAttributes
    from ..models.image_sequence_sample_attributes import ImageSequenceSampleAttributes
    from ..models.issue import Issue
    from ..models.label import Label
    from ..models.label_summary import LabelSummary
    from ..models.metadata import Metadata
    from ..models.multi_sensor_sample_attributes import MultiSensorSampleAttributes
    from ..models.pointcloud_sample_attributes import PointcloudSampleAttributes
    from ..models.pointcloud_sequence_sample_attributes import (
        PointcloudSequenceSampleAttributes,
    )


T = TypeVar("T", bound="Sample")


@_attrs_define
class Sample:
    """
    Attributes:
        uuid (UUID):
        name (str):
        metadata (Metadata): Free-form user metadata (JSON object).
        created_at (datetime.datetime):
        created_by (str): Username of the creator.
        priority (float):
        attributes (ImageSampleAttributes | ImageSequenceSampleAttributes | MultiSensorSampleAttributes | None |
            PointcloudSampleAttributes | PointcloudSequenceSampleAttributes | Unset):
        readme (str | Unset):
        assigned_labeler (None | str | Unset):
        assigned_reviewer (None | str | Unset):
        label (Label | LabelSummary | None | Unset): With `labelset`, the sample's label in it (full or summary), or
            null.
        issues (list[Issue] | None | Unset): The sample's issues, where the API includes them.
        dataset_full_name (None | str | Unset): `owner/name` of the sample's dataset.
    """

    uuid: UUID
    name: str
    metadata: Metadata
    created_at: datetime.datetime
    created_by: str
    priority: float
    attributes: (
        ImageSampleAttributes
        | ImageSequenceSampleAttributes
        | MultiSensorSampleAttributes
        | None
        | PointcloudSampleAttributes
        | PointcloudSequenceSampleAttributes
        | Unset
    ) = UNSET
    readme: str | Unset = UNSET
    assigned_labeler: None | str | Unset = UNSET
    assigned_reviewer: None | str | Unset = UNSET
    label: Label | LabelSummary | None | Unset = UNSET
    issues: list[Issue] | None | Unset = UNSET
    dataset_full_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_sample_attributes import ImageSampleAttributes
        from ..models.image_sequence_sample_attributes import (
            ImageSequenceSampleAttributes,
        )
        from ..models.label import Label
        from ..models.label_summary import LabelSummary
        from ..models.multi_sensor_sample_attributes import MultiSensorSampleAttributes
        from ..models.pointcloud_sample_attributes import PointcloudSampleAttributes
        from ..models.pointcloud_sequence_sample_attributes import (
            PointcloudSequenceSampleAttributes,
        )

        uuid = str(self.uuid)

        name = self.name

        metadata = self.metadata.to_dict()

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        priority = self.priority

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif (
            isinstance(self.attributes, ImageSampleAttributes)
            or isinstance(self.attributes, ImageSequenceSampleAttributes)
            or isinstance(self.attributes, PointcloudSampleAttributes)
            or isinstance(self.attributes, PointcloudSequenceSampleAttributes)
            or isinstance(self.attributes, MultiSensorSampleAttributes)
        ):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

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

        label: dict[str, Any] | None | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        elif isinstance(self.label, Label) or isinstance(self.label, LabelSummary):
            label = self.label.to_dict()
        else:
            label = self.label

        issues: list[dict[str, Any]] | None | Unset
        if isinstance(self.issues, Unset):
            issues = UNSET
        elif isinstance(self.issues, list):
            issues = []
            for issues_type_0_item_data in self.issues:
                issues_type_0_item = issues_type_0_item_data.to_dict()
                issues.append(issues_type_0_item)

        else:
            issues = self.issues

        dataset_full_name: None | str | Unset
        if isinstance(self.dataset_full_name, Unset):
            dataset_full_name = UNSET
        else:
            dataset_full_name = self.dataset_full_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "metadata": metadata,
                "created_at": created_at,
                "created_by": created_by,
                "priority": priority,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if readme is not UNSET:
            field_dict["readme"] = readme
        if assigned_labeler is not UNSET:
            field_dict["assigned_labeler"] = assigned_labeler
        if assigned_reviewer is not UNSET:
            field_dict["assigned_reviewer"] = assigned_reviewer
        if label is not UNSET:
            field_dict["label"] = label
        if issues is not UNSET:
            field_dict["issues"] = issues
        if dataset_full_name is not UNSET:
            field_dict["dataset_full_name"] = dataset_full_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_sample_attributes import ImageSampleAttributes
        from ..models.image_sequence_sample_attributes import (
            ImageSequenceSampleAttributes,
        )
        from ..models.issue import Issue
        from ..models.label import Label
        from ..models.label_summary import LabelSummary
        from ..models.metadata import Metadata
        from ..models.multi_sensor_sample_attributes import MultiSensorSampleAttributes
        from ..models.pointcloud_sample_attributes import PointcloudSampleAttributes
        from ..models.pointcloud_sequence_sample_attributes import (
            PointcloudSequenceSampleAttributes,
        )

        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        name = d.pop("name")

        metadata = Metadata.from_dict(d.pop("metadata"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        priority = d.pop("priority")

        def _parse_attributes(
            data: object,
        ) -> (
            ImageSampleAttributes
            | ImageSequenceSampleAttributes
            | MultiSensorSampleAttributes
            | None
            | PointcloudSampleAttributes
            | PointcloudSequenceSampleAttributes
            | Unset
        ):
            if data is None:
                return data
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sample_attributes_type_4 = (
                    MultiSensorSampleAttributes.from_dict(data)
                )

                return componentsschemas_sample_attributes_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ImageSampleAttributes
                | ImageSequenceSampleAttributes
                | MultiSensorSampleAttributes
                | None
                | PointcloudSampleAttributes
                | PointcloudSequenceSampleAttributes
                | Unset,
                data,
            )

        attributes = _parse_attributes(d.pop("attributes", UNSET))

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

        def _parse_label(data: object) -> Label | LabelSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                label_type_0 = Label.from_dict(data)

                return label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                label_type_1 = LabelSummary.from_dict(data)

                return label_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Label | LabelSummary | None | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_issues(data: object) -> list[Issue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                issues_type_0 = []
                _issues_type_0 = data
                for issues_type_0_item_data in _issues_type_0:
                    issues_type_0_item = Issue.from_dict(issues_type_0_item_data)

                    issues_type_0.append(issues_type_0_item)

                return issues_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Issue] | None | Unset, data)

        issues = _parse_issues(d.pop("issues", UNSET))

        def _parse_dataset_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dataset_full_name = _parse_dataset_full_name(d.pop("dataset_full_name", UNSET))

        sample = cls(
            uuid=uuid,
            name=name,
            metadata=metadata,
            created_at=created_at,
            created_by=created_by,
            priority=priority,
            attributes=attributes,
            readme=readme,
            assigned_labeler=assigned_labeler,
            assigned_reviewer=assigned_reviewer,
            label=label,
            issues=issues,
            dataset_full_name=dataset_full_name,
        )

        sample.additional_properties = d
        return sample

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
