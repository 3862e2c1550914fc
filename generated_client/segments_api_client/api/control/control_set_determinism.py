from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.determinism import Determinism
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: Determinism,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/_control/determinism",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Determinism | Error | None:
    if response.status_code == 200:
        response_200 = Determinism.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Determinism | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Determinism,
) -> Response[Determinism | Error]:
    """Set where uuids and timestamps come from (control API)

     With a `seed`, every uuid the server makes (samples, issues, releases, labelsets, assets and
    so the names of stored files) is drawn from a generator seeded with it; with `now`, every
    timestamp is that moment, until it is set again. The same calls then give byte-identical
    responses run after run (golden files). `null` for either is the default: random uuids, the
    system clock. Signed URLs and upload forms still carry the server's secret. One setting per
    server process.

    Args:
        body (Determinism):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Determinism | Error]
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
    body: Determinism,
) -> Determinism | Error | None:
    """Set where uuids and timestamps come from (control API)

     With a `seed`, every uuid the server makes (samples, issues, releases, labelsets, assets and
    so the names of stored files) is drawn from a generator seeded with it; with `now`, every
    timestamp is that moment, until it is set again. The same calls then give byte-identical
    responses run after run (golden files). `null` for either is the default: random uuids, the
    system clock. Signed URLs and upload forms still carry the server's secret. One setting per
    server process.

    Args:
        body (Determinism):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Determinism | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Determinism,
) -> Response[Determinism | Error]:
    """Set where uuids and timestamps come from (control API)

     With a `seed`, every uuid the server makes (samples, issues, releases, labelsets, assets and
    so the names of stored files) is drawn from a generator seeded with it; with `now`, every
    timestamp is that moment, until it is set again. The same calls then give byte-identical
    responses run after run (golden files). `null` for either is the default: random uuids, the
    system clock. Signed URLs and upload forms still carry the server's secret. One setting per
    server process.

    Args:
        body (Determinism):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Determinism | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Determinism,
) -> Determinism | Error | None:
    """Set where uuids and timestamps come from (control API)

     With a `seed`, every uuid the server makes (samples, issues, releases, labelsets, assets and
    so the names of stored files) is drawn from a generator seeded with it; with `now`, every
    timestamp is that moment, until it is set again. The same calls then give byte-identical
    responses run after run (golden files). `null` for either is the default: random uuids, the
    system clock. Signed URLs and upload forms still carry the server's secret. One setting per
    server process.

    Args:
        body (Determinism):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Determinism | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
