"""The reference server for tests: in-process (TestClient) or over real HTTP (uvicorn thread)."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn
from segments_api_client import AuthenticatedClient
from segments_server import Settings, create_app
from segments_server.accounts import add_member, create_organization, create_user
from segments_server.services import Services
from starlette.testclient import TestClient


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LocalServer:
    """A fresh server on its own data dir, with helpers to create accounts and clients."""

    def __init__(self, data_dir: Path, public_url: str = "http://testserver", **settings: Any) -> None:
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


class RunningServer:
    """The server on a real loopback port (uvicorn in a thread), for HTTP clients like the SDK."""

    def __init__(self, data_dir: Path, port: int | None = None, **settings: Any) -> None:
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.local = LocalServer(data_dir, public_url=self.url, **settings)
        config = uvicorn.Config(self.local.app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
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
