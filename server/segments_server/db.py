"""Engine and sessions: one transaction per ``session()``; on SQLite, writers queue instead of failing.

SQLite in WAL mode lets readers run beside one writer. A transaction that starts as a reader and
then writes can fail at once with "database is locked" when another writer got in first (the busy
timeout does not apply to that upgrade), so write sessions start with ``BEGIN IMMEDIATE``: they
take the write lock up front and wait for it (up to ``BUSY_TIMEOUT_MS``) instead of failing.
Read-only sessions start deferred and never wait for writers. Within one process, writers also
queue on a lock before they begin: SQLite's busy handler waits by sleeping (up to 100 ms a time),
which a lock handed from one thread to the next does not, so queued writes wait no longer than
the writes ahead of them.

On PostgreSQL with psycopg, a pooled connection's transaction is begun as it leaves the pool, and that
``BEGIN`` is also the check that the connection is alive (a restart or an operator may have ended
it): a connection found dead is replaced before any work is sent. The pool's own liveness ping would
be a round trip of its own before psycopg's ``BEGIN``; other drivers keep it.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext, suppress
from typing import Any, TypeVar

from sqlalchemy import create_engine, event, make_url
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, InvalidatePoolError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from . import migrate
from .faults import DeadlinePassed, remaining

BUSY_TIMEOUT_MS = 60_000
CONNECT_TIMEOUT_SECONDS = 5
LIBPQ_DRIVERS = frozenset({"psycopg", "psycopg2"})
T = TypeVar("T")


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # transactions are begun by _sqlite_begin, not the driver
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    if mode != "NONE":  # NONE: each statement is its own transaction (reads of one object)
        connection.exec_driver_sql(f"BEGIN {mode}")


def _begin_transactions_on_checkout(engine: Engine) -> None:
    """psycopg, in autocommit mode, sends nothing of its own before a statement, and its commit() and
    rollback() go by the server's transaction status: so a transaction is begun here, as the
    connection leaves the pool (which also checks that it is alive), and after each commit."""
    import psycopg  # only with the psycopg driver, which the server does not depend on

    def begin_as_liveness_check(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        try:
            dbapi_connection.execute("BEGIN", prepare=False)
        except psycopg.OperationalError as error:  # ended by the server: replace every connection older
            raise InvalidatePoolError() from error

    def begin_after_commit(connection: Connection) -> None:
        # A transaction that follows a commit on the same checkout is one transaction too, not a run
        # of autocommitted statements.
        driver = connection.connection.driver_connection
        if driver is not None and driver.info.transaction_status == psycopg.pq.TransactionStatus.IDLE:
            driver.execute("BEGIN", prepare=False)

    event.listen(engine, "checkout", begin_as_liveness_check)
    event.listen(engine, "begin", begin_after_commit)


def _private_sqlite_file(url: str) -> None:
    """The database file readable by its owner only (it holds every user's data); SQLite gives its
    -wal and -shm files the same mode."""
    path = make_url(url).database
    if not path or path == ":memory:" or path.startswith("file:"):
        return
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)


class Database:
    """One engine and session factories; ``session()`` is one transaction."""

    def __init__(self, url: str) -> None:
        self.is_sqlite = url.startswith("sqlite")
        kwargs: dict[str, Any] = {}
        pooled: dict[str, Any] = {}
        begins_on_checkout = not self.is_sqlite and make_url(url).get_driver_name() == "psycopg"
        if self.is_sqlite:
            _private_sqlite_file(url)
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
        else:
            pooled["pool_timeout"] = CONNECT_TIMEOUT_SECONDS
            if make_url(url).get_driver_name() in LIBPQ_DRIVERS:
                # A database that does not accept connections fails the request in seconds (503), not minutes.
                kwargs["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT_SECONDS}
        if begins_on_checkout:
            pooled["isolation_level"] = "AUTOCOMMIT"  # transactions are begun on checkout
        elif not self.is_sqlite:
            pooled["pool_pre_ping"] = True
        # Connections outside the pool (migrations, kept-open connections, listeners) are plain ones.
        self._kept_engine = self._engine(url, poolclass=NullPool, **kwargs)
        migrate.upgrade(self._kept_engine)
        self.engine: Engine = self._engine(url, **kwargs, **pooled)
        if begins_on_checkout:
            _begin_transactions_on_checkout(self.engine)
        reader = self.engine.execution_options(sqlite_begin="DEFERRED") if self.is_sqlite else self.engine
        self._writes = sessionmaker(self.engine, expire_on_commit=False)
        self._reads = sessionmaker(reader, expire_on_commit=False)
        kept = self._kept_engine
        self._single_reads = kept.execution_options(sqlite_begin="NONE") if self.is_sqlite else kept
        self._write_lock = threading.RLock()
        # Kept connections come from their own pool without a size limit: one per thread that reads
        # (the event loop and the few handler threads); a thread's connection is closed when the
        # thread ends and its thread-local data is collected.
        self._kept = threading.local()
        self._kept_connections: weakref.WeakSet[Connection] = weakref.WeakSet()

    def _engine(self, url: str, **kwargs: Any) -> Engine:
        engine = create_engine(url, **kwargs)
        if self.is_sqlite:
            event.listen(engine, "connect", _sqlite_connect)
            event.listen(engine, "begin", _sqlite_begin)
        return engine

    @contextmanager
    def session(self, *, readonly: bool = False) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on any error.

        ``readonly`` sessions do not take SQLite's write lock (writing in one is a bug).
        """
        factory = self._reads if readonly else self._writes
        queue = self._queue_for_write() if self.is_sqlite and not readonly else nullcontext()
        with queue, factory() as session, session.begin():
            yield session
            if not readonly:
                remaining()  # past the request's deadline its client has had a 503: roll back, never commit

    @contextmanager
    def _queue_for_write(self) -> Iterator[None]:
        """This process's writers, one at a time, each waiting no longer than its request's deadline."""
        if not self._write_lock.acquire(timeout=remaining()):
            raise DeadlinePassed
        try:
            yield
        finally:
            self._write_lock.release()

    def read(self, work: Callable[[Connection], T]) -> T:
        """``work(connection)`` on this thread's kept-open connection: for reads of one object (and
        upkeep such as ``ANALYZE``), with no pool checkout and no transaction (each statement is atomic
        on its own). A connection the server dropped is replaced and the work runs once more."""
        for attempt in range(2):
            try:
                return work(self._kept_connection())
            except DBAPIError as error:
                if attempt or not error.connection_invalidated:
                    raise
        raise AssertionError("unreachable")

    def read_session(self, work: Callable[[Session], T]) -> T:
        """``work(session)`` with a session on this thread's kept-open connection, as :meth:`read`: for
        reads that need not share one snapshot (a page of a listing), without the pool checkout (and
        its liveness check) and the BEGIN and COMMIT round trips of :meth:`session`."""

        def run(connection: Connection) -> T:
            with Session(bind=connection, expire_on_commit=False) as session:
                return work(session)

        return self.read(run)

    def _kept_connection(self) -> Connection:
        connection: Connection | None = getattr(self._kept, "connection", None)
        if connection is None or connection.closed or connection.invalidated:
            connection = self._single_reads.connect()
            if not self.is_sqlite:
                connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            self._kept.connection = connection
            self._kept_connections.add(connection)
        return connection

    def dedicated_connection(self) -> Connection:
        """A connection of its own, outside the pool, for a thread that holds one for long."""
        return self._kept_engine.connect()

    def dispose(self) -> None:
        for connection in list(self._kept_connections):
            with suppress(Exception):  # another thread's connection, possibly in use at shutdown
                connection.close()
        self._kept_engine.dispose()
        self.engine.dispose()
