from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_create import AssetCreate
from ...models.error import Error
from ...models.file import File
from ...types import Response


def _get_kwargs(
    *,
    body: AssetCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assets/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | File | None:
    if response.status_code == 201:
        response_201 = File.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if response.status_code == 507:
        response_507 = Error.from_dict(response.json())

        return response_507

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AssetCreate,
) -> Response[Error | File]:
    """Start an asset upload

     Reserves a storage location for a file and answers with its final `url` and the
    pre-signed form (`presignedPostFields`) to upload it with: POST `multipart/form-data` to
    `presignedPostFields.url` with every field of `presignedPostFields.fields` and then the
    file as `file`, without an API key. The form expires after one hour; files are limited to
    100 MB. Any authenticated user may upload.

    Args:
        body (AssetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AssetCreate,
) -> Error | File | None:
    """Start an asset upload

     Reserves a storage location for a file and answers with its final `url` and the
    pre-signed form (`presignedPostFields`) to upload it with: POST `multipart/form-data` to
    `presignedPostFields.url` with every field of `presignedPostFields.fields` and then the
    file as `file`, without an API key. The form expires after one hour; files are limited to
    100 MB. Any authenticated user may upload.

    Args:
        body (AssetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AssetCreate,
) -> Response[Error | File]:
    """Start an asset upload

     Reserves a storage location for a file and answers with its final `url` and the
    pre-signed form (`presignedPostFields`) to upload it with: POST `multipart/form-data` to
    `presignedPostFields.url` with every field of `presignedPostFields.fields` and then the
    file as `file`, without an API key. The form expires after one hour; files are limited to
    100 MB. Any authenticated user may upload.

    Args:
        body (AssetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AssetCreate,
) -> Error | File | None:
    """Start an asset upload

     Reserves a storage location for a file and answers with its final `url` and the
    pre-signed form (`presignedPostFields`) to upload it with: POST `multipart/form-data` to
    `presignedPostFields.url` with every field of `presignedPostFields.fields` and then the
    file as `file`, without an API key. The form expires after one hour; files are limited to
    100 MB. Any authenticated user may upload.

    Args:
        body (AssetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
