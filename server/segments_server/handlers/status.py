"""GET /api_status/."""

from __future__ import annotations

from typing import Any


def get_api_status(user: int, lib_version: str | None = None) -> tuple[dict[str, Any], int]:
    """The key was checked by the security layer before this runs."""
    return {"status": "ok"}, 200
