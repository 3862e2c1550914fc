"""Record API traffic as HAR (HTTP Archive 1.2), with secrets redacted, for ``segments-contract drift``.

``SegmentsClient(record_to="traffic.har")`` (or ``SEGMENTS_RECORD_TO=traffic.har``) records every
call the client makes; :class:`RecordingTransport` records through any ``httpx`` client. API keys,
control tokens, cookies, upload-form signatures and the signatures of signed URLs are replaced by
``REDACTED`` before anything is kept. JSON bodies are recorded; others only by size.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import gzip
import json
import os
import re
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from ._version import __version__

REDACTED = "REDACTED"
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-control-token"})
SECRET_FIELDS = re.compile(
    r"^(api_key|token|policy|signature|x-amz-signature|x-amz-credential|x-amz-security-token)$", re.I
)
SECRET_QUERY = re.compile(r"^(signature|x-amz-signature|x-amz-credential|x-amz-security-token|token)$", re.I)
MAX_RECORDED_BODY = 8 * 1024 * 1024


def redact_url(url: str) -> str:
    """``url`` with the values of its signature and credential query parameters redacted."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    query = [(name, REDACTED if SECRET_QUERY.match(name) else value) for name, value in parse_qsl(parts.query, True)]
    return urlunsplit(parts._replace(query=urlencode(query)))


def redact_json(value: Any) -> Any:
    """A JSON value with secret fields and the signatures inside URLs redacted."""
    if isinstance(value, dict):
        return {key: REDACTED if SECRET_FIELDS.match(key) else redact_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [redact_json(item) for item in value]
    if isinstance(value, str) and value.startswith(("http://", "https://")) and "?" in value:
        return redact_url(value)
    return value


def _headers(headers: httpx.Headers) -> list[dict[str, str]]:
    return [
        {"name": name, "value": REDACTED if name.lower() in SECRET_HEADERS else value}
        for name, value in headers.multi_items()
    ]


def _content(raw: bytes, headers: httpx.Headers) -> dict[str, Any]:
    """HAR ``content``/``postData`` of a body: its JSON text, redacted, or only its size."""
    mime = headers.get("content-type", "")
    if headers.get("content-encoding", "").lower() == "gzip":
        try:
            raw = gzip.decompress(raw)
        except OSError:
            return {"mimeType": mime, "size": len(raw)}
    recorded: dict[str, Any] = {"mimeType": mime, "size": len(raw)}
    if raw and "json" in mime and len(raw) <= MAX_RECORDED_BODY:
        with contextlib.suppress(ValueError):  # not JSON after all: recorded by size
            recorded["text"] = json.dumps(redact_json(json.loads(raw)))
    return recorded


def _body(message: httpx.Request | httpx.Response) -> bytes:
    """The body if it was read into memory; a streamed one (an upload, a download) is not kept."""
    try:
        return message.content
    except (httpx.RequestNotRead, httpx.ResponseNotRead):
        return b""


def har_entry(request: httpx.Request, response: httpx.Response, started: float, seconds: float) -> dict[str, Any]:
    """One HAR entry for a request and its response (a body that was not read is recorded empty)."""
    url = redact_url(str(request.url))
    sent, received = _body(request), _body(response)
    request_content = _content(sent, request.headers) if sent else None
    entry_request: dict[str, Any] = {
        "method": request.method,
        "url": url,
        "httpVersion": "HTTP/1.1",
        "headers": _headers(request.headers),
        "queryString": [{"name": k, "value": v} for k, v in parse_qsl(urlsplit(url).query, True)],
        "cookies": [],
        "headersSize": -1,
        "bodySize": len(sent),
    }
    if request_content is not None:
        entry_request["postData"] = request_content
    return {
        "startedDateTime": dt.datetime.fromtimestamp(started, dt.UTC).isoformat().replace("+00:00", "Z"),
        "time": round(seconds * 1000, 3),
        "request": entry_request,
        "response": {
            "status": response.status_code,
            "statusText": response.reason_phrase,
            "httpVersion": response.http_version,
            "headers": _headers(response.headers),
            "cookies": [],
            "content": _content(received, response.headers),
            "redirectURL": response.headers.get("location", ""),
            "headersSize": -1,
            "bodySize": len(received),
        },
        "cache": {},
        "timings": {"send": 0, "wait": round(seconds * 1000, 3), "receive": 0},
    }


class HarRecorder:
    """Entries kept in memory and written to ``path`` as one HAR document by :meth:`save` (also at exit)."""

    def __init__(self, path: str | os.PathLike[str], creator: str = "segments-client") -> None:
        self.path = Path(path).absolute()  # saved at exit too, when the working directory may differ
        self.creator = creator
        self.entries: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        atexit.register(self.save)

    def record(self, request: httpx.Request, response: httpx.Response, started: float, seconds: float) -> None:
        entry = har_entry(request, response, started, seconds)
        with self._lock:
            self.entries.append(entry)

    def document(self) -> dict[str, Any]:
        with self._lock:
            entries = list(self.entries)
        return {
            "log": {"version": "1.2", "creator": {"name": self.creator, "version": __version__}, "entries": entries}
        }

    def save(self) -> None:
        """Write every entry so far (the file is replaced, so it always holds one whole document)."""
        temporary = self.path.with_name(f".{self.path.name}.tmp")
        temporary.write_text(json.dumps(self.document(), indent=1))
        temporary.replace(self.path)

    def close(self) -> None:
        """Save, and no more at exit (a process that makes many clients keeps none of their recordings)."""
        self.save()
        atexit.unregister(self.save)


def _readable(response: httpx.Response) -> bool:
    return "json" in response.headers.get("content-type", "")


class RecordingTransport(httpx.BaseTransport):
    """An httpx transport that records each JSON exchange into ``recorder`` (other bodies by size)."""

    def __init__(self, recorder: HarRecorder, inner: httpx.BaseTransport | None = None) -> None:
        self.recorder = recorder
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started, clock = time.time(), time.perf_counter()
        response = self.inner.handle_request(request)
        if _readable(response):
            response.read()
        self.recorder.record(request, response, started, time.perf_counter() - clock)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    """:class:`RecordingTransport` for ``httpx.AsyncClient``."""

    def __init__(self, recorder: HarRecorder, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self.recorder = recorder
        self.inner = inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        started, clock = time.time(), time.perf_counter()
        response = await self.inner.handle_async_request(request)
        if _readable(response):
            await response.aread()
        self.recorder.record(request, response, started, time.perf_counter() - clock)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
