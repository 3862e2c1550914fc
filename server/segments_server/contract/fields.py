"""Which fields of a JSON value its schema declares: those it does not (the contract is behind the
API), and those it declares (to find the ones traffic never shows)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..schemas import FastValidator, standalone


class FieldWalker:
    """Walks a value along its schema in ``spec``; a union is read as the member the value fits."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self._fits: dict[int, FastValidator] = {}

    def resolve(self, schema: Any) -> Any:
        while isinstance(schema, dict) and "$ref" in schema:
            target: Any = self.spec
            for part in schema["$ref"].lstrip("#/").split("/"):
                target = target[part]
            schema = target
        return schema

    def fits(self, value: Any, schema: Any) -> bool:
        validator = self._fits.get(id(schema))
        if validator is None:
            validator = self._fits[id(schema)] = FastValidator(standalone(schema, self.spec))
        return next(validator.iter_errors(value), None) is None

    def walk(
        self,
        value: Any,
        schema: Any,
        undeclared: Callable[[str], None],
        declared: Callable[[str, bool], None] | None = None,
        where: str = "",
    ) -> None:
        """Call ``undeclared(path)`` for each key of ``value`` its object schema does not declare
        (objects without declared properties are free-form), and ``declared(path, present)`` for
        each property the schema declares where the value has an object."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                member = next((m for m in schema[keyword] if self.fits(value, m)), None)
                if member is not None:
                    self.walk(value, member, undeclared, declared, where)
                return
        members = [self.resolve(member) for member in schema.get("allOf", [])] + [schema]
        properties = {name: prop for member in members for name, prop in member.get("properties", {}).items()}
        if isinstance(value, dict) and properties:
            for name, prop in properties.items():
                if declared is not None:
                    declared(_join(where, name), name in value)
                if name in value:
                    self.walk(value[name], prop, undeclared, declared, _join(where, name))
            for key in value:
                if key not in properties:
                    undeclared(_join(where, key))
        elif isinstance(value, list) and "items" in schema:
            for item in value:
                self.walk(item, schema["items"], undeclared, declared, f"{where}[]")


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name
