"""Shared pieces: a server in its own process, seeding straight into its database, interleaved rounds."""

from __future__ import annotations

import contextlib
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
from segments_server.tables import Dataset, Label, Labelset, Sample, User, new_uuid, utcnow
from sqlalchemy import create_engine, insert, make_url, select, text
from sqlalchemy.exc import ProgrammingError

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tcp_sockets(port: int, state: str) -> list[str]:
    """Inodes of the local sockets on ``port`` in ``state`` (as in /proc/net/tcp: "0A" listening,
    "01" established); each worker of ``serve --workers N`` listens on a socket of its own."""
    inodes = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError), open(table) as lines:
            for line in list(lines)[1:]:
                fields = line.split()
                if fields[3] == state and int(fields[1].rsplit(":", 1)[1], 16) == port:
                    inodes.append(fields[9])
    return inodes


def listening_sockets(port: int) -> int:
    """How many sockets listen on ``port``."""
    return len(tcp_sockets(port, "0A"))


def wait_until_serving(process: subprocess.Popen[Any], url: str, port: int, workers: int = 1) -> None:
    """Wait until the server at ``url`` answers and each of its ``workers`` listens (60 s at most)."""
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(url + "/openapi.json", timeout=1)  # any answer: a mock server may not serve the spec
            if workers == 1 or listening_sockets(port) >= workers or not Path("/proc/net/tcp").exists():
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline or process.poll() is not None:
            raise RuntimeError("server did not start")
        time.sleep(0.05)


def create_user(data_dir: Path, username: str, database_url: str | None = None) -> str:
    command = [str(BIN / "segments-server"), "create-user", username, "--data-dir", str(data_dir)]
    if database_url:
        command += ["--database-url", database_url]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[-1]


def postgres_admin_url() -> str:
    """The local PostgreSQL server for benchmarks and tests (installed and started if need be)."""
    script = Path(__file__).resolve().parents[1] / "scripts" / "postgres-test-db.sh"
    return subprocess.run(["bash", str(script)], capture_output=True, text=True, check=True).stdout.strip()


def create_database(admin_url: str, prefix: str = "segments_bench") -> str:
    """A new empty database on the server of ``admin_url``: its URL."""
    name = f"{prefix}_{os.getpid()}_{time.monotonic_ns()}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_database(url: str, admin_url: str) -> None:
    """Drop the database of ``url`` (made by :func:`create_database`) from the server of ``admin_url``."""
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    statement = text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')
    # FORCE ends the server's own connections, but not an autovacuum worker that happens to be in the
    # database (it runs as another role): wait for it to finish, then give up quietly.
    for _ in range(50):
        try:
            with engine.connect() as connection:
                connection.execute(statement)
            break
        except ProgrammingError:
            time.sleep(0.2)
    engine.dispose()


@contextlib.contextmanager
def postgres_database(admin_url: str | None = None, prefix: str = "segments_bench") -> Iterator[str]:
    """A new empty database on the PostgreSQL server of ``admin_url`` (default: the local one), dropped after."""
    admin_url = admin_url or postgres_admin_url()
    url = create_database(admin_url, prefix)
    try:
        yield url
    finally:
        drop_database(url, admin_url)


@contextlib.contextmanager
def server_process(
    data_dir: Path,
    app: str | None = None,
    *,
    command: Callable[[int], list[str]] | None = None,
    workers: int = 1,
    database_url: str | None = None,
    flags: tuple[str, ...] = (),
    log: Path | None = None,
) -> Iterator[tuple[str, int]]:
    """Our server (or the ASGI ``app`` import string, or ``command(port)``) in its own process: (url, pid).
    Its log (stderr) goes to ``log`` when given."""
    port = free_port()
    if command is not None:
        argv = command(port)
    elif app is None:
        argv = [str(BIN / "segments-server"), "serve", "--data-dir", str(data_dir), "--port", str(port)]
        argv += ["--log-level", "warning", "--workers", str(workers)]
        argv += ["--database-url", database_url] if database_url else []
        argv += flags
    else:
        argv = [str(BIN / "uvicorn"), app, "--port", str(port), "--log-level", "warning"]
    root = Path(__file__).resolve().parents[1]
    stderr = open(log, "wb") if log is not None else None  # noqa: SIM115 (closed below)
    process = subprocess.Popen(argv, cwd=root, stdout=subprocess.DEVNULL, stderr=stderr)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(process, url, port, workers)
        yield url, process.pid
    finally:
        process.terminate()
        process.wait(timeout=30)
        if stderr is not None:
            stderr.close()


