"""Connexion validators that read ``nullable`` as the spec means it, with clear messages."""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator
from typing import Any

from connexion.datastructures import MediaTypeDict
from connexion.json_schema import Draft4RequestValidator, Draft4ResponseValidator
from connexion.validators import (
    VALIDATOR_MAP,
    JSONRequestBodyValidator,
    JSONResponseBodyValidator,
)
from starlette.types import Scope

from .errors import ApiError
from .schemas import FastValidator, describe, error_location, nullable_to_json_schema

_CACHE: dict[tuple[int, str], tuple[Any, FastValidator]] = {}


def _cached_validator(schema: dict[str, Any], kind: str) -> FastValidator:
    """One validator per spec schema: Connexion builds a validator object per request."""
    key = (id(schema), kind)
    if key not in _CACHE:
        cls = Draft4RequestValidator if kind == "request" else Draft4ResponseValidator
        # The schema is kept in the entry so its id cannot be reused while cached.
        _CACHE[key] = (schema, FastValidator(nullable_to_json_schema(schema), cls))
    return _CACHE[key][1]


class RequestBodyValidator(JSONRequestBodyValidator):
    """Validates JSON request bodies; errors name the field and what is wrong."""

    @property
    def _validator(self) -> FastValidator:  # type: ignore[override]
        return _cached_validator(self._schema, "request")

    async def _parse(self, stream: AsyncGenerator[bytes, None], scope: Scope) -> Any:
        raw = b"".join([chunk async for chunk in stream])
        if not raw:
            return None
        try:
            return json.loads(raw.decode(self._encoding))
        except UnicodeDecodeError as exc:
            raise ApiError(400, f"Request body is not valid {self._encoding}: {exc.reason}.") from exc
        except json.JSONDecodeError as exc:
            raise ApiError(
                400, f"Malformed JSON in request body: {exc.msg} (line {exc.lineno}, column {exc.colno})."
            ) from exc

    def _validate(self, body: Any) -> dict[Any, Any] | None:
        if body is None:
            if self._nullable:
                return None
            raise ApiError(400, "Request body must not be empty.", {"body": ["This field is required."]})
        errors = sorted(self._validator.iter_errors(body), key=lambda e: list(map(str, e.absolute_path)))
        if errors:
            fields: dict[str, list[str]] = {}
            for error in errors:
                fields.setdefault(error_location(error) or "body", []).append(describe(error))
            raise ApiError(400, f"Invalid request body: {describe(errors[0])}.", fields)
        return None


class ResponseBodyValidator(JSONResponseBodyValidator):
    """Checks responses against the spec (on in tests)."""

    @property
    def validator(self) -> FastValidator:  # type: ignore[override]
        return _cached_validator(self._schema, "response")


def validator_map() -> dict[str, Any]:
    return {
        "parameter": VALIDATOR_MAP["parameter"],
        "body": MediaTypeDict({**VALIDATOR_MAP["body"], "*/*json": RequestBodyValidator}),
        "response": MediaTypeDict({**VALIDATOR_MAP["response"], "*/*json": ResponseBodyValidator}),
    }
