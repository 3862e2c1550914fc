"""The spec, its rendered reference (``/docs``) and the Swagger UI console (``/ui``), all served offline."""

from __future__ import annotations

import json
from pathlib import Path

import swagger_ui_bundle
from starlette.requests import Request
from starlette.responses import FileResponse, RedirectResponse, Response

from .errors import ApiError
from .services import services_of


async def landing(_request: Request) -> Response:
    """``/`` leads a browser to the API reference."""
    return RedirectResponse("/docs", status_code=307)


async def spec_yaml(request: Request) -> Response:
    """openapi.yaml exactly as written."""
    return Response(services_of(request).schemas.text, media_type="application/yaml")


async def spec_json(request: Request) -> Response:
    """The spec as JSON, listing this server (its configured public URL, never the request's ``Host``)
    first, so the console's requests come here."""
    services = services_of(request)
    spec = dict(services.schemas.spec)
    here = services.settings.public_url.rstrip("/")
    others = [server for server in spec.get("servers", []) if server.get("url") != here]
    spec["servers"] = [{"url": here, "description": "This server"}, *others]
    return Response(json.dumps(spec), media_type="application/json")


async def reference_page(request: Request) -> Response:
    """The offline API reference built by `make docs` (docs/index.html)."""
    path = services_of(request).settings.docs_path
    if not path.is_file():
        raise ApiError(404, "Not found. Build the reference page with `make docs`.")
    return FileResponse(path, media_type="text/html", headers=PAGE_HEADERS)


# Pages that hold or take an API key are never framed by another site (clickjacking).
PAGE_HEADERS = {
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
}
SWAGGER_UI_DIR = Path(swagger_ui_bundle.swagger_ui_path)
_CONSOLE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>Segments.ai API console</title>
  <link rel="stylesheet" type="text/css" href="/ui/swagger-ui.css">
  <link rel="icon" type="image/png" href="/ui/favicon-32x32.png" sizes="32x32">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/ui/swagger-ui-bundle.js"></script>
  <script src="/ui/swagger-ui-standalone-preset.js"></script>
  <script>
    window.onload = () => {
      window.ui = SwaggerUIBundle({
        url: "/openapi.json",
        dom_id: "#swagger-ui",
        deepLinking: true,
        validatorUrl: null,
        persistAuthorization: true,
        tryItOutEnabled: true,
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        layout: "StandaloneLayout",
      });
    };
  </script>
</body>
</html>
"""


async def console(_request: Request) -> Response:
    """The Swagger UI console for this server's spec (assets from the swagger-ui-bundle package)."""
    return Response(_CONSOLE, media_type="text/html", headers=PAGE_HEADERS)
