"""Faults the operator will meet, from outside: a database that is stopped, restarted or hung, a full
disk, a bug that answers 500, a client that trickles its body. Clients get documented answers in
bounded time, nothing half-written, and the log one line per failure."""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import sqlite3
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from segments_client import ServiceUnavailableError
from segments_server import handlers

from bench.private_postgres import PrivatePostgres
from tests.local_server import LocalServer, RunningServer
from tests.server.hostile import LogWatch

IMAGE = {"image": {"url": "https://example.com/a.jpg"}}


@contextlib.contextmanager
def fault_lines() -> Iterator[LogWatch]:
    """What the server's fault log writes meanwhile."""
    watch = LogWatch(level=logging.DEBUG)
    log = logging.getLogger("segments_server.faults")
    log.addHandler(watch)
    try:
        yield watch
    finally:
        log.removeHandler(watch)


@pytest.fixture
def postgres() -> Iterator[PrivatePostgres]:
    server = PrivatePostgres()
    server.start()
    yield server
    server.close()


def assert_unavailable(response: httpx.Response, within: float, started: float) -> None:
    assert response.status_code == 503, response.text
    assert int(response.headers["retry-after"]) >= 1 and response.headers["x-should-retry"] == "true"
    assert response.json()["detail"].startswith("Service unavailable")
    assert time.monotonic() - started < within


def test_a_stopped_database_is_503_everywhere_and_the_server_recovers(
    tmp_path: Path, postgres: PrivatePostgres
) -> None:
    local = LocalServer(tmp_path / "d", database_url=postgres.url, database_timeout=5.0)
    try:
        key = local.create_user("jane")
        http = local.http(key)
        assert http.post("/user/datasets/", json={"name": "before"}).status_code == 201
        postgres.stop()
        with fault_lines() as lines:
            for _ in range(100):
                for request in (
                    lambda: http.get("/user"),
                    lambda: http.get("/datasets/jane/before/"),
                    lambda: http.post("/user/datasets/", json={"name": "during"}),
                    lambda: local.http("an-unknown-key").get("/user"),
                ):
                    started = time.monotonic()
                    assert_unavailable(request(), 6.0, started)
        # A line per cause (with the count since its last line), a traceback once per cause: not one per request.
        assert 1 <= len(lines.records) <= 6 and sum(1 for r in lines.records if r.exc_info) <= 3
        assert lines.volume() < 30_000
        assert all(r.getMessage().split(" answered ")[1].startswith("503") for r in lines.records)
        health = local.http().get("/healthz")
        assert health.status_code == 503 and health.json()["database"] == "unreachable"
        postgres.start()
        assert http.get("/user").status_code == 200
        assert http.post("/user/datasets/", json={"name": "after"}).status_code == 201
        assert http.get("/datasets/jane/during/").status_code == 404
        assert local.http().get("/healthz").json()["status"] == "ok"
    finally:
        local.close()


def test_the_sdk_rides_out_a_restart_and_a_short_outage_is_a_typed_503(
    tmp_path: Path, postgres: PrivatePostgres
) -> None:
    from segments_client import SegmentsClient

    with RunningServer(tmp_path / "d", database_url=postgres.url, database_timeout=5.0) as running:
        key = running.local.create_user("jane")
        client = SegmentsClient(key, running.url, max_retries=4)
        errors: list[BaseException] = []
        created: list[str] = []
        stop = threading.Event()

        def load(worker: int) -> None:
            count = 0
            while not stop.is_set():
                count += 1
                try:
                    client.get_datasets()
                    name = f"w{worker}-{count}"
                    client.add_dataset(name)
                    created.append(name)
                except Exception as error:
                    errors.append(error)

        workers = [threading.Thread(target=load, args=(n,)) for n in range(4)]
        for worker in workers:
            worker.start()
        time.sleep(1.0)
        postgres.stop()  # a restart: down for well under a second
        postgres.start()
        time.sleep(1.5)
        stop.set()
        for worker in workers:
            worker.join(timeout=60)
        assert errors == [], errors[:3]
        stored = {d.name for d in client.get_datasets()}
        assert set(created) <= stored, "every acknowledged write is there"
        # Down for longer than the retries last: what callers see is a typed 503, never a 500.
        postgres.stop()
        outage: list[BaseException] = []
        quick = SegmentsClient(key, running.url, max_retries=1)
        for _ in range(5):
            try:
                quick.add_dataset(f"down-{time.monotonic_ns()}")
            except Exception as error:
                outage.append(error)
        assert outage and all(isinstance(error, ServiceUnavailableError) for error in outage), outage
        postgres.start()
        client.close()
        quick.close()


