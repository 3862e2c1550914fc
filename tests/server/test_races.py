"""Racing clients: 32 identical creates at once get one 201 and 409s (or 200/201 for a label PUT),
never a 5xx, with one worker and with two, on SQLite and (in make test-postgres) PostgreSQL."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from tests.local_server import ServerProcess, drop_database, fresh_database_url

CLIENTS = 32
ROUNDS = 2
IMAGE = {"image": {"url": "https://example.com/a.jpg"}}


def race(url: str, key: str, request: Callable[[httpx.Client], httpx.Response]) -> Counter[int]:
    """Send ``request`` from CLIENTS clients released at the same instant; count the statuses."""
    start = threading.Barrier(CLIENTS)
    statuses: list[int] = []

    def one() -> None:
        with httpx.Client(base_url=url, headers={"Authorization": f"APIKey {key}"}, timeout=120) as client:
            client.get("/user")  # connect and authenticate before the start
            start.wait()
            statuses.append(request(client).status_code)

    threads = [threading.Thread(target=one) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Counter(statuses)


@pytest.fixture(params=[1, 2], ids=["one-worker", "two-workers"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[ServerProcess, str]]:
    database_url = fresh_database_url()
    with ServerProcess(tmp_path / "data", workers=request.param, database_url=database_url) as running:
        key = running.create_user("jane")
        running.create_user("bob")
        yield running, key
    drop_database(database_url)


Request = Callable[[httpx.Client], httpx.Response]


def creates(base: str) -> dict[str, Request]:
    """Identical creates inside dataset ``base``: only one can win."""
    return {
        "sample": lambda c: c.post(f"{base}/samples/", json={"name": "s", "attributes": IMAGE}),
        "labelset": lambda c: c.post(f"{base}/labelsets/", json={"name": "model"}),
        "release": lambda c: c.post(f"{base}/releases/", json={"name": "v1"}),
        "collaborator": lambda c: c.post(f"{base}/collaborators/", json={"user": "bob", "role": "labeler"}),
    }


def assert_one_winner(kind: str, statuses: Counter[int]) -> None:
    assert statuses == Counter({201: 1, 409: CLIENTS - 1}), f"{kind}: {dict(statuses)}"


def one_round(running: ServerProcess, key: str, admin: httpx.Client, name: str) -> None:
    new_dataset: Request = lambda c: c.post("/user/datasets/", json={"name": name, "task_type": "bboxes"})  # noqa: E731
    assert_one_winner("dataset", race(running.url, key, new_dataset))
    base = f"/datasets/jane/{name}"
    for kind, request in creates(base).items():
        assert_one_winner(kind, race(running.url, key, request))
    bulk_body = [{"name": "bulk", "attributes": IMAGE}]
    bulk = race(running.url, key, lambda c: c.post(f"{base}/samples_bulk/", json=bulk_body))
    assert bulk == Counter({201: CLIENTS}), f"bulk creation is idempotent by name: {bulk}"
    assert sorted(s["name"] for s in admin.get(f"{base}/samples/").json()) == ["bulk", "s"]
    uuid = admin.get(f"{base}/samples/?name__contains=bulk").json()[0]["uuid"]
    label = {"attributes": {"format_version": "0.1", "annotations": []}, "label_status": "PRELABELED"}
    puts = race(running.url, key, lambda c: c.put(f"/labels/{uuid}/ground-truth/", json=label))
    assert set(puts) <= {200, 201} and puts[201] >= 1, f"label PUT: {puts}"
    assert admin.get(f"/labels/{uuid}/ground-truth/").status_code == 200


def test_identical_creates_race_to_one_winner(server: tuple[ServerProcess, str]) -> None:
    running, key = server
    with httpx.Client(base_url=running.url, headers={"Authorization": f"APIKey {key}"}, timeout=60) as admin:
        for round_ in range(ROUNDS):
            one_round(running, key, admin, f"race{round_}")


def test_a_long_clone_fails_no_concurrent_writer(tmp_path: Path) -> None:
    """The experiment that found it: clone 20,000 samples while four clients keep writing."""
    database_url = fresh_database_url()
    with ServerProcess(tmp_path / "data", database_url=database_url) as running:
        key = running.create_user("jane")
        client = httpx.Client(base_url=running.url, headers={"Authorization": f"APIKey {key}"}, timeout=120)
        for name in ("big", "other"):
            client.post("/user/datasets/", json={"name": name, "task_type": "bboxes"}).raise_for_status()
        for batch in range(20):
            items = [{"name": f"s{batch}-{i}", "attributes": IMAGE} for i in range(1000)]
            client.post("/datasets/jane/big/samples_bulk/", json=items).raise_for_status()
        statuses: list[int] = []
        cloned = threading.Event()

        def writer(number: int) -> None:
            with httpx.Client(base_url=running.url, headers=client.headers, timeout=120) as own:
                count = 0
                while not cloned.is_set():
                    body = {"name": f"w{number}-{count}", "attributes": IMAGE}
                    statuses.append(own.post("/datasets/jane/other/samples/", json=body).status_code)
                    count += 1

        writers = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
        for thread in writers:
            thread.start()
        clone = client.post("/datasets/jane/big/clone/", json={"name": "copy", "clone_labels": True})
        cloned.set()
        for thread in writers:
            thread.join()
        assert clone.status_code == 201, clone.text
        assert statuses and set(statuses) == {201}, Counter(statuses)
        last_page = client.get("/datasets/jane/copy/samples/", params={"per_page": 1000, "page": 20}).json()
        assert len(last_page) == 1000
        client.close()
    drop_database(database_url)
