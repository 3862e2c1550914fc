from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_type import DataType
from ..models.dataset_category import DatasetCategory
from ..models.task_type import TaskType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insights_urls_type_0 import InsightsUrlsType0
    from ..models.label_stats import LabelStats
    from ..models.labelset_summary import LabelsetSummary
    from ..models.metadata import Metadata
    from ..models.owner import Owner
    from ..models.region_of_interest import RegionOfInterest
    from ..models.task_attributes import TaskAttributes


T = TypeVar("T", bound="Dataset")


@_attrs_define
class Dataset:
    """
    Attributes:
        name (str):
        full_name (str): `owner/name`, as used in paths.
        description (str):
        category (DatasetCategory):
        public (bool):
        archived (bool):
        owner (Owner): The owner of a dataset.
        created_at (datetime.datetime):
        enable_ratings (bool):
        enable_skip_labeling (bool):
        enable_skip_reviewing (bool):
        enable_save_button (bool):
        enable_label_status_verified (bool):
        enable_same_dimensions_track_constraint (bool):
        enable_3d_region_of_interest (bool):
        enable_interpolation (bool):
        use_timestamps_for_interpolation (bool):
        enable_object_linking (bool):
        task_type (TaskType): What labelers do on the dataset's samples; determines sample and label attribute formats.
        label_stats (LabelStats): Number of samples per label status in the ground-truth labelset, and `TOTAL`.
        metadata (Metadata): Free-form user metadata (JSON object).
        cloned_from (None | str | Unset): Full name of the dataset this one was cloned from.
        enable_3d_cuboid_rotation (bool | None | Unset):
        enable_confirm_on_submit (bool | None | Unset):
        enable_object_link_category_restrictions (bool | Unset):
        enable_extrapolation (bool | Unset):
        noncollaborator_can_label (bool | None | Unset):
        noncollaborator_can_review (bool | None | Unset):
        task_attributes (None | TaskAttributes | Unset):
        labeling_inactivity_timeout_seconds (int | None | Unset):
        samples_count (int | None | str | Unset): Number of samples (the real API sometimes sends it as a string).
        insights_urls (InsightsUrlsType0 | None | Unset): Links to analytics dashboards by name; null when there are
            none.
        collaborators_count (int | None | Unset):
        labelsets (list[LabelsetSummary] | None | Unset):
        role (None | str | Unset): The caller's role on the dataset (`admin` for the owner), or null.
        readme (None | str | Unset):
        data_type (DataType | Unset): Legacy field; always `IMAGE`.
        region_of_interest (None | RegionOfInterest | Unset):
    """

    name: str
    full_name: str
    description: str
    category: DatasetCategory
    public: bool
    archived: bool
    owner: Owner
    created_at: datetime.datetime
    enable_ratings: bool
    enable_skip_labeling: bool
    enable_skip_reviewing: bool
    enable_save_button: bool
    enable_label_status_verified: bool
    enable_same_dimensions_track_constraint: bool
    enable_3d_region_of_interest: bool
    enable_interpolation: bool
    use_timestamps_for_interpolation: bool
    enable_object_linking: bool
    task_type: TaskType
    label_stats: LabelStats
    metadata: Metadata
    cloned_from: None | str | Unset = UNSET
    enable_3d_cuboid_rotation: bool | None | Unset = UNSET
    enable_confirm_on_submit: bool | None | Unset = UNSET
    enable_object_link_category_restrictions: bool | Unset = UNSET
    enable_extrapolation: bool | Unset = UNSET
    noncollaborator_can_label: bool | None | Unset = UNSET
    noncollaborator_can_review: bool | None | Unset = UNSET
    task_attributes: None | TaskAttributes | Unset = UNSET
    labeling_inactivity_timeout_seconds: int | None | Unset = UNSET
    samples_count: int | None | str | Unset = UNSET
    insights_urls: InsightsUrlsType0 | None | Unset = UNSET
    collaborators_count: int | None | Unset = UNSET
    labelsets: list[LabelsetSummary] | None | Unset = UNSET
    role: None | str | Unset = UNSET
    readme: None | str | Unset = UNSET
    data_type: DataType | Unset = UNSET
    region_of_interest: None | RegionOfInterest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.insights_urls_type_0 import InsightsUrlsType0
        from ..models.region_of_interest import RegionOfInterest
        from ..models.task_attributes import TaskAttributes

        name = self.name

        full_name = self.full_name

        description = self.description

        category = self.category.value

        public = self.public

        archived = self.archived

        owner = self.owner.to_dict()

        created_at = self.created_at.isoformat()

        enable_ratings = self.enable_ratings

        enable_skip_labeling = self.enable_skip_labeling

        enable_skip_reviewing = self.enable_skip_reviewing

        enable_save_button = self.enable_save_button

        enable_label_status_verified = self.enable_label_status_verified

        enable_same_dimensions_track_constraint = (
            self.enable_same_dimensions_track_constraint
        )

        enable_3d_region_of_interest = self.enable_3d_region_of_interest

        enable_interpolation = self.enable_interpolation

        use_timestamps_for_interpolation = self.use_timestamps_for_interpolation

        enable_object_linking = self.enable_object_linking

        task_type = self.task_type.value

        label_stats = self.label_stats.to_dict()

        metadata = self.metadata.to_dict()

        cloned_from: None | str | Unset
        if isinstance(self.cloned_from, Unset):
            cloned_from = UNSET
        else:
            cloned_from = self.cloned_from

        enable_3d_cuboid_rotation: bool | None | Unset
        if isinstance(self.enable_3d_cuboid_rotation, Unset):
            enable_3d_cuboid_rotation = UNSET
        else:
            enable_3d_cuboid_rotation = self.enable_3d_cuboid_rotation

        enable_confirm_on_submit: bool | None | Unset
        if isinstance(self.enable_confirm_on_submit, Unset):
            enable_confirm_on_submit = UNSET
        else:
            enable_confirm_on_submit = self.enable_confirm_on_submit

        enable_object_link_category_restrictions = (
            self.enable_object_link_category_restrictions
        )

        enable_extrapolation = self.enable_extrapolation

        noncollaborator_can_label: bool | None | Unset
        if isinstance(self.noncollaborator_can_label, Unset):
            noncollaborator_can_label = UNSET
        else:
            noncollaborator_can_label = self.noncollaborator_can_label

        noncollaborator_can_review: bool | None | Unset
        if isinstance(self.noncollaborator_can_review, Unset):
            noncollaborator_can_review = UNSET
        else:
            noncollaborator_can_review = self.noncollaborator_can_review

        task_attributes: dict[str, Any] | None | Unset
        if isinstance(self.task_attributes, Unset):
            task_attributes = UNSET
        elif isinstance(self.task_attributes, TaskAttributes):
            task_attributes = self.task_attributes.to_dict()
        else:
            task_attributes = self.task_attributes

        labeling_inactivity_timeout_seconds: int | None | Unset
        if isinstance(self.labeling_inactivity_timeout_seconds, Unset):
            labeling_inactivity_timeout_seconds = UNSET
        else:
            labeling_inactivity_timeout_seconds = (
                self.labeling_inactivity_timeout_seconds
            )

        samples_count: int | None | str | Unset
        if isinstance(self.samples_count, Unset):
            samples_count = UNSET
        else:
            samples_count = self.samples_count

        insights_urls: dict[str, Any] | None | Unset
        if isinstance(self.insights_urls, Unset):
            insights_urls = UNSET
        elif isinstance(self.insights_urls, InsightsUrlsType0):
            insights_urls = self.insights_urls.to_dict()
        else:
            insights_urls = self.insights_urls

        collaborators_count: int | None | Unset
        if isinstance(self.collaborators_count, Unset):
            collaborators_count = UNSET
        else:
            collaborators_count = self.collaborators_count

        labelsets: list[dict[str, Any]] | None | Unset
        if isinstance(self.labelsets, Unset):
            labelsets = UNSET
        elif isinstance(self.labelsets, list):
            labelsets = []
            for labelsets_type_0_item_data in self.labelsets:
                labelsets_type_0_item = labelsets_type_0_item_data.to_dict()
                labelsets.append(labelsets_type_0_item)

        else:
            labelsets = self.labelsets

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        readme: None | str | Unset
        if isinstance(self.readme, Unset):
            readme = UNSET
        else:
            readme = self.readme

        data_type: str | Unset = UNSET
        if not isinstance(self.data_type, Unset):
            data_type = self.data_type.value

        region_of_interest: dict[str, Any] | None | Unset
        if isinstance(self.region_of_interest, Unset):
            region_of_interest = UNSET
        elif isinstance(self.region_of_interest, RegionOfInterest):
            region_of_interest = self.region_of_interest.to_dict()
        else:
            region_of_interest = self.region_of_interest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "full_name": full_name,
                "description": description,
                "category": category,
                "public": public,
                "archived": archived,
                "owner": owner,
                "created_at": created_at,
                "enable_ratings": enable_ratings,
                "enable_skip_labeling": enable_skip_labeling,
                "enable_skip_reviewing": enable_skip_reviewing,
                "enable_save_button": enable_save_button,
                "enable_label_status_verified": enable_label_status_verified,
                "enable_same_dimensions_track_constraint": enable_same_dimensions_track_constraint,
                "enable_3d_region_of_interest": enable_3d_region_of_interest,
                "enable_interpolation": enable_interpolation,
                "use_timestamps_for_interpolation": use_timestamps_for_interpolation,
                "enable_object_linking": enable_object_linking,
                "task_type": task_type,
                "label_stats": label_stats,
                "metadata": metadata,
            }
        )
        if cloned_from is not UNSET:
            field_dict["cloned_from"] = cloned_from
        if enable_3d_cuboid_rotation is not UNSET:
            field_dict["enable_3d_cuboid_rotation"] = enable_3d_cuboid_rotation
        if enable_confirm_on_submit is not UNSET:
            field_dict["enable_confirm_on_submit"] = enable_confirm_on_submit
        if enable_object_link_category_restrictions is not UNSET:
            field_dict["enable_object_link_category_restrictions"] = (
                enable_object_link_category_restrictions
            )
        if enable_extrapolation is not UNSET:
            field_dict["enable_extrapolation"] = enable_extrapolation
        if noncollaborator_can_label is not UNSET:
            field_dict["noncollaborator_can_label"] = noncollaborator_can_label
        if noncollaborator_can_review is not UNSET:
            field_dict["noncollaborator_can_review"] = noncollaborator_can_review
        if task_attributes is not UNSET:
            field_dict["task_attributes"] = task_attributes
        if labeling_inactivity_timeout_seconds is not UNSET:
            field_dict["labeling_inactivity_timeout_seconds"] = (
                labeling_inactivity_timeout_seconds
            )
        if samples_count is not UNSET:
            field_dict["samples_count"] = samples_count
        if insights_urls is not UNSET:
            field_dict["insights_urls"] = insights_urls
        if collaborators_count is not UNSET:
            field_dict["collaborators_count"] = collaborators_count
        if labelsets is not UNSET:
            field_dict["labelsets"] = labelsets
        if role is not UNSET:
            field_dict["role"] = role
        if readme is not UNSET:
            field_dict["readme"] = readme
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if region_of_interest is not UNSET:
            field_dict["region_of_interest"] = region_of_interest

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.insights_urls_type_0 import InsightsUrlsType0
        from ..models.label_stats import LabelStats
        from ..models.labelset_summary import LabelsetSummary
        from ..models.metadata import Metadata
        from ..models.owner import Owner
        from ..models.region_of_interest import RegionOfInterest
        from ..models.task_attributes import TaskAttributes

        d = dict(src_dict)
        name = d.pop("name")

        full_name = d.pop("full_name")

        description = d.pop("description")

        category = DatasetCategory(d.pop("category"))

        public = d.pop("public")

        archived = d.pop("archived")

        owner = Owner.from_dict(d.pop("owner"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        enable_ratings = d.pop("enable_ratings")

        enable_skip_labeling = d.pop("enable_skip_labeling")

        enable_skip_reviewing = d.pop("enable_skip_reviewing")

        enable_save_button = d.pop("enable_save_button")

        enable_label_status_verified = d.pop("enable_label_status_verified")

        enable_same_dimensions_track_constraint = d.pop(
            "enable_same_dimensions_track_constraint"
        )

        enable_3d_region_of_interest = d.pop("enable_3d_region_of_interest")

        enable_interpolation = d.pop("enable_interpolation")

        use_timestamps_for_interpolation = d.pop("use_timestamps_for_interpolation")

        enable_object_linking = d.pop("enable_object_linking")

        task_type = TaskType(d.pop("task_type"))

        label_stats = LabelStats.from_dict(d.pop("label_stats"))

        metadata = Metadata.from_dict(d.pop("metadata"))

        def _parse_cloned_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cloned_from = _parse_cloned_from(d.pop("cloned_from", UNSET))

        def _parse_enable_3d_cuboid_rotation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_3d_cuboid_rotation = _parse_enable_3d_cuboid_rotation(
            d.pop("enable_3d_cuboid_rotation", UNSET)
        )

        def _parse_enable_confirm_on_submit(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_confirm_on_submit = _parse_enable_confirm_on_submit(
            d.pop("enable_confirm_on_submit", UNSET)
        )

        enable_object_link_category_restrictions = d.pop(
            "enable_object_link_category_restrictions", UNSET
        )

        enable_extrapolation = d.pop("enable_extrapolation", UNSET)

        def _parse_noncollaborator_can_label(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        noncollaborator_can_label = _parse_noncollaborator_can_label(
            d.pop("noncollaborator_can_label", UNSET)
        )

        def _parse_noncollaborator_can_review(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        noncollaborator_can_review = _parse_noncollaborator_can_review(
            d.pop("noncollaborator_can_review", UNSET)
        )

        def _parse_task_attributes(data: object) -> None | TaskAttributes | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_attributes_type_0 = TaskAttributes.from_dict(data)

                return task_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskAttributes | Unset, data)

        task_attributes = _parse_task_attributes(d.pop("task_attributes", UNSET))

        def _parse_labeling_inactivity_timeout_seconds(
            data: object,
        ) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        labeling_inactivity_timeout_seconds = (
            _parse_labeling_inactivity_timeout_seconds(
                d.pop("labeling_inactivity_timeout_seconds", UNSET)
            )
        )

        def _parse_samples_count(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        samples_count = _parse_samples_count(d.pop("samples_count", UNSET))

        def _parse_insights_urls(data: object) -> InsightsUrlsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_insights_urls_type_0 = InsightsUrlsType0.from_dict(
                    data
                )

                return componentsschemas_insights_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InsightsUrlsType0 | None | Unset, data)

        insights_urls = _parse_insights_urls(d.pop("insights_urls", UNSET))

        def _parse_collaborators_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        collaborators_count = _parse_collaborators_count(
            d.pop("collaborators_count", UNSET)
        )

        def _parse_labelsets(data: object) -> list[LabelsetSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                labelsets_type_0 = []
                _labelsets_type_0 = data
                for labelsets_type_0_item_data in _labelsets_type_0:
                    labelsets_type_0_item = LabelsetSummary.from_dict(
                        labelsets_type_0_item_data
                    )

                    labelsets_type_0.append(labelsets_type_0_item)

                return labelsets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LabelsetSummary] | None | Unset, data)

        labelsets = _parse_labelsets(d.pop("labelsets", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_readme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        readme = _parse_readme(d.pop("readme", UNSET))

        _data_type = d.pop("data_type", UNSET)
        data_type: DataType | Unset
        if isinstance(_data_type, Unset):
            data_type = UNSET
        else:
            data_type = DataType(_data_type)

        def _parse_region_of_interest(data: object) -> None | RegionOfInterest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                region_of_interest_type_0 = RegionOfInterest.from_dict(data)

                return region_of_interest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegionOfInterest | Unset, data)

        region_of_interest = _parse_region_of_interest(
            d.pop("region_of_interest", UNSET)
        )

        dataset = cls(
            name=name,
            full_name=full_name,
            description=description,
            category=category,
            public=public,
            archived=archived,
            owner=owner,
            created_at=created_at,
            enable_ratings=enable_ratings,
            enable_skip_labeling=enable_skip_labeling,
            enable_skip_reviewing=enable_skip_reviewing,
            enable_save_button=enable_save_button,
            enable_label_status_verified=enable_label_status_verified,
            enable_same_dimensions_track_constraint=enable_same_dimensions_track_constraint,
            enable_3d_region_of_interest=enable_3d_region_of_interest,
            enable_interpolation=enable_interpolation,
            use_timestamps_for_interpolation=use_timestamps_for_interpolation,
            enable_object_linking=enable_object_linking,
            task_type=task_type,
            label_stats=label_stats,
            metadata=metadata,
            cloned_from=cloned_from,
            enable_3d_cuboid_rotation=enable_3d_cuboid_rotation,
            enable_confirm_on_submit=enable_confirm_on_submit,
            enable_object_link_category_restrictions=enable_object_link_category_restrictions,
            enable_extrapolation=enable_extrapolation,
            noncollaborator_can_label=noncollaborator_can_label,
            noncollaborator_can_review=noncollaborator_can_review,
            task_attributes=task_attributes,
            labeling_inactivity_timeout_seconds=labeling_inactivity_timeout_seconds,
            samples_count=samples_count,
            insights_urls=insights_urls,
            collaborators_count=collaborators_count,
            labelsets=labelsets,
            role=role,
            readme=readme,
            data_type=data_type,
            region_of_interest=region_of_interest,
        )

        dataset.additional_properties = d
        return dataset

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