def test_a_hung_database_holds_no_one_else_and_answers_503_in_time(tmp_path: Path, postgres: PrivatePostgres) -> None:
    with RunningServer(tmp_path / "d", database_url=postgres.url, database_timeout=2.0) as running:
        key = running.local.create_user("jane")
        auth = {"Authorization": f"APIKey {key}"}
        base = running.url
        assert httpx.get(f"{base}/user", headers=auth).status_code == 200
        postgres.freeze()
        try:
            answers: dict[str, tuple[int, float]] = {}

            def timed(name: str, method: str, path: str, **kwargs: object) -> None:
                started = time.monotonic()
                response = httpx.request(method, f"{base}{path}", headers=auth, timeout=30, **kwargs)  # type: ignore[arg-type]
                answers[name] = (response.status_code, time.monotonic() - started)

            calls = [
                threading.Thread(target=timed, args=("read", "GET", "/datasets/jane/x/")),
                threading.Thread(
                    target=timed, args=("write", "POST", "/user/datasets/"), kwargs={"json": {"name": "ghost"}}
                ),
                threading.Thread(target=timed, args=("health", "GET", "/healthz")),
            ]
            for call in calls:
                call.start()
            time.sleep(0.3)
            for _ in range(5):  # needs no database: as fast as ever while the others wait
                started = time.monotonic()
                assert httpx.get(f"{base}/openapi.json").status_code == 200
                assert time.monotonic() - started < 1.0
            for call in calls:
                call.join(timeout=30)
            assert answers["read"][0] == 503 and answers["read"][1] < 4.0
            assert answers["write"][0] == 503 and answers["write"][1] < 4.0
            assert answers["health"][0] == 503 and answers["health"][1] < 4.5
        finally:
            postgres.thaw()
        time.sleep(1.0)  # the abandoned work finishes now, and must not commit
        for _ in range(50):
            response = httpx.get(f"{base}/datasets/jane/ghost/", headers=auth)
            if response.status_code != 503:
                break
            time.sleep(0.2)
        assert response.status_code == 404, "a write answered 503 was never committed"
        assert httpx.post(f"{base}/user/datasets/", json={"name": "real"}, headers=auth).status_code == 201


def test_a_locked_sqlite_database_is_503_in_time_and_the_write_never_lands(tmp_path: Path) -> None:
    with RunningServer(tmp_path / "d", database_url=None, database_timeout=1.5) as running:
        key = running.local.create_user("jane")
        auth = {"Authorization": f"APIKey {key}"}
        assert httpx.post(f"{running.url}/user/datasets/", json={"name": "d"}, headers=auth).status_code == 201
        holder = sqlite3.connect(tmp_path / "d" / "segments.sqlite3", isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock and does not let go
        try:
            started = time.monotonic()
            blocked = httpx.post(f"{running.url}/user/datasets/", json={"name": "late"}, headers=auth, timeout=30)
            assert_unavailable(blocked, 3.0, started)
            assert httpx.get(f"{running.url}/datasets/jane/d/", headers=auth).status_code == 200, "reads go on"
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        time.sleep(0.5)
        assert httpx.get(f"{running.url}/datasets/jane/late/", headers=auth).status_code == 404
        assert httpx.post(f"{running.url}/user/datasets/", json={"name": "now"}, headers=auth).status_code == 201


def _exchange(sock: socket.socket, request: bytes) -> tuple[bytes, dict[str, str], bytes]:
    sock.sendall(request)
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, body = data.split(b"\r\n\r\n", 1)
    lines = head.decode().split("\r\n")
    headers = {k.lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
    while len(body) < int(headers.get("content-length", 0)):
        body += sock.recv(65536)
    return lines[0].encode(), headers, body


def test_a_bug_is_a_json_500_that_keeps_the_connection_and_logs_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(user: int, services: object) -> object:
        raise RuntimeError("a bug in a handler")

    monkeypatch.setattr(handlers.users, "get_user", broken)
    with fault_lines() as lines, RunningServer(tmp_path / "d") as running:
        key = running.local.create_user("jane")
        request = f"GET /user HTTP/1.1\r\nHost: x\r\nAuthorization: APIKey {key}\r\n\r\n".encode()
        with socket.create_connection(("127.0.0.1", running.port), timeout=10) as sock:
            for _ in range(3):
                status, headers, body = _exchange(sock, request)
                assert status.startswith(b"HTTP/1.1 500")
                assert json.loads(body) == {"detail": "Internal server error."}
                assert headers.get("connection") != "close"
            status, _, _ = _exchange(sock, b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            assert status.startswith(b"HTTP/1.1 200"), "the same connection still serves"
    assert len(lines.records) == 1 and lines.records[0].exc_info, "the first with its traceback, the rest counted"
    assert lines.records[0].levelno == logging.ERROR and "a bug in a handler" in lines.records[0].getMessage()


@contextlib.contextmanager
def small_disk(megabytes: int) -> Iterator[Path]:
    """A tmpfs of its own (the suite runs as root, as CI does)."""
    mount_point = Path(tempfile.mkdtemp(prefix="segments-disk-"))
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(mount_point)], check=True)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
        mount_point.rmdir()


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with open(filler, "wb") as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 65536)
            handle.flush()
    return filler


