"""The spec and its rendered reference, served by the server (the console is Connexion's Swagger UI)."""

from __future__ import annotations

import json

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response

from .services import services_of


async def spec_yaml(request: Request) -> Response:
    """openapi.yaml exactly as written."""
    return Response(services_of(request).schemas.text, media_type="application/yaml")


async def spec_json(request: Request) -> Response:
    """The spec as JSON, listing this server first, so the console's requests come here."""
    spec = dict(services_of(request).schemas.spec)
    here = str(request.base_url).rstrip("/")
    others = [server for server in spec.get("servers", []) if server.get("url") != here]
    spec["servers"] = [{"url": here, "description": "This server"}, *others]
    return Response(json.dumps(spec), media_type="application/json")


async def reference_page(request: Request) -> Response:
    """The offline API reference built by `make docs` (docs/index.html)."""
    path = services_of(request).settings.docs_path
    if not path.is_file():
        return JSONResponse({"detail": "Not found. Build the reference page with `make docs`."}, status_code=404)
    return FileResponse(path, media_type="text/html")