def children(pid: int) -> list[int]:
    """The process ids whose parent is ``pid``."""
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            lines = status.read_text().splitlines()
        except OSError:
            continue
        parent = next((line.split()[1] for line in lines if line.startswith("PPid:")), None)
        if parent == str(pid):
            found.append(int(status.parent.name))
    return found


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    """Resident memory of a process in MB (``VmHWM`` for its peak)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise LookupError(field)


def seed_samples(
    data_dir: Path, owner: str, dataset: str, count: int, *, labeled: bool = False, database_url: str | None = None
) -> None:
    """Insert a dataset with ``count`` image samples (and ground-truth labels) straight into the database
    (``database_url``, else the SQLite file in ``data_dir``)."""
    engine = create_engine(database_url or f"sqlite:///{data_dir / 'segments.sqlite3'}")
    with engine.begin() as connection:
        owner_id = connection.execute(select(User.id).where(User.username == owner)).scalar_one()
        attributes = {"categories": [{"id": 1, "name": "car"}]}
        dataset_id = connection.execute(
            insert(Dataset).values(
                owner_id=owner_id,
                name=dataset,
                task_type="bboxes",
                task_attributes=attributes,
                metadata_={},
                settings={},
                created_at=utcnow(),
            )
        ).inserted_primary_key[0]
        labelset_id = connection.execute(
            insert(Labelset).values(
                uuid=new_uuid(), dataset_id=dataset_id, name="ground-truth", is_groundtruth=True, created_at=utcnow()
            )
        ).inserted_primary_key[0]
        now = utcnow()
        for start in range(0, count, 5000):
            rows = [
                {
                    "uuid": new_uuid(),
                    "dataset_id": dataset_id,
                    "name": f"sample-{i:07d}.jpg",
                    "created_by": owner,
                    "attributes": {"image": {"url": f"https://example.com/{i}.jpg"}},
                    "metadata_": {"index": i},
                    "priority": float(i % 7),
                    "readme": "",
                    "created_at": now,
                }
                for i in range(start, min(start + 5000, count))
            ]
            connection.execute(insert(Sample), rows)
        if labeled:
            ids = connection.execute(select(Sample.id).where(Sample.dataset_id == dataset_id)).scalars().all()
            box = {"id": 1, "category_id": 1, "type": "bbox", "points": [[1.0, 2.0], [30.0, 40.0]]}
            for start in range(0, len(ids), 5000):
                connection.execute(
                    insert(Label),
                    [
                        {
                            "sample_id": sid,
                            "labelset_id": labelset_id,
                            "label_type": "bboxes",
                            "label_status": "LABELED",
                            "attributes": {"annotations": [box]},
                            "created_by": owner,
                            "updated_by": owner,
                            "created_at": now,
                            "updated_at": now,
                        }
                        for sid in ids[start : start + 5000]
                    ],
                )
    engine.dispose()


def interleaved(contenders: dict[str, Callable[[], float]], rounds: int) -> dict[str, float]:
    """Run each contender once per round, in turn (A B C A B C ...); the median of its results."""
    results: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, run in contenders.items():
            results[name].append(run())
    return {name: statistics.median(values) for name, values in results.items()}


def timed(action: Callable[[], Any]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def environment() -> str:
    return f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, {os.uname().sysname} {os.uname().machine}"
