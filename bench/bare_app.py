"""The baseline of the throughput benchmark: bare Starlette serving the same sample JSON."""

from __future__ import annotations

import os
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

BODY = Path(os.environ.get("BENCH_SAMPLE_JSON", "/dev/null")).read_bytes()


async def sample(_request: Request) -> Response:
    return Response(BODY, media_type="application/json")


async def ready(_request: Request) -> Response:
    return Response(b"{}", media_type="application/json")


app = Starlette(routes=[Route("/samples/{uuid}/", sample), Route("/openapi.json", ready)])
