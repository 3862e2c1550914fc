"""The operator's side: configuration from flags and the environment, one-line mistakes, users and
keys from the CLI, health, the landing redirect, rate limits (with the SDK retrying through them)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from segments_client import SegmentsClient
from segments_server.cli import hidden_password
from segments_server.config import ServerConfig
from sqlalchemy import create_engine

from tests.local_server import LocalServer, ServerProcess, free_port

CLI = [sys.executable, "-m", "segments_server.cli"]


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=60)


def test_version_and_help_show_the_effective_defaults() -> None:
    assert cli("--version").stdout.startswith("segments-server ")
    shown = cli("serve", "--help", env={"SEGMENTS_SERVER_PORT": "9123", "SEGMENTS_SERVER_LOG_FORMAT": "json"}).stdout
    assert "(default: 9123)" in shown and "(default: json)" in shown and "SEGMENTS_SERVER_" in shown
    assert "(default: None)" not in shown and "config.py" not in shown
    entries = re.split(r"\n  (?=--)", shown.split("options:", 1)[1])[1:]
    for entry in entries:
        words = " ".join(entry.split())
        name = words.split()[0]
        help_text = re.sub(r"^--[a-z-]+( [A-Z_]+| \{[^}]*\})?", "", words).strip()  # after the flag and metavar
        assert help_text, f"{name} says what it is"
        assert help_text.count("default") <= 1, f"{name} shows its default once: {help_text}"


@pytest.mark.parametrize(
    ("args", "env", "says"),
    [
        (["serve", "--log-level", "loud"], {}, "invalid choice: 'loud'"),
        (["serve"], {"SEGMENTS_SERVER_PORT": "eighty"}, "SEGMENTS_SERVER_PORT"),
        (["serve", "--rate-limit", "fast"], {}, "--rate-limit"),
        (["serve", "--workers", "0"], {}, "--workers"),
        (["serve", "--handler-threads", "0"], {}, "--handler-threads"),
        (["users", "list", "--database-url", "nonsense://"], {}, "invalid database URL"),
        (["users", "list", "--database-url", "postgresql+psycopg://u:pw@127.0.0.1:1/x"], {}, "database error"),
        (["keys", "create", "nobody"], {}, "no server data in"),
        (["keys", "revoke", "999"], {}, "no server data in"),
        (["create-org", "acme", "--owner", "ghost"], {}, "no user named 'ghost'"),
        (["users", "list", "--data-dir", "/etc/hostname/data"], {}, "no server data in /etc/hostname/data"),
        (["create-user", "x", "--data-dir", "/etc/hostname/data"], {}, "cannot use data directory"),
        (["serve", "--spec", "/nonexistent/openapi.yaml"], {}, "no OpenAPI document"),
        (["serve", "--storage-url", "ftp://files"], {}, "--storage-url"),
    ],
)
def test_every_mistake_is_one_line_and_status_2(
    tmp_path: Path, args: list[str], env: dict[str, str], says: str
) -> None:
    database = ["--data-dir", str(tmp_path)] if "--database-url" not in args and "--data-dir" not in args else []
    done = cli(*args, *database, env=env)
    assert done.returncode == 2, done
    assert len(done.stderr.strip().splitlines()) == 1 and says in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "pw@" not in done.stderr


def test_users_keys_and_organizations_from_the_cli(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path)]
    first = cli("create-user", "jane", *data).stdout.split()[-1]
    second = cli("keys", "create", "jane", "--name", "ci pipeline", *data).stdout.strip()
    assert first != second and len(second) == 40
    cli("create-user", "john", *data)
    bad_role = cli("create-org", "acme", "--owner", "jane", "--member", "john:boss", *data)
    assert bad_role.returncode == 2 and "unknown role 'boss'" in bad_role.stderr
    twice = cli("create-org", "acme", "--owner", "jane", "--member", "john", "--member", "john:reviewer", *data)
    assert twice.returncode == 2 and "already a member" in twice.stderr
    assert cli("create-org", "acme", "--owner", "jane", "--member", "john:reviewer", *data).returncode == 0, (
        "nothing half-made"
    )
    users = [line.split("\t") for line in cli("users", "list", *data).stdout.splitlines()[1:]]
    assert [(u[0], u[1], u[3]) for u in users] == [
        ("acme", "organization", "0"),
        ("jane", "user", "2"),
        ("john", "user", "1"),
    ]
    keys = [line.split("\t") for line in cli("keys", "list", "jane", *data).stdout.splitlines()]
    assert keys[0] == ["id", "user", "name", "created", "last_used"]
    assert [(k[1], k[2], k[4]) for k in keys[1:]] == [("jane", "-", "never"), ("jane", "ci pipeline", "never")]
    assert first not in cli("keys", "list", *data).stdout


def test_keys_show_when_they_were_last_used(server: LocalServer, jane: str) -> None:
    from segments_server.operators import list_keys

    assert server.http(jane).get("/user").status_code == 200
    with server.services.db.session(readonly=True) as session:
        last_used = list(list_keys(session, "jane"))[1].split("\t")[4]
    assert last_used != "never" and last_used.startswith(time.strftime("%Y-"))


def test_seed_demo_is_idempotent_and_always_prints_a_working_key(tmp_path: Path) -> None:
    with ServerProcess(tmp_path / "data") as server:
        keys = [server.cli("seed-demo").strip().splitlines()[-1] for _ in range(2)]
        assert keys[0] != keys[1]
        for key in keys:
            datasets = httpx.get(f"{server.url}/user/datasets/", headers={"Authorization": f"APIKey {key}"}).json()
            assert [d["name"] for d in datasets] == ["demo-flowers"]


def test_health_needs_no_key_and_says_when_the_database_is_down(server: LocalServer) -> None:
    healthy = server.http().get("/healthz")
    assert healthy.status_code == 200 and healthy.json() == {"status": "ok", "database": "ok", "storage": "ok"}
    db = server.services.db
    working = db.engine, db._reads
    db.engine = create_engine("postgresql+psycopg://u:pw@127.0.0.1:1/x")
    db._reads = db._reads.__class__(db.engine)
    try:
        down = server.http().get("/healthz")
    finally:
        db.engine, db._reads = working
    assert down.status_code == 503 and down.json()["database"] == "unreachable"
    assert "Connection refused" in down.json()["detail"] and "pw" not in down.json()["detail"]


def test_health_refuses_a_body_over_the_limit_like_every_route(tmp_path: Path) -> None:
    small = LocalServer(tmp_path / "data", max_body_bytes=1024)
    try:
        refused = small.http().request("GET", "/healthz", content=b"x" * 4096)
        assert refused.status_code == 413 and "detail" in refused.json()
    finally:
        small.close()


def test_the_root_leads_to_the_reference(server: LocalServer) -> None:
    landing = server.http().get("/", follow_redirects=False)
    assert landing.status_code == 307 and landing.headers["location"] == "/docs"


def test_an_unbuilt_reference_page_is_a_json_404_that_says_how_to_build_it(tmp_path: Path) -> None:
    server = LocalServer(tmp_path / "data", docs_path=tmp_path / "missing" / "index.html")
    try:
        page = server.http().get("/docs")
    finally:
        server.close()
    assert page.status_code == 404 and page.headers["content-type"] == "application/json"
    assert page.json() == {"detail": "Not found. Build the reference page with `make docs`."}


def test_rate_limits_answer_429_and_the_sdk_retries_through_them(tmp_path: Path) -> None:
    with ServerProcess(tmp_path / "data", rate_limit="2/s") as server:
        key = server.create_user("jane")
        burst = [httpx.get(f"{server.url}/user", headers={"Authorization": f"APIKey {key}"}) for _ in range(4)]
        limited = [r for r in burst if r.status_code == 429]
        assert limited and limited[0].headers["Retry-After"] == "1"
        assert limited[0].json()["detail"] == "Request was throttled. Expected available in 1 second."
        statuses: list[int] = []
        hooks = {"response": [lambda response: statuses.append(response.status_code)]}
        with (
            httpx.Client(event_hooks=hooks) as http,
            SegmentsClient(key, server.url, http_client=http, max_retries=5) as client,
        ):
            names = [client.add_dataset(f"d{i}").name for i in range(5)] + [d.name for d in client.get_datasets()]
        assert names == ["d0", "d1", "d2", "d3", "d4", "d0", "d1", "d2", "d3", "d4"]
        assert 429 in statuses, "the limit was hit, and retried through"


def test_serve_takes_its_configuration_from_the_environment(tmp_path: Path) -> None:
    port = free_port()
    env = {
        **os.environ,
        "SEGMENTS_SERVER_PORT": str(port),
        "SEGMENTS_SERVER_DATA_DIR": str(tmp_path / "from-env"),
        "SEGMENTS_SERVER_LOG_FORMAT": "json",
    }
    process = subprocess.Popen([*CLI, "serve"], env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                assert httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).json()["status"] == "ok"
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline and process.poll() is None, "server did not start"
                time.sleep(0.1)
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
    lines = [json.loads(line) for line in stderr.splitlines() if line.strip()]
    messages = " ".join(line["message"] for line in lines)
    assert all({"time", "level", "logger", "message"} <= set(line) for line in lines)
    assert f"http://127.0.0.1:{port}/docs" in messages and f"http://127.0.0.1:{port}/ui" in messages
    assert str(tmp_path / "from-env") in messages and (tmp_path / "from-env" / "segments.sqlite3").exists()


def test_handler_threads_share_the_cores_between_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert [ServerConfig(workers=n).settings().handler_threads for n in (1, 2, 3, 4, 8)] == [4, 2, 1, 1, 1]
    monkeypatch.setattr(os, "cpu_count", lambda: 16)
    assert [ServerConfig(workers=n).settings().handler_threads for n in (1, 8, 16)] == [4, 4, 2]
    assert ServerConfig(workers=2, handler_threads=7).settings().handler_threads == 7


def test_logged_database_urls_hide_the_password() -> None:
    assert (
        hidden_password("postgresql+psycopg://app:s3cret@db:5432/segments")
        == "postgresql+psycopg://app:***@db:5432/segments"
    )


def test_commands_that_read_never_create_a_data_dir(tmp_path: Path) -> None:
    mistyped = tmp_path / "dtaa"
    for args in (["users", "list"], ["keys", "list"]):
        done = cli(*args, "--data-dir", str(mistyped))
        assert done.returncode == 2 and "check --data-dir" in done.stderr, done.stderr
    assert not mistyped.exists()


def test_a_port_in_use_is_one_line_before_anything_starts(tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = cli("serve", "--port", str(port), "--data-dir", str(tmp_path))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"segments-server: cannot listen on 127.0.0.1 port {port}: Address already in use"
    ]


def test_json_access_lines_are_fields_with_the_path_as_sent(tmp_path: Path) -> None:
    port = free_port()
    command = [*CLI, "serve", "--port", str(port), "--data-dir", str(tmp_path), "--log-format", "json"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline and process.poll() is None, "server did not start"
                time.sleep(0.1)
        httpx.get(f"http://127.0.0.1:{port}/user/")
        httpx.get(f"http://127.0.0.1:{port}/user")
    finally:
        process.terminate()
        stdout, _ = process.communicate(timeout=30)
    access = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    paths = [(line["method"], line["path"], line["status"]) for line in access if line["path"].startswith("/user")]
    assert paths == [("GET", "/user/", 401), ("GET", "/user", 401)]
