"""Builders of the release operations (official SDK names and defaults)."""

from __future__ import annotations

from segments_api_client.api.releases import (
    add_release as _add_release,
    delete_release as _delete_release,
    get_release as _get_release,
    list_releases as _list_releases,
)
from segments_api_client.models import Release, ReleaseCreate
from typing_extensions import Unpack

from ._call import Call, RequestOptions, body, dataset_args, returns, returns_list, returns_none


def get_releases(dataset_identifier: str, **options: Unpack[RequestOptions]) -> Call[list[Release]]:
    """The releases of a dataset, newest first."""
    return Call(_list_releases, dataset_args(dataset_identifier), returns_list(Release))


def get_release(dataset_identifier: str, name: str, **options: Unpack[RequestOptions]) -> Call[Release]:
    """A release by name (poll it, or use ``wait_for_release``)."""
    return Call(_get_release, {**dataset_args(dataset_identifier), "release_name": name}, returns(Release))


def add_release(
    dataset_identifier: str, name: str, description: str = "", **options: Unpack[RequestOptions]
) -> Call[Release]:
    """Start a release; it is PENDING until its file is written (see ``wait_for_release``)."""
    created = body(ReleaseCreate, {"name": name, "description": description}, "add_release")
    return Call(_add_release, {**dataset_args(dataset_identifier), "body": created}, returns(Release))


def delete_release(dataset_identifier: str, name: str, **options: Unpack[RequestOptions]) -> Call[None]:
    """Delete a release and its file."""
    return Call(_delete_release, {**dataset_args(dataset_identifier), "release_name": name}, returns_none)
