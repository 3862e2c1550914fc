"""Builders of the user, dataset and collaborator operations (official SDK names and defaults)."""

from __future__ import annotations

from typing import Any

from segments_api_client.api.collaborators import (
    add_dataset_collaborator as _add_collaborator,
    delete_dataset_collaborator as _delete_collaborator,
    get_dataset_collaborator as _get_collaborator,
    update_dataset_collaborator as _update_collaborator,
)
from segments_api_client.api.datasets import (
    add_dataset as _add_dataset,
    add_organization_dataset as _add_org_dataset,
    clone_dataset as _clone_dataset,
    delete_dataset as _delete_dataset,
    get_dataset as _get_dataset,
    list_datasets as _list_datasets,
    list_user_datasets as _list_user_datasets,
    update_dataset as _update_dataset,
)
from segments_api_client.api.status import get_api_status as _get_api_status
from segments_api_client.api.users import get_user as _get_user, get_user_by_username as _get_user_by_username
from segments_api_client.models import (
    ApiStatus,
    Collaborator,
    CollaboratorCreate,
    CollaboratorUpdate,
    Dataset,
    DatasetClone,
    DatasetCreate,
    DatasetUpdate,
    User,
)
from typing_extensions import Unpack

from ._call import Call, RequestOptions, body, dataset_args, present, returns, returns_list, returns_none, to_plain
from .types import Attributes, DatasetCategory, EnumValue, Role, TaskType


def get_api_status(**options: Unpack[RequestOptions]) -> Call[ApiStatus]:
    """Check that the API key is valid (``GET /api_status/``)."""
    return Call(_get_api_status, {"lib_version": "segments-client"}, returns(ApiStatus))


def get_user(user: str | None = None, **options: Unpack[RequestOptions]) -> Call[User]:
    """The authenticated user, or the user named ``user``."""
    if user is None:
        return Call(_get_user, {}, returns(User))
    return Call(_get_user_by_username, {"username": user}, returns(User))


def get_datasets(
    user: str | None = None, per_page: int = 1000, page: int = 1, **options: Unpack[RequestOptions]
) -> Call[list[Dataset]]:
    """One page of datasets: the caller's own (and shared) ones, or those of ``user`` it may see.

    Use ``iter_datasets`` to go through all pages.
    """
    if user is None:
        return Call(_list_datasets, {"per_page": per_page, "page": page}, returns_list(Dataset))
    return Call(_list_user_datasets, {"owner": user, "per_page": per_page, "page": page}, returns_list(Dataset))


def get_dataset(dataset_identifier: str, **options: Unpack[RequestOptions]) -> Call[Dataset]:
    """A dataset by ``"owner/name"``."""
    return Call(_get_dataset, dataset_args(dataset_identifier), returns(Dataset))


def add_dataset(
    name: str,
    description: str = "",
    task_type: TaskType | EnumValue = "segmentation-bitmap",
    task_attributes: Attributes | None = None,
    category: DatasetCategory | EnumValue = "other",
    public: bool = False,
    readme: str = "",
    metadata: dict[str, Any] | None = None,
    labeling_inactivity_timeout_seconds: int = 300,
    enable_skip_labeling: bool = True,
    enable_skip_reviewing: bool = False,
    enable_ratings: bool = False,
    enable_interpolation: bool = True,
    enable_same_dimensions_track_constraint: bool = False,
    enable_save_button: bool = False,
    enable_label_status_verified: bool = False,
    enable_3d_cuboid_rotation: bool = False,
    organization: str | None = None,
    enable_confirm_on_commit: bool = False,
    archived: bool = False,
    enable_3d_region_of_interest: bool = False,
    region_of_interest: dict[str, Any] | None = None,
    enable_object_linking: bool | None = None,
    enable_object_link_category_restrictions: bool | None = None,
    enable_extrapolation: bool | None = None,
    use_timestamps_for_interpolation: bool | None = None,
    noncollaborator_can_label: bool | None = None,
    noncollaborator_can_review: bool | None = None,
    **options: Unpack[RequestOptions],
) -> Call[Dataset]:
    """Create a dataset owned by the caller, or by ``organization`` (which the caller administers)."""
    fields = {
        "name": name,
        "description": description,
        "task_type": to_plain(task_type),
        "category": to_plain(category),
        "public": public,
        "readme": readme,
        "labeling_inactivity_timeout_seconds": labeling_inactivity_timeout_seconds,
        "enable_skip_labeling": enable_skip_labeling,
        "enable_skip_reviewing": enable_skip_reviewing,
        "enable_ratings": enable_ratings,
        "enable_interpolation": enable_interpolation,
        "enable_same_dimensions_track_constraint": enable_same_dimensions_track_constraint,
        "enable_save_button": enable_save_button,
        "enable_label_status_verified": enable_label_status_verified,
        "enable_3d_cuboid_rotation": enable_3d_cuboid_rotation,
        "enable_confirm_on_submit": enable_confirm_on_commit,
        "archived": archived,
        "enable_3d_region_of_interest": enable_3d_region_of_interest,
        "data_type": "IMAGE",
        **present(
            task_attributes=to_plain(task_attributes),
            metadata=metadata or None,
            region_of_interest=region_of_interest,
            enable_object_linking=enable_object_linking,
            enable_object_link_category_restrictions=enable_object_link_category_restrictions,
            enable_extrapolation=enable_extrapolation,
            use_timestamps_for_interpolation=use_timestamps_for_interpolation,
            noncollaborator_can_label=noncollaborator_can_label,
            noncollaborator_can_review=noncollaborator_can_review,
        ),
    }
    created = body(DatasetCreate, fields, "add_dataset")
    if organization:
        return Call(_add_org_dataset, {"org": organization, "body": created}, returns(Dataset))
    return Call(_add_dataset, {"body": created}, returns(Dataset))


