"""ASGI middleware in front of Connexion: services, trailing slashes, body size and gzip."""

from __future__ import annotations

import json
import zlib
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .services import SCOPE_KEY, Services
from .storage import FILES_PREFIX, StorageError


async def _send_error(send: Send, status: int, detail: str, allow: str | None = None) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if allow is not None:
        headers.append((b"allow", allow.encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None


def _gunzip(data: bytes, limit: int) -> bytes:
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    out = decompressor.decompress(data, limit + 1)
    if len(out) > limit or decompressor.unconsumed_tail:
        raise StorageError(413, f"Decompressed request body too large (limit {limit} bytes).")
    if not decompressor.eof:
        raise StorageError(400, "Malformed gzip request body: the stream is truncated.")
    return out


class RequestPreparation:
    """Attaches the services; serves both slash forms of API paths without redirecting;
    rejects bodies over the limit with 413; decompresses ``Content-Encoding: gzip`` bodies.
    """

    def __init__(self, app: ASGIApp, services: Services) -> None:
        self.app = app
        self.services = services
        self.limit = services.settings.max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        scope[SCOPE_KEY] = self.services
        methods = self._normalise_path(scope)
        if methods is not None and scope["method"] not in methods:
            allow = ", ".join(sorted(methods))
            await _send_error(send, 405, f'Method "{scope["method"]}" not allowed. Allowed: {allow}.', allow)
            return
        if scope["path"].startswith(FILES_PREFIX):
            await self.app(scope, self._counting(receive), send)
            return
        length = _header(scope, b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await _send_error(send, 413, f"Request body too large (limit {self.limit} bytes).")
            return
        try:
            body = await self._read_body(receive)
            if body and (_header(scope, b"content-encoding") or "").lower() == "gzip":
                try:
                    body = _gunzip(body, self.limit)
                except zlib.error as exc:
                    raise StorageError(400, f"Malformed gzip request body: {exc}.") from exc
                scope["headers"] = [
                    (k, v) for k, v in scope["headers"] if k.lower() not in (b"content-encoding", b"content-length")
                ] + [(b"content-length", str(len(body)).encode())]
        except StorageError as exc:
            await _send_error(send, exc.status, exc.detail)
            return
        await self.app(scope, self._replay(body, receive), send)

    def _normalise_path(self, scope: Scope) -> frozenset[str] | None:
        """Rewrite the other slash form of an API path to the spec's; return its methods."""
        path: str = scope["path"]
        schemas = self.services.schemas
        if path.startswith(FILES_PREFIX):
            return None
        methods = schemas.methods_of(path)
        if methods is not None:
            return methods
        other = path[:-1] if path.endswith("/") else path + "/"
        methods = schemas.methods_of(other)
        if methods is not None:
            scope["path"] = other
            raw = scope.get("raw_path")
            if isinstance(raw, bytes):
                scope["raw_path"] = raw[:-1] if raw.endswith(b"/") else raw + b"/"
        return methods

    async def _read_body(self, receive: Receive) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                raise StorageError(413, f"Request body too large (limit {self.limit} bytes).")
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    @staticmethod
    def _replay(body: bytes, receive: Receive) -> Receive:
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return replay

    def _counting(self, receive: Receive) -> Receive:
        limit = self.services.storage.max_upload_bytes + 64 * 1024
        size = 0

        async def counted() -> Message:
            nonlocal size
            message: dict[str, Any] = dict(await receive())
            size += len(message.get("body", b""))
            if size > limit:
                raise StorageError(413, f"File too large (limit {self.services.storage.max_upload_bytes} bytes).")
            return message

        return counted
