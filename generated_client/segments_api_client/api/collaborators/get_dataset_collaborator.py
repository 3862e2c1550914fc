from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collaborator import Collaborator
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    owner: str,
    dataset: str,
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/{owner}/{dataset}/collaborators/{username}".format(
            owner=quote(str(owner), safe=""),
            dataset=quote(str(dataset), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Collaborator | Error | None:
    if response.status_code == 200:
        response_200 = Collaborator.from_dict(response.json())

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
) -> Response[Collaborator | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    owner: str,
    dataset: str,
    username: str,
    *,
    client: AuthenticatedClient,
) -> Response[Collaborator | Error]:
    """Get a collaborator of a dataset

     Anyone who can read the dataset may see its collaborators.

    Args:
        owner (str):
        dataset (str):
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Collaborator | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        dataset=dataset,
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    dataset: str,
    username: str,
    *,
    client: AuthenticatedClient,
) -> Collaborator | Error | None:
    """Get a collaborator of a dataset

     Anyone who can read the dataset may see its collaborators.

    Args:
        owner (str):
        dataset (str):
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Collaborator | Error
    """

    return sync_detailed(
        owner=owner,
        dataset=dataset,
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    owner: str,
    dataset: str,
    username: str,
    *,
    client: AuthenticatedClient,
) -> Response[Collaborator | Error]:
    """Get a collaborator of a dataset

     Anyone who can read the dataset may see its collaborators.

    Args:
        owner (str):
        dataset (str):
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Collaborator | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        dataset=dataset,
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    dataset: str,
    username: str,
    *,
    client: AuthenticatedClient,
) -> Collaborator | Error | None:
    """Get a collaborator of a dataset

     Anyone who can read the dataset may see its collaborators.

    Args:
        owner (str):
        dataset (str):
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Collaborator | Error
    """

    return (
        await asyncio_detailed(
            owner=owner,
            dataset=dataset,
            username=username,
            client=client,
        )
    ).parsed