def update_dataset(
    dataset_identifier: str,
    description: str | None = None,
    task_type: TaskType | EnumValue | None = None,
    task_attributes: Attributes | None = None,
    category: DatasetCategory | EnumValue | None = None,
    public: bool | None = None,
    readme: str | None = None,
    metadata: dict[str, Any] | None = None,
    labeling_inactivity_timeout_seconds: int | None = None,
    enable_skip_labeling: bool | None = None,
    enable_skip_reviewing: bool | None = None,
    enable_ratings: bool | None = None,
    enable_interpolation: bool | None = None,
    enable_same_dimensions_track_constraint: bool | None = None,
    enable_save_button: bool | None = None,
    enable_label_status_verified: bool | None = None,
    enable_3d_cuboid_rotation: bool | None = None,
    enable_confirm_on_commit: bool | None = None,
    archived: bool | None = None,
    enable_3d_region_of_interest: bool | None = None,
    region_of_interest: dict[str, Any] | None = None,
    use_timestamps_for_interpolation: bool | None = None,
    enable_object_linking: bool | None = None,
    enable_object_link_category_restrictions: bool | None = None,
    enable_extrapolation: bool | None = None,
    noncollaborator_can_label: bool | None = None,
    noncollaborator_can_review: bool | None = None,
    **options: Unpack[RequestOptions],
) -> Call[Dataset]:
    """Change a dataset's settings; only the arguments given are sent."""
    fields = present(
        description=description,
        task_type=to_plain(task_type),
        task_attributes=to_plain(task_attributes),
        category=to_plain(category),
        public=public,
        readme=readme,
        metadata=metadata,
        labeling_inactivity_timeout_seconds=labeling_inactivity_timeout_seconds,
        enable_skip_labeling=enable_skip_labeling,
        enable_skip_reviewing=enable_skip_reviewing,
        enable_ratings=enable_ratings,
        enable_interpolation=enable_interpolation,
        enable_same_dimensions_track_constraint=enable_same_dimensions_track_constraint,
        enable_save_button=enable_save_button,
        enable_label_status_verified=enable_label_status_verified,
        enable_3d_cuboid_rotation=enable_3d_cuboid_rotation,
        enable_confirm_on_submit=enable_confirm_on_commit,
        archived=archived,
        enable_3d_region_of_interest=enable_3d_region_of_interest,
        region_of_interest=region_of_interest,
        use_timestamps_for_interpolation=use_timestamps_for_interpolation,
        enable_object_linking=enable_object_linking,
        enable_object_link_category_restrictions=enable_object_link_category_restrictions,
        enable_extrapolation=enable_extrapolation,
        noncollaborator_can_label=noncollaborator_can_label,
        noncollaborator_can_review=noncollaborator_can_review,
    )
    changes = body(DatasetUpdate, fields, "update_dataset")
    return Call(_update_dataset, {**dataset_args(dataset_identifier), "body": changes}, returns(Dataset))


def delete_dataset(dataset_identifier: str, **options: Unpack[RequestOptions]) -> Call[None]:
    """Delete a dataset and everything in it (owner only)."""
    return Call(_delete_dataset, dataset_args(dataset_identifier), returns_none)


def clone_dataset(
    dataset_identifier: str,
    new_name: str | None = None,
    new_task_type: TaskType | EnumValue | None = None,
    new_public: bool | None = None,
    organization: str | None = None,
    clone_labels: bool = False,
    **options: Unpack[RequestOptions],
) -> Call[Dataset]:
    """Copy a dataset (samples, and labels with ``clone_labels``); the name defaults to ``<name>-clone``."""
    fields = present(name=new_name, task_type=to_plain(new_task_type), public=new_public, owner=organization)
    clone = body(DatasetClone, {**fields, "clone_labels": clone_labels}, "clone_dataset")
    return Call(_clone_dataset, {**dataset_args(dataset_identifier), "body": clone}, returns(Dataset))


def get_dataset_collaborator(
    dataset_identifier: str, username: str, **options: Unpack[RequestOptions]
) -> Call[Collaborator]:
    """A collaborator of a dataset."""
    return Call(_get_collaborator, {**dataset_args(dataset_identifier), "username": username}, returns(Collaborator))


def add_dataset_collaborator(
    dataset_identifier: str,
    username: str,
    role: Role | EnumValue = "labeler",
    **options: Unpack[RequestOptions],
) -> Call[Collaborator]:
    """Give ``username`` a role on the dataset."""
    created = body(CollaboratorCreate, {"user": username, "role": to_plain(role)}, "add_dataset_collaborator")
    return Call(_add_collaborator, {**dataset_args(dataset_identifier), "body": created}, returns(Collaborator))


def update_dataset_collaborator(
    dataset_identifier: str, username: str, role: Role | EnumValue, **options: Unpack[RequestOptions]
) -> Call[Collaborator]:
    """Change a collaborator's role."""
    changes = body(CollaboratorUpdate, {"role": to_plain(role)}, "update_dataset_collaborator")
    args = {**dataset_args(dataset_identifier), "username": username, "body": changes}
    return Call(_update_collaborator, args, returns(Collaborator))


def delete_dataset_collaborator(
    dataset_identifier: str, username: str, **options: Unpack[RequestOptions]
) -> Call[None]:
    """Remove a collaborator from a dataset."""
    return Call(_delete_collaborator, {**dataset_args(dataset_identifier), "username": username}, returns_none)
