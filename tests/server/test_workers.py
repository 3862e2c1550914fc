"""``serve --workers N``: every worker takes its share of new connections, and its PostgreSQL upkeep.

With one listening socket shared by the workers, the worker that wakes first accepts every
connection waiting, so a burst of keep-alive clients (a parallel test suite, a load test) all
landed on one process while the other idled. Each worker now listens on a socket of its own.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections import Counter
from pathlib import Path

import httpx
from segments_server.revocations import LISTENER_NAME
from sqlalchemy import create_engine, text

from bench.harness import listening_sockets, seed_samples, tcp_sockets
from tests.local_server import ServerProcess, children, postgres_database


def _owner(inode: str, pids: list[int]) -> int | None:
    for pid in pids:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            if os.readlink(fd) == f"socket:[{inode}]":
                return pid
    return None


def test_a_burst_of_connections_is_spread_over_the_workers(tmp_path: Path) -> None:
    with ServerProcess(tmp_path / "data", workers=2) as server:
        assert server.process is not None
        processes = children(server.process.pid)  # the workers (and multiprocessing's helper)
        connections = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(32)]
        for connection in connections:  # all connect first, as a pool of clients starting together does
            connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        for connection in connections:
            assert connection.recv(4096).startswith(b"HTTP/1.1 200")
        owners = Counter(_owner(inode, processes) for inode in tcp_sockets(server.port, "01"))
        for connection in connections:
            connection.close()
    assert sum(owners.values()) == 32 and None not in owners
    assert len(owners) == 2 and min(owners.values()) >= 4, owners  # a fair split; 4 or fewer: p < 1e-5


def test_a_killed_worker_is_replaced_and_listens_again(tmp_path: Path) -> None:
    with ServerProcess(tmp_path / "data", workers=2) as server:
        assert server.process is not None
        workers = [pid for pid in children(server.process.pid) if "spawn_main" in _command(pid)]
        assert len(workers) == 2
        os.kill(workers[0], signal.SIGKILL)
        deadline = time.monotonic() + 30
        while True:
            alive = [pid for pid in children(server.process.pid) if "spawn_main" in _command(pid)]
            if workers[0] not in alive and len(alive) == 2 and listening_sockets(server.port) == 2:
                break
            assert time.monotonic() < deadline, "the killed worker was not replaced"
            time.sleep(0.1)
        assert {httpx.get(f"{server.url}/healthz").status_code for _ in range(20)} == {200}


def _command(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:  # ended meanwhile
        return ""


def test_a_second_server_cannot_take_the_port_of_one_with_workers(tmp_path: Path) -> None:
    with ServerProcess(tmp_path / "first", workers=2) as server:
        for workers in ("2", "1"):
            command = [*server.command[:5], str(tmp_path / "second"), "--port", str(server.port), "--workers", workers]
            result = subprocess.run(command, capture_output=True, text=True, timeout=60)
            assert result.returncode != 0, result.stderr
            assert "in use" in result.stderr.lower(), result.stderr
        assert httpx.get(f"{server.url}/healthz").status_code == 200


def test_on_postgresql_each_worker_listens_for_revocations_and_keeps_statistics(tmp_path: Path) -> None:
    with postgres_database() as url, ServerProcess(tmp_path / "data", workers=2, database_url=url) as server:
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            for table in ("samples", "labels"):  # as before autovacuum's first pass
                connection.execute(text(f"ALTER TABLE {table} SET (autovacuum_enabled = false)"))
            listeners = text("SELECT count(*) FROM pg_stat_activity WHERE application_name = :name")
            deadline = time.monotonic() + 15
            while connection.execute(listeners, {"name": LISTENER_NAME}).scalar() != 2:
                assert time.monotonic() < deadline, "not every worker listens for revocations"
                time.sleep(0.1)
            server.create_user("jane")
            seed_samples(tmp_path, "jane", "big", 1000, labeled=True, database_url=url)
            analyzed = text(
                "SELECT count(*) FROM pg_stat_user_tables"
                " WHERE relname IN ('samples', 'labels') AND last_analyze IS NOT NULL"
            )
            deadline = time.monotonic() + 15
            while connection.execute(analyzed).scalar() != 2:
                assert time.monotonic() < deadline, "the grown tables were not analyzed"
                time.sleep(0.2)
        engine.dispose()
