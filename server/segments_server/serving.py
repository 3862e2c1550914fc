"""Running the app under uvicorn: read timeouts for slow clients, and several worker processes.

uvicorn closes idle keep-alive connections, but not one that sends half a request head and then
nothing, or a body that stops short of its Content-Length: such a connection would stay open
forever. ``GuardedHttpToolsProtocol`` gives every request head ``HEADER_TIMEOUT`` seconds to
arrive whole, and every body ``BODY_IDLE_TIMEOUT`` seconds between two chunks and
``BODY_DEADLINE`` seconds in all; then it answers 408 (or just closes, when a response has
started) and drops the connection. A request head is also bounded, as production servers bound
it: at most ``MAX_HEAD_BYTES`` and ``MAX_HEADERS`` header lines, else 431 (httptools itself
would buffer a header of any size).
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import os
import socket
import sys
from pathlib import Path
from typing import Any

import orjson
import uvicorn
from uvicorn.config import STARTUP_FAILURE
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.supervisors import Multiprocess

from .settings import Settings

DROP_EXTENSION = "segments.drop_connection"  # ASGI scope extension: abort the connection unanswered

HEADER_TIMEOUT = 10.0
BODY_IDLE_TIMEOUT = 30.0
BODY_DEADLINE = 300.0
MAX_HEAD_BYTES = 64 * 1024
MAX_HEADERS = 100
LINGER_SECONDS = 2.0
SETTINGS_VARIABLE = "SEGMENTS_SERVER_WORKER_SETTINGS"
logger = logging.getLogger("uvicorn.error")


def _closing_answer(status: int, reason: str, detail: str) -> bytes:
    """A whole JSON error response that closes the connection, written by the protocol itself (the
    request never reached the app, or the app cannot answer any more)."""
    body = orjson.dumps({"detail": detail})
    head = f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n"
    return head.encode() + b"connection: close\r\n\r\n" + body


class _HeadTooLarge(Exception):
    """Raised inside the parser's callbacks to stop at a request head over the limits."""


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with read timeouts for request heads and bodies."""

    header_timeout = HEADER_TIMEOUT
    body_timeout = BODY_IDLE_TIMEOUT
    body_deadline = BODY_DEADLINE
    _body_due = 0.0
    max_head_bytes = MAX_HEAD_BYTES
    max_headers = MAX_HEADERS
    _read_timer: asyncio.TimerHandle | None = None
    _reading_head = True
    _head_bytes = 0
    _header_count = 0
    _head_rejected = False
    _lingering = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm(self.header_timeout)

    def data_received(self, data: bytes) -> None:
        if self._lingering:
            return  # the answer is sent; what the client still sends is dropped until we close
        if self._reading_head:
            self._head_bytes += len(data)
        super().data_received(data)
        if self._reading_head and self._head_bytes > self.max_head_bytes:
            self._reject_head()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._reading_head, self._header_count = True, 0
        self._arm(self.header_timeout)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_count += 1
        if self._header_count <= self.max_headers:
            super().on_header(name, value)

    def on_headers_complete(self) -> None:
        if self._header_count > self.max_headers:
            self._head_rejected = True
            raise _HeadTooLarge  # stops the parser before the request reaches the app
        self._reading_head = False
        self._head_bytes = 0
        super().on_headers_complete()
        # The control API's injected "dropped connection": the app may close this connection unanswered.
        extensions: dict[str, Any] = dict(self.scope.get("extensions") or {})
        extensions[DROP_EXTENSION] = self.transport.abort
        self.scope["extensions"] = extensions  # type: ignore[typeddict-item]
        self._body_due = self.loop.time() + self.body_deadline
        self._arm(min(self.body_timeout, self.body_deadline))

    def on_body(self, body: bytes) -> None:
        super().on_body(body)
        # Idle at most body_timeout between chunks, and body_deadline in all (a trickle is no body).
        self._arm(max(0.0, min(self.body_timeout, self._body_due - self.loop.time())))

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._disarm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self, seconds: float) -> None:
        self._disarm()
        self._read_timer = self.loop.call_later(seconds, self._read_timed_out)

    def _disarm(self) -> None:
        if self._read_timer is not None:
            self._read_timer.cancel()
            self._read_timer = None

    def send_400_response(self, msg: str) -> None:
        if self._head_rejected:  # the parser stopped at our own _HeadTooLarge
            self._reject_head()
        else:
            super().send_400_response(msg)

    def _reject_head(self) -> None:
        self._disarm()
        if self.transport.is_closing():
            return
        detail = f"Request header fields too large (limit {self.max_head_bytes} bytes, {self.max_headers} fields)."
        self.transport.write(_closing_answer(431, "Request Header Fields Too Large", detail))
        # A lingering close: closing with unread data would reset the connection and could destroy the
        # answer before the client reads it; so the write side is shut, the rest read and dropped, and
        # the connection closed a moment later.
        self._lingering = True
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.loop.call_later(LINGER_SECONDS, self.transport.close)

    def _read_timed_out(self) -> None:
        self._read_timer = None
        if self.transport.is_closing():
            return
        if self.cycle is None or not self.cycle.response_started:
            detail = "Request timeout: the request did not arrive in time."
            self.transport.write(_closing_answer(408, "Request Timeout", detail))
        if self.cycle is not None:  # the app, if it started, sees a disconnect and sends nothing more
            self.cycle.disconnected = True
            self.cycle.message_event.set()
        self.transport.close()


def uvicorn_options() -> dict[str, Any]:
    """What every way of serving the app passes to uvicorn."""
    return {"http": GuardedHttpToolsProtocol, "loop": "uvloop", "timeout_keep_alive": 5}


def settings_to_environment(settings: Settings) -> None:
    """Hand the settings to worker processes (they build the app with ``app_from_environment``)."""
    values = {field.name: getattr(settings, field.name) for field in dataclasses.fields(settings)}
    os.environ[SETTINGS_VARIABLE] = json.dumps(values, default=str)


def app_from_environment() -> Any:
    """The app of one worker process, from the settings its parent put in the environment."""
    from .app import create_app

    values = json.loads(os.environ[SETTINGS_VARIABLE])
    paths = {field.name for field in dataclasses.fields(Settings) if field.type in ("Path", Path)}
    arguments: dict[str, Any] = {k: Path(v) if k in paths and v is not None else v for k, v in values.items()}
    return create_app(Settings(**arguments))


def _bound_socket(host: str, port: int, kind: type[socket.socket] = socket.socket) -> socket.socket:
    sock = kind(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to ``host`` and ``port`` (a free one for 0) that no other server shares: binding
    fails with ``OSError`` while another process listens there (closed connections' ports do not count)."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def _free_port(host: str, port: int) -> int:
    """``port`` (a free one for 0), after checking that no other server listens on it: sockets that
    share a port with ``SO_REUSEPORT`` would let a second server take half of the connections."""
    with listening_socket(host, port) as probe:
        return int(probe.getsockname()[1])


class PerWorkerSocket(socket.socket):
    """The listening address of several workers, each with a socket of its own (``SO_REUSEPORT``).

    uvicorn's workers share one socket, and the first to wake accepts every connection waiting:
    a burst of keep-alive clients (a test suite's workers, a load test) all lands on one process
    while the others idle. With a socket per worker the kernel spreads connections over them. This
    socket, bound in the parent, holds the port; every worker process that unpickles it (uvicorn
    starts workers with multiprocessing's spawn) gets a new socket bound to the same address.
    """

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return _bound_socket, self.getsockname()[:2]


def run_workers(config: uvicorn.Config) -> None:
    """Serve ``config`` (the app as an import string) with ``config.workers`` worker processes."""
    if not hasattr(socket, "SO_REUSEPORT"):  # Windows: uvicorn's one shared socket
        Multiprocess(config, sockets=[config.bind_socket()]).run()
        return
    try:
        sock = _bound_socket(config.host, _free_port(config.host, config.port), PerWorkerSocket)
    except OSError as exc:
        logger.error("cannot listen on %s port %d: %s", config.host, config.port, exc.strerror)
        sys.exit(STARTUP_FAILURE)
    logger.info("Uvicorn running on http://%s:%d (Press CTRL+C to quit)", *sock.getsockname()[:2])
    Multiprocess(config, sockets=[sock]).run()
