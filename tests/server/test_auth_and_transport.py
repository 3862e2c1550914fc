"""Auth, error format, gzip bodies, slash forms, body limits: the transport rules of the API."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from segments_api_client.api.status import get_api_status
from segments_api_client.api.users import get_user, get_user_by_username
from segments_api_client.models import Error, User
from segments_server.tables import ApiKey
from sqlalchemy import select

from tests.local_server import LocalServer


def test_api_status_checks_the_key(server: LocalServer, jane: str) -> None:
    assert get_api_status.sync_detailed(client=server.api(jane), lib_version="1.33.0").status_code == 200
    bad = get_api_status.sync_detailed(client=server.api("wrong"))
    assert bad.status_code == 401
    assert isinstance(bad.parsed, Error) and bad.parsed.detail == "Invalid token."


@pytest.mark.parametrize("headers", [{}, {"Authorization": ""}, {"Authorization": "   "}])
def test_missing_credentials(server: LocalServer, headers: dict[str, str]) -> None:
    response = server.http().get("/user", headers=headers)
    assert response.status_code == 401
    assert response.json() == {"detail": "Authentication credentials were not provided."}


@pytest.mark.parametrize("value", ["Bearer abc", "APIKey", "apikey wrong-key", "Token x y"])
def test_invalid_credentials(server: LocalServer, jane: str, value: str) -> None:
    response = server.http().get("/user", headers={"Authorization": value})
    assert response.status_code == 401
    assert response.json()["detail"] == "Invalid token."


def test_keys_are_stored_hashed(server: LocalServer, jane: str) -> None:
    with server.services.db.session() as session:
        hashes = list(session.scalars(select(ApiKey.key_hash)))
    assert len(hashes) == 1 and jane not in hashes[0] and len(hashes[0]) == 64


def test_get_user_and_other_users(server: LocalServer, jane: str, john: str) -> None:
    me = get_user.sync(client=server.api(jane))
    assert isinstance(me, User) and me.username == "jane" and me.email == "jane@example.com"
    assert me.is_organization is False
    other = get_user_by_username.sync(client=server.api(jane), username="john")
    assert isinstance(other, User) and other.username == "john" and not other.email
    missing = get_user_by_username.sync_detailed(client=server.api(jane), username="abcde" * 10)
    assert missing.status_code == 404 and isinstance(missing.parsed, Error) and missing.parsed.detail == "Not found."


def test_organizations_show_on_the_user(server: LocalServer, jane: str) -> None:
    server.create_org("acme", owner="jane")
    me = get_user.sync(client=server.api(jane))
    assert isinstance(me, User)
    assert [(o.username, o.organization_role) for o in me.organizations] == [("acme", "admin")]


def test_both_slash_forms_without_redirect(server: LocalServer, jane: str) -> None:
    http = server.http(jane)
    for path in ("/user", "/user/", "/user/datasets", "/user/datasets/"):
        response = http.get(path, follow_redirects=False)
        assert response.status_code == 200, path
    created = http.post("/user/datasets", json={"name": "no-slash"}, follow_redirects=False)
    assert created.status_code == 201 and created.json()["name"] == "no-slash"


def test_gzip_request_bodies(server: LocalServer, jane: str) -> None:
    http = server.http(jane)
    body = gzip.compress(json.dumps({"name": "zipped", "task_type": "vector"}).encode())
    response = http.post(
        "/user/datasets/", content=body, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}
    )
    assert response.status_code == 201 and response.json()["task_type"] == "vector"


def test_malformed_gzip_and_json_are_400(server: LocalServer, jane: str) -> None:
    http = server.http(jane)
    bad_gzip = http.post(
        "/user/datasets/", content=b"not gzip", headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}
    )
    assert bad_gzip.status_code == 400 and "gzip" in bad_gzip.json()["detail"]
    bad_json = http.post("/user/datasets/", content=b'{"name": ', headers={"Content-Type": "application/json"})
    assert bad_json.status_code == 400 and "Malformed JSON" in bad_json.json()["detail"]
    missing = http.post("/user/datasets/", json={"description": "no name"})
    assert missing.status_code == 400
    assert "'name' is a required property" in missing.json()["detail"]


def test_body_over_the_limit_is_413(tmp_path: Path) -> None:
    local = LocalServer(tmp_path / "small", max_body_bytes=1000)
    try:
        key = local.create_user("jane")
        response = local.http(key).post("/user/datasets/", json={"name": "x", "description": "y" * 2000})
        assert response.status_code == 413 and "too large" in response.json()["detail"]
        bomb = gzip.compress(json.dumps({"name": "x", "description": "y" * 50_000}).encode())
        assert len(bomb) < 1000
        response = local.http(key).post(
            "/user/datasets/", content=bomb, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}
        )
        assert response.status_code == 413
    finally:
        local.close()


def test_undocumented_method_is_405_with_allow(server: LocalServer, jane: str) -> None:
    response = server.http(jane).put("/user/datasets/")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD, POST"
    assert response.json()["detail"].startswith('Method "PUT" not allowed')


def test_unknown_path_is_404_json(server: LocalServer, jane: str) -> None:
    response = server.http(jane).get("/no/such/thing/")
    assert response.status_code == 404 and response.json() == {"detail": "Not found."}


def test_wrong_content_type_is_415(server: LocalServer, jane: str) -> None:
    response = server.http(jane).post("/user/datasets/", content=b"name=x", headers={"Content-Type": "text/plain"})
    assert response.status_code == 415 and "application/json" in response.json()["detail"]


def test_serves_its_spec(server: LocalServer) -> None:
    http = server.http()
    assert http.get("/openapi.yaml").text.startswith("openapi: 3.1.0")
    assert http.get("/openapi.json").json()["openapi"] == "3.1.0"
