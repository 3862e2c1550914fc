"""A worker's background thread for PostgreSQL upkeep (SQLite, one local file, needs none)."""

from __future__ import annotations

import threading

from .db import Database


class PostgresThread:
    """Runs ``_run`` on a daemon thread from ``start`` (on PostgreSQL only) until ``stop``; ``_run``
    waits on ``self._stop`` and returns soon after it is set."""

    thread_name = "postgres-upkeep"

    def __init__(self, db: Database) -> None:
        self._db = db
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._db.is_sqlite or self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=self.thread_name, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None

    def _run(self) -> None:
        raise NotImplementedError
