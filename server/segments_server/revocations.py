"""The newest key revocation, which every process compares with the one it last saw.

On SQLite it is read from the database file on every request: a local read of a few microseconds.
On PostgreSQL that read is a round trip per request for every worker, so a listener thread keeps
a connection that ``LISTEN``s on :data:`CHANNEL` (``revoke_key`` notifies it in the revoking
transaction) and requests read the number it holds. The listener also re-reads the number every
``HEARTBEAT_SECONDS`` (which notices a connection that died quietly, and a revocation made without
a notification); while it is not connected, requests read the database as on SQLite.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from .background import PostgresThread
from .db import Database
from .tables import KeyRevocation

CHANNEL = "segments_key_revocations"
LISTENER_NAME = "segments-server key revocations"
HEARTBEAT_SECONDS = 1.0
RETRY_SECONDS = 1.0
logger = logging.getLogger("segments_server")

# Plain SQL: this can run on every request, and skips the statement compiler's cache lookup.
_LATEST = f"SELECT max(id) FROM {KeyRevocation.__tablename__}"


def latest_revocation(connection: Connection) -> int | None:
    """The id of the newest revocation (None before the first)."""
    if connection.dialect.name == "sqlite":  # a local file: the driver directly, a few microseconds
        row = connection.connection.dbapi_connection.execute(_LATEST).fetchone()  # type: ignore[union-attr]
        return None if row is None else row[0]
    latest: int | None = connection.exec_driver_sql(_LATEST).scalar()
    return latest


def announce_revocation(session: Session) -> None:
    """Record a revocation in ``session``'s transaction (listeners hear of it when it commits)."""
    session.add(KeyRevocation())
    if session.get_bind().dialect.name == "postgresql":
        session.connection().exec_driver_sql(f"NOTIFY {CHANNEL}")


class RevocationWatch(PostgresThread):
    """The newest revocation for every request: pushed by PostgreSQL while a listener is connected,
    else read from the database."""

    thread_name = "key-revocations"

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self._pushed: int | None = None
        self._live = False

    @property
    def live(self) -> bool:
        """Whether the newest revocation is being pushed (no read per request)."""
        return self._live

    def latest(self) -> int | None:
        """The id of the newest revocation (None before the first)."""
        if self._live:
            return self._pushed
        return self._db.read(latest_revocation)

    def stop(self) -> None:
        super().stop()
        self._live = False

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                with self._db.dedicated_connection() as connection:
                    self._listen_on(connection.connection.driver_connection)
            except Exception as error:  # a dropped connection or a database that is down: read per request
                if self._live:
                    logger.warning("key revocation listener lost its connection (%s); retrying", error)
                self._live = False
                self._stop.wait(RETRY_SECONDS)
        self._live = False

    def _listen_on(self, driver: Any) -> None:
        driver.autocommit = True
        driver.execute(f"SET application_name = '{LISTENER_NAME}'")  # as operators see it in pg_stat_activity
        driver.execute(f"LISTEN {CHANNEL}")
        while not self._stop.is_set():
            # Listening first, then reading: a revocation committed after the read is announced.
            self._pushed = driver.execute(_LATEST).fetchone()[0]
            self._live = True
            for _ in driver.notifies(timeout=HEARTBEAT_SECONDS, stop_after=1):
                pass  # the read at the top of the loop takes the newest
