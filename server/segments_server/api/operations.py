"""The spec compiled once at start-up: one ``Operation`` per path and method of openapi.yaml.

Routing, parameters, request bodies and (in tests) responses are all read from the spec here; no
path, parameter or schema is written again in Python.
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable
from typing import Any

from ..schemas import FastValidator, admits_null, standalone
from .parameters import Parameter

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclasses.dataclass
class Body:
    required: bool
    nullable: bool
    validator: FastValidator


@dataclasses.dataclass
class Operation:
    """What one operation needs per request, prepared in advance."""

    operation_id: str
    method: str
    path: str
    handler: Callable[..., Any]
    parameters: list[Parameter]
    body: Body | None
    secured: bool  # needs an API key (ApiKeyAuth)
    response_schemas: dict[str, dict[str, Any]]
    control: bool = False  # the control API's (ControlToken), served only when it is on
    accepts: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.accepts = frozenset(inspect.signature(self.handler).parameters)
        self.is_async = inspect.iscoroutinefunction(self.handler)
        # A read of one object is a few indexed lookups: on SQLite (a local file, whose WAL readers never
        # wait for a lock) it runs on the event loop, where the hop to a worker thread would cost more
        # than the read (GET one sample: 7,100 against 3,400 req/s). Every other database use, and
        # every use of a database over the network, runs on a worker thread within the deadline.
        self.reads_one = self.method == "GET" and not any(p.name == "page" for p in self.parameters)
        self._response_validators: dict[str, FastValidator] = {}

    def response_validator(self, status: int) -> FastValidator | None:
        """The validator of the documented JSON response for ``status`` (compiled on first use)."""
        key = str(status) if str(status) in self.response_schemas else f"{str(status)[0]}XX"
        schema = self.response_schemas.get(key)
        if schema is None:
            return None
        if key not in self._response_validators:
            self._response_validators[key] = FastValidator(schema)
        return self._response_validators[key]


def _json_schema(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    converted: dict[str, Any] = standalone(schema, spec)
    return converted


def _resolve(node: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _parameter(raw: dict[str, Any], spec: dict[str, Any]) -> Parameter:
    param = _resolve(raw, spec)
    schema = _json_schema(param.get("schema", {}), spec)
    return Parameter(
        name=param["name"],
        location=param["in"],
        required=bool(param.get("required", param["in"] == "path")),
        schema=schema,
        default=param.get("schema", {}).get("default"),
    )


def _body(operation: dict[str, Any], spec: dict[str, Any]) -> Body | None:
    if "requestBody" not in operation:
        return None
    request_body = _resolve(operation["requestBody"], spec)
    media = request_body["content"].get("application/json")
    if media is None:
        raise ValueError(f"{operation['operationId']}: only JSON request bodies are supported")
    schema = _json_schema(media["schema"], spec)
    return Body(
        required=bool(request_body.get("required", False)),
        nullable=admits_null(schema),
        validator=FastValidator(schema),
    )


def _responses(operation: dict[str, Any], spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    schemas: dict[str, dict[str, Any]] = {}
    for status, response in operation.get("responses", {}).items():
        media = _resolve(response, spec).get("content", {}).get("application/json")
        if media is not None and "schema" in media:
            schemas[str(status)] = _json_schema(media["schema"], spec)
    return schemas


def compile_operations(spec: dict[str, Any], resolve: Callable[[str], Callable[..., Any]]) -> list[Operation]:
    """Every operation of ``spec``, with its handler found by ``resolve(operationId)``."""
    operations = []
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method not in item:
                continue
            operation = item[method]
            own = operation.get("parameters", [])
            names = {(_resolve(p, spec)["name"], _resolve(p, spec)["in"]) for p in own}
            raw_parameters = own + [
                p for p in shared if (_resolve(p, spec)["name"], _resolve(p, spec)["in"]) not in names
            ]
            schemes = {
                name for requirement in operation.get("security", spec.get("security")) or [] for name in requirement
            }
            operations.append(
                Operation(
                    operation_id=operation["operationId"],
                    method=method.upper(),
                    path=path,
                    handler=resolve(operation["operationId"]),
                    parameters=[_parameter(p, spec) for p in raw_parameters],
                    body=_body(operation, spec),
                    secured="ApiKeyAuth" in schemes,
                    response_schemas=_responses(operation, spec),
                    control="ControlToken" in schemes,
                )
            )
    return operations
