"""A live server (uvicorn on loopback) shared by the wrapper tests; each test gets its own user."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from segments_client import SegmentsClient

from tests.local_server import RunningServer

_users = itertools.count()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with RunningServer(Path(tmp_path_factory.mktemp("wrapper"))) as server:
        yield server


@pytest.fixture
def username() -> str:
    return f"user{next(_users)}"


@pytest.fixture
def api_key(live: RunningServer, username: str) -> str:
    return live.local.create_user(username)


@pytest.fixture
def client(live: RunningServer, api_key: str) -> Iterator[SegmentsClient]:
    with SegmentsClient(api_key, live.url) as segments:
        yield segments
