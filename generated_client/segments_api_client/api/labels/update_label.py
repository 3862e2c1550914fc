from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.label import Label
from ...models.label_update import LabelUpdate
from ...types import Response


def _get_kwargs(
    sample_uuid: str,
    labelset: str,
    *,
    body: LabelUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/labels/{sample_uuid}/{labelset}/".format(
            sample_uuid=quote(str(sample_uuid), safe=""),
            labelset=quote(str(labelset), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Label | None:
    if response.status_code == 200:
        response_200 = Label.from_dict(response.json())

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
) -> Response[Error | Label]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sample_uuid: str,
    labelset: str,
    *,
    client: AuthenticatedClient,
    body: LabelUpdate,
) -> Response[Error | Label]:
    """Update the label of a sample

     Partial update of an existing label (404 when there is none). Same rules and roles as
    writing a label. Records a workunit.

    Args:
        sample_uuid (str):
        labelset (str):
        body (LabelUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Label]
    """

    kwargs = _get_kwargs(
        sample_uuid=sample_uuid,
        labelset=labelset,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sample_uuid: str,
    labelset: str,
    *,
    client: AuthenticatedClient,
    body: LabelUpdate,
) -> Error | Label | None:
    """Update the label of a sample

     Partial update of an existing label (404 when there is none). Same rules and roles as
    writing a label. Records a workunit.

    Args:
        sample_uuid (str):
        labelset (str):
        body (LabelUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Label
    """

    return sync_detailed(
        sample_uuid=sample_uuid,
        labelset=labelset,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    sample_uuid: str,
    labelset: str,
    *,
    client: AuthenticatedClient,
    body: LabelUpdate,
) -> Response[Error | Label]:
    """Update the label of a sample

     Partial update of an existing label (404 when there is none). Same rules and roles as
    writing a label. Records a workunit.

    Args:
        sample_uuid (str):
        labelset (str):
        body (LabelUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Label]
    """

    kwargs = _get_kwargs(
        sample_uuid=sample_uuid,
        labelset=labelset,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sample_uuid: str,
    labelset: str,
    *,
    client: AuthenticatedClient,
    body: LabelUpdate,
) -> Error | Label | None:
    """Update the label of a sample

     Partial update of an existing label (404 when there is none). Same rules and roles as
    writing a label. Records a workunit.

    Args:
        sample_uuid (str):
        labelset (str):
        body (LabelUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Label
    """

    return (
        await asyncio_detailed(
            sample_uuid=sample_uuid,
            labelset=labelset,
            client=client,
            body=body,
        )
    ).parsed
