from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_workunits_sort import ListWorkunitsSort
from ...models.workunit import Workunit
from ...types import UNSET, Response, Unset


def _get_kwargs(
    owner: str,
    dataset: str,
    *,
    per_page: int | Unset = 1000,
    page: int | Unset = 1,
    sort: ListWorkunitsSort | Unset = ListWorkunitsSort.VALUE_1,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    include_session_time_metrics: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["start"] = start

    params["end"] = end

    params["include_session_time_metrics"] = include_session_time_metrics

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/{owner}/{dataset}/workunits/".format(
            owner=quote(str(owner), safe=""),
            dataset=quote(str(dataset), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Workunit] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Workunit.from_dict(response_200_item_data)

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
) -> Response[Error | list[Workunit]]:
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
    sort: ListWorkunitsSort | Unset = ListWorkunitsSort.VALUE_1,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    include_session_time_metrics: bool | Unset = UNSET,
) -> Response[Error | list[Workunit]]:
    """List the workunits of a dataset

     One workunit is recorded each time a user writes a label. Paginated; filter by creation
    time with `start` and `end`. Anyone who can read the dataset.

    Args:
        owner (str):
        dataset (str):
        per_page (int | Unset):  Default: 1000.
        page (int | Unset):  Default: 1.
        sort (ListWorkunitsSort | Unset):  Default: ListWorkunitsSort.VALUE_1.
        start (str | Unset): A UTC time, `YYYY-MM-DDTHH:MM:SS` (fractional seconds and an offset
            up to ±23:59 optional). February 29 of a non-leap year is refused (400).
        end (str | Unset): A UTC time, `YYYY-MM-DDTHH:MM:SS` (fractional seconds and an offset up
            to ±23:59 optional). February 29 of a non-leap year is refused (400).
        include_session_time_metrics (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Workunit]]
    """

    kwargs = _get_kwargs(
        owner=owner,
        dataset=dataset,
        per_page=per_page,
        page=page,
        sort=sort,
        start=start,
        end=end,
        include_session_time_metrics=include_session_time_metrics,
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
    sort: ListWorkunitsSort | Unset = ListWorkunitsSort.VALUE_1,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    include_session_time_metrics: bool | Unset = UNSET,
) -> Error | list[Workunit] | None:
    """List the workunits of a dataset

     One workunit is recorded each time a user writes a label. Paginated; filter by creation
    time with `start` and `end`. Anyone who can read the dataset.

    Args:
        owner (str):
        dataset (str):
        per_page (int | Unset):  Default: 1000.
        page (int | Unset):  Default: 1.
        sort (ListWorkunitsSort | Unset):  Default: ListWorkunitsSort.VALUE_1.
        start (str | Unset): A UTC time, `YYYY-MM-DDTHH:MM:SS` (fractional seconds and an offset
            up to ±23:59 optional). February 29 of a non-leap year is refused (400).
        end (str | Unset): A UTC time, `YYYY-MM-DDTHH:MM:SS` (fractional seconds and an offset up
            to ±23:59 optional). February 29 of a non-leap year is refused (400).
        include_session_time_metrics (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Workunit]
    """

    return sync_detailed(
        owner=owner,
        dataset=dataset,
        client=client,
        per_page=per_page,
        page=page,
        sort=sort,
        start=start,
        end=end,
        include_session_time_metrics=include_session_time_metrics,
    ).parsed


async def asyncio_detailed(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = 1000,
    page: int | Unset = 1,
    sort: ListWorkunitsSort | Unset = ListWorkunitsSort.VALUE_1,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    include_session_time_metrics: bool | Unset = UNSET,
) -> Response[Error | list[Workunit]]:
    """List the workunits of a dataset

     One workunit is recorded each time a user writes a label. Paginated; filter by creation
    time with `start` and `end`. Anyone who can read the dataset.

    Args:
        owner (str):
        dataset (str):
        per_page (int | Unset):  Default: 1000.
        page (int | Unset):  Default: 1.
        sort (ListWorkunitsSort | Unset):  Default: ListWorkunitsSort.VALUE_1.
        start (str | Unset): A UTC time, `YYYY-MM-DDTHH:MM:SS` (fractional seconds and an offset
            up to ±23:59 optional). February 29 of a non-leap year is refused (400).
        end (str | Unset): A UTC time, `YYYY-MM-DDTHH:MM:SS` (fractional seconds and an offset up
            to ±23:59 optional). February 29 of a non-leap year is refused (400).
        include_session_time_metrics (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Workunit]]
    """

    kwargs = _get_kwargs(
        owner=owner,
        dataset=dataset,
        per_page=per_page,
        page=page,
        sort=sort,
        start=start,
        end=end,
        include_session_time_metrics=include_session_time_metrics,
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
    sort: ListWorkunitsSort | Unset = ListWorkunitsSort.VALUE_1,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    include_session_time_metrics: bool | Unset = UNSET,
) -> Error | list[Workunit] | None:
    """List the workunits of a dataset

     One workunit is recorded each time a user writes a label. Paginated; filter by creation
    time with `start` and `end`. Anyone who can read the dataset.

    Args:
        owner (str):
        dataset (str):
        per_page (int | Unset):  Default: 1000.
        page (int | Unset):  Default: 1.
        sort (ListWorkunitsSort | Unset):  Default: ListWorkunitsSort.VALUE_1.
        start (str | Unset): A UTC time, `YYYY-MM-DDTHH:MM:SS` (fractional seconds and an offset
            up to ±23:59 optional). February 29 of a non-leap year is refused (400).
        end (str | Unset): A UTC time, `YYYY-MM-DDTHH:MM:SS` (fractional seconds and an offset up
            to ±23:59 optional). February 29 of a non-leap year is refused (400).
        include_session_time_metrics (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Workunit]
    """

    return (
        await asyncio_detailed(
            owner=owner,
            dataset=dataset,
            client=client,
            per_page=per_page,
            page=page,
            sort=sort,
            start=start,
            end=end,
            include_session_time_metrics=include_session_time_metrics,
        )
    ).parsed
