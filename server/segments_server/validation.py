"""Connexion validators that read ``nullable`` as the spec means it, with clear messages."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncGenerator
from typing import Any

from connexion.datastructures import MediaTypeDict
from connexion.json_schema import Draft4RequestValidator, Draft4ResponseValidator
from connexion.lifecycle import ConnexionRequest
from connexion.utils import is_null, is_nullable
from connexion.validators import (
    VALIDATOR_MAP,
    JSONRequestBodyValidator,
    JSONResponseBodyValidator,
    ParameterValidator,
)
from jsonschema import Draft4Validator
from starlette.types import Scope

from .errors import ApiError, not_found
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


class ParametersValidator(ParameterValidator):
    """Checks query, header and path parameters; a 400 names each parameter and what it accepts.

    A path parameter that breaks its schema names nothing that can exist: that is a 404, as for
    any unknown object, not a 400 the operation does not document.
    """

    def validate_request(self, request: ConnexionRequest) -> None:
        for param in self.parameters.get("path", []):
            if self._problem(param, request.path_params.get(param["name"].replace("-", "_"))):
                raise not_found()
        errors: dict[str, list[str]] = {}
        first = ""
        for location, values in (("query", request.query_params), ("header", request.headers)):
            for param in self.parameters.get(location, []):
                problem = self._problem(param, values.get(param["name"]))
                if problem:
                    errors[param["name"]] = [problem]
                    first = first or f"Invalid {location} parameter {param['name']}: {problem}"
        if errors:
            raise ApiError(400, first, errors)

    @staticmethod
    def _problem(param: dict[str, Any], value: Any) -> str | None:
        if value is None:
            return "This parameter is required." if param.get("required") else None
        if is_nullable(param) and is_null(value):
            return None
        schema = param.get("schema", param)
        error = next(
            iter(Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER).iter_errors(value)), None
        )
        if error is None:
            return None
        return _explain_parameter(error.validator, schema, value, error.message)


_ALTERNATIVES = re.compile(r"^\^\(([\w|-]+)\)")


def _explain_parameter(validator: Any, schema: dict[str, Any], value: Any, message: str) -> str:
    shown = repr(value) if len(repr(value)) <= 60 else f"{repr(value)[:45]}..."
    if validator == "enum":
        return f"{shown} is not one of {', '.join(map(repr, schema['enum']))}."
    if validator == "pattern":
        listed = _ALTERNATIVES.match(schema["pattern"])
        if listed:  # a comma-separated list of enum values, e.g. label_status
            return f"{shown} is not a comma-separated list of {', '.join(map(repr, listed.group(1).split('|')))}."
        return f"{shown} does not have the expected format ({schema['pattern']})."
    if validator == "type":
        return f"{shown} is not a valid {schema.get('type')}."
    if validator in ("minimum", "maximum"):
        return f"{shown} must be between {schema.get('minimum', '-inf')} and {schema.get('maximum', 'inf')}."
    return message.split("\n", 1)[0].replace(repr(value), shown)


def validator_map() -> dict[str, Any]:
    return {
        "parameter": ParametersValidator,
        "body": MediaTypeDict({**VALIDATOR_MAP["body"], "*/*json": RequestBodyValidator}),
        "response": MediaTypeDict({**VALIDATOR_MAP["response"], "*/*json": ResponseBodyValidator}),
    }
