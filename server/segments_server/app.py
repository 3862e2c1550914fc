"""``create_app(settings)``: the ASGI application, compiled from openapi.yaml at start-up."""

from __future__ import annotations

import contextlib
import gc
import logging
from collections import defaultdict
from collections.abc import AsyncIterator
from typing import Any

import anyio.to_thread
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from . import documentation, files, handlers
from .api.endpoint import path_endpoint
from .api.operations import Operation, compile_operations
from .control import ControlState
from .db import Database
from .determinism import DETERMINISM
from .errors import NOT_FOUND, ApiError, error_response
from .keys import KeyCache
from .middleware import Faults, PathForms, RequestBodies
from .ratelimit import FailedAuthLimiter, RateLimiter
from .releases import ReleaseExporter
from .revocations import RevocationWatch
from .schemas import SpecSchemas
from .services import Services
from .settings import Settings
from .statistics import StatisticsKeeper
from .storage import FileStore, Storage
from .webhooks import WebhookSender

logger = logging.getLogger(__name__)


def build_storage(settings: Settings) -> FileStore:
    """The data dir's files, or S3-compatible object storage with ``storage_url``."""
    if settings.storage_url:
        from .storage_s3 import S3Storage  # boto3 only when it is used (pip install segments-server[s3])

        scratch = settings.data_dir / "scratch"  # release files are written here, then uploaded
        return S3Storage(settings.storage_url, scratch, settings.max_body_bytes, settings.upload_expiry_seconds)
    return Storage(settings.data_dir, settings.public_url, settings.max_body_bytes, settings.upload_expiry_seconds)


def build_services(settings: Settings) -> Services:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(settings.effective_database_url)
    storage = build_storage(settings)
    return Services(
        settings=settings,
        db=db,
        schemas=SpecSchemas(settings.spec_path),
        storage=storage,
        releases=ReleaseExporter(db, storage, settings.release_workers, settings.release_lease_seconds),
        keys=KeyCache(RevocationWatch(db)),
        limiter=RateLimiter(settings.rate_limit_per_second) if settings.rate_limit_per_second else None,
        failed_auth=FailedAuthLimiter(),
        control=ControlState(settings.control_token) if settings.control_token else None,
        webhooks=WebhookSender(db),
    )


def api_routes(operations: list[Operation], services: Services) -> list[BaseRoute]:
    by_path: dict[str, dict[str, Operation]] = defaultdict(dict)
    for operation in operations:
        by_path[operation.path][operation.method] = operation
    return [Route(path, path_endpoint(methods, services), methods=list(methods)) for path, methods in by_path.items()]


async def _api_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc)


async def _http_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    detail = NOT_FOUND if exc.status_code == 404 else str(exc.detail)
    return error_response(ApiError(exc.status_code, detail, headers=dict(exc.headers or {})))


def create_app(settings: Settings) -> Any:
    """The server: every operation of openapi.yaml routed, validated and handled."""
    services = build_services(settings)
    operations = compile_operations(services.schemas.spec, handlers.resolve)
    statistics = StatisticsKeeper(services.db)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        # Few worker threads: handlers are short, and dozens of threads fighting for the GIL (and,
        # on SQLite, for the one write lock) cost more than they overlap.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.handler_threads
        services.releases.start()
        if services.webhooks is not None:
            services.webhooks.start()
        services.keys.revocations.start()
        statistics.start()
        # What start-up made (the spec, compiled validators, routes, tables) lives as long as the app:
        # kept out of the collector's full passes, which otherwise walk all of it (~80 ms) every second
        # or two under load, stalling every request in flight (mixed load, SQLite: p99 155 -> 68 ms).
        gc.collect()
        gc.freeze()
        yield
        gc.unfreeze()  # collectable again once the app is done (tests run many apps in one process)
        statistics.stop()
        services.keys.revocations.stop()
        services.releases.shutdown()
        if services.webhooks is not None:
            services.webhooks.stop()
        services.db.dispose()
        if services.control is not None:
            services.control.close()
            DETERMINISM.configure(None, None)  # process-wide: no later server of this process inherits it

    routes: list[BaseRoute] = [
        *api_routes(operations, services),
        Route("/files/upload/", files.upload, methods=["POST"]),
        Route("/files/{key:path}", files.download, methods=["GET"]),
        Route("/openapi.yaml", documentation.spec_yaml, methods=["GET"]),
        Route("/openapi.json", documentation.spec_json, methods=["GET"]),
        Route("/", documentation.landing, methods=["GET"]),
        Route("/docs", documentation.reference_page, methods=["GET"]),
        Route("/ui", documentation.console, methods=["GET"]),
        Route("/ui/", documentation.console, methods=["GET"]),
        Mount("/ui", StaticFiles(directory=documentation.SWAGGER_UI_DIR), name="swagger-ui"),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={ApiError: _api_error, HTTPException: _http_error},
        middleware=[Middleware(Faults)],
    )
    app.state.services = services
    limited = RequestBodies(app, settings.max_body_bytes, services.storage.max_upload_bytes)
    wrapped = PathForms(limited, services.schemas.methods_of)
    wrapped.services = services  # type: ignore[attr-defined]
    return wrapped
