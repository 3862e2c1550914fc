"""The SDK follows the contract: every query parameter and request-body field of every operation in
openapi.yaml is an argument of its SDK method, or listed as not offered with the reason
(segments_client._coverage). Derived from the spec, so a field added there fails here until the SDK
offers it."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from segments_client import AsyncSegmentsClient, SegmentsClient
from segments_client._coverage import NOT_OFFERED, NOT_WRAPPED, OPERATIONS

from tests.spec_helpers import operations, resolve


def _fields(schema: Any) -> set[str]:
    schema = resolve(schema)
    found = set(schema.get("properties", {}))
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key, []):
            found |= _fields(member)
    if schema.get("type") == "array":
        found |= _fields(schema.get("items", {}))
    return found


def _inputs(operation: dict[str, Any]) -> set[str]:
    """The operation's query parameters, path parameters and body fields, by their spec names."""
    names = {resolve(p)["name"] for p in operation.get("parameters", []) if resolve(p)["in"] in ("query", "path")}
    if "requestBody" in operation:
        names |= _fields(resolve(operation["requestBody"])["content"]["application/json"]["schema"])
    return names


PATH_ARGUMENTS = {"owner", "dataset"}  # the SDK takes "owner/name" as dataset_identifier
IDENTIFIERS = {"sample_uuid": ("sample_uuid", "uuid"), "issue_uuid": ("uuid",), "release_name": ("name",)}
OPERATIONS_IN_SPEC = {op["operationId"]: op for _, _, op in operations()}


def _arguments(method_name: str, client: type) -> set[str]:
    member = inspect.getattr_static(client, method_name)
    target = getattr(member, "builder", member)
    return set(inspect.signature(target).parameters) - {"self"}


def test_every_operation_has_an_sdk_method_or_a_reason() -> None:
    assert set(OPERATIONS_IN_SPEC) == set(OPERATIONS) | set(NOT_WRAPPED)
    assert not set(OPERATIONS) & set(NOT_WRAPPED)


@pytest.mark.parametrize("client", [SegmentsClient, AsyncSegmentsClient])
@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_input_of_the_operation_is_an_argument(client: type, operation_id: str) -> None:
    method, renamed = OPERATIONS[operation_id]
    arguments = _arguments(method, client)
    missing = []
    if (operation_id, "*") in NOT_OFFERED:
        return
    for name in sorted(_inputs(OPERATIONS_IN_SPEC[operation_id])):
        if (operation_id, name) in NOT_OFFERED:
            continue
        if name in PATH_ARGUMENTS and "dataset_identifier" in arguments:
            continue
        candidates = (renamed.get(name), *IDENTIFIERS.get(name, ()), name)
        if not any(candidate in arguments for candidate in candidates if candidate):
            missing.append(name)
    assert missing == [], f"{client.__name__}.{method} does not offer {missing} of {operation_id}"


def test_the_reasons_name_real_inputs() -> None:
    """No stale entries: every (operation, input) said not to be offered exists in the spec."""
    for (operation_id, name), reason in NOT_OFFERED.items():
        assert reason
        assert name == "*" or name in _inputs(OPERATIONS_IN_SPEC[operation_id]), (operation_id, name)
    for operation_id, (_, renamed) in OPERATIONS.items():
        stale = set(renamed) - _inputs(OPERATIONS_IN_SPEC[operation_id])
        assert not stale, (operation_id, stale)
