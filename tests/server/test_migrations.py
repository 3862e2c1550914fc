"""Upgrades without data loss: the schema is Alembic's, and a database of the previous release
(made by its first migration, filled, then upgraded at start-up) reads back whole through the API."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from segments_server import migrate
from segments_server.keys import hash_key
from segments_server.tables import Base
from sqlalchemy import Engine, MetaData, create_engine, insert, text

from tests.local_server import LocalServer, drop_database, fresh_database_url

KEY = "0123456789abcdef0123456789abcdef01234567"
THEN = dt.datetime(2025, 3, 1, 12, 0, 0)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[str]:
    """An empty database: a fresh one on PostgreSQL in `make test-postgres`, else SQLite."""
    url = fresh_database_url() or f"sqlite:///{tmp_path / 'old.sqlite3'}"
    yield url
    if url.startswith("postgresql"):
        drop_database(url)


def _engine(url: str) -> Engine:
    return create_engine(url)


def fill_previous_release(engine: Engine) -> None:
    """What a 0.1.0 server stored: a user and key, a dataset, its labelset, two samples, a label, a release."""
    tables = MetaData()
    tables.reflect(engine)
    t = tables.tables
    label = {
        "format_version": "0.1",
        "annotations": [{"id": 1, "category_id": 1, "type": "bbox", "points": [[0, 0], [1, 1]]}],
    }
    with engine.begin() as connection:
        connection.execute(
            insert(t["users"]).values(
                id=1, username="jane", email="jane@example.com", is_organization=False, created_at=THEN
            )
        )
        connection.execute(insert(t["api_keys"]).values(id=1, user_id=1, key_hash=hash_key(KEY), created_at=THEN))
        connection.execute(
            insert(t["datasets"]).values(
                id=1, owner_id=1, name="flowers", description="old", readme="", category="garden", public=False,
                archived=False, task_type="bboxes", task_attributes={"categories": [{"id": 1, "name": "rose"}]},
                metadata={"source": "0.1.0"}, settings={}, labeling_inactivity_timeout_seconds=300, created_at=THEN,
            )
        )  # fmt: skip
        connection.execute(
            insert(t["labelsets"]).values(
                id=1, uuid="7a1c1f9e-0000-4000-8000-000000000001", dataset_id=1, name="ground-truth",
                description="", readme="", is_groundtruth=True, created_at=THEN,
            )
        )  # fmt: skip
        for number, name in ((1, "a.jpg"), (2, "b.jpg")):
            connection.execute(
                insert(t["samples"]).values(
                    id=number, uuid=f"7a1c1f9e-0000-4000-8000-00000000001{number}", dataset_id=1, name=name,
                    attributes={"image": {"url": f"https://example.com/{name}"}}, metadata={"n": number},
                    priority=float(number), readme="", created_by="jane",
                    created_at=THEN + dt.timedelta(minutes=number),
                )
            )  # fmt: skip
        connection.execute(
            insert(t["labels"]).values(
                sample_id=1, labelset_id=1, label_type="bboxes", label_status="LABELED", attributes=label,
                score=0.9, created_by="jane", created_at=THEN, updated_at=THEN,
            )
        )  # fmt: skip


def test_the_models_are_what_the_migrations_make(database: str) -> None:
    engine = _engine(database)
    migrate.upgrade(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == [], "tables.py and the migrations disagree: add a migration"
    assert migrate.current(engine) == migrate.head()


@pytest.mark.parametrize("versioned", [True, False], ids=["migrated-release", "release-before-migrations"])
def test_a_previous_release_database_upgrades_and_reads_back(tmp_path: Path, database: str, versioned: bool) -> None:
    engine = _engine(database)
    migrate.upgrade(engine, migrate.FIRST_REVISION)
    if not versioned:  # 0.1.0 made its tables without Alembic: no version table at all
        with engine.begin() as connection:
            connection.execute(text("DROP TABLE alembic_version"))
    fill_previous_release(engine)
    engine.dispose()

    server = LocalServer(tmp_path / "data", database_url=database)
    try:
        http = server.http(KEY)
        assert http.get("/user").json()["username"] == "jane", "the old key still works"
        dataset = http.get("/datasets/jane/flowers/").json()
        assert (
            dataset["metadata"] == {"source": "0.1.0"} and dataset["task_attributes"]["categories"][0]["name"] == "rose"
        )
        samples = http.get("/datasets/jane/flowers/samples/?sort=-updated_at").json()
        assert [(s["name"], s["metadata"]) for s in samples] == [("b.jpg", {"n": 2}), ("a.jpg", {"n": 1})]
        label = http.get(f"/labels/{samples[1]['uuid']}/ground-truth/").json()
        assert label["label_status"] == "LABELED" and label["attributes"]["annotations"][0]["points"] == [
            [0, 0],
            [1, 1],
        ]
        created = http.post("/datasets/jane/flowers/samples/", json={"name": "c.jpg"})
        assert created.status_code == 201, "and it takes new data"
        assert migrate.current(server.services.db.engine) == migrate.head()
    finally:
        server.close()


def test_the_migrate_command_reports_the_revision(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "segments_server.cli", "migrate", "--data-dir", str(tmp_path)]
    first = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    assert f"at revision {migrate.head()}" in first and "upgraded from none" in first
    again = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    assert f"already at the newest revision {migrate.head()}" in again
