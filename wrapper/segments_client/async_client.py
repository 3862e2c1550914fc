"""``AsyncSegmentsClient``: the asyncio client, with the same methods as ``SegmentsClient``."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Callable
from types import TracebackType
from typing import IO, Any, Self, TypeVar

import httpx
from segments_api_client.api.assets import add_asset
from segments_api_client.models import AssetCreate, Dataset, File, Release, Sample, Workunit

from . import _ops_datasets as datasets, _ops_more as more, _ops_samples as samples
from ._base import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    AsyncOperation,
    ClientCore,
    TimeoutLike,
    checked,
    checked_http,
    open_upload,
    release_ready,
    resolve_config,
    transport_error,
)
from ._bulk import BulkOutcome, Progress, ProgressArg, batches, splittable
from ._call import Call, returns
from ._retry import CALL_OPTIONS, AsyncRetryTransport
from .errors import BulkError, NotFoundError, SegmentsError

T = TypeVar("T")


class AsyncSegmentsClient(ClientCore):
    """The asyncio twin of ``SegmentsClient``: same constructor, same methods, awaited.

    ``add_samples`` sends up to ``max_concurrency`` batches at once.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: httpx.AsyncBaseTransport | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        config = resolve_config(api_key, base_url, timeout, max_retries)
        retrying = AsyncRetryTransport(transport or httpx.AsyncHTTPTransport(), config.retry)
        self._configure(config, retrying, headers)
        # Uploads to presigned URLs and release downloads carry no API key, like S3 requests.
        self._files = httpx.AsyncClient(timeout=config.timeout, transport=retrying, headers={"User-Agent": USER_AGENT})

    async def _run(self, call: Call[T]) -> T:
        token = CALL_OPTIONS.set(self._options)
        try:
            response = await call.endpoint.asyncio_detailed(client=self._raw, **call.kwargs)
        except httpx.TransportError as error:
            raise transport_error(error) from error
        finally:
            CALL_OPTIONS.reset(token)
        return call.parse(checked(response))

    async def _send(self, request: Callable[[], Any]) -> httpx.Response:
        token = CALL_OPTIONS.set(self._options)
        try:
            return checked_http(await request())
        except httpx.TransportError as error:
            raise transport_error(error) from error
        finally:
            CALL_OPTIONS.reset(token)

    async def close(self) -> None:
        """Close the connection pool."""
        await self._raw.get_async_httpx_client().aclose()
        await self._files.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]
    ) -> None:
        await self.close()

    get_user = AsyncOperation(datasets.get_user)
    get_datasets = AsyncOperation(datasets.get_datasets)
    get_dataset = AsyncOperation(datasets.get_dataset)
    add_dataset = AsyncOperation(datasets.add_dataset)
    update_dataset = AsyncOperation(datasets.update_dataset)
    delete_dataset = AsyncOperation(datasets.delete_dataset)
    clone_dataset = AsyncOperation(datasets.clone_dataset)
    get_dataset_collaborator = AsyncOperation(datasets.get_dataset_collaborator)
    add_dataset_collaborator = AsyncOperation(datasets.add_dataset_collaborator)
    update_dataset_collaborator = AsyncOperation(datasets.update_dataset_collaborator)
    delete_dataset_collaborator = AsyncOperation(datasets.delete_dataset_collaborator)
    get_samples = AsyncOperation(samples.get_samples)
    get_sample = AsyncOperation(samples.get_sample)
    add_sample = AsyncOperation(samples.add_sample)
    update_sample = AsyncOperation(samples.update_sample)
    delete_sample = AsyncOperation(samples.delete_sample)
    delete_samples = AsyncOperation(samples.delete_samples)
    get_label = AsyncOperation(samples.get_label)
    add_label = AsyncOperation(samples.add_label)
    update_label = AsyncOperation(samples.update_label)
    delete_label = AsyncOperation(samples.delete_label)
    get_labelsets = AsyncOperation(more.get_labelsets)
    get_labelset = AsyncOperation(more.get_labelset)
    add_labelset = AsyncOperation(more.add_labelset)
    delete_labelset = AsyncOperation(more.delete_labelset)
    get_issues = AsyncOperation(more.get_issues)
    add_issue = AsyncOperation(more.add_issue)
    update_issue = AsyncOperation(more.update_issue)
    delete_issue = AsyncOperation(more.delete_issue)
    get_releases = AsyncOperation(more.get_releases)
    get_release = AsyncOperation(more.get_release)
    add_release = AsyncOperation(more.add_release)
    delete_release = AsyncOperation(more.delete_release)
    get_workunits = AsyncOperation(more.get_workunits)
    check_api_key = AsyncOperation(datasets.get_api_status)

    def iter_datasets(self, user: str | None = None, *, per_page: int = 1000) -> AsyncIterator[Dataset]:
        """Every dataset of ``get_datasets``: ``async for dataset in client.iter_datasets()``."""
        return self._paginate(lambda page: datasets.get_datasets(user, per_page=per_page, page=page), per_page)

    def iter_samples(self, dataset_identifier: str, *, per_page: int = 1000, **filters: Any) -> AsyncIterator[Sample]:
        """Every sample of ``get_samples`` (same filters), fetching pages lazily."""
        return self._paginate(
            lambda page: samples.get_samples(dataset_identifier, per_page=per_page, page=page, **filters), per_page
        )

    def iter_workunits(
        self, dataset_identifier: str, *, per_page: int = 1000, **filters: Any
    ) -> AsyncIterator[Workunit]:
        """Every workunit of ``get_workunits`` (same filters), fetching pages lazily."""
        return self._paginate(
            lambda page: more.get_workunits(dataset_identifier, per_page=per_page, page=page, **filters), per_page
        )

    async def _paginate(self, page_call: Any, per_page: int) -> AsyncIterator[Any]:
        page = 1
        while True:
            try:
                items = await self._run(page_call(page))
            except NotFoundError:
                if page == 1:
                    raise
                return
            for item in items:
                yield item
            if len(items) < per_page:
                return
            page += 1

    async def add_samples(
        self,
        dataset_identifier: str,
        samples: list[Any],
        *,
        batch_size: int = 500,
        max_concurrency: int = 4,
        progress: ProgressArg = None,
    ) -> list[Sample]:
        """Create many samples, ``max_concurrency`` batches at a time; see ``SegmentsClient.add_samples``."""
        outcome = BulkOutcome()
        bar = Progress(progress, len(samples))
        limit = asyncio.Semaphore(max_concurrency)
        try:
            await asyncio.gather(
                *(
                    self._add_batch(dataset_identifier, start, items, outcome, bar, limit)
                    for start, items in batches(samples, batch_size)
                )
            )
        finally:
            bar.close()
        if outcome.failed:
            raise BulkError(outcome.ordered(), outcome.failed)
        return outcome.ordered()

    async def _add_batch(
        self,
        dataset: str,
        start: int,
        items: list[dict[str, Any]],
        outcome: BulkOutcome,
        bar: Progress,
        limit: asyncio.Semaphore,
    ) -> None:
        try:
            async with limit:
                outcome.add(start, await self._run(samples.add_samples_batch(dataset, items)))
        except SegmentsError as error:
            if not splittable(error, len(items)):
                outcome.fail(start, items, error)
                bar.advance(len(items))
                return
            middle = len(items) // 2
            await self._add_batch(dataset, start, items[:middle], outcome, bar, limit)
            await self._add_batch(dataset, start + middle, items[middle:], outcome, bar, limit)
            return
        bar.advance(len(items))

    async def upload_asset(self, file: str | os.PathLike[str] | IO[bytes], filename: str | None = None) -> File:
        """Upload a file (path or binary file object) and return its ``File``; use ``file.url``."""
        handle, name, opened = open_upload(file, filename)
        try:
            asset = await self._run(Call(add_asset, {"body": AssetCreate(filename=name)}, returns(File)))
            form = asset.presigned_post_fields
            fields = form.fields.to_dict()
            content = handle.read()
            await self._send(lambda: self._files.post(form.url, data=fields, files={"file": (name, content)}))
        finally:
            if opened:
                handle.close()
        return asset

    async def wait_for_release(
        self, dataset_identifier: str, name: str, *, timeout: float = 600, poll_interval: float = 2.0
    ) -> Release:
        """Poll a release until it SUCCEEDED (returned) or FAILED (``ReleaseFailedError``)."""
        deadline = time.monotonic() + timeout
        while not release_ready(release := await self.get_release(dataset_identifier, name), deadline, poll_interval):
            await asyncio.sleep(poll_interval)
        return release

    async def download_release(self, dataset_identifier: str, name: str, *, timeout: float = 600) -> dict[str, Any]:
        """Wait for a release and return its parsed release file."""
        release = await self.wait_for_release(dataset_identifier, name, timeout=timeout)
        url = release.attributes.url
        assert isinstance(url, str)
        response = await self._send(lambda: self._files.get(url))
        content: dict[str, Any] = response.json()
        return content
