"""A real forwarding HTTP proxy on loopback (absolute-form requests, one request per connection)."""

from __future__ import annotations

import socket
import socketserver
import urllib.parse
from contextlib import AbstractContextManager

from tests.wrapper.loopback import LoopbackServer, serving


class _Handler(socketserver.BaseRequestHandler):
    server: ForwardProxy

    def handle(self) -> None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = self.request.recv(65536)
            if not chunk:
                return
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, version = request_line.split(" ")
        headers = [line for line in header_lines if not line.lower().startswith(("proxy-", "connection"))]
        length = next((int(h.split(":")[1]) for h in headers if h.lower().startswith("content-length")), 0)
        while len(body) < length:
            body += self.request.recv(65536)
        url = urllib.parse.urlsplit(target)
        self.server.seen.append(f"{method} {target}")
        path = url.path + (f"?{url.query}" if url.query else "")
        forwarded = "\r\n".join([f"{method} {path} {version}", *headers, "Connection: close"]) + "\r\n\r\n"
        with socket.create_connection((url.hostname, url.port or 80)) as upstream:
            upstream.sendall(forwarded.encode("latin-1") + body)
            while chunk := upstream.recv(65536):
                self.request.sendall(chunk)


class ForwardProxy(LoopbackServer):
    def __init__(self) -> None:
        super().__init__(_Handler)
        self.seen: list[str] = []


def forward_proxy() -> AbstractContextManager[ForwardProxy]:
    return serving(ForwardProxy())
