"""Multi-request operations, written once as generators and driven by the sync and async clients.

A flow yields a ``Call`` (the driver runs it and sends back the result, or throws the
``SegmentsError`` in) or a ``Sleep``; what it returns is the operation's result.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Mapping, Sequence
from typing import Any, TypeAlias, TypeVar

from segments_api_client.models import Release, ReleaseStatus

from . import _ops_releases as releases, _ops_samples as samples, _ops_workunits as workunits
from ._bulk import BulkOutcome, Progress, ProgressArg, check_batch_size, check_concurrency
from ._call import Call, to_plain
from ._request import Sleep
from ._schemas import check_input
from .errors import (
    AlreadyExistsError,
    NotFoundError,
    PayloadTooLargeError,
    ReleaseFailedError,
    ReleaseTimeoutError,
    SegmentsError,
    ValidationError,
)

R = TypeVar("R")
Flow: TypeAlias = Generator[Call[Any] | Sleep, Any, R]
#: (index in the caller's list, the caller's item, the item as JSON)
Indexed: TypeAlias = tuple[int, Any, dict[str, Any]]


def workunit_pages(
    dataset: str, direction: Any, start: Any, end: Any, per_page: int
) -> Callable[[int], Call[list[Any]]]:
    """The page calls of ``iter_workunits``: ``get_workunits`` with the same filters, page by page."""
    return lambda page: workunits.get_workunits(
        dataset, direction=direction, start=start, end=end, per_page=per_page, page=page
    )


def pages(page_call: Callable[[int], Call[list[Any]]], per_page: int) -> Flow[None]:
    """Page after page until a short one; the driver hands each page's items to the caller."""
    page = 1
    while True:
        try:
            items = yield page_call(page)
        except NotFoundError:
            if page == 1:
                raise
            return  # the previous page was exactly full: "Invalid page."
        if len(items) < per_page:
            return
        page += 1


def bulk_samples(
    dataset: str, items: Sequence[Any], batch_size: int, max_concurrency: int, progress: ProgressArg
) -> tuple[BulkOutcome, list[Flow[None]]]:
    """The bookkeeping and the flows of an ``add_samples`` (arguments checked first)."""
    check_batch_size(batch_size)
    check_concurrency(max_concurrency)
    outcome = BulkOutcome(Progress(progress, len(items), "sample", "add_samples"))
    return outcome, _sample_batches(dataset, items, batch_size, outcome)


def bulk_labels(
    items: Sequence[Any], labelset: str, label_status: Any, max_concurrency: int, progress: ProgressArg
) -> tuple[BulkOutcome, list[Flow[None]]]:
    """The bookkeeping and the flows of an ``add_labels``: one flow per label."""
    check_concurrency(max_concurrency)
    outcome = BulkOutcome(Progress(progress, len(items), "label", "add_labels"))
    return outcome, [_label(index, item, labelset, label_status, outcome) for index, item in enumerate(items)]


def _sample_batches(dataset: str, items: Sequence[Any], batch_size: int, outcome: BulkOutcome) -> list[Flow[None]]:
    """One flow per batch of valid samples; invalid ones are failures at once, with their index."""
    valid: list[Indexed] = []
    for index, item in enumerate(items):
        plain = to_plain(item)
        try:
            check_input("SampleCreate", plain, f"add_samples item {index}")
        except ValidationError as error:
            outcome.fail([index], [item], error)
            continue
        valid.append((index, item, plain))
    return [_batch(dataset, valid[start : start + batch_size], outcome) for start in range(0, len(valid), batch_size)]


def _splittable(error: SegmentsError, size: int) -> bool:
    """A batch refused for its content is split in two to find the items at fault."""
    return size > 1 and isinstance(error, ValidationError | AlreadyExistsError | PayloadTooLargeError)


def _batch(dataset: str, chunk: list[Indexed], outcome: BulkOutcome) -> Flow[None]:
    indices, originals, plain = [c[0] for c in chunk], [c[1] for c in chunk], [c[2] for c in chunk]
    try:
        created = yield samples.add_samples_batch(dataset, plain)
    except SegmentsError as error:
        if not _splittable(error, len(chunk)):
            outcome.fail(indices, originals, error)
            return
        middle = len(chunk) // 2
        yield from _batch(dataset, chunk[:middle], outcome)
        yield from _batch(dataset, chunk[middle:], outcome)
        return
    if len(created) != len(chunk):
        mismatch = SegmentsError(f"the server answered {len(created)} samples for {len(chunk)} sent")
        outcome.fail(indices, originals, mismatch)
        return
    outcome.add(indices, created)


def _label(index: int, item: Any, labelset: str, label_status: Any, outcome: BulkOutcome) -> Flow[None]:
    """Create or replace one label of a bulk ``add_labels``; a failure is recorded, not raised."""
    try:
        created = yield samples.add_label(**_label_arguments(item, labelset, label_status))
    except SegmentsError as error:
        outcome.fail([index], [item], error)
        return
    outcome.add([index], [created])


_LABEL_KEYS = frozenset({"sample_uuid", "labelset", "attributes", "label_status", "score"})


def _label_arguments(item: Any, labelset: str, label_status: Any) -> dict[str, Any]:
    if not isinstance(item, Mapping):
        raise ValidationError(f"a label must be a dict with sample_uuid and attributes, got {type(item).__name__}")
    missing = sorted({"sample_uuid", "attributes"} - item.keys())
    unknown = sorted(set(item) - _LABEL_KEYS)
    if missing or unknown:
        what = f"missing {', '.join(missing)}" if missing else f"unknown keys {', '.join(map(str, unknown))}"
        errors = {key: ["This field is required."] for key in missing} | {str(k): ["Unknown field."] for k in unknown}
        raise ValidationError(f"Invalid label: {what} (allowed: {', '.join(sorted(_LABEL_KEYS))}).", errors=errors)
    return {"labelset": labelset, "label_status": label_status, **item}


def release_ready(release: Release, deadline: float, poll_interval: float, now: float) -> bool:
    """Whether a polled release is done: True when SUCCEEDED; raises when FAILED or out of time."""
    if release.status == ReleaseStatus.SUCCEEDED:
        return True
    if release.status == ReleaseStatus.FAILED:
        raise ReleaseFailedError(release.name, str(release.status_info or ""))
    if now + poll_interval > deadline:
        raise ReleaseTimeoutError(f"release {release.name!r} is still {release.status} at the deadline")
    return False


def wait_release(
    dataset: str, name: str, timeout: float, poll_interval: float, clock: Callable[[], float] = time.monotonic
) -> Flow[Release]:
    """Poll a release until it SUCCEEDED (returned) or FAILED (``ReleaseFailedError``)."""
    deadline = clock() + timeout
    while True:
        release: Release = yield releases.get_release(dataset, name)
        if release_ready(release, deadline, poll_interval, clock()):
            return release
        yield Sleep(poll_interval)
