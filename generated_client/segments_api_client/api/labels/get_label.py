from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.label import Label
from ...types import Response


def _get_kwargs(
    sample_uuid: str,
    labelset: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/labels/{sample_uuid}/{labelset}/".format(
            sample_uuid=quote(str(sample_uuid), safe=""),
            labelset=quote(str(labelset), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Label | None:
    if response.status_code == 200:
        response_200 = Label.from_dict(response.json())

        return response_200

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
) -> Response[Error | Label]:
    """Get the label of a sample in a labelset

     Anyone who can read the sample's dataset. A sample without a label in that labelset
    answers 404.

    Args:
        sample_uuid (str):
        labelset (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Label]
    """

    kwargs = _get_kwargs(
        sample_uuid=sample_uuid,
        labelset=labelset,
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
) -> Error | Label | None:
    """Get the label of a sample in a labelset

     Anyone who can read the sample's dataset. A sample without a label in that labelset
    answers 404.

    Args:
        sample_uuid (str):
        labelset (str):

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
    ).parsed


async def asyncio_detailed(
    sample_uuid: str,
    labelset: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | Label]:
    """Get the label of a sample in a labelset

     Anyone who can read the sample's dataset. A sample without a label in that labelset
    answers 404.

    Args:
        sample_uuid (str):
        labelset (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Label]
    """

    kwargs = _get_kwargs(
        sample_uuid=sample_uuid,
        labelset=labelset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sample_uuid: str,
    labelset: str,
    *,
    client: AuthenticatedClient,
) -> Error | Label | None:
    """Get the label of a sample in a labelset

     Anyone who can read the sample's dataset. A sample without a label in that labelset
    answers 404.

    Args:
        sample_uuid (str):
        labelset (str):

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
        )
    ).parsed
