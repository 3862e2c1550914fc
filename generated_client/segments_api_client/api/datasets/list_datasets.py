from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset import Dataset
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    per_page: int | Unset = 1000,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/datasets/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Dataset] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Dataset.from_dict(response_200_item_data)

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
) -> Response[Error | list[Dataset]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = 1000,
    page: int | Unset = 1,
) -> Response[Error | list[Dataset]]:
    """List the datasets of the authenticated user

     Datasets the caller owns, those of organizations the caller belongs to, and those the
    caller collaborates on, ordered by creation time. Paginated.

    Args:
        per_page (int | Unset):  Default: 1000.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Dataset]]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = 1000,
    page: int | Unset = 1,
) -> Error | list[Dataset] | None:
    """List the datasets of the authenticated user

     Datasets the caller owns, those of organizations the caller belongs to, and those the
    caller collaborates on, ordered by creation time. Paginated.

    Args:
        per_page (int | Unset):  Default: 1000.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Dataset]
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = 1000,
    page: int | Unset = 1,
) -> Response[Error | list[Dataset]]:
    """List the datasets of the authenticated user

     Datasets the caller owns, those of organizations the caller belongs to, and those the
    caller collaborates on, ordered by creation time. Paginated.

    Args:
        per_page (int | Unset):  Default: 1000.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Dataset]]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = 1000,
    page: int | Unset = 1,
) -> Error | list[Dataset] | None:
    """List the datasets of the authenticated user

     Datasets the caller owns, those of organizations the caller belongs to, and those the
    caller collaborates on, ordered by creation time. Paginated.

    Args:
        per_page (int | Unset):  Default: 1000.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Dataset]
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            page=page,
        )
    ).parsed
