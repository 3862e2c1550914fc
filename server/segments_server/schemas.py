"""The spec's schemas as standalone JSON Schema (2020-12, OpenAPI 3.1's dialect), for the request
validators and the handlers' checks.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import jsonschema_rs
import yaml
from jsonschema import Draft202012Validator, ValidationError

logger = logging.getLogger(__name__)


def standalone(schema: Any, spec: dict[str, Any]) -> Any:
    """``schema`` with the spec's local ``$ref``s inlined, so it validates without the spec.

    A recursive schema (a JSON value holds JSON values) cannot be inlined: a reference to a schema
    already being expanded becomes ``#/$defs/<name>``, and the root carries those ``$defs``.
    """
    definitions: dict[str, Any] = {}

    def expand(node: Any, expanding: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [expand(item, expanding) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            reference = node["$ref"]
            target: Any = spec
            for part in reference.lstrip("#/").split("/"):
                target = target[part]
            if reference in expanding:
                name = reference.rsplit("/", 1)[-1]
                if name not in definitions:
                    definitions[name] = None  # placeholder: the expansion below refers back here
                    definitions[name] = expand(target, (reference,))
                return {"$ref": f"#/$defs/{name}"}
            return expand(target, (*expanding, reference))
        return {key: expand(value, expanding) for key, value in node.items()}

    result = expand(schema, ())
    if definitions and isinstance(result, dict):
        result = {**result, "$defs": definitions}
    return result


def admits_null(schema: dict[str, Any]) -> bool:
    """Whether a (standalone) schema's own type or one of its union members is ``null``."""
    types = schema.get("type")
    if types == "null" or (isinstance(types, list) and "null" in types):
        return True
    return any(admits_null(member) for member in schema.get("anyOf", []) + schema.get("oneOf", []))


def error_location(error: ValidationError) -> str:
    """``annotations[0].category_id``-style location of a validation error."""
    parts: list[str] = []
    for item in error.absolute_path:
        parts.append(f"[{item}]" if isinstance(item, int) else f".{item}" if parts else str(item))
    return "".join(parts)


def _rules_out(error: ValidationError) -> bool:
    """Whether a union member's error says "not this member" (wrong JSON type, or a discriminator
    such as ``input_type`` with its one allowed value) rather than "this member, but wrong"."""
    if error.validator == "type" and not error.relative_path:
        return True
    one_value = error.validator == "enum" and len(cast(list[Any], error.validator_value)) == 1
    return one_value and len(error.relative_path) == 1


def meant(error: ValidationError) -> ValidationError:
    """For a union (anyOf/oneOf), the error of the member the caller meant: of the members not ruled
    out, the one that got furthest into the value; the error itself otherwise."""
    if not error.context:
        return error
    members: dict[Any, list[ValidationError]] = {}
    for sub in error.context:
        members.setdefault(sub.relative_schema_path[0], []).append(sub)
    candidates = [errors for errors in members.values() if not any(map(_rules_out, errors))] or list(members.values())
    return max((meant(sub) for errors in candidates for sub in errors), key=lambda e: len(e.absolute_path))


def describe(error: ValidationError) -> str:
    """A one-line explanation of a validation error, naming where it is."""
    best = meant(error)
    location = error_location(best)
    message = _shortened(best.message)
    return f"{message} (at {location})" if location else message


MAX_MESSAGE = 300


def _shortened(message: str) -> str:
    """Messages quote the offending value: a 99 MB string must not come back in the error body."""
    if len(message) <= MAX_MESSAGE:
        return message
    return f"{message[:150]}...{message[-100:]} ({len(message)} characters)"


class FastValidator:
    """A jsonschema validator that checks valid input with the Rust implementation first.

    Most requests are valid, and a 1000-sample bulk body takes the pure-Python validator tens of
    milliseconds; only invalid input pays for the detailed errors of the Python one.
    """

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self._python = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        self._fast = jsonschema_rs.Draft202012Validator(schema, validate_formats=True)

    def iter_errors(self, instance: Any) -> Iterator[ValidationError]:
        if self._fast.is_valid(instance):
            return iter(())
        return iter(self._python.iter_errors(instance))

    def validate(self, instance: Any) -> None:
        error = next(self.iter_errors(instance), None)
        if error is not None:
            raise error


class SpecSchemas:
    """The loaded openapi.yaml, with validators for named component schemas."""

    def __init__(self, spec_path: Path) -> None:
        self.spec_path = spec_path
        self.text = spec_path.read_text(encoding="utf-8")
        self.spec: dict[str, Any] = yaml.safe_load(self.text)
        self._validators: dict[str, FastValidator] = {}
        self.routes = [
            (re.compile("^" + re.sub(r"\{[^/}]+\}", "[^/]+", path) + "$"), _methods(item))
            for path, item in self.spec["paths"].items()
        ]

    def validator(self, component: str) -> FastValidator:
        """The validator of a component schema, compiled on first use and kept by this instance."""
        if component not in self._validators:
            schema = standalone({"$ref": f"#/components/schemas/{component}"}, self.spec)
            self._validators[component] = FastValidator(schema)
        return self._validators[component]

    def errors(self, component: str, instance: Any) -> list[str]:
        """Explanations of why ``instance`` does not match ``component`` (empty when it does)."""
        validator = self.validator(component)
        return [describe(error) for error in validator.iter_errors(instance)]

    def methods_of(self, path: str) -> frozenset[str] | None:
        """The methods the spec defines for ``path``, or None when it is not an API path."""
        for pattern, methods in self.routes:
            if pattern.match(path):
                return methods
        return None


def _methods(path_item: dict[str, Any]) -> frozenset[str]:
    verbs = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return frozenset(method.upper() for method in path_item if method in verbs)
