from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.fault import Fault
from ...models.fault_create import FaultCreate
from ...types import Response


def _get_kwargs(
    *,
    body: FaultCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_control/faults",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Fault | None:
    if response.status_code == 201:
        response_201 = Fault.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Fault]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FaultCreate,
) -> Response[Error | Fault]:
    """Make calls fail on purpose (control API)

     The next `times` calls of `operation_id` (of any operation when it is null; for ever when
    `times` is null) wait `latency_seconds`, then get `status` (a JSON error, with `Retry-After`
    when `retry_after` is set) or, with `drop_connection`, a connection closed without an answer;
    with neither, the real answer follows the latency. Faults are served in the order they were
    added. The way to prove a client's retries and error handling against a real server.

    Args:
        body (FaultCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Fault]
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
    body: FaultCreate,
) -> Error | Fault | None:
    """Make calls fail on purpose (control API)

     The next `times` calls of `operation_id` (of any operation when it is null; for ever when
    `times` is null) wait `latency_seconds`, then get `status` (a JSON error, with `Retry-After`
    when `retry_after` is set) or, with `drop_connection`, a connection closed without an answer;
    with neither, the real answer follows the latency. Faults are served in the order they were
    added. The way to prove a client's retries and error handling against a real server.

    Args:
        body (FaultCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Fault
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FaultCreate,
) -> Response[Error | Fault]:
    """Make calls fail on purpose (control API)

     The next `times` calls of `operation_id` (of any operation when it is null; for ever when
    `times` is null) wait `latency_seconds`, then get `status` (a JSON error, with `Retry-After`
    when `retry_after` is set) or, with `drop_connection`, a connection closed without an answer;
    with neither, the real answer follows the latency. Faults are served in the order they were
    added. The way to prove a client's retries and error handling against a real server.

    Args:
        body (FaultCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Fault]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FaultCreate,
) -> Error | Fault | None:
    """Make calls fail on purpose (control API)

     The next `times` calls of `operation_id` (of any operation when it is null; for ever when
    `times` is null) wait `latency_seconds`, then get `status` (a JSON error, with `Retry-After`
    when `retry_after` is set) or, with `drop_connection`, a connection closed without an answer;
    with neither, the real answer follows the latency. Faults are served in the order they were
    added. The way to prove a client's retries and error handling against a real server.

    Args:
        body (FaultCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Fault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
