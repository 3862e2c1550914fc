"""The control API (tag control): off unless asked for, its own token, and each of its tools used as a
test suite would — over HTTP, through the generated client, and through ``LocalServer``'s methods.
On SQLite, and on PostgreSQL in ``make test-postgres``."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from segments_api_client import Client
from segments_api_client.api.control import control_add_fault, control_create_user, control_get_journal
from segments_api_client.models import ControlUserCreate, FaultCreate
from segments_client import APIConnectionError, APITimeoutError, SegmentsClient, ServiceUnavailableError
from segments_server.testing import LocalServer

from tests.local_server import ServerProcess, public_local_server
from tests.spec_helpers import readme_block

IMAGE = {"image": {"url": "https://example.com/a.jpg"}}


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with public_local_server() as running:
        yield running


@pytest.fixture
def control(server: LocalServer) -> Iterator[httpx.Client]:
    server.reset()
    with httpx.Client(base_url=server.url, headers=server.control_headers, timeout=10) as client:
        yield client


def _user(control: httpx.Client, name: str = "jane") -> dict[str, str]:
    created = control.post("/_control/users", json={"username": name})
    assert created.status_code == 201, created.text
    return {"Authorization": f"APIKey {created.json()['api_key']}"}


def test_off_unless_the_server_has_a_token(tmp_path: Path) -> None:
    from segments_server.app import create_app
    from segments_server.settings import Settings
    from starlette.testclient import TestClient

    app = create_app(Settings(data_dir=tmp_path))
    with TestClient(app) as client:
        for method, path in (("post", "/_control/reset"), ("get", "/_control/journal"), ("post", "/_control/users")):
            answer = client.request(method, path, headers={"X-Control-Token": "anything-at-all-long"}, json={})
            assert answer.status_code == 404 and answer.json() == {"detail": "Not found."}


def test_the_token_is_required_and_never_an_api_key(server: LocalServer, control: httpx.Client) -> None:
    key = _user(control)
    for headers in ({}, {"X-Control-Token": "x" * 32}, key, {"X-Control-Token": server.control_token[:-1]}):
        answer = httpx.post(f"{server.url}/_control/reset", headers=headers)
        assert answer.status_code == 401 and answer.json() == {"detail": "Invalid control token."}
    assert httpx.get(f"{server.url}/user", headers=key).status_code == 200, "nothing was reset"
    assert httpx.get(f"{server.url}/user", headers=server.control_headers).status_code == 401, "the token is no key"


def test_a_short_token_or_several_workers_are_refused_at_start(tmp_path: Path) -> None:
    command = [
        str(Path(sys.executable).parent / "segments-server"),
        "serve",
        "--data-dir",
        str(tmp_path),
        "--port",
        "0",
    ]
    for extra, said in (
        (["--control-token", "short"], "at least 16"),
        (["--control-token", "x" * 20, "--workers", "2"], "--workers 1"),
    ):
        done = subprocess.run(command + extra, capture_output=True, text=True, timeout=60, env={**os.environ})
        assert done.returncode != 0 and said in done.stderr, done.stderr


def test_reset_users_organizations_and_the_demo(server: LocalServer, control: httpx.Client) -> None:
    jane = _user(control)
    assert control.post("/_control/users", json={"username": "jane"}).status_code == 409
    assert control.post("/_control/users", json={"username": "no spaces"}).status_code == 400
    _user(control, "john")
    made = control.post(
        "/_control/organizations", json={"name": "acme", "owner": "jane", "members": {"john": "labeler"}}
    )
    assert made.status_code == 201 and made.json()["members"] == {"john": "labeler"}
    assert httpx.post(f"{server.url}/organizations/acme/datasets/", headers=jane, json={"name": "d"}).status_code == 201
    demo = control.post("/_control/seed")
    assert demo.status_code == 201
    demo_key = {"Authorization": f"APIKey {demo.json()['api_key']}"}
    samples = httpx.get(f"{server.url}/datasets/demo/demo-flowers/samples/", headers=demo_key)
    assert samples.status_code == 200 and len(samples.json()) == 20
    second = control.post("/_control/keys", json={"username": "jane", "name": "ci"})
    assert second.status_code == 201 and second.json()["name"] == "ci"
    keys = (second.json()["api_key"], server.create_key("jane"))
    for headers in (jane, *({"Authorization": f"APIKey {key}"} for key in keys)):
        assert httpx.get(f"{server.url}/user", headers=headers).json()["username"] == "jane", "every key works"
    assert control.post("/_control/keys", json={"username": "acme"}).status_code == 404, "an organization has no keys"
    assert control.post("/_control/keys", json={"username": "nobody"}).json() == {"detail": "No user named 'nobody'."}
    assert control.post("/_control/reset").status_code == 204
    assert httpx.get(f"{server.url}/user", headers=jane).status_code == 401
    assert httpx.get(f"{server.url}/user", headers=demo_key).status_code == 401


def test_the_journal_says_what_was_called(server: LocalServer, control: httpx.Client) -> None:
    jane = _user(control)
    httpx.post(f"{server.url}/user/datasets/", headers=jane, json={"name": "flowers", "task_type": "vector"})
    httpx.post(f"{server.url}/datasets/jane/flowers/samples/", headers=jane, json={"name": "a", "attributes": IMAGE})
    httpx.get(f"{server.url}/datasets/jane/flowers/samples/", headers=jane, params={"per_page": 5})
    httpx.get(f"{server.url}/datasets/jane/nothing/", headers=jane)
    entries = control.get("/_control/journal").json()["entries"]
    assert [(e["operation_id"], e["method"], e["status"]) for e in entries] == [
        ("add_dataset", "POST", 201),
        ("add_sample", "POST", 201),
        ("list_samples", "GET", 200),
        ("get_dataset", "GET", 404),
    ], "control calls are not recorded"
    assert (
        entries[1]["body"] == {"name": "a", "attributes": IMAGE}
        and entries[1]["path"] == "/datasets/jane/flowers/samples/"
    )
    assert entries[2]["query"] == {"per_page": "5"}
    only = control.get("/_control/journal", params={"operation_id": "add_sample"}).json()["entries"]
    assert only == [entries[1]] and server.journal("add_sample") == only
    assert control.delete("/_control/journal").status_code == 204
    assert control.get("/_control/journal").json()["entries"] == []


def test_faults_prove_the_sdk_retries(server: LocalServer, control: httpx.Client) -> None:
    jane = _user(control)
    fault = control.post(
        "/_control/faults", json={"operation_id": "get_user", "status": 503, "retry_after": 0, "times": 2}
    )
    assert fault.status_code == 201 and fault.json()["used"] == 0
    with SegmentsClient(jane["Authorization"].split()[1], server.url, max_retries=2) as client:
        assert client.get_user().username == "jane", "two 503s, then the answer"
    assert [e["status"] for e in server.journal("get_user")] == [503, 503, 200]
    assert control.get("/_control/faults").json()["faults"][0]["used"] == 2
    server.inject_fault("get_user", status=503, retry_after=0, times=3)
    with (
        SegmentsClient(jane["Authorization"].split()[1], server.url, max_retries=2) as client,
        pytest.raises(ServiceUnavailableError) as raised,
    ):
        client.get_user()
    assert raised.value.retry_after == 0.0
    answer = httpx.get(f"{server.url}/user", headers=jane)
    assert answer.status_code == 200, "three calls used the fault up"


def test_a_dropped_connection_and_latency(server: LocalServer, control: httpx.Client) -> None:
    jane = _user(control)
    key = jane["Authorization"].split()[1]
    server.inject_fault("get_user", drop_connection=True, times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(f"{server.url}/user", headers=jane)
    server.inject_fault("get_user", drop_connection=True, times=1)
    with SegmentsClient(key, server.url, max_retries=1) as client:
        assert client.get_user().username == "jane", "the SDK retries a dropped connection"
    server.inject_fault(None, drop_connection=True, times=2)
    with SegmentsClient(key, server.url, max_retries=1) as client, pytest.raises(APIConnectionError):
        client.get_datasets()
    server.inject_fault("get_user", latency=2.0, times=1)
    with SegmentsClient(key, server.url, max_retries=0, timeout=0.5) as client, pytest.raises(APITimeoutError):
        client.get_user()
    server.inject_fault("get_user", latency=0.2, times=1)
    assert httpx.get(f"{server.url}/user", headers=jane).status_code == 200, "latency alone: the real answer"
    statuses = [(e["status"], e["fault"] is not None) for e in server.journal("get_user")]
    assert statuses[:2] == [(None, True), (None, True)] and statuses[-1] == (200, True)


def test_bad_faults_are_refused(control: httpx.Client) -> None:
    for body in ({"status": 200}, {"status": 503, "times": 0}, {}, {"operation_id": "Not An Id", "status": 500}):
        answer = control.post("/_control/faults", json=body)
        assert answer.status_code == 400, (body, answer.text)
    assert control.get("/_control/faults").json()["faults"] == []


def _scripted_calls(server: LocalServer, control: httpx.Client, seed: int) -> list[bytes]:
    """A fixed sequence of calls on a reset server in deterministic mode: the raw response bodies."""
    control.post("/_control/reset")
    assert control.put("/_control/determinism", json={"seed": seed, "now": "2026-01-01T00:00:00Z"}).status_code == 200
    jane = _user(control)
    bodies = []
    bodies.append(
        httpx.post(f"{server.url}/user/datasets/", headers=jane, json={"name": "d", "task_type": "vector"}).content
    )
    sample = httpx.post(f"{server.url}/datasets/jane/d/samples/", headers=jane, json={"name": "a", "attributes": IMAGE})
    bodies.append(sample.content)
    issue = httpx.post(f"{server.url}/samples/{sample.json()['uuid']}/issues/", headers=jane, json={"description": "x"})
    bodies.append(issue.content)
    bodies.append(httpx.get(f"{server.url}/datasets/jane/d/samples/", headers=jane).content)
    bodies.append(httpx.post(f"{server.url}/assets/", headers=jane, json={"filename": "a.png"}).json()["url"].encode())
    return bodies


def test_deterministic_mode_gives_byte_identical_responses(server: LocalServer, control: httpx.Client) -> None:
    first, second = _scripted_calls(server, control, 7), _scripted_calls(server, control, 7)
    assert first == second
    assert b"2026-01-01T00:00:00.000000Z" in first[1]
    other = _scripted_calls(server, control, 8)
    assert other[0] == first[0] and other[1] != first[1], "another seed: other uuids, the same clock"
    control.put("/_control/determinism", json={"seed": None, "now": None})
    jane = _user(control, "john")
    made = httpx.post(f"{server.url}/user/datasets/", headers=jane, json={"name": "e", "task_type": "vector"}).json()
    assert not made["created_at"].startswith("2026-01-01T00:00:00"), "off again: the system clock"


def test_snapshots_restore_rows_files_and_keys(server: LocalServer, control: httpx.Client) -> None:
    jane = _user(control)
    httpx.post(f"{server.url}/user/datasets/", headers=jane, json={"name": "kept", "task_type": "vector"})
    with SegmentsClient(jane["Authorization"].split()[1], server.url) as client:
        asset = client.upload_asset(b"\x89PNG kept", "kept.png")
    assert control.post("/_control/snapshots", json={"name": "seeded"}).status_code == 201
    control.post("/_control/reset")
    assert httpx.get(asset.url).status_code == 404
    assert control.post("/_control/snapshots/seeded/restore").status_code == 204
    assert httpx.get(f"{server.url}/datasets/jane/kept/", headers=jane).status_code == 200
    assert httpx.get(asset.url).content == b"\x89PNG kept"
    created = httpx.post(f"{server.url}/user/datasets/", headers=jane, json={"name": "new", "task_type": "vector"})
    assert created.status_code == 201, "ids continue after the restored rows (PostgreSQL sequences)"
    assert control.post("/_control/snapshots/missing/restore").json() == {"detail": "No snapshot named 'missing'."}
    with pytest.raises(KeyError):
        server.restore("missing")


def test_the_generated_client_drives_the_control_api(server: LocalServer, control: httpx.Client) -> None:
    client = Client(base_url=server.url, headers=server.control_headers)
    made = control_create_user.sync(client=client, body=ControlUserCreate(username="gen"))
    assert made is not None and made.username == "gen"
    fault = control_add_fault.sync(client=client, body=FaultCreate(operation_id="get_user", status=429, retry_after=3))
    assert fault is not None and fault.times is None and fault.used == 0, "no times: for ever"
    answer = httpx.get(f"{server.url}/user", headers={"Authorization": f"APIKey {made.api_key}"})
    assert answer.status_code == 429 and answer.headers["retry-after"] == "3"
    journal = control_get_journal.sync(client=client, operation_id="get_user")
    assert journal is not None and [entry.status for entry in journal.entries] == [429]


def test_the_readme_curl_commands_against_a_served_control_api(tmp_path: Path) -> None:
    """``segments-server serve --control-token`` as an operator runs it, and the README's commands."""
    token = "a-control-token-for-this-test"
    with ServerProcess(tmp_path / "data", control_token=token) as served:
        key = served.create_user("jane")
        text = readme_block("A server you run yourself has the control API", "bash")
        script = text.replace("http://127.0.0.1:8000", served.url)
        done = subprocess.run(
            ["bash", "-c", script], env={**os.environ, "TOKEN": token}, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        assert httpx.get(f"{served.url}/user", headers={"Authorization": f"APIKey {key}"}).status_code == 401, "reset"
        faults = httpx.get(f"{served.url}/_control/faults", headers={"X-Control-Token": token}).json()["faults"]
        assert [(f["operation_id"], f["status"], f["times"]) for f in faults] == [("add_sample", 503, 2)]


def test_a_call_in_flight_across_a_reset_stays_out_of_the_new_journal(
    server: LocalServer, control: httpx.Client
) -> None:
    jane = _user(control)
    server.inject_fault("get_user", latency=1.0)
    slow = threading.Thread(target=lambda: httpx.get(f"{server.url}/user", headers=jane, timeout=10))
    slow.start()
    deadline = time.monotonic() + 5
    while server.control.faults[0].used == 0:  # the call has arrived
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert control.post("/_control/reset").status_code == 204
    slow.join()
    assert server.journal() == [], "what began before the reset is not part of the new journal"
