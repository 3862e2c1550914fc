"""The app survives several lifespan cycles (ASGI test clients start and stop it per use)."""

from __future__ import annotations

import gc

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


def _collector_walks(target: object) -> bool:
    return any(tracked is target for tracked in gc.get_objects())


def test_what_start_up_made_is_kept_out_of_full_collections_while_the_app_runs(server: LocalServer) -> None:
    spec, validators = server.services.schemas.spec, server.services.schemas
    assert gc.is_tracked(spec) and _collector_walks(spec)
    with TestClient(server.app):
        assert not _collector_walks(spec) and not _collector_walks(validators)
        assert gc.get_freeze_count() > 10_000
    assert _collector_walks(spec), "collectable again once the app has shut down"
