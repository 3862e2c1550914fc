"""The API's schemas (exported from openapi.yaml into ``schemas.json``), to check input and responses.

Input is checked before anything is sent, so a mistake is a ``ValidationError`` that names the
field and what was expected, not a ``KeyError`` from deep inside a model. Valid input, the usual
case, is checked by the Rust validator; only invalid input pays for the detailed Python messages.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any, cast

import jsonschema
import jsonschema_rs

from .errors import ValidationError


@functools.cache
def document() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("schemas.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


@functools.cache
def _validators(name: str) -> tuple[Any, jsonschema.Draft202012Validator]:
    schema = {"$ref": f"#/components/schemas/{name}", "components": document()["components"]}
    return jsonschema_rs.Draft202012Validator(schema), jsonschema.Draft202012Validator(schema)


def has_schema(name: str) -> bool:
    return name in document()["components"]["schemas"]


def location(path: Any) -> str:
    """``attributes.annotations[0].category_id`` for a jsonschema error path."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text


def problems(name: str, data: Any) -> dict[str, list[str]]:
    """Where and why ``data`` does not match schema ``name`` (empty when it does)."""
    fast, detailed = _validators(name)
    if fast.is_valid(data):
        return {}
    found: dict[str, list[str]] = {}
    for error in detailed.iter_errors(data):
        where, message = _explain(error)
        found.setdefault(where or "(body)", []).append(message)
    return found


_JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number"}


def _closest_member_error(error: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """The error of the union member the caller meant: members whose discriminator (a one-value enum
    such as ``input_type``) or JSON type does not match are passed over; of the rest, the one that
    got furthest into the value."""

    def passed_over(errors: list[jsonschema.ValidationError]) -> bool:
        return any(
            (e.validator == "type" and not e.relative_path)
            or (e.validator == "enum" and len(e.relative_path) == 1 and len(cast(list[Any], e.validator_value)) == 1)
            for e in errors
        )

    by_member: dict[Any, list[jsonschema.ValidationError]] = {}
    for sub in error.context:
        by_member.setdefault(sub.relative_schema_path[0], []).append(sub)
    members = [errors for errors in by_member.values() if not passed_over(errors)] or list(by_member.values())

    def reach(sub: jsonschema.ValidationError) -> int:
        return len((_closest_member_error(sub) if sub.context else sub).absolute_path)

    # The member error itself, so a nested union is still explained as a whole ("expected null or string").
    return max((sub for errors in members for sub in errors), key=reach)


def _explain(error: jsonschema.ValidationError) -> tuple[str, str]:
    """The location and message that say the most: for a union, why its closest member failed."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        top_level = [e for e in error.context if not e.relative_path]
        if len(top_level) == len(error.context) and all(e.validator == "type" for e in top_level):
            return location(error.absolute_path), _expected([e.validator_value for e in top_level], error.instance)
        return _explain(_closest_member_error(error))
    if error.validator == "type" and isinstance(error.validator_value, list):  # OpenAPI 3.1: [string, 'null']
        return location(error.absolute_path), _expected(error.validator_value, error.instance)
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = next(name for name in cast(list[str], error.validator_value) if name not in error.instance)
        return location([*error.absolute_path, missing]), "this field is required"
    if error.validator == "enum":
        allowed = ", ".join(repr(value) for value in cast(list[Any], error.validator_value))
        return location(error.absolute_path), f"{_short(error.instance)} is not one of {allowed}"
    return location(error.absolute_path), error.message.replace(repr(error.instance), _short(error.instance), 1)


def _expected(kinds: list[Any], value: Any) -> str:
    """``expected null or string, got integer``."""
    got = _JSON_TYPES.get(type(value), "null" if value is None else "value")
    return f"expected {' or '.join(sorted({str(kind) for kind in kinds}))}, got {got}"


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 15]}... ({len(text)} characters)"


def check_input(name: str, data: Any, what: str) -> None:
    """Raise ``ValidationError`` when ``data`` (for ``what``, e.g. ``add_sample``) does not match ``name``."""
    found = problems(name, data)
    if found:
        where, messages = next(iter(found.items()))
        raise ValidationError(f"Invalid input for {what}: {where}: {messages[0]}.", errors=found)
