"""Faults outside the request's control, as answers a client can act on, and logged without a flood.

A database that cannot be reached, or does not answer within the deadline, is 503 with
``Retry-After``; a full disk (database or file store) is 507. Both say ``X-Should-Retry: true``
when nothing was written, so an SDK may repeat even a POST. The log gets a line per cause per
``LINE_INTERVAL`` seconds (with the count of the failures in between) and a traceback once per cause
per ``TRACEBACK_INTERVAL`` seconds.
"""

from __future__ import annotations

import contextvars
import dataclasses
import errno
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from sqlalchemy import exc as sa

from .errors import ApiError

logger = logging.getLogger("segments_server.faults")
T = TypeVar("T")

DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
DISK_FULL_SQLSTATES = frozenset({"53100"})  # PostgreSQL: disk_full
DISK_FULL = "Insufficient storage: the server has no room left to store this. Try again later."
RETRY_AFTER_SECONDS = 1
DISK_FULL_RETRY_AFTER_SECONDS = 30
TRACEBACK_INTERVAL = 60.0
LINE_INTERVAL = 10.0

# When the work of the current request must be given up (monotonic time): set around a handler that
# runs on a worker thread, read by the database layer, which then neither waits nor commits past it.
WORK_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("work_deadline", default=None)


class DeadlinePassed(Exception):
    """The request's work ran past its deadline: given up and rolled back."""


def _retry_headers(seconds: int) -> dict[str, str]:
    return {"Retry-After": str(seconds), "X-Should-Retry": "true"}


def disk_full() -> ApiError:
    return ApiError(507, DISK_FULL, headers=_retry_headers(DISK_FULL_RETRY_AFTER_SECONDS))


def unavailable(what: str) -> ApiError:
    """503 ``Service unavailable: <what>. Retry later.``, to be retried after ``RETRY_AFTER_SECONDS``."""
    return ApiError(503, f"Service unavailable: {what}. Retry later.", headers=_retry_headers(RETRY_AFTER_SECONDS))


def storage_fault(exc: OSError) -> ApiError:
    """The answer to a failed write of a stored file: 507 when the disk is full, else 503."""
    return disk_full() if exc.errno in DISK_FULL_ERRNOS else unavailable("the file store failed")


def is_disk_full(error: BaseException) -> bool:
    """A database or file write that failed for want of space."""
    if isinstance(error, OSError):
        return error.errno in DISK_FULL_ERRNOS
    original = getattr(error, "orig", None)
    if original is None:
        return False
    if getattr(original, "sqlstate", None) in DISK_FULL_SQLSTATES:
        return True
    return "database or disk is full" in str(original) or getattr(original, "sqlite_errorname", "") == "SQLITE_FULL"


def answer_to(error: BaseException) -> ApiError | None:
    """The documented answer to a fault outside the request's control, or None for anything else (a bug)."""
    if isinstance(error, DeadlinePassed):
        return unavailable("the database did not answer in time")
    if is_disk_full(error):
        return disk_full()
    if isinstance(error, sa.OperationalError | sa.InterfaceError | sa.TimeoutError | sa.DisconnectionError) or (
        isinstance(error, sa.DBAPIError) and error.connection_invalidated
    ):
        return unavailable("the database cannot be reached")
    return None


@dataclasses.dataclass
class _Cause:
    line_at: float
    traceback_at: float
    suppressed: int = 0


class FaultLog:
    """A line for a failed request, with the traceback the first time its cause is seen in
    ``traceback_interval``; more failures of the same cause within ``line_interval`` are counted and
    the count is given on the cause's next line, so an outage under load logs a few lines, not one
    per request (the access log still has every request)."""

    def __init__(self, traceback_interval: float = TRACEBACK_INTERVAL, line_interval: float = LINE_INTERVAL) -> None:
        self.traceback_interval = traceback_interval
        self.line_interval = line_interval
        self._causes: dict[str, _Cause] = {}
        self._lock = threading.Lock()

    def failed(self, what: str, error: BaseException, status: int) -> None:
        cause = f"{type(error).__module__}.{type(error).__qualname__}: {_first_line(error)}"
        now = time.monotonic()
        with self._lock:
            seen = self._causes.get(cause)
            if seen is not None and now - seen.line_at < self.line_interval:
                seen.suppressed += 1
                return
            if seen is None:
                if len(self._causes) > 1000:
                    self._causes.clear()
                seen = self._causes[cause] = _Cause(line_at=now, traceback_at=now - self.traceback_interval)
            fresh = now - seen.traceback_at >= self.traceback_interval
            suppressed, seen.suppressed, seen.line_at = seen.suppressed, 0, now
            if fresh:
                seen.traceback_at = now
        level = logging.ERROR if status == 500 else logging.WARNING  # a 500 is a bug of ours
        more = f" (and {suppressed} more like it in the last {self.line_interval:g} s)" if suppressed else ""
        logger.log(level, "%s answered %d: %s%s", what, status, cause, more, exc_info=error if fresh else None)


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    lines = str(original).strip().splitlines()
    return lines[0][:300] if lines else type(original).__name__


async def run_bounded(seconds: float, work: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """``work(*args, **kwargs)`` on a worker thread, given up after ``seconds`` (503): a hung database
    holds a thread, never the event loop or the client. The work itself sees the deadline
    (``WORK_DEADLINE``) and neither waits for the database nor commits past it."""
    deadline = time.monotonic() + seconds

    def bounded() -> T:
        WORK_DEADLINE.set(deadline)  # the thread runs in a copy of the caller's context
        return work(*args, **kwargs)

    with anyio.move_on_after(seconds):
        return await anyio.to_thread.run_sync(bounded, abandon_on_cancel=True)
    raise DeadlinePassed


def remaining(default: float = -1) -> float:
    """Seconds left before the current work's deadline (``default`` when there is none); raises
    ``DeadlinePassed`` when it has passed."""
    deadline = WORK_DEADLINE.get()
    if deadline is None:
        return default
    left = deadline - time.monotonic()
    if left <= 0:
        raise DeadlinePassed
    return left
