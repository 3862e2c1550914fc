"""A real forwarding HTTP proxy on loopback (absolute-form requests, one request per connection)."""

from __future__ import annotations

import socket
import socketserver
import urllib.parse
from contextlib import AbstractContextManager

from tests.wrapper.loopback import LoopbackServer, read_request, serving


class _Handler(socketserver.BaseRequestHandler):
    server: ForwardProxy

    def handle(self) -> None:
        request = read_request(self.request)
        if request is None:
            return
        (request_line, *header_lines), body = request
        method, target, version = request_line.split(" ")
        headers = [line for line in header_lines if not line.lower().startswith(("proxy-", "connection"))]
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
