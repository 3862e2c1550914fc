"""JSON request bodies: strict parsing, so nothing is stored that a later read cannot handle.

orjson accepts only standard JSON: ``NaN`` and ``Infinity``, numbers too large for a double, invalid
UTF-8 and lone surrogates are refused. On top of that, nesting deeper than ``MAX_DEPTH`` and NUL
characters in any string (PostgreSQL cannot store them in text or JSONB) are refused.
"""

from __future__ import annotations

from typing import Any

import orjson

from ..errors import ApiError

MAX_DEPTH = 64
JSON_MEDIA_TYPES = ("application/json",)


def is_json_media_type(content_type: str | None) -> bool:
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    return media_type in JSON_MEDIA_TYPES or media_type.endswith("+json")


def parse_json_body(raw: bytes) -> Any:
    """The parsed body; ``ApiError(400)`` saying what is wrong when it is not acceptable JSON."""
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise ApiError(400, f"Malformed JSON in request body: {exc}.") from None
    if raw.count(b"[") + raw.count(b"{") > MAX_DEPTH or b"\\u0000" in raw:
        _check_structure(value)
    return value


def _check_structure(value: Any) -> None:
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            if depth > MAX_DEPTH:
                raise ApiError(400, f"Request body is nested too deeply (more than {MAX_DEPTH} levels).")
            for key, item in node.items():
                if "\x00" in key:
                    raise ApiError(400, "Request body contains a NUL character (\\u0000) in a key.")
                stack.append((item, depth + 1))
        elif isinstance(node, list):
            if depth > MAX_DEPTH:
                raise ApiError(400, f"Request body is nested too deeply (more than {MAX_DEPTH} levels).")
            stack.extend((item, depth + 1) for item in node)
        elif isinstance(node, str) and "\x00" in node:
            raise ApiError(400, "Request body contains a NUL character (\\u0000) in a string.")
