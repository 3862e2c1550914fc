"""A prepared call of one generated endpoint, and helpers the operation builders share."""

from __future__ import annotations

import dataclasses
import enum
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Final, Generic, TypedDict, TypeVar, cast

from segments_api_client.types import UNSET

from ._deprecations import operation_of, warn_if_deprecated
from ._schemas import check_input
from .errors import ValidationError

T = TypeVar("T")
M = TypeVar("M")
E = TypeVar("E", bound=enum.Enum)


class _NotGiven(enum.Enum):
    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"


#: "Leave this as it is": the default of update arguments where None has a meaning of its own.
NOT_GIVEN: Final = _NotGiven.NOT_GIVEN
NotGiven = _NotGiven


@dataclasses.dataclass(frozen=True)
class Parser(Generic[T]):
    """How to read a successful body: which schema it has (to name a bad field) and how to build it."""

    schema: str | None
    many: bool
    build: Callable[[Any], T]


class RequestOptions(TypedDict, total=False):
    """What every SDK method also takes, to send what the SDK does not know yet (a header, a query
    parameter or a body field newer than this SDK): merged into the request, over what the SDK sends.
    The builders only declare them; the client methods apply them (``with_extras``)."""

    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]


EXTRA_OPTIONS = frozenset(RequestOptions.__annotations__)


@dataclasses.dataclass(frozen=True)
class Call(Generic[T]):
    """What to call (a generated ``api`` module), with which arguments, and how to read the result;
    ``extras`` are the caller's ``RequestOptions``."""

    endpoint: Any
    kwargs: dict[str, Any]
    parse: Parser[T]
    extras: RequestOptions | None = None


def with_extras(builder: Callable[..., Call[T]], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Call[T]:
    """The call ``builder`` makes of ``args`` and ``kwargs``, carrying the ``RequestOptions`` among them."""
    extras: dict[str, Any] = {name: kwargs.pop(name) for name in EXTRA_OPTIONS & set(kwargs)}
    call = builder(*args, **kwargs)
    warn_if_deprecated(operation_of(call.endpoint), builder, args, kwargs)
    return dataclasses.replace(call, extras=cast(RequestOptions, extras)) if extras else call


def split_identifier(dataset_identifier: str) -> tuple[str, str]:
    """``"owner/name"`` → ``("owner", "name")``."""
    if not isinstance(dataset_identifier, str):
        kind = type(dataset_identifier).__name__
        raise ValidationError(f"dataset identifier must be a string 'owner/name', got {kind}")
    owner, sep, name = dataset_identifier.partition("/")
    if not sep or not owner or not name or "/" in name:
        raise ValidationError(f"dataset identifier must look like 'owner/name', got {dataset_identifier!r}")
    return owner, name


def dataset_args(dataset_identifier: str) -> dict[str, str]:
    owner, name = split_identifier(dataset_identifier)
    return {"owner": owner, "dataset": name}


def returns(model: type[M]) -> Parser[M]:
    """The body is one ``model``."""
    return Parser(model.__name__, False, model.from_dict)  # type: ignore[attr-defined]


def returns_list(model: type[M]) -> Parser[list[M]]:
    """The body is a list of ``model``."""

    def build(data: Any) -> list[M]:
        if not isinstance(data, list):
            raise TypeError(f"expected a list, got {type(data).__name__}")
        return [model.from_dict(item) for item in data]  # type: ignore[attr-defined]

    return Parser(model.__name__, True, build)


returns_none: Parser[None] = Parser(None, False, lambda _data: None)


def body(model: type[M], fields: dict[str, Any], what: str) -> M:
    """The request body ``model`` from plain ``fields``, checked against the spec's schema first."""
    check_input(model.__name__, fields, what)
    built: M = model.from_dict(fields)  # type: ignore[attr-defined]
    return built


def present(**fields: Any) -> dict[str, Any]:
    """The fields that are given (PATCH bodies send only what changes)."""
    return {key: value for key, value in fields.items() if value is not None and value is not NOT_GIVEN}


def to_plain(value: Any) -> Any:
    """Generated models, enums, uuids and lists of them as plain JSON data."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [to_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: to_plain(item) for key, item in value.items()}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def query(value: Any) -> Any:
    """None as "not sent" for generated query parameters."""
    return UNSET if value is None else to_plain(value)


def enum_member(enum_class: type[E], value: Any, field: str) -> E:
    """The generated enum member for ``value``; ``ValidationError`` listing the allowed values if none."""
    try:
        return enum_class(to_plain(value))
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in enum_class)
        message = f"{value!r} is not one of {allowed}"
        raise ValidationError(f"Invalid {field}: {message}.", errors={field: [message]}) from None


def sort_order(enum_class: type[E], sort: Any, direction: str) -> E:
    """The ``sort`` parameter of a listing: the key, with ``-`` in front for ``direction="desc"``."""
    if direction not in ("asc", "desc"):
        message = f"{direction!r} is not one of 'asc', 'desc'"
        raise ValidationError(f"Invalid direction: {message}.", errors={"direction": [message]})
    return enum_member(enum_class, ("-" if direction == "desc" else "") + str(to_plain(sort)), "sort")
