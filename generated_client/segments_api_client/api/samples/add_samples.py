from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sample import Sample
from ...models.sample_create import SampleCreate
from ...types import Response


def _get_kwargs(
    owner: str,
    dataset: str,
    *,
    body: list[SampleCreate],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/datasets/{owner}/{dataset}/samples_bulk/".format(
            owner=quote(str(owner), safe=""),
            dataset=quote(str(dataset), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Sample] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = Sample.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

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
) -> Response[Error | list[Sample]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient,
    body: list[SampleCreate],
) -> Response[Error | list[Sample]]:
    """Create many samples at once

     A JSON array of up to 1000 samples, created in one transaction. A sample whose name
    already exists in the dataset is not created again: the existing one comes back unchanged,
    so the call is safe to repeat. Names must be unique within the request. Same roles as
    creating one sample.

    Args:
        owner (str):
        dataset (str):
        body (list[SampleCreate]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Sample]]
    """

    kwargs = _get_kwargs(
        owner=owner,
        dataset=dataset,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient,
    body: list[SampleCreate],
) -> Error | list[Sample] | None:
    """Create many samples at once

     A JSON array of up to 1000 samples, created in one transaction. A sample whose name
    already exists in the dataset is not created again: the existing one comes back unchanged,
    so the call is safe to repeat. Names must be unique within the request. Same roles as
    creating one sample.

    Args:
        owner (str):
        dataset (str):
        body (list[SampleCreate]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Sample]
    """

    return sync_detailed(
        owner=owner,
        dataset=dataset,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient,
    body: list[SampleCreate],
) -> Response[Error | list[Sample]]:
    """Create many samples at once

     A JSON array of up to 1000 samples, created in one transaction. A sample whose name
    already exists in the dataset is not created again: the existing one comes back unchanged,
    so the call is safe to repeat. Names must be unique within the request. Same roles as
    creating one sample.

    Args:
        owner (str):
        dataset (str):
        body (list[SampleCreate]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Sample]]
    """

    kwargs = _get_kwargs(
        owner=owner,
        dataset=dataset,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    dataset: str,
    *,
    client: AuthenticatedClient,
    body: list[SampleCreate],
) -> Error | list[Sample] | None:
    """Create many samples at once

     A JSON array of up to 1000 samples, created in one transaction. A sample whose name
    already exists in the dataset is not created again: the existing one comes back unchanged,
    so the call is safe to repeat. Names must be unique within the request. Same roles as
    creating one sample.

    Args:
        owner (str):
        dataset (str):
        body (list[SampleCreate]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Sample]
    """

    return (
        await asyncio_detailed(
            owner=owner,
            dataset=dataset,
            client=client,
            body=body,
        )
    ).parsed
