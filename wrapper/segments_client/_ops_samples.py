"""Builders of the sample and label operations (official SDK names and defaults)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from enum import Enum
from typing import Any

from segments_api_client.api.labels import (
    add_label as _add_label,
    delete_label as _delete_label,
    get_label as _get_label,
    update_label as _update_label,
)
from segments_api_client.api.samples import (
    add_sample as _add_sample,
    add_samples as _add_samples,
    delete_sample as _delete_sample,
    delete_samples as _delete_samples,
    get_sample as _get_sample,
    list_samples as _list_samples,
    update_sample as _update_sample,
)
from segments_api_client.models import (
    DeleteSamplesRequest,
    DeleteSamplesResponse,
    GetSampleIncludeSignedUrls,
    Label,
    LabelCreate,
    LabelStatus as LabelStatusEnum,
    LabelUpdate,
    ListSamplesIncludeFullLabel,
    Sample,
    SampleCreate,
    SampleSort,
    SampleUpdate,
)
from segments_api_client.types import UNSET
from typing_extensions import Unpack

from ._call import (
    NOT_GIVEN,
    Call,
    NotGiven,
    RequestOptions,
    body,
    dataset_args,
    enum_member,
    present,
    query,
    returns,
    returns_list,
    returns_none,
    sort_order,
    to_plain,
)
from .errors import ValidationError
from .types import Attributes, Direction, EnumValue, LabelStatus, SampleSortKey, UUIDLike

LabelStatusFilter = LabelStatus | EnumValue | Sequence[LabelStatus | EnumValue]


def get_samples(
    dataset_identifier: str,
    labelset: str | None = None,
    name: str | None = None,
    label_status: LabelStatusFilter | None = None,
    metadata: str | Sequence[str] | None = None,
    sort: SampleSortKey = "name",
    direction: Direction = "asc",
    per_page: int = 1000,
    page: int = 1,
    include_full_label: bool = False,
    **options: Unpack[RequestOptions],
) -> Call[list[Sample]]:
    """One page of samples, filtered by name substring, label status and ``key:value`` metadata.

    Use ``iter_samples`` (same filters) to go through all pages.
    """
    if include_full_label and not labelset:
        raise ValidationError("include_full_label needs a labelset")
    statuses = None
    if label_status is not None:
        listed = [label_status] if isinstance(label_status, str | Enum) else list(label_status)
        statuses = ",".join(enum_member(LabelStatusEnum, status, "label_status").value for status in listed)
    filters = metadata if metadata is None or isinstance(metadata, str) else ",".join(metadata)
    args = {
        **dataset_args(dataset_identifier),
        "per_page": per_page,
        "page": page,
        "labelset": query(labelset),
        "name_contains": query(name),
        "label_status": query(statuses),
        "filters": query(filters),
        "include_full_label": ListSamplesIncludeFullLabel.VALUE_1 if include_full_label else UNSET,
        "sort": sort_order(SampleSort, sort, direction),
    }
    return Call(_list_samples, args, returns_list(Sample))


def get_sample(
    uuid: UUIDLike, labelset: str | None = None, include_signed_url: bool = False, **options: Unpack[RequestOptions]
) -> Call[Sample]:
    """A sample; with ``labelset``, its label in that labelset is embedded."""
    args = {
        "sample_uuid": str(uuid),
        "labelset": query(labelset),
        "include_signed_urls": GetSampleIncludeSignedUrls.VALUE_1 if include_signed_url else UNSET,
    }
    return Call(_get_sample, args, returns(Sample))


def add_sample(
    dataset_identifier: str,
    name: str,
    attributes: Attributes,
    metadata: dict[str, Any] | None = None,
    priority: float = 0,
    assigned_labeler: str | None = None,
    assigned_reviewer: str | None = None,
    readme: str = "",
    **options: Unpack[RequestOptions],
) -> Call[Sample]:
    """Create one sample. For many, ``add_samples`` is much faster."""
    fields = {"name": name, "attributes": to_plain(attributes), "priority": priority, "readme": readme}
    fields |= present(metadata=metadata, assigned_labeler=assigned_labeler, assigned_reviewer=assigned_reviewer)
    created = body(SampleCreate, fields, "add_sample")
    return Call(_add_sample, {**dataset_args(dataset_identifier), "body": created}, returns(Sample))


def add_samples_batch(
    dataset_identifier: str, samples: list[dict[str, Any]], **options: Unpack[RequestOptions]
) -> Call[list[Sample]]:
    """One ``samples_bulk`` request of checked samples (at most 1000; existing names come back unchanged)."""
    items = [SampleCreate.from_dict(sample) for sample in samples]
    return Call(_add_samples, {**dataset_args(dataset_identifier), "body": items}, returns_list(Sample))


def update_sample(
    uuid: UUIDLike,
    name: str | None = None,
    attributes: Attributes | None = None,
    metadata: dict[str, Any] | None = None,
    priority: float | None = None,
    assigned_labeler: str | NotGiven | None = NOT_GIVEN,
    assigned_reviewer: str | NotGiven | None = NOT_GIVEN,
    readme: str | None = None,
    **options: Unpack[RequestOptions],
) -> Call[Sample]:
    """Change a sample; ``assigned_labeler=None`` (or reviewer) unassigns, omitted leaves it."""
    fields = present(name=name, attributes=to_plain(attributes), metadata=metadata, priority=priority, readme=readme)
    if assigned_labeler is not NOT_GIVEN:
        fields["assigned_labeler"] = assigned_labeler
    if assigned_reviewer is not NOT_GIVEN:
        fields["assigned_reviewer"] = assigned_reviewer
    changes = body(SampleUpdate, fields, "update_sample")
    return Call(_update_sample, {"sample_uuid": str(uuid), "body": changes}, returns(Sample))


def delete_sample(uuid: UUIDLike, **options: Unpack[RequestOptions]) -> Call[None]:
    """Delete a sample with its labels and issues."""
    return Call(_delete_sample, {"sample_uuid": str(uuid)}, returns_none)


def delete_samples(
    dataset_identifier: str, uuids: Sequence[UUIDLike], **options: Unpack[RequestOptions]
) -> Call[DeleteSamplesResponse]:
    """Delete up to 1000 samples of a dataset at once; unknown uuids are skipped."""
    if not 1 <= len(uuids) <= 1000:
        raise ValidationError("delete_samples takes 1 to 1000 uuids")
    request = body(DeleteSamplesRequest, {"uuids": [str(uuid) for uuid in uuids]}, "delete_samples")
    args = {**dataset_args(dataset_identifier), "body": request}
    return Call(_delete_samples, args, returns(DeleteSamplesResponse))


def get_label(sample_uuid: UUIDLike, labelset: str = "ground-truth", **options: Unpack[RequestOptions]) -> Call[Label]:
    """The label of a sample in a labelset."""
    return Call(_get_label, {"sample_uuid": str(sample_uuid), "labelset": labelset}, returns(Label))


def add_label(
    sample_uuid: UUIDLike,
    labelset: str,
    attributes: Attributes,
    label_status: LabelStatus | EnumValue = "PRELABELED",
    score: float | None = None,
    **options: Unpack[RequestOptions],
) -> Call[Label]:
    """Create or replace the label of a sample (``attributes`` in the dataset's task-type format)."""
    fields = {"attributes": to_plain(attributes), "label_status": to_plain(label_status), **present(score=score)}
    created = body(LabelCreate, fields, "add_label")
    return Call(_add_label, {"sample_uuid": str(sample_uuid), "labelset": labelset, "body": created}, returns(Label))


def update_label(
    sample_uuid: UUIDLike,
    labelset: str,
    attributes: Attributes | None = None,
    label_status: LabelStatus | EnumValue | None = None,
    score: float | None = None,
    **options: Unpack[RequestOptions],
) -> Call[Label]:
    """Change part of a label."""
    fields = present(attributes=to_plain(attributes), label_status=to_plain(label_status), score=score)
    changes = body(LabelUpdate, fields, "update_label")
    return Call(_update_label, {"sample_uuid": str(sample_uuid), "labelset": labelset, "body": changes}, returns(Label))


def delete_label(sample_uuid: UUIDLike, labelset: str, **options: Unpack[RequestOptions]) -> Call[None]:
    """Delete the label of a sample in a labelset."""
    return Call(_delete_label, {"sample_uuid": str(sample_uuid), "labelset": labelset}, returns_none)


@dataclasses.dataclass(frozen=True)
class SampleFilters:
    """The filters of ``iter_samples``, applied to each page."""

    labelset: str | None = None
    name: str | None = None
    label_status: LabelStatusFilter | None = None
    metadata: str | Sequence[str] | None = None
    sort: SampleSortKey = "name"
    direction: Direction = "asc"
    include_full_label: bool = False

    def page(self, dataset_identifier: str, per_page: int, page: int) -> Call[list[Sample]]:
        return get_samples(
            dataset_identifier,
            self.labelset,
            self.name,
            self.label_status,
            self.metadata,
            self.sort,
            self.direction,
            per_page,
            page,
            self.include_full_label,
        )
