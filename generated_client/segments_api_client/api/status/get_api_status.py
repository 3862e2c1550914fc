from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_status import ApiStatus
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    lib_version: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["lib_version"] = lib_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api_status/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiStatus | Error | None:
    if response.status_code == 200:
        response_200 = ApiStatus.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 426:
        response_426 = Error.from_dict(response.json())

        return response_426

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
) -> Response[ApiStatus | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    lib_version: str | Unset = UNSET,
) -> Response[ApiStatus | Error]:
    """Check the API key and the client version

     Answers 200 when the API key is valid. The official SDK calls it once when a client is
    created (with `lib_version`), so a wrong key fails early. Any authenticated user may call it.
    A `lib_version` older than the oldest supported SDK gets 426: the official SDK then only
    logs that a new version is available and carries on.

    Args:
        lib_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiStatus | Error]
    """

    kwargs = _get_kwargs(
        lib_version=lib_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    lib_version: str | Unset = UNSET,
) -> ApiStatus | Error | None:
    """Check the API key and the client version

     Answers 200 when the API key is valid. The official SDK calls it once when a client is
    created (with `lib_version`), so a wrong key fails early. Any authenticated user may call it.
    A `lib_version` older than the oldest supported SDK gets 426: the official SDK then only
    logs that a new version is available and carries on.

    Args:
        lib_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiStatus | Error
    """

    return sync_detailed(
        client=client,
        lib_version=lib_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    lib_version: str | Unset = UNSET,
) -> Response[ApiStatus | Error]:
    """Check the API key and the client version

     Answers 200 when the API key is valid. The official SDK calls it once when a client is
    created (with `lib_version`), so a wrong key fails early. Any authenticated user may call it.
    A `lib_version` older than the oldest supported SDK gets 426: the official SDK then only
    logs that a new version is available and carries on.

    Args:
        lib_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiStatus | Error]
    """

    kwargs = _get_kwargs(
        lib_version=lib_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    lib_version: str | Unset = UNSET,
) -> ApiStatus | Error | None:
    """Check the API key and the client version

     Answers 200 when the API key is valid. The official SDK calls it once when a client is
    created (with `lib_version`), so a wrong key fails early. Any authenticated user may call it.
    A `lib_version` older than the oldest supported SDK gets 426: the official SDK then only
    logs that a new version is available and carries on.

    Args:
        lib_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiStatus | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            lib_version=lib_version,
        )
    ).parsed
