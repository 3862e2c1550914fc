from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sample import Sample
from ...models.sample_update import SampleUpdate
from ...types import Response


def _get_kwargs(
    sample_uuid: str,
    *,
    body: SampleUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/samples/{sample_uuid}/".format(
            sample_uuid=quote(str(sample_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Sample | None:
    if response.status_code == 200:
        response_200 = Sample.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
) -> Response[Error | Sample]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sample_uuid: str,
    *,
    client: AuthenticatedClient,
    body: SampleUpdate,
) -> Response[Error | Sample]:
    """Update a sample

     Partial update: only the fields sent change; `assigned_labeler: null` or
    `assigned_reviewer: null` unassigns. The owner, organization admins and `admin` or
    `manager` collaborators may do this.

    Args:
        sample_uuid (str):
        body (SampleUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Sample]
    """

    kwargs = _get_kwargs(
        sample_uuid=sample_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sample_uuid: str,
    *,
    client: AuthenticatedClient,
    body: SampleUpdate,
) -> Error | Sample | None:
    """Update a sample

     Partial update: only the fields sent change; `assigned_labeler: null` or
    `assigned_reviewer: null` unassigns. The owner, organization admins and `admin` or
    `manager` collaborators may do this.

    Args:
        sample_uuid (str):
        body (SampleUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Sample
    """

    return sync_detailed(
        sample_uuid=sample_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    sample_uuid: str,
    *,
    client: AuthenticatedClient,
    body: SampleUpdate,
) -> Response[Error | Sample]:
    """Update a sample

     Partial update: only the fields sent change; `assigned_labeler: null` or
    `assigned_reviewer: null` unassigns. The owner, organization admins and `admin` or
    `manager` collaborators may do this.

    Args:
        sample_uuid (str):
        body (SampleUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Sample]
    """

    kwargs = _get_kwargs(
        sample_uuid=sample_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sample_uuid: str,
    *,
    client: AuthenticatedClient,
    body: SampleUpdate,
) -> Error | Sample | None:
    """Update a sample

     Partial update: only the fields sent change; `assigned_labeler: null` or
    `assigned_reviewer: null` unassigns. The owner, organization admins and `admin` or
    `manager` collaborators may do this.

    Args:
        sample_uuid (str):
        body (SampleUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Sample
    """

    return (
        await asyncio_detailed(
            sample_uuid=sample_uuid,
            client=client,
            body=body,
        )
    ).parsed
