from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_type import DataType
from ..models.dataset_category import DatasetCategory
from ..models.task_type import TaskType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.region_of_interest import RegionOfInterest
    from ..models.task_attributes import TaskAttributes


T = TypeVar("T", bound="DatasetCreate")


@_attrs_define
class DatasetCreate:
    """
    Attributes:
        name (str): Unique among the owner's datasets; letters, digits, `_`, `-`, `.`.
        description (str | Unset):  Default: ''.
        task_type (TaskType | Unset): What labelers do on the dataset's samples; determines sample and label attribute
            formats.
        task_attributes (TaskAttributes | Unset): The label editor's configuration (categories and attributes).
        category (DatasetCategory | Unset):
        public (bool | Unset):  Default: False.
        readme (str | Unset):  Default: ''.
        metadata (Metadata | Unset): Free-form user metadata (JSON object).
        data_type (DataType | Unset): Legacy field; always `IMAGE`.
        archived (bool | Unset):  Default: False.
        labeling_inactivity_timeout_seconds (int | Unset):  Default: 300.
        region_of_interest (RegionOfInterest | Unset): Point-cloud region of interest (shape and dimensions), free-form.
        enable_ratings (bool | Unset):  Default: False.
        enable_skip_labeling (bool | Unset):  Default: True.
        enable_skip_reviewing (bool | Unset):  Default: False.
        enable_save_button (bool | Unset):  Default: False.
        enable_label_status_verified (bool | Unset):  Default: False.
        enable_same_dimensions_track_constraint (bool | Unset):  Default: False.
        enable_3d_region_of_interest (bool | Unset):  Default: False.
        enable_interpolation (bool | Unset):  Default: True.
        use_timestamps_for_interpolation (bool | Unset):  Default: True.
        enable_object_linking (bool | Unset):  Default: False.
        enable_3d_cuboid_rotation (bool | Unset):  Default: False.
        enable_confirm_on_submit (bool | Unset):  Default: False.
        enable_object_link_category_restrictions (bool | Unset):  Default: False.
        enable_extrapolation (bool | Unset):  Default: False.
        noncollaborator_can_label (bool | Unset):  Default: False.
        noncollaborator_can_review (bool | Unset):  Default: False.
    """

    name: str
    description: str | Unset = ""
    task_type: TaskType | Unset = UNSET
    task_attributes: TaskAttributes | Unset = UNSET
    category: DatasetCategory | Unset = UNSET
    public: bool | Unset = False
    readme: str | Unset = ""
    metadata: Metadata | Unset = UNSET
    data_type: DataType | Unset = UNSET
    archived: bool | Unset = False
    labeling_inactivity_timeout_seconds: int | Unset = 300
    region_of_interest: RegionOfInterest | Unset = UNSET
    enable_ratings: bool | Unset = False
    enable_skip_labeling: bool | Unset = True
    enable_skip_reviewing: bool | Unset = False
    enable_save_button: bool | Unset = False
    enable_label_status_verified: bool | Unset = False
    enable_same_dimensions_track_constraint: bool | Unset = False
    enable_3d_region_of_interest: bool | Unset = False
    enable_interpolation: bool | Unset = True
    use_timestamps_for_interpolation: bool | Unset = True
    enable_object_linking: bool | Unset = False
    enable_3d_cuboid_rotation: bool | Unset = False
    enable_confirm_on_submit: bool | Unset = False
    enable_object_link_category_restrictions: bool | Unset = False
    enable_extrapolation: bool | Unset = False
    noncollaborator_can_label: bool | Unset = False
    noncollaborator_can_review: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        task_type: str | Unset = UNSET
        if not isinstance(self.task_type, Unset):
            task_type = self.task_type.value

        task_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_attributes, Unset):
            task_attributes = self.task_attributes.to_dict()

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        public = self.public

        readme = self.readme

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        data_type: str | Unset = UNSET
        if not isinstance(self.data_type, Unset):
            data_type = self.data_type.value

        archived = self.archived

        labeling_inactivity_timeout_seconds = self.labeling_inactivity_timeout_seconds

        region_of_interest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.region_of_interest, Unset):
            region_of_interest = self.region_of_interest.to_dict()

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

        enable_3d_cuboid_rotation = self.enable_3d_cuboid_rotation

        enable_confirm_on_submit = self.enable_confirm_on_submit

        enable_object_link_category_restrictions = (
            self.enable_object_link_category_restrictions
        )

        enable_extrapolation = self.enable_extrapolation

        noncollaborator_can_label = self.noncollaborator_can_label

        noncollaborator_can_review = self.noncollaborator_can_review

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if task_type is not UNSET:
            field_dict["task_type"] = task_type
        if task_attributes is not UNSET:
            field_dict["task_attributes"] = task_attributes
        if category is not UNSET:
            field_dict["category"] = category
        if public is not UNSET:
            field_dict["public"] = public
        if readme is not UNSET:
            field_dict["readme"] = readme
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if archived is not UNSET:
            field_dict["archived"] = archived
        if labeling_inactivity_timeout_seconds is not UNSET:
            field_dict["labeling_inactivity_timeout_seconds"] = (
                labeling_inactivity_timeout_seconds
            )
        if region_of_interest is not UNSET:
            field_dict["region_of_interest"] = region_of_interest
        if enable_ratings is not UNSET:
            field_dict["enable_ratings"] = enable_ratings
        if enable_skip_labeling is not UNSET:
            field_dict["enable_skip_labeling"] = enable_skip_labeling
        if enable_skip_reviewing is not UNSET:
            field_dict["enable_skip_reviewing"] = enable_skip_reviewing
        if enable_save_button is not UNSET:
            field_dict["enable_save_button"] = enable_save_button
        if enable_label_status_verified is not UNSET:
            field_dict["enable_label_status_verified"] = enable_label_status_verified
        if enable_same_dimensions_track_constraint is not UNSET:
            field_dict["enable_same_dimensions_track_constraint"] = (
                enable_same_dimensions_track_constraint
            )
        if enable_3d_region_of_interest is not UNSET:
            field_dict["enable_3d_region_of_interest"] = enable_3d_region_of_interest
        if enable_interpolation is not UNSET:
            field_dict["enable_interpolation"] = enable_interpolation
        if use_timestamps_for_interpolation is not UNSET:
            field_dict["use_timestamps_for_interpolation"] = (
                use_timestamps_for_interpolation
            )
        if enable_object_linking is not UNSET:
            field_dict["enable_object_linking"] = enable_object_linking
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata
        from ..models.region_of_interest import RegionOfInterest
        from ..models.task_attributes import TaskAttributes

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _task_type = d.pop("task_type", UNSET)
        task_type: TaskType | Unset
        if isinstance(_task_type, Unset):
            task_type = UNSET
        else:
            task_type = TaskType(_task_type)

        _task_attributes = d.pop("task_attributes", UNSET)
        task_attributes: TaskAttributes | Unset
        if isinstance(_task_attributes, Unset):
            task_attributes = UNSET
        else:
            task_attributes = TaskAttributes.from_dict(_task_attributes)

        _category = d.pop("category", UNSET)
        category: DatasetCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = DatasetCategory(_category)

        public = d.pop("public", UNSET)

        readme = d.pop("readme", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _data_type = d.pop("data_type", UNSET)
        data_type: DataType | Unset
        if isinstance(_data_type, Unset):
            data_type = UNSET
        else:
            data_type = DataType(_data_type)

        archived = d.pop("archived", UNSET)

        labeling_inactivity_timeout_seconds = d.pop(
            "labeling_inactivity_timeout_seconds", UNSET
        )

        _region_of_interest = d.pop("region_of_interest", UNSET)
        region_of_interest: RegionOfInterest | Unset
        if isinstance(_region_of_interest, Unset):
            region_of_interest = UNSET
        else:
            region_of_interest = RegionOfInterest.from_dict(_region_of_interest)

        enable_ratings = d.pop("enable_ratings", UNSET)

        enable_skip_labeling = d.pop("enable_skip_labeling", UNSET)

        enable_skip_reviewing = d.pop("enable_skip_reviewing", UNSET)

        enable_save_button = d.pop("enable_save_button", UNSET)

        enable_label_status_verified = d.pop("enable_label_status_verified", UNSET)

        enable_same_dimensions_track_constraint = d.pop(
            "enable_same_dimensions_track_constraint", UNSET
        )

        enable_3d_region_of_interest = d.pop("enable_3d_region_of_interest", UNSET)

        enable_interpolation = d.pop("enable_interpolation", UNSET)

        use_timestamps_for_interpolation = d.pop(
            "use_timestamps_for_interpolation", UNSET
        )

        enable_object_linking = d.pop("enable_object_linking", UNSET)

        enable_3d_cuboid_rotation = d.pop("enable_3d_cuboid_rotation", UNSET)

        enable_confirm_on_submit = d.pop("enable_confirm_on_submit", UNSET)

        enable_object_link_category_restrictions = d.pop(
            "enable_object_link_category_restrictions", UNSET
        )

        enable_extrapolation = d.pop("enable_extrapolation", UNSET)

        noncollaborator_can_label = d.pop("noncollaborator_can_label", UNSET)

        noncollaborator_can_review = d.pop("noncollaborator_can_review", UNSET)

        dataset_create = cls(
            name=name,
            description=description,
            task_type=task_type,
            task_attributes=task_attributes,
            category=category,
            public=public,
            readme=readme,
            metadata=metadata,
            data_type=data_type,
            archived=archived,
            labeling_inactivity_timeout_seconds=labeling_inactivity_timeout_seconds,
            region_of_interest=region_of_interest,
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
            enable_3d_cuboid_rotation=enable_3d_cuboid_rotation,
            enable_confirm_on_submit=enable_confirm_on_submit,
            enable_object_link_category_restrictions=enable_object_link_category_restrictions,
            enable_extrapolation=enable_extrapolation,
            noncollaborator_can_label=noncollaborator_can_label,
            noncollaborator_can_review=noncollaborator_can_review,
        )

        dataset_create.additional_properties = d
        return dataset_create

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
