"""``SegmentsClient``: the synchronous client."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
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
    ClientCore,
    SyncOperation,
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
from ._retry import CALL_OPTIONS, RetryTransport
from .errors import BulkError, NotFoundError, SegmentsError

T = TypeVar("T")


class SegmentsClient(ClientCore):
    """A client of the Segments.ai API (or any server implementing its contract).

    ``api_key`` and ``base_url`` default to ``SEGMENTS_API_KEY`` and ``SEGMENTS_API_URL``
    (else ``https://api.segments.ai/``). ``timeout`` is seconds or an ``httpx.Timeout``
    (default 10 s to connect, 60 s to read); ``max_retries`` applies to requests that are safe to
    repeat. ``transport`` replaces the HTTP transport (for tests, proxies, mounts).

    Use it as a context manager, or call ``close()``, to release its connection pool.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: httpx.BaseTransport | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        config = resolve_config(api_key, base_url, timeout, max_retries)
        retrying = RetryTransport(transport or httpx.HTTPTransport(), config.retry)
        self._configure(config, retrying, headers)
        # Uploads to presigned URLs and release downloads carry no API key, like S3 requests.
        self._files = httpx.Client(timeout=config.timeout, transport=retrying, headers={"User-Agent": USER_AGENT})

    def _run(self, call: Call[T]) -> T:
        token = CALL_OPTIONS.set(self._options)
        try:
            response = call.endpoint.sync_detailed(client=self._raw, **call.kwargs)
        except httpx.TransportError as error:
            raise transport_error(error) from error
        finally:
            CALL_OPTIONS.reset(token)
        return call.parse(checked(response))

    def _send(self, request: Any) -> httpx.Response:
        token = CALL_OPTIONS.set(self._options)
        try:
            return checked_http(request())
        except httpx.TransportError as error:
            raise transport_error(error) from error
        finally:
            CALL_OPTIONS.reset(token)

    def close(self) -> None:
        """Close the connection pool."""
        self._raw.get_httpx_client().close()
        self._files.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]) -> None:
        self.close()

    # One method per operation, as in the official SDK.
    get_user = SyncOperation(datasets.get_user)
    get_datasets = SyncOperation(datasets.get_datasets)
    get_dataset = SyncOperation(datasets.get_dataset)
    add_dataset = SyncOperation(datasets.add_dataset)
    update_dataset = SyncOperation(datasets.update_dataset)
    delete_dataset = SyncOperation(datasets.delete_dataset)
    clone_dataset = SyncOperation(datasets.clone_dataset)
    get_dataset_collaborator = SyncOperation(datasets.get_dataset_collaborator)
    add_dataset_collaborator = SyncOperation(datasets.add_dataset_collaborator)
    update_dataset_collaborator = SyncOperation(datasets.update_dataset_collaborator)
    delete_dataset_collaborator = SyncOperation(datasets.delete_dataset_collaborator)
    get_samples = SyncOperation(samples.get_samples)
    get_sample = SyncOperation(samples.get_sample)
    add_sample = SyncOperation(samples.add_sample)
    update_sample = SyncOperation(samples.update_sample)
    delete_sample = SyncOperation(samples.delete_sample)
    delete_samples = SyncOperation(samples.delete_samples)
    get_label = SyncOperation(samples.get_label)
    add_label = SyncOperation(samples.add_label)
    update_label = SyncOperation(samples.update_label)
    delete_label = SyncOperation(samples.delete_label)
    get_labelsets = SyncOperation(more.get_labelsets)
    get_labelset = SyncOperation(more.get_labelset)
    add_labelset = SyncOperation(more.add_labelset)
    delete_labelset = SyncOperation(more.delete_labelset)
    get_issues = SyncOperation(more.get_issues)
    add_issue = SyncOperation(more.add_issue)
    update_issue = SyncOperation(more.update_issue)
    delete_issue = SyncOperation(more.delete_issue)
    get_releases = SyncOperation(more.get_releases)
    get_release = SyncOperation(more.get_release)
    add_release = SyncOperation(more.add_release)
    delete_release = SyncOperation(more.delete_release)
    get_workunits = SyncOperation(more.get_workunits)
    check_api_key = SyncOperation(datasets.get_api_status)

    def iter_datasets(self, user: str | None = None, *, per_page: int = 1000) -> Iterator[Dataset]:
        """Every dataset of ``get_datasets``, fetching pages lazily."""
        return self._paginate(lambda page: datasets.get_datasets(user, per_page=per_page, page=page), per_page)

    def iter_samples(self, dataset_identifier: str, *, per_page: int = 1000, **filters: Any) -> Iterator[Sample]:
        """Every sample of ``get_samples`` (same filters: labelset, name, label_status, metadata, sort...)."""
        return self._paginate(
            lambda page: samples.get_samples(dataset_identifier, per_page=per_page, page=page, **filters), per_page
        )

    def iter_workunits(self, dataset_identifier: str, *, per_page: int = 1000, **filters: Any) -> Iterator[Workunit]:
        """Every workunit of ``get_workunits`` (same filters), fetching pages lazily."""
        return self._paginate(
            lambda page: more.get_workunits(dataset_identifier, per_page=per_page, page=page, **filters), per_page
        )

    def _paginate(self, page_call: Any, per_page: int) -> Iterator[Any]:
        page = 1
        while True:
            try:
                items = self._run(page_call(page))
            except NotFoundError:
                if page == 1:
                    raise
                return  # the previous page was exactly full: "Invalid page."
            yield from items
            if len(items) < per_page:
                return
            page += 1

    def add_samples(
        self, dataset_identifier: str, samples: list[Any], *, batch_size: int = 500, progress: ProgressArg = None
    ) -> list[Sample]:
        """Create many samples in batches; samples whose name exists come back unchanged.

        A batch the server rejects is split to find the items at fault; the others are created.
        If any item fails, ``BulkError`` is raised with ``succeeded`` and ``failed`` (each failure
        with its index, item and exception): nothing is silently dropped.
        """
        outcome = BulkOutcome()
        bar = Progress(progress, len(samples))
        try:
            for start, items in batches(samples, batch_size):
                self._add_batch(dataset_identifier, start, items, outcome, bar)
        finally:
            bar.close()
        if outcome.failed:
            raise BulkError(outcome.ordered(), outcome.failed)
        return outcome.ordered()

    def _add_batch(
        self, dataset: str, start: int, items: list[dict[str, Any]], outcome: BulkOutcome, bar: Progress
    ) -> None:
        try:
            outcome.add(start, self._run(samples.add_samples_batch(dataset, items)))
        except SegmentsError as error:
            if not splittable(error, len(items)):
                outcome.fail(start, items, error)
                bar.advance(len(items))
                return
            middle = len(items) // 2
            self._add_batch(dataset, start, items[:middle], outcome, bar)
            self._add_batch(dataset, start + middle, items[middle:], outcome, bar)
            return
        bar.advance(len(items))

    def upload_asset(self, file: str | os.PathLike[str] | IO[bytes], filename: str | None = None) -> File:
        """Upload a file (path or binary file object) and return its ``File``; use ``file.url``."""
        handle, name, opened = open_upload(file, filename)
        try:
            asset = self._run(Call(add_asset, {"body": AssetCreate(filename=name)}, returns(File)))
            form = asset.presigned_post_fields
            fields = form.fields.to_dict()
            self._send(lambda: self._files.post(form.url, data=fields, files={"file": (name, handle)}))
        finally:
            if opened:
                handle.close()
        return asset

    def wait_for_release(
        self, dataset_identifier: str, name: str, *, timeout: float = 600, poll_interval: float = 2.0
    ) -> Release:
        """Poll a release until it SUCCEEDED (returned) or FAILED (``ReleaseFailedError``)."""
        deadline = time.monotonic() + timeout
        while not release_ready(release := self.get_release(dataset_identifier, name), deadline, poll_interval):
            time.sleep(poll_interval)
        return release

    def download_release(self, dataset_identifier: str, name: str, *, timeout: float = 600) -> dict[str, Any]:
        """Wait for a release and return its parsed release file."""
        release = self.wait_for_release(dataset_identifier, name, timeout=timeout)
        url = release.attributes.url
        assert isinstance(url, str)
        content: dict[str, Any] = self._send(lambda: self._files.get(url)).json()
        return content
