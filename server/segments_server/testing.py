"""The reference server inside your own process, for tests: ``with LocalServer() as server: ...``.

It listens on a free loopback port (``server.url``), in a thread of this process, on a data
directory of its own (a temporary one unless you name one) and SQLite (or ``database_url``).
``create_user`` returns an API key; ``reset`` empties every table and stored file in milliseconds,
so each test can start from nothing without a new server. The control API is on (``control_token``,
``control_headers``), and its features are methods here too: ``journal``, ``inject_fault``,
``deterministic``, ``snapshot``/``restore``, ``seed_demo``. The pytest plugin (``pytest_plugin.py``)
offers the same as fixtures.
"""

from __future__ import annotations

import datetime as dt
import secrets
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import uvicorn

from .accounts import account_named, add_member, create_organization, create_user
from .app import create_app
from .control import ControlState, InjectedFault, reset_everything
from .demo import seed_demo
from .determinism import DETERMINISM
from .operators import create_key
from .services import Services
from .serving import listening_socket, uvicorn_options
from .settings import Settings
from .webhooks import add_endpoint

START_TIMEOUT = 30.0


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
        control_token: str | None = None,
        **settings: Any,
    ) -> None:
        self._temporary = tempfile.TemporaryDirectory(prefix="segments-server-") if data_dir is None else None
        self.data_dir = Path(self._temporary.name if self._temporary else data_dir)  # type: ignore[arg-type]
        self._socket = listening_socket(host, port)
        self.port: int = self._socket.getsockname()[1]
        self.url = f"http://{host}:{self.port}"
        self.control_token = control_token or secrets.token_urlsafe(24)
        self.settings = Settings(
            data_dir=self.data_dir,
            public_url=self.url,
            database_url=database_url,
            control_token=self.control_token,
            **settings,
        )
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

    def create_key(self, username: str, name: str = "") -> str:
        """Another API key of the user ``username`` (its other keys stay); ValueError if there is no such user."""
        with self.services.db.session() as session:
            return create_key(session, username, name)

    def add_webhook(self, username: str, url: str, events: list[str] | None = None) -> str:
        """Send the dataset events of the user or organization ``username`` to ``url`` (all, or
        ``events``); the signing secret. ValueError if there is no such account, or ``url`` or ``events``
        are not valid."""
        with self.services.db.session() as session:
            return add_endpoint(session, account_named(session, username), url, events).secret

    def create_org(self, name: str, owner: str, members: dict[str, str] | None = None) -> None:
        """Create an organization administered by ``owner``, with ``members`` (username → role)."""
        with self.services.db.session() as session:
            create_organization(session, name, owner)
            for username, role in (members or {}).items():
                add_member(session, name, username, role)

    def reset(self) -> None:
        """Empty every table and stored file (users and keys too); clear the journal, the injected
        faults and deterministic mode."""
        reset_everything(self.services)

    @property
    def control(self) -> ControlState:
        """The control API's state (journal, faults, snapshots) of this server."""
        assert self.services.control is not None
        return self.services.control

    @property
    def control_headers(self) -> dict[str, str]:
        """The header the control API (``/_control/...``) wants."""
        return {"X-Control-Token": self.control_token}

    def seed_demo(self) -> str:
        """Create the demo account (``demo``, dataset ``demo/demo-flowers``) once; a new key of it."""
        return seed_demo(self.services.db, self.data_dir)

    def journal(self, operation_id: str | None = None) -> list[dict[str, Any]]:
        """The API calls received since the last reset (of ``operation_id`` only, if given), oldest first:
        ``operation_id``, ``method``, ``path``, ``query``, ``body``, ``status``, ``fault``, ``time``."""
        return self.control.entries(operation_id)

    def inject_fault(
        self,
        operation_id: str | None = None,
        *,
        status: int | None = None,
        retry_after: int | None = None,
        latency: float = 0.0,
        drop_connection: bool = False,
        times: int | None = 1,
    ) -> InjectedFault:
        """Make the next ``times`` calls of ``operation_id`` (any operation when None; every call when
        ``times`` is None) wait ``latency`` seconds, then answer ``status`` (with ``Retry-After:
        retry_after``) or drop the connection."""
        if status is not None and not 400 <= status <= 599:
            raise ValueError("status must be a 4xx or 5xx status")
        if status is None and not drop_connection and not latency:
            raise ValueError("a fault needs a status, drop_connection or latency")
        return self.control.add_fault(
            operation_id=operation_id,
            status=status,
            retry_after=retry_after,
            latency_seconds=latency,
            drop_connection=drop_connection,
            times=times,
        )

    def clear_faults(self) -> None:
        """Every call gets its real answer again."""
        self.control.faults.clear()

    def deterministic(self, seed: int | None = 0, now: dt.datetime | str | None = "2026-01-01T00:00:00Z") -> None:
        """uuids drawn from ``seed`` and every timestamp ``now`` (until set again); ``None`` for either
        is the default (random uuids, the system clock). One setting per process."""
        DETERMINISM.configure(seed, now)

    def snapshot(self, name: str) -> None:
        """Save every row and stored file under ``name`` (replacing an earlier one of that name)."""
        self.control.snapshot(name, self.services)

    def restore(self, name: str) -> None:
        """Put the state saved as ``name`` back; ``KeyError`` when there is none."""
        if not self.control.restore(name, self.services):
            raise KeyError(name)
