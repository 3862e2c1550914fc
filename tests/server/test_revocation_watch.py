"""How each process learns of key revocations: read per request on SQLite; pushed by PostgreSQL
(LISTEN/NOTIFY) while the listener is connected, read per request while it is not."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from segments_server.accounts import create_user
from segments_server.db import Database
from segments_server.keys import revoke_key
from segments_server.revocations import LISTENER_NAME, RevocationWatch
from segments_server.tables import ApiKey, KeyRevocation
from sqlalchemy import text

from tests.local_server import postgres_database


@pytest.fixture
def database() -> Iterator[Database]:
    with postgres_database() as url:
        db = Database(url)
        yield db
        db.dispose()


@pytest.fixture
def watch(database: Database) -> Iterator[RevocationWatch]:
    watched = RevocationWatch(database)
    watched.start()
    _wait_for(lambda: watched.live)
    yield watched
    watched.stop()


def _wait_for(condition: Callable[[], Any], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


def _revoke_a_key(db: Database) -> None:
    with db.session() as session:
        create_user(session, f"user{time.monotonic_ns()}", None)
    with db.session() as session:
        key_id = session.query(ApiKey.id).order_by(ApiKey.id.desc()).limit(1).scalar()
        assert revoke_key(session, key_id)


def _reads(db: Database, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    calls: list[object] = []
    original = db.read
    monkeypatch.setattr(db, "read", lambda work: calls.append(work) or original(work))
    return calls


def test_a_revocation_is_pushed_without_a_read_per_request(
    database: Database, watch: RevocationWatch, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = _reads(database, monkeypatch)
    assert watch.latest() is None
    _revoke_a_key(database)
    _wait_for(lambda: watch.latest() is not None, seconds=0.5)  # the notification, not the heartbeat
    first = watch.latest()
    _revoke_a_key(database)
    _wait_for(lambda: watch.latest() != first, seconds=0.5)
    assert [watch.latest() for _ in range(100)] == [watch.latest()] * 100
    assert reads == [] and watch.live


def test_a_revocation_made_without_a_notification_is_seen_within_a_heartbeat(
    database: Database, watch: RevocationWatch
) -> None:
    with database.session() as session:  # as an older server's command would: no NOTIFY
        session.add(KeyRevocation())
    _wait_for(lambda: watch.latest() is not None, seconds=3.0)


def test_while_the_listener_is_disconnected_requests_read_the_database(
    database: Database, watch: RevocationWatch, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminate = text(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        " WHERE datname = current_database() AND application_name = :name"
    )
    with database.session() as session:
        assert session.execute(terminate, {"name": LISTENER_NAME}).scalar() is True
    _wait_for(lambda: not watch.live)
    reads = _reads(database, monkeypatch)
    _revoke_a_key(database)
    assert watch.latest() is not None and reads, "read from the database at once"
    _wait_for(lambda: watch.live)  # and the listener reconnects
    latest = watch.latest()
    _revoke_a_key(database)
    _wait_for(lambda: watch.latest() != latest, seconds=0.5)


def test_on_sqlite_every_request_reads_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = Database(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    watch = RevocationWatch(db)
    watch.start()
    reads = _reads(db, monkeypatch)
    assert not watch.live and watch.latest() is None
    _revoke_a_key(db)
    assert watch.latest() is not None and len(reads) == 2
    watch.stop()
    db.dispose()
