"""One request of one operation: authenticate, read parameters and body, run the handler, render.

Handlers are plain functions that get what their signature names: the path and query parameters,
``body``, ``user`` (the caller's id) and ``services``. They use the database synchronously, on a
worker thread and within the database deadline (``faults.run_bounded``), so a slow write, a long
listing or a hung database never holds up requests that do not need it. The one exception is a read
of one object on SQLite (``Operation.reads_one``): a local file whose readers never wait for a lock.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from sqlalchemy.exc import IntegrityError
from starlette.requests import Request
from starlette.responses import Response

from ..errors import INVALID_TOKEN, NO_CREDENTIALS, NOT_FOUND, ApiError
from ..faults import run_bounded
from ..schemas import describe, error_location
from ..services import Services
from .bodies import is_json_media_type, parse_json_body
from .observation import observed
from .operations import Body, Operation
from .parameters import read_parameters

logger = logging.getLogger(__name__)
SCHEME = "apikey"
CONTROL_HEADER = "x-control-token"
INVALID_CONTROL_TOKEN = "Invalid control token."
RACE_ATTEMPTS = 3


def api_key_of(header: str | None) -> str:
    """The key of an ``Authorization: APIKey <key>`` header; 401 when missing or malformed."""
    if header is None or not header.strip():
        raise ApiError(401, NO_CREDENTIALS)
    scheme, _, key = header.strip().partition(" ")
    if scheme.lower() != SCHEME or not key.strip():
        raise ApiError(401, INVALID_TOKEN)
    return key.strip()


async def authenticate(request: Request, services: Services) -> int:
    """The caller's user id; the database is asked (on a worker thread) only when the cache has no answer,
    and not at all for an address that has failed to authenticate too often lately (429)."""
    address = request.client.host if request.client else ""
    guard = services.failed_auth
    header = request.headers.get("authorization")
    if (header is None or not header.strip()) and services.limiter is not None:
        services.limiter.check(f"address:{address}")  # with --rate-limit, callers without a key have one too
    try:
        key = api_key_of(header)
        user_id = services.keys.cached(key)
        if user_id is None:
            if guard is not None:
                guard.check(address)
            user_id = await run_bounded(services.settings.database_timeout, services.keys.lookup, services.db, key)
        if user_id is None:
            raise ApiError(401, INVALID_TOKEN)
    except ApiError as error:
        if guard is not None and error.status_code == 401 and error.detail == INVALID_TOKEN:
            guard.failed(address)  # a wrong or malformed key: a guess
        raise
    if services.limiter is not None:
        services.limiter.check(key)
    return user_id


async def read_body(body: Body, request: Request) -> Any:
    raw = await request.body()
    if not raw.strip():
        if body.required and not body.nullable:
            raise ApiError(400, "Request body must not be empty.", {"body": ["This field is required."]})
        return None
    if not is_json_media_type(request.headers.get("content-type")):
        raise ApiError(415, "Unsupported media type: send Content-Type: application/json.")
    value = parse_json_body(raw)
    errors = sorted(body.validator.iter_errors(value), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        fields: dict[str, list[str]] = {}
        for error in errors:
            fields.setdefault(error_location(error) or "body", []).append(describe(error))
        raise ApiError(400, f"Invalid request body: {describe(errors[0])}.", fields)
    return value


def render(operation: Operation, result: Any, validate: bool) -> Response:
    """The handler's result (a response, or ``(body, status)``) as a JSON response."""
    if isinstance(result, Response):
        return result
    content, status = result if isinstance(result, tuple) else (result, 200)
    if validate:
        _check_response(operation, status, content)
    return Response(orjson.dumps(content), status_code=status, media_type="application/json")


def _check_response(operation: Operation, status: int, content: Any) -> None:
    validator = operation.response_validator(status)
    if validator is None:
        raise RuntimeError(f"{operation.operation_id} answered {status}, which the spec does not document")
    problem = next(validator.iter_errors(content), None)
    if problem is not None:
        raise RuntimeError(f"{operation.operation_id} answered {status} against the spec: {describe(problem)}")


async def _run(operation: Operation, arguments: dict[str, Any], deadline: float, local_reads: bool) -> Any:
    """The handler's result. The database's constraints are the arbiter of races: when a write loses
    one (two identical creates at once), the handler runs again and its own checks give the
    documented answer (409, or 200 for a label that now exists)."""
    for attempt in range(RACE_ATTEMPTS):
        try:
            if operation.is_async:  # waits without a worker thread (the health probe)
                return await operation.handler(**arguments)
            if local_reads and operation.reads_one:
                return operation.handler(**arguments)
            return await run_bounded(deadline, operation.handler, **arguments)
        except IntegrityError as error:
            if attempt == RACE_ATTEMPTS - 1:
                logger.warning("%s lost %d races in a row: %s", operation.operation_id, RACE_ATTEMPTS, error.orig)
                raise ApiError(409, "The request conflicts with a change made at the same time; retry it.") from None
    raise AssertionError("unreachable")


Endpoint = Callable[[Request], Awaitable[Response]]


def path_endpoint(operations: dict[str, Operation], services: Services) -> Endpoint:
    """The Starlette endpoint of one spec path, dispatching on the method."""
    validate = services.settings.validate_responses
    deadline = services.settings.database_timeout
    local_reads = services.db.is_sqlite  # see Operation.reads_one

    async def endpoint(request: Request) -> Response:
        operation = operations["GET" if request.method == "HEAD" else request.method]
        control = services.control
        if operation.control:
            if control is None:
                raise ApiError(404, NOT_FOUND)  # off: as if there were no control API
            if not control.accepts(request.headers.get(CONTROL_HEADER)):
                raise ApiError(401, INVALID_CONTROL_TOKEN)
        elif control is not None:
            return await observed(control, operation.operation_id, request, lambda: answer(request, operation))
        return await answer(request, operation)

    async def answer(request: Request, operation: Operation) -> Response:
        arguments: dict[str, Any] = {}
        if operation.secured:
            arguments["user"] = await authenticate(request, services)
        arguments |= read_parameters(operation.parameters, request.path_params, request.query_params, request.headers)
        if operation.body is not None:
            arguments["body"] = await read_body(operation.body, request)
        arguments["services"] = services
        accepted = {name: value for name, value in arguments.items() if name in operation.accepts}
        return render(operation, await _run(operation, accepted, deadline, local_reads), validate)

    return endpoint
