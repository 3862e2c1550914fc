"""Write the spec's component schemas as JSON Schema for the SDK's input and response checks, and
what the spec marks deprecated.

Run by `make generate` (and compared by `make check-generated`): the SDK validates what users pass
against the same schemas the server enforces, without a second copy written by hand, and warns
when a deprecated operation, parameter or field is used.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

METHODS = ("get", "post", "put", "patch", "delete")


def _lookup(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def deprecations(spec: dict[str, Any]) -> dict[str, Any]:
    """What the spec marks ``deprecated: true``: operations, and per operation its parameters and
    request-body fields (by their spec names)."""
    operations: list[str] = []
    inputs: dict[str, list[str]] = {}
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            name = operation["operationId"]
            if operation.get("deprecated"):
                operations.append(name)
            parameters = [_lookup(spec, p) for p in operation.get("parameters", [])]
            found = [p["name"] for p in parameters if p.get("deprecated")]
            if "requestBody" in operation:
                content = _lookup(spec, operation["requestBody"])["content"]["application/json"]
                schema = _lookup(spec, content["schema"])
                properties = schema.get("properties", {})
                found += [
                    field
                    for field, prop in properties.items()
                    if prop.get("deprecated") or _lookup(spec, prop).get("deprecated")
                ]
            if found:
                inputs[name] = sorted(found)
    return {"operations": sorted(operations), "inputs": inputs}


def export(spec_path: Path) -> str:
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    schemas = {
        name: {key: value for key, value in schema.items() if key not in ("example", "examples")}
        for name, schema in spec["components"]["schemas"].items()
    }
    document = {
        "description": f"Generated from {spec_path.name} by scripts/export_schemas.py; do not edit.",
        "components": {"schemas": schemas},
        "deprecations": deprecations(spec),
    }
    return json.dumps(document, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    target.write_text(export(source), encoding="utf-8")
    print(f"wrote {target}")
