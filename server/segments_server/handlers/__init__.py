"""One module per spec tag; each operationId is a function of the same name."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

MODULES = (
    "status",
    "users",
    "datasets",
    "collaborators",
    "samples",
    "labels",
    "labelsets",
    "issues",
    "releases",
    "workunits",
    "assets",
    "control",
)


def resolve(operation_id: str) -> Callable[..., Any]:
    """Find the handler of ``operation_id`` among the handler modules."""
    for name in MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        handler = getattr(module, operation_id, None)
        if callable(handler):
            return handler  # type: ignore[no-any-return]
    raise LookupError(f"no handler for operationId {operation_id!r}")
