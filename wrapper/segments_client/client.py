"""``SegmentsClient``: the synchronous client."""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self, TypeVar, overload

import httpx
from segments_api_client.api.assets import add_asset
from segments_api_client.models import AssetCreate, Dataset, File, Label, Release, Sample, Workunit

from . import (
    _flows as flows,
    _ops_datasets as datasets,
    _ops_issues as issues,
    _ops_labelsets as labelsets,
    _ops_releases as releases,
    _ops_samples as samples,
    _ops_workunits as workunits,
)
from ._base import (
    DEFAULT_MAX_RETRIES,
    ClientCore,
    SyncOperation,
    ThroughClient,
    TimeoutLike,
    check_client_options,
    recorder_for,
    resolve_config,
)
from ._bulk import ProgressArg
from ._call import NOT_GIVEN, Call, NotGiven, body, returns
from ._files import DownloadTarget, PathLike, open_upload, release_content, release_url
from ._request import Sleep, check_status, connection_error, read_result, send_flow
from .errors import SegmentsError
from .recording import RecordingTransport
from .types import Direction, EnumValue, LabelStatus, SampleSortKey

T = TypeVar("T")
R = TypeVar("R")


class SegmentsClient(ClientCore):
    """A client of the Segments.ai API (or any server implementing its contract).

    ``api_key`` and ``base_url`` default to ``SEGMENTS_API_KEY`` and ``SEGMENTS_API_URL``
    (else ``https://api.segments.ai/``). ``timeout`` is seconds or an ``httpx.Timeout``
    (default 10 s to connect, 60 s to read); ``max_retries`` applies to requests that are safe to
    repeat. Proxies come from ``HTTP(S)_PROXY`` / ``NO_PROXY`` as in httpx, or ``proxy=``; pass
    ``http_client=`` to use your own ``httpx.Client`` (its proxy, certificates and limits), or
    ``transport=`` to replace the transport. ``sleep`` replaces ``time.sleep`` between retries.

    Use it as a context manager, or call ``close()``, to release its connection pool.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        proxy: str | httpx.Proxy | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        headers: dict[str, str] | None = None,
        sleep: Callable[[float], object] | None = None,
        record_to: str | os.PathLike[str] | None = None,
    ) -> None:
        check_client_options(http_client, proxy, transport, httpx.Client)
        config = resolve_config(api_key, base_url, timeout, max_retries, own_client=http_client is not None)
        self._recorder = recorder_for(record_to, http_client)
        if self._recorder is not None:  # the proxy is the inner transport's
            transport, proxy = RecordingTransport(self._recorder, transport or httpx.HTTPTransport(proxy=proxy)), None
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=config.timeout, proxy=proxy, transport=transport)
        # client.raw goes through a client you passed in too (its transport, proxy and hooks).
        options = {"proxy": proxy, "transport": ThroughClient(http_client) if http_client else transport}
        self._configure(config, headers, {key: value for key, value in options.items() if value is not None})
        self._sleep = sleep or time.sleep

    def close(self) -> None:
        """Close the connection pool (not a ``http_client`` you passed in); write the recording, if any."""
        if self._recorder is not None:
            self._recorder.close()
        if self._owns_http:
            self._http.close()
        raw = getattr(self._raw, "_client", None)  # the generated client's pool, if it made one
        if raw is not None:
            raw.close()

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
    get_labelsets = SyncOperation(labelsets.get_labelsets)
    get_labelset = SyncOperation(labelsets.get_labelset)
    add_labelset = SyncOperation(labelsets.add_labelset)
    delete_labelset = SyncOperation(labelsets.delete_labelset)
    get_issues = SyncOperation(issues.get_issues)
    add_issue = SyncOperation(issues.add_issue)
    update_issue = SyncOperation(issues.update_issue)
    delete_issue = SyncOperation(issues.delete_issue)
    get_releases = SyncOperation(releases.get_releases)
    get_release = SyncOperation(releases.get_release)
    add_release = SyncOperation(releases.add_release)
    delete_release = SyncOperation(releases.delete_release)
    get_workunits = SyncOperation(workunits.get_workunits)
    check_api_key = SyncOperation(datasets.get_api_status)

    # --- the request loop and the flow drivers -------------------------------------------------

    def _run(self, call: Call[T]) -> T:
        return read_result(call, self._send(self._api_request(self._http, call)))

    def _send(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        flow = send_flow(request, self._retries, self._config.retry)
        transmit = functools.partial(self._transmit, stream=stream)
        response: httpx.Response = self._drive(flow, transmit, httpx.TransportError)
        return response

    def _transmit(self, request: httpx.Request, stream: bool) -> httpx.Response:
        response = self._http.send(request, stream=True)
        if stream and response.is_success:
            return response
        try:
            response.read()
        finally:
            response.close()
        return response

    def _drive(
        self,
        flow: Generator[Any, Any, R],
        perform: Callable[[Any], Any] | None = None,
        failure: type[Exception] = SegmentsError,
    ) -> R:
        """Run a flow: sleep its ``Sleep`` steps, ``perform`` its other steps (API calls by default) and
        send back the result, or throw in the ``failure`` it raised; return what the flow returns."""
        perform = perform or self._run
        try:
            step = next(flow)
            while True:
                if isinstance(step, Sleep):
                    self._sleep(step.seconds)
                    step = flow.send(None)
                    continue
                try:
                    result = perform(step)
                except failure as error:
                    step = flow.throw(error)
                else:
                    step = flow.send(result)
        except StopIteration as done:
            value: R = done.value
            return value

    def _iterate(self, flow: flows.Flow[None]) -> Iterator[Any]:
        try:
            step = next(flow)
            while True:
                assert not isinstance(step, Sleep)
                try:
                    items = self._run(step)
                except SegmentsError as error:
                    step = flow.throw(error)
                    continue
                yield from items
                step = flow.send(items)
        except StopIteration:
            return

    def _drive_all(self, jobs: Sequence[flows.Flow[None]], max_concurrency: int) -> None:
        if max_concurrency == 1 or len(jobs) <= 1:
            for job in jobs:
                self._drive(job)
            return
        with ThreadPoolExecutor(max_workers=max_concurrency, thread_name_prefix="segments-bulk") as pool:
            for _ in pool.map(self._drive, jobs):
                pass

    # --- pagination ----------------------------------------------------------------------------

    def iter_datasets(self, user: str | None = None, *, per_page: int = 1000) -> Iterator[Dataset]:
        """Every dataset of ``get_datasets``, fetching pages lazily."""
        return self._iterate(flows.pages(lambda page: datasets.get_datasets(user, per_page, page), per_page))

    def iter_samples(
        self,
        dataset_identifier: str,
        *,
        labelset: str | None = None,
        name: str | None = None,
        label_status: samples.LabelStatusFilter | None = None,
        metadata: str | Sequence[str] | None = None,
        sort: SampleSortKey = "name",
        direction: Direction = "asc",
        include_full_label: bool = False,
        per_page: int = 1000,
    ) -> Iterator[Sample]:
        """Every sample of ``get_samples`` (same filters), fetching pages lazily."""
        filters = samples.SampleFilters(labelset, name, label_status, metadata, sort, direction, include_full_label)
        return self._iterate(flows.pages(lambda page: filters.page(dataset_identifier, per_page, page), per_page))

    def iter_workunits(
        self,
        dataset_identifier: str,
        *,
        direction: Direction = "desc",
        start: str | None = None,
        end: str | None = None,
        per_page: int = 1000,
    ) -> Iterator[Workunit]:
        """Every workunit of ``get_workunits`` (same filters), fetching pages lazily."""

        page_call = flows.workunit_pages(dataset_identifier, direction, start, end, per_page)
        return self._iterate(flows.pages(page_call, per_page))

    # --- bulk ----------------------------------------------------------------------------------

    def add_samples(
        self,
        dataset_identifier: str,
        samples: Sequence[Any],
        *,
        batch_size: int = 500,
        max_concurrency: int = 4,
        progress: ProgressArg = None,
    ) -> list[Sample]:
        """Create many samples in batches; samples whose name exists come back unchanged.

        Invalid items and batches the server rejects (split to find the items at fault) are
        failures; the rest is created. If anything failed, ``BulkError`` is raised with
        ``succeeded`` and ``failed`` (each failure with its index in ``samples``, the item and
        the exception): nothing is silently dropped. ``progress``: True, False, or a callback
        ``(done, total)``; by default a bar on a terminal.
        """
        outcome, jobs = flows.bulk_samples(dataset_identifier, samples, batch_size, max_concurrency, progress)
        with outcome:
            self._drive_all(jobs, max_concurrency)
        return outcome.result()

    def add_labels(
        self,
        labels: Sequence[dict[str, Any]],
        *,
        labelset: str = "ground-truth",
        label_status: LabelStatus | EnumValue = "PRELABELED",
        max_concurrency: int = 8,
        progress: ProgressArg = None,
    ) -> list[Label]:
        """Create or replace many labels, ``max_concurrency`` at a time.

        Each item is a dict with ``sample_uuid`` and ``attributes``, and optionally ``labelset``,
        ``label_status`` and ``score`` (else the arguments' defaults). Failures are collected as in
        ``add_samples``: ``BulkError`` lists each with its index; the other labels are written.
        """
        outcome, jobs = flows.bulk_labels(labels, labelset, label_status, max_concurrency, progress)
        with outcome:
            self._drive_all(jobs, max_concurrency)
        return outcome.result()

    # --- files and releases --------------------------------------------------------------------

    def upload_asset(self, file: PathLike | IO[bytes], filename: str | None = None) -> File:
        """Upload a file (path or binary file object) and return its ``File``; use ``file.url``."""
        handle, name, opened = open_upload(file, filename)
        try:
            created = body(AssetCreate, {"filename": name}, "upload_asset")
            asset = self._run(Call(add_asset, {"body": created}, returns(File)))
            form = asset.presigned_post_fields
            files = {"file": (name, handle)}
            request = self._file_request(self._http, "POST", form.url, data=form.fields.to_dict(), files=files)
            check_status(self._send(request))
        finally:
            if opened:
                handle.close()
        return asset

    def wait_for_release(
        self, dataset_identifier: str, name: str, *, timeout: float = 600, poll_interval: float = 2.0
    ) -> Release:
        """Poll a release until it SUCCEEDED (returned) or FAILED (``ReleaseFailedError``)."""
        return self._drive(flows.wait_release(dataset_identifier, name, timeout, poll_interval))

    @overload
    def download_release(
        self, dataset_identifier: str, name: str, *, to: None = None, timeout: float = 600, progress: ProgressArg = None
    ) -> dict[str, Any]: ...
    @overload
    def download_release(
        self, dataset_identifier: str, name: str, *, to: PathLike, timeout: float = 600, progress: ProgressArg = None
    ) -> Path: ...
    def download_release(
        self,
        dataset_identifier: str,
        name: str,
        *,
        to: PathLike | None = None,
        timeout: float = 600,
        progress: ProgressArg = None,
    ) -> dict[str, Any] | Path:
        """Wait for a release; return its parsed file, or with ``to=path`` stream it to that file.

        Streaming keeps memory flat whatever the size, shows a progress bar (``progress`` as in
        ``add_samples``) and writes through a temporary file, so ``to`` is complete or untouched.
        """
        url = release_url(self.wait_for_release(dataset_identifier, name, timeout=timeout))
        request = self._file_request(self._http, "GET", url)
        if to is None:
            return release_content(check_status(self._send(request)))
        response = check_status(self._send(request, stream=True))
        target = DownloadTarget(to, response, progress)
        try:
            for chunk in response.iter_bytes():
                target.write(chunk)
        except httpx.TransportError as error:
            target.abort()
            raise connection_error(error, request) from error
        except BaseException:
            target.abort()
            raise
        finally:
            response.close()
        return target.commit()
