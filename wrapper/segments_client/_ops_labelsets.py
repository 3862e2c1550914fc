"""Builders of the labelset operations (official SDK names and defaults)."""

from __future__ import annotations

from segments_api_client.api.labelsets import (
    add_labelset as _add_labelset,
    delete_labelset as _delete_labelset,
    get_labelset as _get_labelset,
    list_labelsets as _list_labelsets,
)
from segments_api_client.models import Labelset, LabelsetCreate
from typing_extensions import Unpack

from ._call import Call, RequestOptions, body, dataset_args, present, returns, returns_list, returns_none, to_plain
from .types import Attributes


def get_labelsets(dataset_identifier: str, **options: Unpack[RequestOptions]) -> Call[list[Labelset]]:
    """The labelsets of a dataset (``ground-truth`` first)."""
    return Call(_list_labelsets, dataset_args(dataset_identifier), returns_list(Labelset))


def get_labelset(dataset_identifier: str, name: str, **options: Unpack[RequestOptions]) -> Call[Labelset]:
    """A labelset by name."""
    return Call(_get_labelset, {**dataset_args(dataset_identifier), "labelset": name}, returns(Labelset))


def add_labelset(
    dataset_identifier: str,
    name: str,
    description: str = "",
    attributes: Attributes | str | None = None,
    readme: str | None = None,
    **options: Unpack[RequestOptions],
) -> Call[Labelset]:
    """Create a labelset (e.g. for model predictions); ``attributes`` are its own task attributes."""
    fields = {"name": name, "description": description, **present(attributes=to_plain(attributes), readme=readme)}
    created = body(LabelsetCreate, fields, "add_labelset")
    return Call(_add_labelset, {**dataset_args(dataset_identifier), "body": created}, returns(Labelset))


def delete_labelset(dataset_identifier: str, name: str, **options: Unpack[RequestOptions]) -> Call[None]:
    """Delete a labelset and its labels."""
    return Call(_delete_labelset, {**dataset_args(dataset_identifier), "labelset": name}, returns_none)
