"""The reference server for tests: in-process (TestClient) or over real HTTP (uvicorn thread)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import uvicorn
from segments_api_client import AuthenticatedClient
from segments_server import Settings, create_app
from segments_server.accounts import add_member, create_organization, create_user
from segments_server.services import Services
from segments_server.serving import uvicorn_options
from segments_server.testing import LocalServer as PublicLocalServer
from starlette.testclient import TestClient

from bench.harness import (
    children,
    create_database,
    drop_database as drop_postgres_database,
    free_port,
    postgres_database as bench_postgres_database,
    wait_until_serving,
)


def fresh_database_url() -> str | None:
    """With SEGMENTS_TEST_DATABASE_URL (a PostgreSQL server), a new empty database on it; else None (SQLite)."""
    admin_url = os.environ.get("SEGMENTS_TEST_DATABASE_URL")
    return create_database(admin_url, "segments_test") if admin_url else None


@contextlib.contextmanager
def postgres_database() -> Iterator[str]:
    """A new empty PostgreSQL database for tests of what only PostgreSQL does (dropped after)."""
    with bench_postgres_database(os.environ.get("SEGMENTS_TEST_DATABASE_URL"), "segments_test") as url:
        yield url


@contextlib.contextmanager
def public_local_server() -> Iterator[PublicLocalServer]:
    """``segments_server.testing.LocalServer`` (what users get) on the test database: SQLite, or a
    fresh PostgreSQL database under ``make test-postgres`` (dropped after)."""
    url = fresh_database_url()
    with PublicLocalServer(database_url=url) as running:
        yield running
    drop_database(url)


def drop_database(url: str | None, admin_url: str | None = None) -> None:
    """Drop a database made by :func:`fresh_database_url` (nothing for SQLite)."""
    admin_url = admin_url or os.environ.get("SEGMENTS_TEST_DATABASE_URL")
    if admin_url and url:
        drop_postgres_database(url, admin_url)


class LocalServer:
    """A fresh server on its own data dir, with helpers to create accounts and clients."""

    def __init__(self, data_dir: Path, public_url: str = "http://testserver", **settings: Any) -> None:
        self._owns_database = settings.get("database_url") is None
        settings.setdefault("database_url", fresh_database_url())
        self.settings = Settings(data_dir=data_dir, public_url=public_url, validate_responses=True, **settings)
        self.app = create_app(self.settings)
        self.services: Services = self.app.services  # type: ignore[attr-defined]
        self._clients: list[TestClient] = []

    def create_user(self, username: str) -> str:
        with self.services.db.session() as session:
            return create_user(session, username)[1]

    def create_org(self, name: str, owner: str, members: dict[str, str] | None = None) -> None:
        with self.services.db.session() as session:
            create_organization(session, name, owner)
            for username, role in (members or {}).items():
                add_member(session, name, username, role)

    def http(self, key: str | None = None) -> TestClient:
        """A raw HTTP client (in-process), authenticated when ``key`` is given."""
        headers = {"Authorization": f"APIKey {key}"} if key else {}
        client = TestClient(self.app, base_url=self.settings.public_url, headers=headers)
        self._clients.append(client)
        return client

    def api(self, key: str) -> AuthenticatedClient:
        """The generated client, talking to this server in-process."""
        client = AuthenticatedClient(base_url=self.settings.public_url, token=key, prefix="APIKey")
        client.set_httpx_client(self.http(key))
        return client

    def wait_for_releases(self, timeout: float = 30) -> None:
        """Block until no release export is running."""
        from segments_server.tables import Release
        from sqlalchemy import select

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.services.db.session() as session:
                if not session.scalar(select(Release.id).where(Release.status == "PENDING")):
                    return
            time.sleep(0.05)
        raise TimeoutError("release export did not finish")

    def close(self) -> None:
        for client in self._clients:
            client.close()
        self.services.releases.shutdown()
        self.services.db.dispose()
        if self._owns_database:
            drop_database(self.settings.database_url)


class RunningServer:
    """The server on a real loopback port (uvicorn in a thread), for HTTP clients like the SDK."""

    def __init__(self, data_dir: Path, port: int | None = None, **settings: Any) -> None:
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.local = LocalServer(data_dir, public_url=self.url, **settings)
        config = uvicorn.Config(
            self.local.app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on", **uvicorn_options()
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> RunningServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)
        self.local.close()


class ServerProcess:
    """``segments-server serve`` in its own process (several workers if asked), for races and crashes."""

    def __init__(self, data_dir: Path, *, workers: int = 1, database_url: str | None = None, **flags: str) -> None:
        self.data_dir = data_dir
        self.database_url = database_url
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.command = [sys.executable, "-m", "segments_server.cli", "serve", "--data-dir", str(data_dir)]
        self.command += ["--port", str(self.port), "--workers", str(workers), "--log-level", "warning"]
        self.command += [arg for name, value in flags.items() for arg in (f"--{name.replace('_', '-')}", value)]
        if database_url:
            self.command += ["--database-url", database_url]
        self.process: subprocess.Popen[bytes] | None = None

    def cli(self, *args: str) -> str:
        """Run another ``segments-server`` command on the same data; its standard output."""
        done = self.cli_run(*args)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def cli_run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run another ``segments-server`` command on the same data, failing or not."""
        command = [sys.executable, "-m", "segments_server.cli", *args, "--data-dir", str(self.data_dir)]
        if self.database_url:
            command += ["--database-url", self.database_url]
        return subprocess.run(command, capture_output=True, text=True)

    def create_user(self, username: str) -> str:
        return self.cli("create-user", username).strip().splitlines()[-1]

    def start(self) -> ServerProcess:
        self.process = subprocess.Popen(self.command, stderr=subprocess.PIPE)
        try:
            wait_until_serving(self.process, self.url, self.port, self.workers)
        except RuntimeError:
            raise RuntimeError(f"server did not start: {self.stderr()}") from None
        return self

    def kill(self) -> None:
        """SIGKILL, the whole process group of workers included: nothing gets to clean up."""
        assert self.process is not None
        for child in children(self.process.pid):
            os.kill(child, signal.SIGKILL)
        self.process.kill()
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()

    def stderr(self) -> str:
        if self.process is None or self.process.poll() is None or self.process.stderr is None:
            return ""
        return self.process.stderr.read().decode(errors="replace")

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()
