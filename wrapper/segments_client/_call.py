"""A prepared call of one generated endpoint, and helpers to build request bodies."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

from segments_api_client.types import UNSET

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class Call(Generic[T]):
    """What to call (a generated ``api`` module), with which arguments, and how to read the result."""

    endpoint: Any
    kwargs: dict[str, Any]
    parse: Callable[[Any], T]


def split_identifier(dataset_identifier: str) -> tuple[str, str]:
    """``"owner/name"`` → ``("owner", "name")``."""
    owner, sep, name = dataset_identifier.partition("/")
    if not sep or not owner or not name or "/" in name:
        raise ValueError(f"dataset identifier must look like 'owner/name', got {dataset_identifier!r}")
    return owner, name


def dataset_args(dataset_identifier: str) -> dict[str, str]:
    owner, name = split_identifier(dataset_identifier)
    return {"owner": owner, "dataset": name}


def returns(model: type[T]) -> Callable[[Any], T]:
    """The parsed body, checked to be a ``model``."""

    def parse(parsed: Any) -> T:
        if not isinstance(parsed, model):
            raise TypeError(f"expected {model.__name__}, got {type(parsed).__name__}")
        return parsed

    return parse


def returns_list(model: type[T]) -> Callable[[Any], list[T]]:
    """The parsed body, checked to be a list of ``model``."""

    def parse(parsed: Any) -> list[T]:
        if not isinstance(parsed, list) or not all(isinstance(item, model) for item in parsed):
            raise TypeError(f"expected a list of {model.__name__}")
        return cast(list[T], parsed)

    return parse


def returns_none(_parsed: Any) -> None:
    return None


def present(**fields: Any) -> dict[str, Any]:
    """The fields that are not None (PATCH bodies send only what changes)."""
    return {key: value for key, value in fields.items() if value is not None}


def to_plain(value: Any) -> Any:
    """Generated models, enums and lists of them as plain JSON data."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [to_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: to_plain(item) for key, item in value.items()}
    if hasattr(value, "value") and isinstance(getattr(value, "value", None), str):
        return value.value
    return value


def query(value: Any) -> Any:
    """None as "not sent" for generated query parameters."""
    return UNSET if value is None else value
