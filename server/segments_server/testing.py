"""The reference server inside your own process, for tests: ``with LocalServer() as server: ...``.

It listens on a free loopback port (``server.url``), in a thread of this process, on a data
directory of its own (a temporary one unless you name one) and SQLite (or ``database_url``).
``create_user`` returns an API key; ``reset`` empties every table and stored file in milliseconds,
so each test can start from nothing without a new server. The pytest plugin (``pytest_plugin.py``)
offers the same as fixtures.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import uvicorn

from .accounts import add_member, create_organization, create_user
from .app import create_app
from .services import Services
from .serving import listening_socket, uvicorn_options
from .settings import Settings
from .tables import Base

START_TIMEOUT = 30.0


def reset_state(services: Services) -> None:
    """Every row of every table and every stored file gone, and the caches that remember them emptied:
    the server as it was when it first started (the schema stays)."""
    with services.db.session() as session:
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(table.delete())
    files = services.settings.files_dir
    if files.is_dir():
        for entry in files.iterdir():
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    services.keys.forget()


class LocalServer:
    """A running reference server: ``url``, ``create_user``, ``create_org``, ``reset``; a context manager.

    ``settings`` are those of :class:`segments_server.Settings` (``rate_limit_per_second``,
    ``database_timeout``, ...).
    """

    def __init__(
        self,
        data_dir: str | Path | None = None,
        *,
        database_url: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        **settings: Any,
    ) -> None:
        self._temporary = tempfile.TemporaryDirectory(prefix="segments-server-") if data_dir is None else None
        self.data_dir = Path(self._temporary.name if self._temporary else data_dir)  # type: ignore[arg-type]
        self._socket = listening_socket(host, port)
        self.port: int = self._socket.getsockname()[1]
        self.url = f"http://{host}:{self.port}"
        self.settings = Settings(data_dir=self.data_dir, public_url=self.url, database_url=database_url, **settings)
        self.app = create_app(self.settings)
        self.services: Services = self.app.services
        config = uvicorn.Config(self.app, log_level="warning", lifespan="on", **uvicorn_options())
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="segments-server", daemon=True
        )

    def start(self) -> Self:
        """Start serving; returns once the server answers."""
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the local Segments.ai server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Stop serving and release the database, the port and a temporary data directory."""
        if self._thread.is_alive():
            self._server.should_exit = True
            self._thread.join(timeout=START_TIMEOUT)
        else:
            self.services.releases.shutdown()
            self.services.db.dispose()
        self._socket.close()
        if self._temporary is not None:
            self._temporary.cleanup()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    def create_user(self, username: str, email: str | None = None) -> str:
        """Create a user; its API key."""
        with self.services.db.session() as session:
            return create_user(session, username, email)[1]

    def create_org(self, name: str, owner: str, members: dict[str, str] | None = None) -> None:
        """Create an organization administered by ``owner``, with ``members`` (username → role)."""
        with self.services.db.session() as session:
            create_organization(session, name, owner)
            for username, role in (members or {}).items():
                add_member(session, name, username, role)

    def reset(self) -> None:
        """Empty every table and stored file (users and keys too)."""
        reset_state(self.services)
