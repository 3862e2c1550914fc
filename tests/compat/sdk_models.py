"""The official SDK's models (``segments.typing``) paired with the spec's schemas, read by reflection.

Nothing here is listed by hand except the names that differ, so a new SDK release with a new field,
enum value or nullable field makes the fidelity tests fail until the spec follows.
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Any

import pydantic
import segments.typing as sdk_typing

from tests.spec_helpers import load_spec, resolve

# SDK model -> spec schema, where the names differ.
ALIASES = {
    "URL": "FileUrl",
    "XYZW": "Quaternion",
    "Velocity": "MotionValue",
    "Acceleration": "MotionValue",
    "SegmentsDatasetCategory": "TaskAttributeCategory",
    "BaseTaskAttribute": "TaskAttributeFields",
    "BaseTaskLinkAttribute": "TaskLinkAttributeFields",
}


def schemas() -> dict[str, Any]:
    return load_spec()["components"]["schemas"]


def model_pairs() -> list[tuple[str, str]]:
    """(SDK model name, spec schema name) for every SDK model that has a schema."""
    pairs = []
    for name in dir(sdk_typing):
        model = getattr(sdk_typing, name)
        if (
            isinstance(model, type)
            and issubclass(model, pydantic.BaseModel)
            and model.__module__ == sdk_typing.__name__
        ):
            target = ALIASES.get(name, name)
            if target in schemas():
                pairs.append((name, target))
    return pairs


def enum_pairs() -> list[tuple[str, str]]:
    """(SDK enum name, spec schema name) for every SDK enum that has a schema."""
    pairs = []
    for name in dir(sdk_typing):
        value = getattr(sdk_typing, name)
        if isinstance(value, type) and issubclass(value, enum.Enum) and name in schemas():
            pairs.append((name, name))
    return pairs


def fields(model: type[pydantic.BaseModel]) -> dict[str, pydantic.fields.FieldInfo]:
    """The model's fields by their name on the wire."""
    return {field.alias or name: field for name, field in model.model_fields.items()}


def accepts_none(annotation: Any) -> bool:
    if annotation is None or annotation is type(None) or annotation is Any:
        return True
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return accepts_none(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return any(accepts_none(arg) for arg in typing.get_args(annotation))
    if origin is typing.Literal:
        return None in typing.get_args(annotation)
    return False


def enum_values(annotation: Any) -> set[Any]:
    """Every enum member value or literal a field's annotation names, directly or in a union."""
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return {member.value for member in annotation}
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return {value for value in typing.get_args(annotation) if value is not None}
    if origin in (typing.Union, types.UnionType, typing.Annotated):
        found: set[Any] = set()
        for arg in typing.get_args(annotation):
            found |= enum_values(arg)
        return found
    return set()


def _parts(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The schema and every schema it is composed of (allOf), resolved."""
    schema = resolve(schema)
    parts = [schema]
    for part in schema.get("allOf", []):
        parts.extend(_parts(part))
    return parts


def properties(schema: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for part in _parts(schema):
        found.update(part.get("properties", {}))
    return found


def required(schema: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    for part in _parts(schema):
        found |= set(part.get("required", []))
    return found


def _typed_null(schema: dict[str, Any]) -> bool:
    """``type: 'null'`` or a type list with ``'null'`` (OpenAPI 3.1)."""
    kind = schema.get("type")
    return kind == "null" or (isinstance(kind, list) and "null" in kind)


def allows_null(schema: dict[str, Any]) -> bool:
    """Whether a spec schema admits ``null`` (a null type, or a null-accepting branch)."""
    if _typed_null(schema):
        return True
    schema = resolve(schema)
    if _typed_null(schema) or schema == {} or ("if" in schema and "type" not in schema):
        return True
    if None in schema.get("enum", []):
        return True
    branches = schema.get("anyOf", []) + schema.get("oneOf", [])
    if any(allows_null(branch) for branch in branches):
        return True
    all_of = schema.get("allOf", [])
    return bool(all_of) and all(allows_null(part) for part in all_of)


def spec_enum(schema: dict[str, Any]) -> set[Any] | None:
    """The values a schema's enum(s) allow (items of arrays, branches of unions); None if unbounded."""
    schema = resolve(schema)
    if "enum" in schema:
        return {value for value in schema["enum"] if value is not None}
    if schema.get("type") == "array" and "items" in schema:
        return spec_enum(schema["items"])
    branches = schema.get("anyOf", []) + schema.get("oneOf", []) + schema.get("allOf", [])
    if not branches:
        return None
    found: set[Any] = set()
    for branch in branches:
        values = spec_enum(branch)
        if values is None:
            if _typed_null(resolve(branch)) and set(resolve(branch)) <= {"type", "enum", "description"}:
                continue
            return None
        found |= values
    return found
