"""Bulk bookkeeping: results by input index, failures with the caller's index, progress."""

from __future__ import annotations

import dataclasses
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any

from tqdm import tqdm

from .errors import BulkError, SegmentsError, ValidationError

MAX_BATCH = 1000
ProgressArg = bool | Callable[[int, int], object] | None


@dataclasses.dataclass(frozen=True)
class BulkFailure:
    """One item that failed: its position in the list you passed, the item, and why."""

    index: int
    item: Any
    error: SegmentsError


class Progress:
    """A tqdm bar (shown by default on a terminal), a callback ``(done, total)``, or nothing."""

    def __init__(self, progress: ProgressArg, total: int, unit: str, desc: str) -> None:
        self.total = total
        self.done = 0
        self._lock = threading.Lock()
        self._callback = progress if callable(progress) else None
        show = sys.stderr.isatty() if progress is None else progress is True
        self._bar = tqdm(total=total, unit=unit, desc=desc, disable=not show, unit_scale=unit == "B")

    def advance(self, count: int) -> None:
        with self._lock:
            self.done += count
            self._bar.update(count)
            if self._callback is not None:
                self._callback(self.done, self.total)

    def close(self) -> None:
        self._bar.close()


class BulkOutcome:
    """Results and failures by input index (thread-safe), so the output keeps the input order."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.created: dict[int, Any] = {}
        self.failed: list[BulkFailure] = []
        self._lock = threading.Lock()

    def add(self, indices: Sequence[int], results: Sequence[Any]) -> None:
        with self._lock:
            self.created.update(zip(indices, results, strict=True))
        self.progress.advance(len(indices))

    def fail(self, indices: Sequence[int], items: Sequence[Any], error: SegmentsError) -> None:
        with self._lock:
            self.failed.extend(BulkFailure(index, item, error) for index, item in zip(indices, items, strict=True))
        self.progress.advance(len(indices))

    def __enter__(self) -> BulkOutcome:
        return self

    def __exit__(self, *_: object) -> None:
        self.progress.close()

    def result(self) -> list[Any]:
        """The results in input order; ``BulkError`` if anything failed."""
        ordered = [self.created[index] for index in sorted(self.created)]
        if self.failed:
            raise BulkError(ordered, sorted(self.failed, key=lambda failure: failure.index))
        return ordered


def check_batch_size(batch_size: int) -> None:
    if not 1 <= batch_size <= MAX_BATCH:
        raise ValidationError(f"batch_size must be 1 to {MAX_BATCH}")


def check_concurrency(max_concurrency: int) -> None:
    if not 1 <= max_concurrency <= 64:
        raise ValidationError("max_concurrency must be 1 to 64")
