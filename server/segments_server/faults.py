"""Faults outside the request's control, as answers a client can act on: a full disk is 507, a
database or store that cannot be reached is 503 with ``Retry-After``."""

from __future__ import annotations

import errno

from .errors import ApiError

DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
DISK_FULL = "Insufficient storage: the server has no room left to store this. Try again later."
RETRY_AFTER_SECONDS = 1


def disk_full() -> ApiError:
    return ApiError(507, DISK_FULL, headers={"Retry-After": str(RETRY_AFTER_SECONDS * 30)})


def storage_fault(exc: OSError) -> ApiError:
    """The answer to a failed write of a stored file: 507 when the disk is full, else 503."""
    if exc.errno in DISK_FULL_ERRNOS:
        return disk_full()
    return ApiError(
        503,
        "Service unavailable: the file store failed. Try again later.",
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )
