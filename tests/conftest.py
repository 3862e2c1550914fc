"""Fixtures shared by every test layer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.local_server import LocalServer

pytest_plugins = ["pytester"]  # tests of our pytest plugin run pytest in a pytest


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LocalServer]:
    """A fresh in-process server with its own SQLite database and files."""
    local = LocalServer(tmp_path / "data")
    yield local
    local.close()


@pytest.fixture
def jane(server: LocalServer) -> str:
    """API key of the user ``jane``."""
    return server.create_user("jane")


@pytest.fixture
def john(server: LocalServer) -> str:
    """API key of the user ``john``."""
    return server.create_user("john")
