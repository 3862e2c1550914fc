"""GET /api_status/."""

from __future__ import annotations

from typing import Any

from packaging.version import InvalidVersion, Version

from ..errors import ApiError
from ..services import Services


def get_api_status(user: int, services: Services, lib_version: str | None = None) -> tuple[dict[str, Any], int]:
    """The key was checked before this runs; an SDK older than the oldest supported one gets 426."""
    oldest = services.settings.oldest_sdk_version
    if lib_version and oldest:
        try:
            outdated = Version(lib_version) < Version(oldest)
        except InvalidVersion:
            outdated = False  # a version we cannot read is not ours to judge
        if outdated:
            raise ApiError(426, f"segments-ai {lib_version} is outdated; upgrade to {oldest} or newer.")
    return {"status": "ok"}, 200
