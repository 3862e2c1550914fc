"""The per-app services handlers reach through the request scope."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auth import KeyCache
    from .db import Database
    from .releases import ReleaseExporter
    from .schemas import SpecSchemas
    from .settings import Settings
    from .storage import Storage

SCOPE_KEY = "segments.services"


@dataclasses.dataclass
class Services:
    settings: Settings
    db: Database
    schemas: SpecSchemas
    storage: Storage
    releases: ReleaseExporter
    keys: KeyCache


def services_of(request: Any) -> Services:
    """The services of the app serving ``request`` (a Starlette or Connexion request)."""
    services: Services = request.scope[SCOPE_KEY]
    return services


def current() -> Services:
    """The services of the request being handled (Connexion's request context)."""
    from connexion import request

    return services_of(request)
