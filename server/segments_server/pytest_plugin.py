"""pytest plugin of the reference server (entry point ``segments_server``): fixtures, no conftest needed.

* ``segments_server``: a running :class:`~segments_server.testing.LocalServer` (``.url``), one per test
  session, and one per worker under pytest-xdist (each worker is a session of its own);
* ``segments_api_key``: the API key of a new user, after the server's state was reset (every table and
  stored file emptied) unless ``--segments-keep-state``;
* ``segments_client`` and ``async_segments_client``: the SDK (``segments-client``) pointed at it with
  that key.

Options: ``--segments-database-url URL`` (PostgreSQL; default SQLite in a temporary directory) and
``--segments-keep-state`` (no reset between tests).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # imported when a fixture is used, so pytest starts as fast as without the plugin
    from segments_client import AsyncSegmentsClient, SegmentsClient

    from .testing import LocalServer

_users = itertools.count(1)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("segments", "the local Segments.ai reference server (segments_server)")
    group.addoption(
        "--segments-database-url",
        default=None,
        help="SQLAlchemy URL of an empty database for the server (default: SQLite in a temporary directory)",
    )
    group.addoption(
        "--segments-keep-state",
        action="store_true",
        default=False,
        help="keep the server's data from test to test (default: reset before each test that asks for a key)",
    )


@pytest.fixture(scope="session")
def segments_server(request: pytest.FixtureRequest) -> Iterator[LocalServer]:
    """The reference server, running for the session: ``segments_server.url``."""
    from .testing import LocalServer

    with LocalServer(database_url=request.config.getoption("segments_database_url")) as server:
        yield server


@pytest.fixture
def segments_api_key(segments_server: LocalServer, request: pytest.FixtureRequest) -> str:
    """The API key of a new user (``user1``, ``user2``, ...), on a server reset first."""
    if not request.config.getoption("segments_keep_state"):
        segments_server.reset()
    return segments_server.create_user(f"user{next(_users)}")


@pytest.fixture
def segments_client(segments_server: LocalServer, segments_api_key: str) -> Iterator[SegmentsClient]:
    """``segments_client.SegmentsClient`` with ``segments_api_key``, pointed at ``segments_server``."""
    from segments_client import SegmentsClient

    with SegmentsClient(segments_api_key, segments_server.url) as client:
        yield client


@pytest.fixture
def async_segments_client(segments_server: LocalServer, segments_api_key: str) -> Iterator[AsyncSegmentsClient]:
    """``segments_client.AsyncSegmentsClient`` with ``segments_api_key`` (closed after the test)."""
    from segments_client import AsyncSegmentsClient

    client = AsyncSegmentsClient(segments_api_key, segments_server.url)
    yield client
    with contextlib.suppress(RuntimeError):  # a pool bound to a loop the test already closed
        asyncio.run(_close(client))


async def _close(client: Any) -> None:
    await client.close()
