"""API keys: random, shown once, stored as SHA-256 hashes."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from typing import Any

from connexion.security import ApiKeySecurityHandler
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import Database
from .errors import INVALID_TOKEN, NO_CREDENTIALS, ApiError
from .services import services_of
from .tables import ApiKey, User

SCHEME = "apikey"


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def issue_key(session: Session, user: User) -> str:
    """Create a new key for ``user`` and return it; only its hash is stored."""
    key = secrets.token_hex(20)
    session.add(ApiKey(user_id=user.id, key_hash=hash_key(key)))
    return key


def find_user_id(session: Session, key: str) -> int | None:
    """The user id owning ``key``, compared in constant time against the stored hash."""
    digest = hash_key(key)
    row = session.execute(select(ApiKey.user_id, ApiKey.key_hash).where(ApiKey.key_hash == digest)).first()
    if row is None or not hmac.compare_digest(row.key_hash, digest):
        return None
    return int(row.user_id)


class KeyCache:
    """Recently verified keys (by hash) for a few seconds: every request is authenticated, and a
    database round trip per request would cost more than the rest of a simple GET."""

    def __init__(self, ttl_seconds: float = 30.0, max_entries: int = 10_000) -> None:
        self.ttl = ttl_seconds
        self.max_entries = max_entries
        self._entries: dict[str, tuple[int, float]] = {}

    def user_id(self, db: Database, key: str) -> int | None:
        digest = hash_key(key)
        now = time.monotonic()
        cached = self._entries.get(digest)
        if cached is not None and cached[1] > now:
            return cached[0]
        with db.session() as session:
            user_id = find_user_id(session, key)
        if user_id is not None:
            if len(self._entries) >= self.max_entries:
                self._entries.clear()
            self._entries[digest] = (user_id, now + self.ttl)
        return user_id


def _parse_header(value: str) -> str | None:
    scheme, _, key = value.strip().partition(" ")
    if scheme.lower() != SCHEME or not key.strip():
        return None
    return key.strip()


def api_key_info(apikey: str, required_scopes: Any = None, request: Any = None) -> dict[str, Any]:
    """Connexion's key check: the token info of a valid ``APIKey <key>`` header."""
    if not apikey.strip():
        raise ApiError(401, NO_CREDENTIALS)
    key = _parse_header(apikey)
    if key is None:
        raise ApiError(401, INVALID_TOKEN)
    services = services_of(request)
    user_id = services.keys.user_id(services.db, key)
    if user_id is None:
        raise ApiError(401, INVALID_TOKEN)
    return {"sub": user_id}


class SegmentsApiKeyHandler(ApiKeySecurityHandler):
    """Resolves every apiKey scheme to :func:`api_key_info`, so the spec names no Python."""

    def _resolve_func(self, security_scheme: dict[str, Any]) -> Any:
        return api_key_info
