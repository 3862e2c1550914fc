"""Load: 32 clients of mixed traffic (create, label, list) for a few seconds against one worker and
two: no errors, and every acknowledged write reads back (SQLite here, PostgreSQL in make test-postgres)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bench.mixed_load import run
from tests.local_server import ServerProcess, drop_database, fresh_database_url

CLIENTS = 32
SECONDS = 3.0


@pytest.fixture(params=[1, 2], ids=["one-worker", "two-workers"])
def running(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[ServerProcess, str]]:
    database_url = fresh_database_url()
    with ServerProcess(tmp_path / "data", workers=request.param, database_url=database_url) as server:
        yield server, server.create_user("jane")
    drop_database(database_url)


def test_mixed_load_has_no_errors_and_loses_nothing(running: tuple[ServerProcess, str]) -> None:
    server, key = running
    client = httpx.Client(base_url=server.url, headers={"Authorization": f"APIKey {key}"}, timeout=60)
    client.post("/user/datasets/", json={"name": "load", "task_type": "bboxes"}).raise_for_status()
    outcome = asyncio.run(run(server.url, key, "jane/load", SECONDS, CLIENTS))
    assert outcome.errors == [], outcome.errors[:5]
    assert len(outcome.samples) > CLIENTS and outcome.labeled, "the load did real work"
    stored: dict[str, str] = {}
    page = 1
    while batch := client.get("/datasets/jane/load/samples/", params={"per_page": 1000, "page": page}).json():
        stored |= {sample["name"]: sample["uuid"] for sample in batch} if isinstance(batch, list) else {}
        if not isinstance(batch, list) or len(batch) < 1000:
            break
        page += 1
    assert {name: stored.get(name) for name in outcome.samples} == outcome.samples
    labeled = client.get("/datasets/jane/load/samples/", params={"per_page": 1000, "label_status": "LABELED"}).json()
    assert outcome.labeled <= {sample["uuid"] for sample in labeled}
    client.close()
