"""Killed processes: SIGKILL the server under 32 writers, or in the middle of a release export, then
restart it on the same data. Every acknowledged write is there, the database is intact, and the
export finishes with no temporary file left behind."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.local_server import ServerProcess, drop_database, fresh_database_url

WRITERS = 32
IMAGE = {"image": {"url": "https://example.com/a.jpg"}}


@pytest.fixture
def database_url() -> Iterator[str | None]:
    url = fresh_database_url()
    yield url
    drop_database(url)


def all_sample_names(client: httpx.Client, dataset: str) -> set[str]:
    names: set[str] = set()
    page = 1
    while True:
        response = client.get(f"/datasets/jane/{dataset}/samples/", params={"per_page": 1000, "page": page})
        if response.status_code == 404 and page > 1:
            return names
        batch = response.json()
        names |= {sample["name"] for sample in batch}
        if len(batch) < 1000:
            return names
        page += 1


def test_acknowledged_writes_survive_sigkill(tmp_path: Path, database_url: str | None) -> None:
    data = tmp_path / "data"
    first = ServerProcess(data, database_url=database_url).start()
    key = first.create_user("jane")
    headers = {"Authorization": f"APIKey {key}"}
    httpx.post(f"{first.url}/user/datasets/", json={"name": "crash", "task_type": "bboxes"}, headers=headers)
    acknowledged: list[str] = []
    stop = threading.Event()

    def writer(number: int) -> None:
        with httpx.Client(base_url=first.url, headers=headers, timeout=30) as client:
            for count in range(100_000):
                if stop.is_set():
                    return
                name = f"w{number}-{count}"
                try:
                    response = client.post("/datasets/jane/crash/samples/", json={"name": name, "attributes": IMAGE})
                except httpx.TransportError:
                    return
                assert response.status_code == 201, response.text
                acknowledged.append(name)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    time.sleep(1.5)
    first.kill()
    stop.set()
    for thread in threads:
        thread.join()
    assert len(acknowledged) > WRITERS, "the writers got going before the kill"
    if database_url is None:
        with sqlite3.connect(data / "segments.sqlite3") as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with (
        ServerProcess(data, database_url=database_url) as second,
        httpx.Client(base_url=second.url, headers=headers, timeout=60) as client,
    ):
        missing = set(acknowledged) - all_sample_names(client, "crash")
        assert missing == set(), f"{len(missing)} acknowledged samples lost"


def test_an_export_killed_midway_finishes_after_restart(tmp_path: Path, database_url: str | None) -> None:
    data = tmp_path / "data"
    releases = data / "files" / "releases"
    lease = {"release_lease_seconds": "1"}
    first = ServerProcess(data, database_url=database_url, **lease).start()
    key = first.create_user("jane")
    client = httpx.Client(base_url=first.url, headers={"Authorization": f"APIKey {key}"}, timeout=60)
    client.post("/user/datasets/", json={"name": "big", "task_type": "bboxes"}).raise_for_status()
    padding = "x" * 2000  # makes the export take long enough to be caught in the middle
    for batch in range(20):
        items = [{"name": f"s{batch}-{i}", "attributes": IMAGE, "metadata": {"p": padding}} for i in range(1000)]
        client.post("/datasets/jane/big/samples_bulk/", json=items).raise_for_status()
    client.post("/datasets/jane/big/releases/", json={"name": "v1"}).raise_for_status()
    deadline = time.monotonic() + 30
    while not list(releases.glob(".*.tmp")):
        assert time.monotonic() < deadline, "the export never started writing"
        time.sleep(0.002)
    first.kill()
    client.close()
    assert list(releases.glob(".*.tmp")), "killed while writing"
    with ServerProcess(data, database_url=database_url, **lease) as second:
        client = httpx.Client(base_url=second.url, headers={"Authorization": f"APIKey {key}"}, timeout=60)
        deadline = time.monotonic() + 60
        while (release := client.get("/datasets/jane/big/releases/v1/").json())["status"] == "PENDING":
            assert time.monotonic() < deadline, "the export was not resumed"
            time.sleep(0.2)
        assert release["status"] == "SUCCEEDED", release
        content = httpx.get(release["attributes"]["url"]).json()
        assert len(content["dataset"]["samples"]) == 20_000
        client.close()
    assert list(releases.glob(".*.tmp")) == [], "no temporary file is left behind"
    assert [p.name for p in releases.iterdir()] == [f"{release['uuid']}.json"]
