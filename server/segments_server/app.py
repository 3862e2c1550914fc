"""``create_app(settings)``: the ASGI application."""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import connexion
from connexion.exceptions import ProblemException
from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from connexion.options import SwaggerUIOptions
from connexion.resolver import Resolver
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp

from . import documentation, files, handlers
from .auth import KeyCache, SegmentsApiKeyHandler
from .db import Database
from .errors import NO_CREDENTIALS, NOT_FOUND, ApiError
from .middleware import RequestPreparation
from .releases import ReleaseExporter
from .schemas import SpecSchemas
from .services import Services
from .settings import Settings
from .storage import Storage
from .validation import validator_map

logger = logging.getLogger(__name__)


def _json_response(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> ConnexionResponse:
    return ConnexionResponse(
        status_code=status,
        body=json.dumps(body),
        content_type="application/json",
        headers=headers or {},
    )


def _api_error(_request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    assert isinstance(exc, ApiError)
    return _json_response(exc.status_code, exc.body(), exc.headers)


def _problem(_request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    """Connexion's own problems (validation, missing auth, routing) in our error format."""
    assert isinstance(exc, HTTPException)
    status = exc.status_code
    detail = str(getattr(exc, "detail", "") or "")
    headers = dict(getattr(exc, "headers", None) or {})
    if status == 401:
        detail = NO_CREDENTIALS
    elif status == 404:
        detail = NOT_FOUND
    elif status == 405:
        detail = f"Method not allowed. Allowed: {headers.get('Allow', '')}."
    elif status == 415:
        detail = "Unsupported media type: send Content-Type: application/json."
    elif status == 400:
        detail = f"Invalid request: {detail.rstrip('.')}." if detail else "Invalid request."
    elif status >= 500:
        logger.error("server error: %s", detail)
        detail = "Internal server error."
    return _json_response(status, {"detail": detail}, headers)


def _unexpected(_request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    logger.exception("unhandled error", exc_info=exc)
    return _json_response(500, {"detail": "Internal server error."})


def build_services(settings: Settings) -> Services:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(settings.effective_database_url)
    storage = Storage(settings.data_dir, settings.public_url, settings.max_body_bytes, settings.upload_expiry_seconds)
    return Services(
        settings=settings,
        db=db,
        schemas=SpecSchemas(settings.spec_path),
        storage=storage,
        releases=ReleaseExporter(db, storage, settings.release_workers),
        keys=KeyCache(),
    )


def create_app(settings: Settings) -> ASGIApp:
    """The server: Connexion routes and validates every operation of openapi.yaml."""
    services = build_services(settings)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Any) -> AsyncIterator[None]:
        services.releases.resume_pending()
        yield
        services.releases.shutdown()
        services.db.dispose()

    app = connexion.AsyncApp(
        __name__,
        lifespan=lifespan,
        security_map={"apiKey": SegmentsApiKeyHandler},
        validator_map=validator_map(),
    )

    app.add_url_rule("/files/upload/", "upload", files.upload, methods=["POST"])
    app.add_url_rule("/files/{key:path}", "download", files.download, methods=["GET"])
    app.add_url_rule("/openapi.yaml", "spec_yaml", documentation.spec_yaml, methods=["GET"])
    app.add_url_rule("/openapi.json", "spec_json", documentation.spec_json, methods=["GET"])
    app.add_url_rule("/docs", "docs", documentation.reference_page, methods=["GET"])
    app.add_api(
        services.schemas.spec,
        resolver=Resolver(function_resolver=handlers.resolve),
        validate_responses=settings.validate_responses,
        strict_validation=False,
        swagger_ui_options=SwaggerUIOptions(
            serve_spec=False,  # served above, as written (YAML) and for this server (JSON)
            swagger_ui=True,
            swagger_ui_path="/ui",
            swagger_ui_config={"persistAuthorization": True, "validatorUrl": None, "tryItOutEnabled": True},
        ),
    )
    app.add_error_handler(ApiError, _api_error)
    app.add_error_handler(ProblemException, _problem)
    app.add_error_handler(HTTPException, _problem)
    app.add_error_handler(Exception, _unexpected)
    wrapped = RequestPreparation(app, services)
    wrapped.services = services  # type: ignore[attr-defined]
    return wrapped
