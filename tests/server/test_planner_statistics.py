"""Lookups by key stay index lookups while a new PostgreSQL database fills up.

Found under load: before autovacuum first analyzed the tables, PostgreSQL planned the label lookup
by (sample, labelset) and the sample-name check as walks over another index that read every row of
the dataset, so every write got slower as the dataset grew.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from segments_server.accounts import create_user
from segments_server.db import Database
from segments_server.statistics import StatisticsKeeper
from sqlalchemy import Connection, text

from bench.harness import seed_samples
from tests.local_server import postgres_database

ROWS = 3000


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Database]:
    """A new PostgreSQL database, just filled with a dataset of labeled samples."""
    with postgres_database() as url:
        db = Database(url)
        with db.session() as session:
            create_user(session, "jane")
            for table in ("samples", "labels"):  # as before its first pass: it must not come in between
                session.execute(text(f"ALTER TABLE {table} SET (autovacuum_enabled = false)"))
        seed_samples(tmp_path, "jane", "big", ROWS, labeled=True, database_url=url)
        yield db
        db.dispose()


def _plan(connection: Connection, query: str) -> str:
    return "\n".join(connection.exec_driver_sql(f"EXPLAIN {query}").scalars())


def _lookups_use_their_keys(db: Database) -> None:
    with db.engine.connect() as connection:
        label = _plan(connection, "SELECT * FROM labels WHERE sample_id = 1500 AND labelset_id = 1")
        assert "Index Cond: ((sample_id = 1500) AND (labelset_id = 1))" in label and "Filter" not in label, label
        name = _plan(connection, "SELECT id FROM samples WHERE dataset_id = 1 AND name = 'sample-0001500.jpg'")
        assert "name)::text = 'sample-0001500.jpg'" in name.split("Index Cond:")[-1] and "Filter" not in name, name


def test_grown_tables_are_analyzed_and_looked_up_by_key(filled: Database) -> None:
    keeper = StatisticsKeeper(filled)
    deadline = time.monotonic() + 10  # the server's activity statistics reach the view within a second or so
    analyzed: list[str] = []
    while not {"labels", "samples"} <= set(analyzed):
        assert time.monotonic() < deadline, f"only {analyzed} analyzed"
        analyzed += keeper.analyze_stale_tables()
        time.sleep(0.2)
    _lookups_use_their_keys(filled)
    with filled.engine.connect() as connection:
        row = connection.execute(text("SELECT reltuples FROM pg_class WHERE relname = 'samples'")).scalar()
    assert row == ROWS
    time.sleep(1.5)
    assert keeper.analyze_stale_tables() == [], "tables that did not grow are left alone"


def test_the_keeper_thread_analyzes_on_its_own(filled: Database) -> None:
    keeper = StatisticsKeeper(filled)
    keeper.start()
    try:
        query = text(
            "SELECT count(*) FROM pg_stat_user_tables"
            " WHERE relname IN ('labels', 'samples') AND last_analyze IS NOT NULL"
        )
        deadline = time.monotonic() + 15
        with filled.engine.connect() as connection:
            while connection.execute(query).scalar() != 2:
                assert time.monotonic() < deadline, "not analyzed"
                connection.rollback()
                time.sleep(0.2)
    finally:
        keeper.stop()
    _lookups_use_their_keys(filled)
