"""Builders of the sample and label operations (official SDK names and defaults)."""

from __future__ import annotations

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
    LabelUpdate,
    ListSamplesIncludeFullLabel,
    Sample,
    SampleCreate,
    SampleSort,
    SampleUpdate,
)
from segments_api_client.types import UNSET

from ._call import Call, dataset_args, present, query, returns, returns_list, returns_none, to_plain

Attributes = dict[str, Any] | Any


def get_samples(
    dataset_identifier: str,
    labelset: str | None = None,
    name: str | None = None,
    label_status: str | list[str] | None = None,
    metadata: str | list[str] | None = None,
    sort: str = "name",
    direction: str = "asc",
    per_page: int = 1000,
    page: int = 1,
    include_full_label: bool = False,
) -> Call[list[Sample]]:
    """One page of samples, filtered by name substring, label status and ``key:value`` metadata.

    Use ``iter_samples`` (same filters) to go through all pages.
    """
    if include_full_label and not labelset:
        raise ValueError("include_full_label needs a labelset")
    statuses = [to_plain(s) for s in label_status] if isinstance(label_status, list) else label_status
    filters = ",".join(metadata) if isinstance(metadata, list) else metadata
    args = {
        **dataset_args(dataset_identifier),
        "per_page": per_page,
        "page": page,
        "labelset": query(labelset),
        "name_contains": query(name),
        "label_status": query(",".join(statuses) if isinstance(statuses, list) else to_plain(statuses)),
        "filters": query(filters),
        "include_full_label": ListSamplesIncludeFullLabel.VALUE_1 if include_full_label else UNSET,
        "sort": SampleSort(("-" if direction == "desc" else "") + sort),
    }
    return Call(_list_samples, args, returns_list(Sample))


def get_sample(uuid: str, labelset: str | None = None, include_signed_url: bool = False) -> Call[Sample]:
    """A sample; with ``labelset``, its label in that labelset is embedded."""
    args = {
        "sample_uuid": uuid,
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
) -> Call[Sample]:
    """Create one sample. For many, ``add_samples`` is much faster."""
    fields = {"name": name, "attributes": to_plain(attributes), "priority": priority, "readme": readme}
    fields |= present(metadata=metadata, assigned_labeler=assigned_labeler, assigned_reviewer=assigned_reviewer)
    body = SampleCreate.from_dict(fields)
    return Call(_add_sample, {**dataset_args(dataset_identifier), "body": body}, returns(Sample))


def add_samples_batch(dataset_identifier: str, samples: list[dict[str, Any]]) -> Call[list[Sample]]:
    """One ``samples_bulk`` request (at most 1000 samples; existing names come back unchanged)."""
    body = [SampleCreate.from_dict(to_plain(sample)) for sample in samples]
    return Call(_add_samples, {**dataset_args(dataset_identifier), "body": body}, returns_list(Sample))


_UNCHANGED: Any = object()


def update_sample(
    uuid: str,
    name: str | None = None,
    attributes: Attributes | None = None,
    metadata: dict[str, Any] | None = None,
    priority: float | None = None,
    assigned_labeler: str | None = _UNCHANGED,
    assigned_reviewer: str | None = _UNCHANGED,
    readme: str | None = None,
) -> Call[Sample]:
    """Change a sample; ``assigned_labeler=None`` (or reviewer) unassigns, omitted leaves it."""
    fields = present(name=name, attributes=to_plain(attributes), metadata=metadata, priority=priority, readme=readme)
    if assigned_labeler is not _UNCHANGED:
        fields["assigned_labeler"] = assigned_labeler
    if assigned_reviewer is not _UNCHANGED:
        fields["assigned_reviewer"] = assigned_reviewer
    return Call(_update_sample, {"sample_uuid": uuid, "body": SampleUpdate.from_dict(fields)}, returns(Sample))


def delete_sample(uuid: str) -> Call[None]:
    """Delete a sample with its labels and issues."""
    return Call(_delete_sample, {"sample_uuid": uuid}, returns_none)


def delete_samples(dataset_identifier: str, uuids: list[str]) -> Call[DeleteSamplesResponse]:
    """Delete up to 1000 samples of a dataset at once; unknown uuids are skipped."""
    if not 1 <= len(uuids) <= 1000:
        raise ValueError("delete_samples takes 1 to 1000 uuids")
    body = DeleteSamplesRequest(uuids=[str(uuid) for uuid in uuids])
    return Call(_delete_samples, {**dataset_args(dataset_identifier), "body": body}, returns(DeleteSamplesResponse))


def get_label(sample_uuid: str, labelset: str = "ground-truth") -> Call[Label]:
    """The label of a sample in a labelset."""
    return Call(_get_label, {"sample_uuid": sample_uuid, "labelset": labelset}, returns(Label))


def add_label(
    sample_uuid: str,
    labelset: str,
    attributes: Attributes,
    label_status: str = "PRELABELED",
    score: float | None = None,
) -> Call[Label]:
    """Create or replace the label of a sample (``attributes`` in the dataset's task-type format)."""
    fields = {"attributes": to_plain(attributes), "label_status": to_plain(label_status), **present(score=score)}
    args = {"sample_uuid": sample_uuid, "labelset": labelset, "body": LabelCreate.from_dict(fields)}
    return Call(_add_label, args, returns(Label))


def update_label(
    sample_uuid: str,
    labelset: str,
    attributes: Attributes | None = None,
    label_status: str | None = None,
    score: float | None = None,
) -> Call[Label]:
    """Change part of a label."""
    fields = present(attributes=to_plain(attributes), label_status=to_plain(label_status), score=score)
    args = {"sample_uuid": sample_uuid, "labelset": labelset, "body": LabelUpdate.from_dict(fields)}
    return Call(_update_label, args, returns(Label))


def delete_label(sample_uuid: str, labelset: str) -> Call[None]:
    """Delete the label of a sample in a labelset."""
    return Call(_delete_label, {"sample_uuid": sample_uuid, "labelset": labelset}, returns_none)
