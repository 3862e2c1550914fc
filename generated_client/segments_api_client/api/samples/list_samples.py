from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_samples_include_full_label import ListSamplesIncludeFullLabel
from ...models.sample import Sample
from ...models.sample_sort import SampleSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    owner: str,
    dataset: str,
    *,
    per_page: int | Unset = 1000,
    page: int | Unset = 1,
    name_contains: str | Unset = UNSET,
    label_status: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    labelset: str | Unset = UNSET,
    include_full_label: ListSamplesIncludeFullLabel | Unset = UNSET,
    sort: SampleSort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    params["name__contains"] = name_contains

    params["label_status"] = label_status

    params["filters"] = filters

    params["labelset"] = labelset

    json_include_full_label: str | Unset = UNSET
    if not isinstance(include_full_label, Unset):
        json_include_full_label = include_full_label.value

    params["include_full_label"] = json_include_full_label

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/{owner}/{dataset}/samples/".format(
            owner=quote(str(owner), safe=""),
            dataset=quote(str(dataset), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Sample] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Sample.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Sample]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = 1000,
    page: int | Unset = 1,
    name_contains: str | Unset = UNSET,
    label_status: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    labelset: str | Unset = UNSET,
    include_full_label: ListSamplesIncludeFullLabel | Unset = UNSET,
    sort: SampleSort | Unset = UNSET,
) -> Response[Error | list[Sample]]:
    """List the samples of a dataset

     One page of samples, filtered and sorted. Anyone who can read the dataset may list them.
    With `labelset`, each sample carries a `label`: a summary (status, score, who and when),
    or the full label with `include_full_label=1`, or null when it has none.

    Args:
        owner (str):
        dataset (str):
        per_page (int | Unset):  Default: 1000.
        page (int | Unset):  Default: 1.
        name_contains (str | Unset):
        label_status (str | Unset):
        filters (str | Unset):
        labelset (str | Unset):
        include_full_label (ListSamplesIncludeFullLabel | Unset):
        sort (SampleSort | Unset): Sort key, `-` for descending. `updated_at` (when the sample
            last changed) is what the official SDK's resource API sends.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Sample]]
    """

    kwargs = _get_kwargs(
        owner=owner,
        dataset=dataset,
        per_page=per_page,
        page=page,
        name_contains=name_contains,
        label_status=label_status,
        filters=filters,
        labelset=labelset,
        include_full_label=include_full_label,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = 1000,
    page: int | Unset = 1,
    name_contains: str | Unset = UNSET,
    label_status: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    labelset: str | Unset = UNSET,
    include_full_label: ListSamplesIncludeFullLabel | Unset = UNSET,
    sort: SampleSort | Unset = UNSET,
) -> Error | list[Sample] | None:
    """List the samples of a dataset

     One page of samples, filtered and sorted. Anyone who can read the dataset may list them.
    With `labelset`, each sample carries a `label`: a summary (status, score, who and when),
    or the full label with `include_full_label=1`, or null when it has none.

    Args:
        owner (str):
        dataset (str):
        per_page (int | Unset):  Default: 1000.
        page (int | Unset):  Default: 1.
        name_contains (str | Unset):
        label_status (str | Unset):
        filters (str | Unset):
        labelset (str | Unset):
        include_full_label (ListSamplesIncludeFullLabel | Unset):
        sort (SampleSort | Unset): Sort key, `-` for descending. `updated_at` (when the sample
            last changed) is what the official SDK's resource API sends.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Sample]
    """

    return sync_detailed(
        owner=owner,
        dataset=dataset,
        client=client,
        per_page=per_page,
        page=page,
        name_contains=name_contains,
        label_status=label_status,
        filters=filters,
        labelset=labelset,
        include_full_label=include_full_label,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = 1000,
    page: int | Unset = 1,
    name_contains: str | Unset = UNSET,
    label_status: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    labelset: str | Unset = UNSET,
    include_full_label: ListSamplesIncludeFullLabel | Unset = UNSET,
    sort: SampleSort | Unset = UNSET,
) -> Response[Error | list[Sample]]:
    """List the samples of a dataset

     One page of samples, filtered and sorted. Anyone who can read the dataset may list them.
    With `labelset`, each sample carries a `label`: a summary (status, score, who and when),
    or the full label with `include_full_label=1`, or null when it has none.

    Args:
        owner (str):
        dataset (str):
        per_page (int | Unset):  Default: 1000.
        page (int | Unset):  Default: 1.
        name_contains (str | Unset):
        label_status (str | Unset):
        filters (str | Unset):
        labelset (str | Unset):
        include_full_label (ListSamplesIncludeFullLabel | Unset):
        sort (SampleSort | Unset): Sort key, `-` for descending. `updated_at` (when the sample
            last changed) is what the official SDK's resource API sends.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Sample]]
    """

    kwargs = _get_kwargs(
        owner=owner,
        dataset=dataset,
        per_page=per_page,
        page=page,
        name_contains=name_contains,
        label_status=label_status,
        filters=filters,
        labelset=labelset,
        include_full_label=include_full_label,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = 1000,
    page: int | Unset = 1,
    name_contains: str | Unset = UNSET,
    label_status: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    labelset: str | Unset = UNSET,
    include_full_label: ListSamplesIncludeFullLabel | Unset = UNSET,
    sort: SampleSort | Unset = UNSET,
) -> Error | list[Sample] | None:
    """List the samples of a dataset

     One page of samples, filtered and sorted. Anyone who can read the dataset may list them.
    With `labelset`, each sample carries a `label`: a summary (status, score, who and when),
    or the full label with `include_full_label=1`, or null when it has none.

    Args:
        owner (str):
        dataset (str):
        per_page (int | Unset):  Default: 1000.
        page (int | Unset):  Default: 1.
        name_contains (str | Unset):
        label_status (str | Unset):
        filters (str | Unset):
        labelset (str | Unset):
        include_full_label (ListSamplesIncludeFullLabel | Unset):
        sort (SampleSort | Unset): Sort key, `-` for descending. `updated_at` (when the sample
            last changed) is what the official SDK's resource API sends.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Sample]
    """

    return (
        await asyncio_detailed(
            owner=owner,
            dataset=dataset,
            client=client,
            per_page=per_page,
            page=page,
            name_contains=name_contains,
            label_status=label_status,
            filters=filters,
            labelset=labelset,
            include_full_label=include_full_label,
            sort=sort,
        )
    ).parsed
