from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_sample_include_signed_urls import GetSampleIncludeSignedUrls
from ...models.sample import Sample
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sample_uuid: str,
    *,
    labelset: str | Unset = UNSET,
    include_signed_urls: GetSampleIncludeSignedUrls | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["labelset"] = labelset

    json_include_signed_urls: str | Unset = UNSET
    if not isinstance(include_signed_urls, Unset):
        json_include_signed_urls = include_signed_urls.value

    params["include_signed_urls"] = json_include_signed_urls

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/samples/{sample_uuid}/".format(
            sample_uuid=quote(str(sample_uuid), safe=""),
        ),
        "params": params,
    }

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
    labelset: str | Unset = UNSET,
    include_signed_urls: GetSampleIncludeSignedUrls | Unset = UNSET,
) -> Response[Error | Sample]:
    """Get a sample

     Anyone who can read the sample's dataset. With `labelset`, the full label of that
    labelset is embedded as `label` (null when there is none). An unknown or malformed uuid
    answers 404.

    Args:
        sample_uuid (str):
        labelset (str | Unset):
        include_signed_urls (GetSampleIncludeSignedUrls | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Sample]
    """

    kwargs = _get_kwargs(
        sample_uuid=sample_uuid,
        labelset=labelset,
        include_signed_urls=include_signed_urls,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sample_uuid: str,
    *,
    client: AuthenticatedClient,
    labelset: str | Unset = UNSET,
    include_signed_urls: GetSampleIncludeSignedUrls | Unset = UNSET,
) -> Error | Sample | None:
    """Get a sample

     Anyone who can read the sample's dataset. With `labelset`, the full label of that
    labelset is embedded as `label` (null when there is none). An unknown or malformed uuid
    answers 404.

    Args:
        sample_uuid (str):
        labelset (str | Unset):
        include_signed_urls (GetSampleIncludeSignedUrls | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Sample
    """

    return sync_detailed(
        sample_uuid=sample_uuid,
        client=client,
        labelset=labelset,
        include_signed_urls=include_signed_urls,
    ).parsed


async def asyncio_detailed(
    sample_uuid: str,
    *,
    client: AuthenticatedClient,
    labelset: str | Unset = UNSET,
    include_signed_urls: GetSampleIncludeSignedUrls | Unset = UNSET,
) -> Response[Error | Sample]:
    """Get a sample

     Anyone who can read the sample's dataset. With `labelset`, the full label of that
    labelset is embedded as `label` (null when there is none). An unknown or malformed uuid
    answers 404.

    Args:
        sample_uuid (str):
        labelset (str | Unset):
        include_signed_urls (GetSampleIncludeSignedUrls | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Sample]
    """

    kwargs = _get_kwargs(
        sample_uuid=sample_uuid,
        labelset=labelset,
        include_signed_urls=include_signed_urls,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sample_uuid: str,
    *,
    client: AuthenticatedClient,
    labelset: str | Unset = UNSET,
    include_signed_urls: GetSampleIncludeSignedUrls | Unset = UNSET,
) -> Error | Sample | None:
    """Get a sample

     Anyone who can read the sample's dataset. With `labelset`, the full label of that
    labelset is embedded as `label` (null when there is none). An unknown or malformed uuid
    answers 404.

    Args:
        sample_uuid (str):
        labelset (str | Unset):
        include_signed_urls (GetSampleIncludeSignedUrls | Unset):

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
            labelset=labelset,
            include_signed_urls=include_signed_urls,
        )
    ).parsed
