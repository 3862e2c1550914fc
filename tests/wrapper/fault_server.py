"""A real socket server that answers what a test scripts: what proxies, CDNs and networks do.

Each connection reads one request and plays one ``Fault``: raw bytes of a whole response (any
status, headers and body), headers then a body cut short, or nothing at all (headers that never
come). Requests are recorded, so tests can count attempts.
"""

from __future__ import annotations

import dataclasses
import socket
import socketserver
import threading
import time
from contextlib import AbstractContextManager

from tests.wrapper.loopback import LoopbackServer, read_request, serving


@dataclasses.dataclass(frozen=True)
class Fault:
    """What to answer: ``status`` with ``headers`` and ``body``; ``cut`` closes after that many body
    bytes while announcing all of them; ``silent`` sends nothing for that many seconds."""

    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "application/json"),)
    reason: str = "Whatever"
    cut: int | None = None
    silent: float = 0.0

    def raw(self) -> bytes:
        head = [f"HTTP/1.1 {self.status} {self.reason}", f"Content-Length: {len(self.body)}", "Connection: close"]
        head += [f"{name}: {value}" for name, value in self.headers]
        body = self.body if self.cut is None else self.body[: self.cut]
        return ("\r\n".join(head) + "\r\n\r\n").encode() + body


class _Handler(socketserver.BaseRequestHandler):
    server: FaultServer

    def handle(self) -> None:
        self.request.settimeout(5)
        request = read_request(self.request)
        if request is None:
            return
        fault = self.server.next_fault(request[0][0])
        if fault.silent:
            time.sleep(fault.silent)
            return
        self.request.sendall(fault.raw())
        self.request.shutdown(socket.SHUT_WR)


class FaultServer(LoopbackServer):
    def __init__(self) -> None:
        super().__init__(_Handler)
        self.faults: list[Fault] = []
        self.requests: list[str] = []
        self._lock = threading.Lock()

    def script(self, *faults: Fault) -> None:
        """Answer these in turn; the last one repeats."""
        with self._lock:
            self.faults = list(faults)
            self.requests = []

    def next_fault(self, request_line: str) -> Fault:
        with self._lock:
            self.requests.append(request_line)
            return self.faults.pop(0) if len(self.faults) > 1 else self.faults[0]


def fault_server() -> AbstractContextManager[FaultServer]:
    return serving(FaultServer())
