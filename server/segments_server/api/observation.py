"""What the control API adds to every API call: the injected fault it is due, and its journal entry."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from ..control import ControlState, InjectedFault
from ..determinism import DETERMINISM
from ..errors import ApiError, error_response
from ..faults import answer_to
from ..serializers import timestamp
from ..serving import DROP_EXTENSION

INJECTED = "Injected fault (control API)."
JOURNAL_BODY_LIMIT = 64 * 1024


async def observed(
    control: ControlState, operation_id: str, request: Request, answer: Callable[[], Awaitable[Response]]
) -> Response:
    """The answer to ``request``, or the fault injected for it; either way written to the journal."""
    generation = control.generation
    fault = control.take_fault(operation_id)
    status: int | None = 500
    try:
        response = await _injected(fault, request) if fault is not None else None
        if response is None:
            response = await answer()
        status = None if fault is not None and fault.drop_connection else response.status_code
        return response
    except ApiError as error:
        status = error.status_code
        raise
    except Exception as error:
        known = answer_to(error)
        status = known.status_code if known is not None else 500
        raise
    finally:
        control.record(await _entry(request, operation_id, status, fault), generation)


async def _injected(fault: InjectedFault, request: Request) -> Response | None:
    if fault.latency_seconds:
        await asyncio.sleep(fault.latency_seconds)
    if fault.drop_connection:
        drop = request.scope.get("extensions", {}).get(DROP_EXTENSION)
        if drop is not None:
            drop()  # the client sees the connection close with no answer
            return Response(status_code=499)  # written nowhere: the connection is gone
        raise ConnectionAbortedError("dropped connection (control API)")  # no socket to drop: a 500
    if fault.status is None:
        return None  # latency only: the real answer follows
    headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
    return error_response(ApiError(fault.status, INJECTED, headers=headers))


async def _entry(
    request: Request, operation_id: str, status: int | None, fault: InjectedFault | None
) -> dict[str, Any]:
    try:
        raw = await request.body()
    except ClientDisconnect:
        raw = b""
    body: Any = None
    if raw:
        try:
            body = orjson.loads(raw) if len(raw) <= JOURNAL_BODY_LIMIT else f"<{len(raw)} bytes>"
        except orjson.JSONDecodeError:
            body = raw[:1024].decode("utf-8", "replace")
    return {
        "operation_id": operation_id,
        "method": request.method,
        "path": request.url.path,
        "query": dict(request.query_params),
        "body": body,
        "status": status,
        "fault": fault.id if fault is not None else None,
        "time": timestamp(DETERMINISM.now()),
    }
