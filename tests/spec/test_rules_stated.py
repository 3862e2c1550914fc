"""Every input the server refuses is refused by the contract too: no schema-valid request is rejected.

The server refuses a NUL character (``\\u0000``) anywhere in a request, in strings and in object keys
at any depth (PostgreSQL cannot store it). The contract must say so wherever a client can put a
string: every string schema of a parameter or body has a pattern (or enum) that excludes NUL, every
object names its keys through ``propertyNames`` and types the keys it does not declare, every array
types its items. These tests walk every operation's inputs through every ``$ref``, so a field added
without the rule fails here, not in a user's schemathesis run.
"""

from __future__ import annotations

from collections.abc import Iterator
from re import _constants as sre, _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

from tests.spec_helpers import operations, resolve

# A character class item that can match NUL: categories that include it.
_NUL_CATEGORIES = {sre.CATEGORY_NOT_DIGIT, sre.CATEGORY_NOT_SPACE, sre.CATEGORY_NOT_WORD}


def admits_nul(pattern: str) -> bool:
    """Whether a string containing NUL can match ``pattern`` (read by Python's own regex parser)."""
    return _sequence_admits(sre_parse.parse(pattern))


def _sequence_admits(items: Any) -> bool:
    for op, argument in items:
        if op is sre.ANY or (op is sre.NOT_LITERAL and argument != 0) or (op is sre.LITERAL and argument == 0):
            return True
        if op is sre.IN and _class_admits(argument):
            return True
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and _sequence_admits(argument[2]):
            return True
        if op is sre.SUBPATTERN and _sequence_admits(argument[3]):
            return True
        if op is sre.BRANCH and any(_sequence_admits(branch) for branch in argument[1]):
            return True
    return False


def _class_admits(items: list[tuple[Any, Any]]) -> bool:
    negated = bool(items) and items[0][0] is sre.NEGATE
    matched = any(
        (op is sre.LITERAL and argument == 0)
        or (op is sre.RANGE and argument[0] == 0)
        or (op is sre.CATEGORY and argument in _NUL_CATEGORIES)
        for op, argument in items
    )
    return matched != negated


ALL_TYPES = frozenset({"string", "object", "array", "number", "integer", "boolean", "null"})


def _types(schema: dict[str, Any]) -> set[str]:
    """The JSON types a schema's own ``type`` allows; all of them when it does not constrain it."""
    if "type" in schema:
        kind = schema["type"]
        return set(kind) if isinstance(kind, list) else {kind}
    if any(key in schema for key in ("anyOf", "oneOf", "allOf", "enum", "const", "$ref", "if")):
        return set()  # its members, branches or values decide
    return set(ALL_TYPES)


def gaps(schema: Any, where: str, seen: set[str] | None = None, scope: frozenset[str] = ALL_TYPES) -> Iterator[str]:
    """Where a value with a NUL character in a string or key would still match ``schema``; ``scope``:
    the JSON types that can reach it (an ``if: {type: ...}`` lets only those into ``then``)."""
    seen = set() if seen is None else seen
    if isinstance(schema, dict) and "$ref" in schema:
        if schema["$ref"] in seen:
            return
        seen = seen | {schema["$ref"]}
        where = schema["$ref"].rsplit("/", 1)[-1]
        schema = resolve(schema)
    if schema is True or (schema == {} and scope == ALL_TYPES):
        yield f"{where}: any value"
        return
    if not isinstance(schema, dict) or schema is False:
        return
    for keyword in ("anyOf", "oneOf", "allOf"):
        for index, member in enumerate(schema.get(keyword, [])):
            yield from gaps(member, f"{where}.{keyword}[{index}]", seen, scope)
    if "if" in schema:
        condition = frozenset(_types(schema["if"])) & ALL_TYPES
        yield from gaps(schema.get("then", {}), f"{where}.then", seen, scope & condition)
        yield from gaps(schema.get("else", {}), f"{where}.else", seen, scope - condition)
    types = _types(schema) & scope
    values = schema.get("enum", []) + ([schema["const"]] if "const" in schema else [])
    if any(isinstance(value, str) and "\x00" in value for value in values):
        yield f"{where}: an allowed value contains NUL"
    if "string" in types and "enum" not in schema and "const" not in schema:
        pattern = schema.get("pattern")
        if pattern is None:
            yield f"{where}: a string without a pattern"
        elif admits_nul(pattern):
            yield f"{where}: the pattern {pattern!r} admits NUL"
    if "object" in types:
        yield from _object_gaps(schema, where, seen)
    if "array" in types:
        if "items" not in schema:
            yield f"{where}: an array of any items"
        else:
            yield from gaps(schema["items"], f"{where}[]", seen)


def _object_gaps(schema: dict[str, Any], where: str, seen: set[str]) -> Iterator[str]:
    for name, member in schema.get("properties", {}).items():
        yield from gaps(member, f"{where}.{name}", seen)
    extra = schema.get("additionalProperties", True)
    if extra is False:
        return
    if "propertyNames" not in schema:
        yield f"{where}: keys without propertyNames"
    else:
        yield from gaps(schema["propertyNames"], f"{where} (keys)", seen)
    if extra is True:
        yield f"{where}: undeclared keys with any value"
    else:
        yield from gaps(extra, f"{where}.*", seen)


def inputs() -> Iterator[tuple[str, Any]]:
    """(where, schema) of every parameter and request body of every operation."""
    for path, method, operation in operations():
        for parameter in operation.get("parameters", []):
            parameter = resolve(parameter)
            yield f"{method.upper()} {path} {parameter['in']} {parameter['name']}", parameter["schema"]
        if "requestBody" in operation:
            for media, content in resolve(operation["requestBody"])["content"].items():
                yield f"{method.upper()} {path} body ({media})", content["schema"]


INPUTS = list(inputs())


@pytest.mark.parametrize(("where", "schema"), INPUTS, ids=[where for where, _ in INPUTS])
def test_no_input_admits_a_nul_character(where: str, schema: Any) -> None:
    found = sorted(set(gaps(schema, "")))
    assert not found, f"{where}: the contract allows NUL (the server refuses it with 400):\n  " + "\n  ".join(found)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^[^\x00]*$", False),
        (r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$", False),
        (r"^\s*([-+]?\d+)?\s*$", False),
        (r"^[^,:]+:[^,]*$", True),
        (r"^.*$", True),
        (r"^(a|[^b])$", True),
        (r"^\S+$", True),
        (r"x", False),
    ],
)
def test_the_nul_reading_of_patterns(pattern: str, expected: bool) -> None:
    assert admits_nul(pattern) is expected
