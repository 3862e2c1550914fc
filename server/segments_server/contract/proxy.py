"""``segments-server proxy``: forward every request to an upstream API unchanged and check both
directions against the contract, keeping the drift report (at ``/_proxy/report`` while it runs,
printed on exit) and, with ``--record``, the traffic as HAR (secrets redacted)."""

from __future__ import annotations

import contextlib
import gzip
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..settings import DEFAULT_SPEC_PATH
from .drift import Contract, DriftReport, Exchange

logger = logging.getLogger(__name__)
REPORT_PATH = "/_proxy/report"
# Hop-by-hop headers, and what httpx sets itself for the new connection.
NOT_FORWARDED = frozenset({"host", "connection", "keep-alive", "transfer-encoding", "content-length", "upgrade"})
NOT_RETURNED = NOT_FORWARDED | {"content-encoding"}  # the body is passed on decoded


def _text(raw: bytes, headers: httpx.Headers) -> str | None:
    if headers.get("content-encoding", "").lower() == "gzip":
        with contextlib.suppress(OSError):
            raw = gzip.decompress(raw)
    try:
        return raw.decode("utf-8") if raw else None
    except UnicodeDecodeError:
        return None


def create_proxy(upstream: str, spec_path: Path = DEFAULT_SPEC_PATH, record: Path | None = None) -> Starlette:
    """The proxy application; ``app.state.report`` is its :class:`DriftReport`."""
    upstream = upstream.rstrip("/")
    report = DriftReport(Contract(spec_path), upstream)
    recorder = None
    if record is not None:
        try:
            from segments_client.recording import HarRecorder
        except ImportError:  # pragma: no cover - the SDK is installed beside the server in every set-up here
            raise SystemExit("--record needs the segments-client package (pip install segments-client)") from None
        recorder = HarRecorder(record, creator="segments-server proxy")
    client = httpx.AsyncClient(timeout=httpx.Timeout(300.0, connect=10.0), follow_redirects=False)

    async def forward(request: Request) -> Response:
        body = await request.body()
        headers = [(k, v) for k, v in request.headers.items() if k.lower() not in NOT_FORWARDED]
        outgoing = client.build_request(
            request.method, upstream + request.url.path, params=request.url.query, headers=headers, content=body
        )
        try:
            answer = await client.send(outgoing)
        except httpx.HTTPError as error:
            logger.warning("upstream %s: %s", upstream, error)
            return JSONResponse({"detail": f"The upstream API did not answer: {error}"}, status_code=502)
        report.add(
            Exchange(
                method=request.method,
                url=str(outgoing.url),
                request_body=_text(body, outgoing.headers),
                status=answer.status_code,
                response_body=_text(answer.content, httpx.Headers()),
                response_type=answer.headers.get("content-type", ""),
            )
        )
        if recorder is not None:
            recorder.record(outgoing, answer, 0.0, answer.elapsed.total_seconds())
        returned = {k: v for k, v in answer.headers.items() if k.lower() not in NOT_RETURNED}
        return Response(answer.content, status_code=answer.status_code, headers=returned)

    async def show_report(_request: Request) -> Response:
        return JSONResponse({**report.as_dict(), "summary": report.summary()})

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        await client.aclose()
        if recorder is not None:
            recorder.save()
        print(report.summary(), flush=True)

    methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
    app = Starlette(
        routes=[
            Route(REPORT_PATH, show_report, methods=["GET"]),
            Route("/{path:path}", forward, methods=methods),
        ],
        lifespan=lifespan,
    )
    app.state.report = report
    return app
