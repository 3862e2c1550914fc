"""The official SDK (segments-ai 1.33.0) against our server over real HTTP."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from segments import SegmentsClient

from tests.local_server import RunningServer

_names = itertools.count()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    logging.getLogger("segments").setLevel(logging.WARNING)
    with RunningServer(Path(tmp_path_factory.mktemp("compat"))) as server:
        yield server


@pytest.fixture
def owner(live: RunningServer) -> tuple[str, str]:
    """A fresh user: (username, api key)."""
    name = f"sdkuser{next(_names)}"
    return name, live.local.create_user(name)


@pytest.fixture
def sdk(live: RunningServer, owner: tuple[str, str]) -> Iterator[SegmentsClient]:
    client = SegmentsClient(owner[1], api_url=live.url)
    yield client
    client.close()
