"""Pure ASGI middleware in front of the routes, one concern each: path forms and methods, bodies, faults."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ApiError, error_response
from .faults import FaultLog, answer_to
from .storage import FILES_PREFIX

GZIP_CHUNK = 64 * 1024


def header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None


class ClientDisconnected(Exception):
    """The client went away before its request body was complete."""


async def _answer(error: ApiError, scope: Scope, receive: Receive, send: Send) -> None:
    await error_response(error)(scope, receive, send)


class Faults:
    """Answers what no handler did: a fault outside the request's control (database down or hung,
    disk full) with its documented 503 or 507, anything else with a JSON 500. The connection stays
    open (the exception goes no further), and the fault log (``FaultLog``) says why without a flood."""

    def __init__(self, app: ASGIApp, log: FaultLog | None = None) -> None:
        self.app = app
        self.log = log or FaultLog()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception as error:
            answer = answer_to(error) or ApiError(500, "Internal server error.")
            self.log.failed(f"{scope['method']} {scope['path']}", error, answer.status_code)
            if started:
                raise  # half a response is out: only closing the connection tells the client
            await _answer(answer, scope, receive, send)


class PathForms:
    """Serves both slash forms of an API path (no redirect: it would turn POST into GET and drop the
    body) and answers 405 with ``Allow`` for a method the spec does not define on the path."""

    def __init__(self, app: ASGIApp, methods_of: Callable[[str], frozenset[str] | None]) -> None:
        self.app = app
        self.methods_of = methods_of

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not scope["path"].startswith(FILES_PREFIX):
            scope, methods = self._normalise(scope)
            if methods is not None and "GET" in methods:
                methods = methods | {"HEAD"}  # HTTP: HEAD is GET without the body
            if methods is not None and scope["method"] not in methods:
                allow = ", ".join(sorted(methods))
                detail = f'Method "{scope["method"]}" not allowed. Allowed: {allow}.'
                await _answer(ApiError(405, detail, headers={"Allow": allow}), scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _normalise(self, scope: Scope) -> tuple[Scope, frozenset[str] | None]:
        """The scope with the spec's form of the path (a copy: the server's own scope keeps the path as
        sent, for its access log), and the methods the spec defines on it."""
        path: str = scope["path"]
        methods = self.methods_of(path)
        if methods is not None:
            return scope, methods
        other = path[:-1] if path.endswith("/") else path + "/"
        methods = self.methods_of(other)
        if methods is not None:
            scope = {**scope, "path": other}
            raw = scope.get("raw_path")
            if isinstance(raw, bytes):
                scope["raw_path"] = raw[:-1] if raw.endswith(b"/") else raw + b"/"
        return scope, methods


class RequestBodies:
    """Bounds request bodies: 413 over ``limit`` bytes (also after inflating ``Content-Encoding: gzip``,
    which is decompressed as it arrives, so memory stays bounded by the limit); file uploads are
    counted against the storage's own limit as they stream."""

    def __init__(self, app: ASGIApp, limit: int, upload_limit: int) -> None:
        self.app = app
        self.limit = limit
        self.upload_limit = upload_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"].startswith(FILES_PREFIX):
            await self.app(scope, self._counting(receive), send)
            return
        length = header(scope, b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await _answer(ApiError(413, f"Request body too large (limit {self.limit} bytes)."), scope, receive, send)
            return
        gzipped = (header(scope, b"content-encoding") or "").lower() == "gzip"
        try:
            body = await self._read(receive, gzipped)
        except ApiError as error:
            await _answer(error, scope, receive, send)
            return
        except ClientDisconnected:
            return  # nobody to answer; a partial body is never handled
        if gzipped:
            scope["headers"] = [
                (k, v) for k, v in scope["headers"] if k.lower() not in (b"content-encoding", b"content-length")
            ] + [(b"content-length", str(len(body)).encode())]
        await self.app(scope, _replay(body, receive), send)

    async def _read(self, receive: Receive, gzipped: bool) -> bytearray:
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS) if gzipped else None
        body = bytearray()  # grown in place: no second copy of a large body while it is joined
        size = received = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise ClientDisconnected
            chunk = message.get("body", b"")
            received += len(chunk)
            if received > self.limit:
                raise ApiError(413, f"Request body too large (limit {self.limit} bytes).")
            if inflater is not None:
                chunk = self._inflate(inflater, chunk, self.limit - size)
            size += len(chunk)
            body += chunk
            if not message.get("more_body", False):
                break
        if inflater is not None and received and not inflater.eof:
            raise ApiError(400, "Malformed gzip request body: the stream is truncated.")
        return body

    def _inflate(self, inflater: Any, data: bytes, room: int) -> bytes:
        out: list[bytes] = []
        try:
            while data:
                piece = inflater.decompress(data, GZIP_CHUNK)
                room -= len(piece)
                if room < 0:
                    raise ApiError(413, f"Decompressed request body too large (limit {self.limit} bytes).")
                out.append(piece)
                data = inflater.unconsumed_tail
                if inflater.eof:
                    break
        except zlib.error as exc:
            raise ApiError(400, f"Malformed gzip request body: {exc}.") from None
        return b"".join(out)

    def _counting(self, receive: Receive) -> Receive:
        limit = self.upload_limit + 64 * 1024
        size = 0

        async def counted() -> Message:
            nonlocal size
            message: dict[str, Any] = dict(await receive())
            size += len(message.get("body", b""))
            if size > limit:
                raise ApiError(413, f"File too large (limit {self.upload_limit} bytes).")
            return message

        return counted


def _replay(body: bytes | bytearray, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
