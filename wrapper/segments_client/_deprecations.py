"""``DeprecationWarning`` when a call uses what the contract marks ``deprecated: true``: an
operation, or a parameter or body field the caller passed (exported into ``schemas.json``)."""

from __future__ import annotations

import functools
import inspect
import warnings
from collections.abc import Callable
from typing import Any

from ._coverage import OPERATIONS
from ._schemas import document

# The user's line: warnings.warn <- warn_if_deprecated <- with_extras <- the client method <- the caller.
STACK_LEVEL = 4


@functools.cache
def _table() -> dict[str, Any]:
    table: dict[str, Any] = document().get("deprecations", {"operations": [], "inputs": {}})
    return table


def operation_of(endpoint: Any) -> str:
    """The operationId of a generated endpoint module (its module name)."""
    return str(endpoint.__name__).rsplit(".", 1)[-1]


def warn_if_deprecated(
    operation: str, builder: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    """Warn (at the caller's line) for a deprecated operation and for each deprecated input given."""
    table = _table()
    if operation in table["operations"]:
        warnings.warn(
            f"{operation} is deprecated in the API contract; see the changelog for what replaces it",
            DeprecationWarning,
            stacklevel=STACK_LEVEL,
        )
    deprecated = table["inputs"].get(operation)
    if not deprecated:
        return
    given = inspect.signature(builder).bind_partial(*args, **kwargs).arguments
    renamed = OPERATIONS.get(operation, ("", {}))[1]
    for name in deprecated:
        if renamed.get(name, name) in given:
            warnings.warn(
                f"{renamed.get(name, name)!r} of {operation} is deprecated in the API contract",
                DeprecationWarning,
                stacklevel=STACK_LEVEL,
            )
