from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collaborator import Collaborator
from ...models.collaborator_update import CollaboratorUpdate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    owner: str,
    dataset: str,
    username: str,
    *,
    body: CollaboratorUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/datasets/{owner}/{dataset}/collaborators/{username}".format(
            owner=quote(str(owner), safe=""),
            dataset=quote(str(dataset), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Collaborator | Error | None:
    if response.status_code == 200:
        response_200 = Collaborator.from_dict(response.json())

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
    body: CollaboratorUpdate,
) -> Response[Collaborator | Error]:
    """Change a collaborator's role

     The owner, organization admins and `admin` collaborators may do this.

    Args:
        owner (str):
        dataset (str):
        username (str):
        body (CollaboratorUpdate):

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
        body=body,
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
    body: CollaboratorUpdate,
) -> Collaborator | Error | None:
    """Change a collaborator's role

     The owner, organization admins and `admin` collaborators may do this.

    Args:
        owner (str):
        dataset (str):
        username (str):
        body (CollaboratorUpdate):

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
        body=body,
    ).parsed


async def asyncio_detailed(
    owner: str,
    dataset: str,
    username: str,
    *,
    client: AuthenticatedClient,
    body: CollaboratorUpdate,
) -> Response[Collaborator | Error]:
    """Change a collaborator's role

     The owner, organization admins and `admin` collaborators may do this.

    Args:
        owner (str):
        dataset (str):
        username (str):
        body (CollaboratorUpdate):

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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    dataset: str,
    username: str,
    *,
    client: AuthenticatedClient,
    body: CollaboratorUpdate,
) -> Collaborator | Error | None:
    """Change a collaborator's role

     The owner, organization admins and `admin` collaborators may do this.

    Args:
        owner (str):
        dataset (str):
        username (str):
        body (CollaboratorUpdate):

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
            body=body,
        )
    ).parsed
