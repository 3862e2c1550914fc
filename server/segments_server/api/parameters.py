"""Query, header and path parameters: read, converted to their schema's type, checked once compiled.

Each parameter's validator is compiled at start-up (jsonschema-rs); a request pays for a dict
lookup, a conversion and a Rust check. Only a failing value pays for a readable explanation.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator

from ..errors import ApiError, not_found

_INTEGER = re.compile(r"^[+-]?\d{1,18}$")
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d{1,3})?$")
_TRUE, _FALSE = frozenset({"true", "1"}), frozenset({"false", "0"})
_ALTERNATIVES = re.compile(r"^\^\(([\w|-]+)\)")


@dataclasses.dataclass
class Parameter:
    """One parameter of an operation, with its converter and compiled validator."""

    name: str
    location: str  # "query", "header" or "path"
    required: bool
    schema: dict[str, Any]  # standalone JSON Schema (refs inlined)
    default: Any = None

    def __post_init__(self) -> None:
        self.kind = _type_of(self.schema)
        self.argument = self.name.replace("-", "_")
        self._fast = jsonschema_rs.Draft202012Validator(self.schema, validate_formats=True)

    def convert(self, raw: str) -> Any:
        """The value as its schema's type; a value that is not is returned as is (and fails the check)."""
        if self.kind == "integer" and _INTEGER.match(raw):
            return int(raw)
        if self.kind == "number" and _NUMBER.match(raw):
            return float(raw)
        if self.kind == "boolean":
            lowered = raw.lower()
            return True if lowered in _TRUE else False if lowered in _FALSE else raw
        return raw

    def problem(self, value: Any) -> str | None:
        """Why ``value`` breaks the schema, or None."""
        if "\x00" in str(value):
            return "must not contain NUL characters."
        if self._fast.is_valid(value):
            return None
        checker = Draft202012Validator(self.schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        error = next(iter(checker.iter_errors(value)), None)
        if error is None:  # the two validators disagree on a format: trust the stricter
            return f"{_shown(value)} is not valid."
        return explain(error.validator, error.schema, value, error.message)


def _type_of(schema: dict[str, Any]) -> str | None:
    if isinstance(schema.get("type"), list):
        return next((str(kind) for kind in schema["type"] if kind != "null"), None)
    if "type" in schema:
        return str(schema["type"])
    for branch in schema.get("anyOf", []) + schema.get("allOf", []) + schema.get("oneOf", []):
        found = _type_of(branch)
        if found not in (None, "null"):
            return found
    return None


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:45]}..."


def explain(validator: Any, schema: Any, value: Any, message: str) -> str:
    """A one-line explanation naming what the parameter accepts."""
    shown = _shown(value)
    if validator == "enum":
        return f"{shown} is not one of {', '.join(map(repr, schema['enum']))}."
    if validator == "pattern":
        listed = _ALTERNATIVES.match(schema["pattern"])
        if listed:  # a comma-separated list of enum values, e.g. label_status
            return f"{shown} is not a comma-separated list of {', '.join(map(repr, listed.group(1).split('|')))}."
        return f"{shown} does not have the expected format ({schema['pattern']})."
    if validator == "type":
        return f"{shown} is not a valid {schema.get('type')}."
    if validator in ("minimum", "maximum"):
        return f"{shown} must be between {schema.get('minimum', '-inf')} and {schema.get('maximum', 'inf')}."
    if validator in ("maxLength", "minLength"):
        return f"{shown} must be {schema.get('minLength', 0)} to {schema.get('maxLength', 'any number of')} characters."
    return message.split("\n", 1)[0].replace(repr(value), shown)


def read_parameters(
    parameters: list[Parameter], path: Mapping[str, str], query: Mapping[str, str], headers: Mapping[str, str]
) -> dict[str, Any]:
    """The handler arguments from a request's parameters.

    A path parameter that breaks its schema names nothing that can exist: that is a 404, as for
    any unknown object. Query and header problems are one 400 naming every parameter at fault.
    """
    arguments: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}
    first = ""
    for parameter in parameters:
        source = path if parameter.location == "path" else query if parameter.location == "query" else headers
        raw = source.get(parameter.name)
        if raw is None:
            if parameter.required:
                errors[parameter.name] = ["This parameter is required."]
                first = first or f"Missing {parameter.location} parameter {parameter.name}."
            elif parameter.default is not None:
                arguments[parameter.argument] = parameter.default
            continue
        value = parameter.convert(raw)
        problem = parameter.problem(value)
        if problem is None:
            arguments[parameter.argument] = value
        elif parameter.location == "path":
            raise not_found()
        else:
            errors[parameter.name] = [problem]
            first = first or f"Invalid {parameter.location} parameter {parameter.name}: {problem}"
    if errors:
        raise ApiError(400, first, errors)
    return arguments
