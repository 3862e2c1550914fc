from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.control_webhook import ControlWebhook
from ...models.control_webhook_create import ControlWebhookCreate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: ControlWebhookCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_control/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ControlWebhook | Error | None:
    if response.status_code == 201:
        response_201 = ControlWebhook.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

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
) -> Response[ControlWebhook | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ControlWebhookCreate,
) -> Response[ControlWebhook | Error]:
    """Send an account's dataset events to an endpoint (control API)

     Registers a webhook endpoint of an existing user or organization (as `segments-server webhooks
    add`): the events of the account's datasets (all, or `events`) are sent to `url`, signed with
    the returned secret. Takes effect at once.

    Args:
        body (ControlWebhookCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ControlWebhook | Error]
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
    body: ControlWebhookCreate,
) -> ControlWebhook | Error | None:
    """Send an account's dataset events to an endpoint (control API)

     Registers a webhook endpoint of an existing user or organization (as `segments-server webhooks
    add`): the events of the account's datasets (all, or `events`) are sent to `url`, signed with
    the returned secret. Takes effect at once.

    Args:
        body (ControlWebhookCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ControlWebhook | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ControlWebhookCreate,
) -> Response[ControlWebhook | Error]:
    """Send an account's dataset events to an endpoint (control API)

     Registers a webhook endpoint of an existing user or organization (as `segments-server webhooks
    add`): the events of the account's datasets (all, or `events`) are sent to `url`, signed with
    the returned secret. Takes effect at once.

    Args:
        body (ControlWebhookCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ControlWebhook | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ControlWebhookCreate,
) -> ControlWebhook | Error | None:
    """Send an account's dataset events to an endpoint (control API)

     Registers a webhook endpoint of an existing user or organization (as `segments-server webhooks
    add`): the events of the account's datasets (all, or `events`) are sent to `url`, signed with
    the returned secret. Takes effect at once.

    Args:
        body (ControlWebhookCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ControlWebhook | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
