"""API keys: random, shown once, stored as SHA-256 hashes, checked through a short-lived cache."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import secrets
import time

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from .db import Database
from .faults import DeadlinePassed
from .revocations import RevocationWatch, announce_revocation
from .tables import ApiKey, User, utcnow


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def issue_key(session: Session, user: User, name: str = "") -> str:
    """Create a new key for ``user`` (``name`` says what it is for) and return it; only its hash is stored."""
    key = secrets.token_hex(20)
    session.add(ApiKey(user_id=user.id, key_hash=hash_key(key), name=name))
    return key


def find_user_id(session: Session, key: str) -> int | None:
    """The user id owning ``key``, compared in constant time against the stored hash."""
    digest = hash_key(key)
    row = session.execute(select(ApiKey.user_id, ApiKey.key_hash).where(ApiKey.key_hash == digest)).first()
    if row is None or not hmac.compare_digest(row.key_hash, digest):
        return None
    return int(row.user_id)


def revoke_key(session: Session, key_id: int) -> bool:
    """Delete a key and record the revocation, so every process stops accepting it at once."""
    key = session.get(ApiKey, key_id)
    if key is None:
        return False
    session.delete(key)
    announce_revocation(session)
    return True


class KeyCache:
    """Recently verified keys (by hash): every request is authenticated, and looking the key up
    costs more than the rest of a simple GET. Coherent across processes: the cache is cleared when
    the newest revocation (see ``revocations.py``) is not the one it last saw, so a key revoked by
    any process is refused at once; entries also expire after ``ttl_seconds``."""

    def __init__(self, revocations: RevocationWatch, ttl_seconds: float = 30.0, max_entries: int = 10_000) -> None:
        self.revocations = revocations
        self.ttl = ttl_seconds
        self.max_entries = max_entries
        self._entries: dict[str, tuple[int, float]] = {}
        self._revocations_seen: int | None = None

    def forget(self) -> None:
        """Drop every remembered key (their users may be gone: ``testing.reset_state``)."""
        self._entries.clear()

    def cached(self, key: str) -> int | None:
        """The user id of a verified key that no revocation since may concern, or None."""
        latest = self.revocations.latest()
        if latest != self._revocations_seen:
            self._entries.clear()
            self._revocations_seen = latest
            return None
        entry = self._entries.get(hash_key(key))
        if entry is not None and entry[1] > time.monotonic():
            return entry[0]
        return None

    def lookup(self, db: Database, key: str) -> int | None:
        """The user id of ``key`` from the database (remembered when it exists), or None."""
        digest, now = hash_key(key), time.monotonic()
        with db.session(readonly=True) as session:
            user_id = find_user_id(session, key)
        if user_id is not None:
            # Recorded on a cache miss only: "last used" is exact to within the cache's lifetime. Only a
            # record: a read must not fail for it (a full disk, a lock held too long).
            with contextlib.suppress(SQLAlchemyError, DeadlinePassed), db.session() as session:
                session.execute(update(ApiKey).where(ApiKey.key_hash == digest).values(last_used_at=utcnow()))
            if len(self._entries) >= self.max_entries:
                self._entries.clear()
            self._entries[digest] = (user_id, now + self.ttl)
        return user_id
