"""Bulk sample creation: batches, splitting a rejected batch to find the bad items, progress."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Iterator
from typing import Any

from tqdm import tqdm

from ._call import to_plain
from .errors import AlreadyExistsError, PayloadTooLargeError, SegmentsError, ValidationError

MAX_BATCH = 1000
ProgressArg = bool | Callable[[int, int], object] | None


@dataclasses.dataclass(frozen=True)
class BulkFailure:
    """One item that could not be created: its position in the input, the item, and why."""

    index: int
    item: dict[str, Any]
    error: SegmentsError


def batches(samples: list[Any], batch_size: int) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """``(start index, items)`` chunks of at most ``batch_size`` (1..1000)."""
    if not 1 <= batch_size <= MAX_BATCH:
        raise ValueError(f"batch_size must be 1 to {MAX_BATCH}")
    items = [to_plain(sample) for sample in samples]
    for start in range(0, len(items), batch_size):
        yield start, items[start : start + batch_size]


def splittable(error: SegmentsError, size: int) -> bool:
    """A batch refused for its content is split in two to find the items at fault."""
    return size > 1 and isinstance(error, ValidationError | AlreadyExistsError | PayloadTooLargeError)


class Progress:
    """A tqdm bar (shown by default on a terminal), a callback ``(done, total)``, or nothing."""

    def __init__(self, progress: ProgressArg, total: int) -> None:
        self.total = total
        self.done = 0
        self._callback = progress if callable(progress) else None
        show = sys.stderr.isatty() if progress is None else progress is True
        self._bar = tqdm(total=total, unit="sample", desc="add_samples", disable=not show)

    def advance(self, count: int) -> None:
        self.done += count
        self._bar.update(count)
        if self._callback is not None:
            self._callback(self.done, self.total)

    def close(self) -> None:
        self._bar.close()


class BulkOutcome:
    """Results by input index, so the output keeps the input order."""

    def __init__(self) -> None:
        self.created: dict[int, Any] = {}
        self.failed: list[BulkFailure] = []

    def add(self, start: int, results: list[Any]) -> None:
        for offset, result in enumerate(results):
            self.created[start + offset] = result

    def fail(self, start: int, items: list[dict[str, Any]], error: SegmentsError) -> None:
        self.failed.extend(BulkFailure(start + offset, item, error) for offset, item in enumerate(items))

    def ordered(self) -> list[Any]:
        return [self.created[index] for index in sorted(self.created)]
