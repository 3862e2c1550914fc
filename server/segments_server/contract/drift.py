"""Drift between the contract and real traffic: each recorded exchange checked with the validators
the server compiles from openapi.yaml, and what disagrees reported once per operation and place.

Findings (each fails ``segments-contract drift``): an undocumented operation, parameter or status;
an invalid parameter, request body or response body; a field the API sends that the contract does
not declare. Declared fields the traffic never showed are listed too, for information.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml

from ..api.operations import Operation, compile_operations
from ..schemas import describe
from ..settings import DEFAULT_SPEC_PATH
from ..storage import FILES_PREFIX
from .fields import FieldWalker

KINDS = (
    "undocumented-operation",
    "undocumented-parameter",
    "undocumented-status",
    "invalid-parameter",
    "invalid-request-body",
    "invalid-response-body",
    "undeclared-field",
)


@dataclasses.dataclass(frozen=True)
class Exchange:
    """One request and its response, as recorded."""

    method: str
    url: str
    request_body: str | None
    status: int
    response_body: str | None
    response_type: str = "application/json"


@dataclasses.dataclass
class Finding:
    operation: str  # operationId, or "METHOD /path" for an undocumented operation
    kind: str
    where: str
    detail: str
    count: int = 1


class Contract:
    """openapi.yaml compiled once: routes, validators and the field walker."""

    def __init__(self, spec_path: Path = DEFAULT_SPEC_PATH) -> None:
        self.spec: dict[str, Any] = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        self.operations = compile_operations(self.spec, lambda _operation_id: _no_handler)
        self.documented = {
            (op.method, op.path): set(self.spec["paths"][op.path][op.method.lower()]["responses"])
            for op in self.operations
        }
        self.routes = [
            (re.compile("^" + re.sub(r"\{[^/}]+\}", "[^/]+", op.path.rstrip("/")) + "/?$"), op)
            for op in self.operations
        ]
        self.fields = FieldWalker(self.spec)

    def operation(self, method: str, path: str) -> tuple[Operation | None, bool]:
        """The operation of ``method`` on ``path``, and whether the spec has the path at all."""
        known = False
        for pattern, op in self.routes:
            if pattern.match(path):
                known = True
                if op.method == method:
                    return op, True
        return None, known


def _no_handler() -> None:
    """Drift checks validate traffic; nothing is handled."""


class DriftReport:
    """The findings of a run, once per (operation, kind, place), with how often each was seen."""

    def __init__(self, contract: Contract, base_url: str | None = None) -> None:
        self.contract = contract
        base = urlsplit(base_url or "")
        self.origin = (base.scheme, base.netloc) if base_url else None
        self.base_path = base.path.rstrip("/")
        self.skipped = 0
        self.findings: dict[tuple[str, str, str], Finding] = {}
        self.calls: Counter[str] = Counter()
        self.declared: defaultdict[str, set[str]] = defaultdict(set)
        self.seen: defaultdict[str, set[str]] = defaultdict(set)

    def _found(self, operation: str, kind: str, where: str, detail: str) -> None:
        key = (operation, kind, where)
        if key in self.findings:
            self.findings[key].count += 1
        else:
            self.findings[key] = Finding(operation, kind, where, detail)

    def add(self, exchange: Exchange) -> None:
        """Check one exchange; one not with the API (another host, the file store) is only counted."""
        parts = urlsplit(exchange.url)
        path = parts.path
        outside = self.origin is not None and (parts.scheme, parts.netloc) != self.origin
        if outside or not path.startswith(self.base_path + "/") or path.startswith(self.base_path + FILES_PREFIX):
            self.skipped += 1
            return
        path = path[len(self.base_path) :]
        op, known = self.contract.operation(exchange.method, path)
        if op is None:
            where = f"{exchange.method} {path}"
            detail = (
                "the path is documented, not this method" if known else "no operation of the contract has this path"
            )
            self._found(where, "undocumented-operation", "", detail)
            return
        name = op.operation_id
        self.calls[name] += 1
        self._parameters(op, parse_qsl(parts.query, keep_blank_values=True))
        if op.body is not None and exchange.request_body:
            body = _json(exchange.request_body)
            error = next(op.body.validator.iter_errors(body), None) if body is not _NOT_JSON else None
            if error is not None:
                self._found(name, "invalid-request-body", _location(error), describe(error))
        self._response(op, exchange)

    def _parameters(self, op: Operation, query: list[tuple[str, str]]) -> None:
        by_name = {p.name: p for p in op.parameters if p.location == "query"}
        for key, raw in query:
            parameter = by_name.get(key)
            if parameter is None:
                self._found(
                    op.operation_id, "undocumented-parameter", key, f"query parameter {key!r} is not in the contract"
                )
                continue
            problem = parameter.problem(parameter.convert(raw))
            if problem is not None:
                self._found(op.operation_id, "invalid-parameter", key, problem)

    def _response(self, op: Operation, exchange: Exchange) -> None:
        status = str(exchange.status)
        documented = self.contract.documented[(op.method, op.path)]
        if status not in documented and f"{status[0]}XX" not in documented and "default" not in documented:
            self._found(op.operation_id, "undocumented-status", status, f"{status} is not a documented answer")
            return
        if not exchange.response_body or "json" not in exchange.response_type:
            return
        body = _json(exchange.response_body)
        validator = op.response_validator(exchange.status)
        if body is _NOT_JSON or validator is None:
            return
        error = next(validator.iter_errors(body), None)
        if error is not None:
            self._found(op.operation_id, "invalid-response-body", f"{status} {_location(error)}", describe(error))
        schema = self.contract.spec["paths"][op.path][op.method.lower()]["responses"].get(status)
        schema = self.contract.fields.resolve(schema or {}).get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            return
        name = op.operation_id

        def undeclared(where: str) -> None:
            self._found(
                name, "undeclared-field", f"{status} {where}", "the API sends it; the contract does not declare it"
            )

        def declared(where: str, present: bool) -> None:
            self.declared[name].add(where)
            if present:
                self.seen[name].add(where)

        self.contract.fields.walk(body, schema, undeclared, declared if status.startswith("2") else None)

    def never_seen(self) -> dict[str, list[str]]:
        """Per operation called, the declared response fields no recorded response had."""
        return {name: sorted(self.declared[name] - self.seen[name]) for name in sorted(self.declared)}

    def as_dict(self) -> dict[str, Any]:
        return {
            "calls": dict(sorted(self.calls.items())),
            "findings": [dataclasses.asdict(f) for f in sorted(self.findings.values(), key=_order)],
            "declared_never_seen": {name: fields for name, fields in self.never_seen().items() if fields},
        }

    def summary(self) -> str:
        """A human report: per operation, the calls and what disagreed."""
        lines = [
            f"{sum(self.calls.values())} exchanges of {len(self.calls)} operations checked against the contract"
            f" ({self.skipped} with other hosts or the file store skipped)."
        ]
        by_operation: defaultdict[str, list[Finding]] = defaultdict(list)
        for finding in sorted(self.findings.values(), key=_order):
            by_operation[finding.operation].append(finding)
        for name in sorted(set(self.calls) | set(by_operation)):
            found = by_operation.get(name, [])
            lines.append(f"{'FAIL' if found else 'ok  '} {name} ({self.calls.get(name, 0)} calls)")
            lines += [f"     {f.kind} {f.where}: {f.detail} (x{f.count})".replace("  :", ":") for f in found]
        lines.append(f"{len(self.findings)} finding(s).")
        return "\n".join(lines)


def _order(finding: Finding) -> tuple[str, int, str]:
    return finding.operation, KINDS.index(finding.kind), finding.where


_NOT_JSON = object()


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return _NOT_JSON


def _location(error: Any) -> str:
    parts = [f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path]
    return "".join(parts).lstrip(".") or "body"


def exchanges_of_har(document: dict[str, Any]) -> list[Exchange]:
    """The exchanges of a HAR document (browser devtools, proxies, ``SegmentsClient(record_to=...)``)."""
    found = []
    for entry in document.get("log", {}).get("entries", []):
        request, response = entry["request"], entry["response"]
        if int(response.get("status", 0)) <= 0:
            continue  # aborted: no answer to check
        content = response.get("content", {})
        found.append(
            Exchange(
                method=request["method"].upper(),
                url=request["url"],
                request_body=(request.get("postData") or {}).get("text"),
                status=int(response["status"]),
                response_body=content.get("text") if content.get("encoding") != "base64" else None,
                response_type=content.get("mimeType", ""),
            )
        )
    return found
