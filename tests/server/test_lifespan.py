"""The app survives several lifespan cycles (ASGI test clients start and stop it per use)."""

from __future__ import annotations

from starlette.testclient import TestClient

from tests.local_server import LocalServer


def test_releases_work_after_a_lifespan_cycle(server: LocalServer, jane: str) -> None:
    headers = {"Authorization": f"APIKey {jane}"}
    for attempt in range(2):
        with TestClient(server.app, headers=headers) as client:  # runs startup and shutdown
            if attempt == 0:
                assert client.post("/user/datasets/", json={"name": "ds"}).status_code == 201
            created = client.post("/datasets/jane/ds/releases/", json={"name": f"r{attempt}"})
            assert created.status_code == 201, created.text
        server.wait_for_releases()
    names = server.http(jane).get("/datasets/jane/ds/releases/").json()
    assert sorted((r["name"], r["status"]) for r in names) == [("r0", "SUCCEEDED"), ("r1", "SUCCEEDED")]
