"""A fresh local server for the contract tests, with its accounts."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

from tests.local_server import RunningServer


@contextlib.contextmanager
def local_server() -> Iterator[tuple[str, dict[str, str], str]]:
    """(base URL, API keys by role, organization) of a fresh server on a new data dir."""
    with tempfile.TemporaryDirectory(prefix="contract-data-") as data, RunningServer(Path(data)) as server:
        keys = {role: server.local.create_user(name) for role, name in (("owner", "alice"), ("stranger", "mallory"))}
        for name in ("carol", "dave", "erin"):
            server.local.create_user(name)
        server.local.create_org("acme", owner="alice")
        yield server.url, keys, "acme"
