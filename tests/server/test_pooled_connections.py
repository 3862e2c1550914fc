"""The server's pooled PostgreSQL connections: ones PostgreSQL dropped (a restart, a failover, an
operator's ``pg_terminate_backend``) are replaced on their next use, so no request after the drop fails
for it; and every transaction on a pooled connection is one transaction, however it was begun."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from segments_server.db import Database
from sqlalchemy import make_url, text

from tests.local_server import LocalServer, postgres_database

IMAGE = {"image": {"url": "https://example.com/a.jpg"}}
LABEL = {"attributes": {"format_version": "0.1", "annotations": []}, "label_status": "LABELED"}


def _drop_every_connection(url: str) -> int:
    """Ends every other session on the database, as a restart would; how many there were."""
    with psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(False)) as connection:
        query = (
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        dropped = connection.execute(query).fetchone()
    assert dropped is not None
    return int(dropped[0])


def test_every_kind_of_request_succeeds_after_the_database_dropped_its_connections(tmp_path: Path) -> None:
    with postgres_database() as url:
        server = LocalServer(tmp_path / "data", database_url=url)
        try:
            http = server.http(server.create_user("jane"))
            assert http.post("/user/datasets/", json={"name": "d", "task_type": "bboxes"}).status_code == 201
            for round_ in range(3):
                if round_:
                    assert _drop_every_connection(url) >= 1
                sample = http.post("/datasets/jane/d/samples/", json={"name": f"s{round_}", "attributes": IMAGE})
                assert sample.status_code == 201, sample.text
                uuid = sample.json()["uuid"]
                assert http.get(f"/samples/{uuid}/").status_code == 200
                assert http.put(f"/labels/{uuid}/ground-truth/", json=LABEL).status_code in (200, 201)
                listed = http.get("/datasets/jane/d/samples/?sort=-created_at")
                assert listed.status_code == 200 and listed.json()[0]["name"] == f"s{round_}"
                assert http.get("/datasets/jane/d/").status_code == 200
        finally:
            server.close()


def test_each_transaction_on_a_pooled_connection_is_atomic() -> None:
    with postgres_database() as url:
        db = Database(url)
        try:
            with db.engine.connect() as connection:
                connection.execute(text("CREATE TABLE t (n int)"))
                connection.commit()
                for n in (1, 2):  # the second transaction of the checkout, begun after a commit
                    connection.execute(text("INSERT INTO t VALUES (:n)"), {"n": n})
                connection.rollback()
                connection.execute(text("INSERT INTO t VALUES (3)"))
                connection.commit()
            with pytest.raises(ZeroDivisionError), db.session() as session:
                session.execute(text("INSERT INTO t VALUES (4)"))
                session.flush()
                _ = 1 / 0
            with db.engine.connect() as connection:
                assert connection.execute(text("SELECT n FROM t")).scalars().all() == [3]
        finally:
            db.dispose()
