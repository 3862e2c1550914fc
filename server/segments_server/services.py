"""The per-app services: handlers get them as an argument, Starlette endpoints from ``app.state``."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .control import ControlState
    from .db import Database
    from .keys import KeyCache
    from .ratelimit import FailedAuthLimiter, RateLimiter
    from .releases import ReleaseExporter
    from .schemas import SpecSchemas
    from .settings import Settings
    from .storage import FileStore
    from .webhooks import WebhookSender


@dataclasses.dataclass
class Services:
    settings: Settings
    db: Database
    schemas: SpecSchemas
    storage: FileStore
    releases: ReleaseExporter
    keys: KeyCache
    limiter: RateLimiter | None = None
    failed_auth: FailedAuthLimiter | None = None
    control: ControlState | None = None
    webhooks: WebhookSender | None = None


def services_of(request: Any) -> Services:
    """The services of the app serving ``request`` (a Starlette request)."""
    services: Services = request.app.state.services
    return services