def test_a_full_disk_is_507_with_nothing_half_written_and_writes_resume(tmp_path: Path) -> None:
    with small_disk(16) as disk, RunningServer(disk / "data", database_url=None) as running:
        key = running.local.create_user("jane")
        unused_key = running.local.create_user("john")  # first used while the disk is full
        auth = {"Authorization": f"APIKey {key}"}
        base = running.url
        assert httpx.post(f"{base}/user/datasets/", json={"name": "d"}, headers=auth).status_code == 201
        asset = httpx.post(f"{base}/assets/", json={"filename": "a.png"}, headers=auth).json()
        form = asset["presignedPostFields"]
        filler = _fill(disk)
        failed = None
        for index in range(3000):
            body = {"name": f"s{index}", "attributes": IMAGE, "metadata": {"pad": "x" * 2000}}
            response = httpx.post(f"{base}/datasets/jane/d/samples/", json=body, headers=auth, timeout=30)
            if response.status_code != 201:
                failed = response
                break
        assert failed is not None, "the disk never filled"
        assert failed.status_code == 507, failed.text
        assert failed.json()["detail"].startswith("Insufficient storage") and failed.headers["retry-after"]
        upload = httpx.post(form["url"], data=form["fields"], files={"file": ("a.png", b"x" * 2_000_000)}, timeout=30)
        assert upload.status_code == 507, upload.text
        assert [p.name for p in (disk / "data" / "files").rglob("*") if p.is_file()] == []
        health = httpx.get(f"{base}/healthz")
        assert health.status_code == 503 and health.json()["storage"] == "full"
        reader = httpx.get(f"{base}/user", headers={"Authorization": f"APIKey {unused_key}"})
        assert reader.status_code == 200, "reads need no room (a key's 'last used' is only a record)"
        filler.unlink()
        assert httpx.get(f"{base}/healthz").json() == {"status": "ok", "database": "ok", "storage": "ok"}
        again = httpx.post(
            f"{base}/datasets/jane/d/samples/", json={"name": "later", "attributes": IMAGE}, headers=auth
        )
        assert again.status_code == 201
        upload = httpx.post(form["url"], data=form["fields"], files={"file": ("a.png", b"png")}, timeout=30)
        assert upload.status_code == 204 and httpx.get(asset["url"]).content == b"png"


def test_a_trickled_body_meets_the_body_deadline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from segments_server.serving import GuardedHttpToolsProtocol

    monkeypatch.setattr(GuardedHttpToolsProtocol, "body_timeout", 1.0)
    monkeypatch.setattr(GuardedHttpToolsProtocol, "body_deadline", 1.5)
    with (
        RunningServer(tmp_path / "d") as running,
        socket.create_connection(("127.0.0.1", running.port), timeout=10) as sock,
    ):
        sock.sendall(
            b"POST /assets/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
        )
        started = time.monotonic()
        answer = b""
        sock.settimeout(0.3)
        while time.monotonic() - started < 6 and not answer:
            with contextlib.suppress(OSError):
                sock.sendall(b" ")  # one byte now and then: never idle long enough for the idle timeout
            with contextlib.suppress(TimeoutError):
                answer = sock.recv(4096)
        assert answer.startswith(b"HTTP/1.1 408 "), answer
        assert time.monotonic() - started < 3.0


def test_the_fault_log_counts_what_it_does_not_repeat(monkeypatch: pytest.MonkeyPatch) -> None:
    from segments_server import faults

    clock = [1000.0]
    monkeypatch.setattr(faults.time, "monotonic", lambda: clock[0])
    log = faults.FaultLog(traceback_interval=60, line_interval=10)
    with fault_lines() as lines:
        for second in range(25):  # 4 failures a second for 25 s
            clock[0] = 1000.0 + second
            for _ in range(4):
                log.failed("GET /user", RuntimeError("database down"), 503)
    messages = [r.getMessage() for r in lines.records]
    assert len(messages) == 3, messages  # at 0 s, 10 s and 20 s
    assert messages[1].endswith("(and 39 more like it in the last 10 s)")
    assert [bool(r.exc_info) for r in lines.records] == [True, False, False]
