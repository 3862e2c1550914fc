"""What users import, as a JSON snapshot: the generated client's endpoint functions and models, and
the SDK's public names and method signatures.

`make generate` writes it to contracts/import-surface.json, `make check-generated` compares it
(so a spec change that makes the generator rename a model shows up in review), and `make compat`
compares it with the last released snapshot: a removed or renamed name, a removed parameter or a
new required one is a breaking change.

Each entry maps a dotted name to its parameters, ``name`` for a required one and ``name?`` for an
optional one (models: their fields; enums: their values, ``=VALUE``).
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import pkgutil
import sys
from pathlib import Path
from typing import Any

import attrs

ENDPOINT_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def _parameters(function: Any) -> list[str]:
    found = []
    for name, parameter in inspect.signature(function).parameters.items():
        if name == "self" or parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        found.append(name if parameter.default is inspect.Parameter.empty else f"{name}?")
    return found


def _model(cls: type) -> list[str]:
    if issubclass(cls, enum.Enum):
        return [f"={member.value}" for member in cls]
    fields = getattr(cls, "__attrs_attrs__", None)
    if fields is None:
        return _parameters(cls)
    return [
        field.name if field.default is attrs.NOTHING else f"{field.name}?"
        for field in fields
        if field.name != "additional_properties"
    ]


def generated_surface() -> dict[str, list[str]]:
    import segments_api_client.api as api
    import segments_api_client.models as models

    surface: dict[str, list[str]] = {}
    for module_info in pkgutil.walk_packages(api.__path__, "segments_api_client.api."):
        module = importlib.import_module(module_info.name)
        for function in ENDPOINT_FUNCTIONS:
            if hasattr(module, function):
                surface[f"{module_info.name}.{function}"] = _parameters(getattr(module, function))
    for name in sorted(models.__all__):
        surface[f"segments_api_client.models.{name}"] = _model(getattr(models, name))
    for name in ("AuthenticatedClient", "Client"):
        surface[f"segments_api_client.{name}"] = _parameters(
            getattr(importlib.import_module("segments_api_client"), name)
        )
    return surface


def _members(cls: type, key: str) -> dict[str, list[str]]:
    """A client class's public methods (operation descriptors by their builders' signatures)."""
    found = {}
    for name, member in inspect.getmembers(cls):
        if name.startswith("_"):
            continue
        target = getattr(member, "builder", member)
        if callable(target):
            found[f"{key}.{name}"] = _parameters(target)
        elif isinstance(member, property):
            found[f"{key}.{name}"] = []
    return found


def sdk_surface() -> dict[str, list[str]]:
    import segments_client

    surface: dict[str, list[str]] = {}
    for name in sorted(segments_client.__all__):
        value = getattr(segments_client, name)
        key = f"segments_client.{name}"
        if inspect.isclass(value) and issubclass(value, BaseException):
            surface[key] = []
        elif inspect.isclass(value) or inspect.isfunction(value):
            surface[key] = _parameters(value)
            if name in ("SegmentsClient", "AsyncSegmentsClient"):
                surface |= _members(value, key)
        else:
            surface[key] = []
    return surface


def surface() -> dict[str, list[str]]:
    return {**generated_surface(), **sdk_surface()}


def render(snapshot: dict[str, list[str]]) -> str:
    return json.dumps(dict(sorted(snapshot.items())), indent=1) + "\n"


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.write_text(render(surface()), encoding="utf-8")
    print(f"wrote {target}")
