from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.journal import Journal
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    operation_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["operation_id"] = operation_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_control/journal",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Journal | None:
    if response.status_code == 200:
        response_200 = Journal.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Journal]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    operation_id: str | Unset = UNSET,
) -> Response[Error | Journal]:
    """The API calls the server received (control API)

     Every call of an API operation since the last reset or clear, oldest first (the last 10,000):
    the operation, method, path, query, JSON body, the status answered (`null` for a dropped
    connection) and the injected fault it got, so a test can assert what the code under test
    called. Control API calls are not recorded.

    Args:
        operation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Journal]
    """

    kwargs = _get_kwargs(
        operation_id=operation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    operation_id: str | Unset = UNSET,
) -> Error | Journal | None:
    """The API calls the server received (control API)

     Every call of an API operation since the last reset or clear, oldest first (the last 10,000):
    the operation, method, path, query, JSON body, the status answered (`null` for a dropped
    connection) and the injected fault it got, so a test can assert what the code under test
    called. Control API calls are not recorded.

    Args:
        operation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Journal
    """

    return sync_detailed(
        client=client,
        operation_id=operation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    operation_id: str | Unset = UNSET,
) -> Response[Error | Journal]:
    """The API calls the server received (control API)

     Every call of an API operation since the last reset or clear, oldest first (the last 10,000):
    the operation, method, path, query, JSON body, the status answered (`null` for a dropped
    connection) and the injected fault it got, so a test can assert what the code under test
    called. Control API calls are not recorded.

    Args:
        operation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Journal]
    """

    kwargs = _get_kwargs(
        operation_id=operation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    operation_id: str | Unset = UNSET,
) -> Error | Journal | None:
    """The API calls the server received (control API)

     Every call of an API operation since the last reset or clear, oldest first (the last 10,000):
    the operation, method, path, query, JSON body, the status answered (`null` for a dropped
    connection) and the injected fault it got, so a test can assert what the code under test
    called. Control API calls are not recorded.

    Args:
        operation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Journal
    """

    return (
        await asyncio_detailed(
            client=client,
            operation_id=operation_id,
        )
    ).parsed
