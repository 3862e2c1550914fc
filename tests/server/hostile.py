"""A server on a real socket with its log watched, for the hostile-input suite."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from tests.local_server import RunningServer


class LogWatch(logging.Handler):
    """Records what is logged at ``level`` or above (errors by default) while it is attached."""

    def __init__(self, level: int = logging.ERROR) -> None:
        super().__init__(level=level)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def problems(self) -> list[str]:
        return [f"{r.name}: {r.getMessage()}" for r in self.records]

    def volume(self) -> int:
        """The bytes the records take, formatted as a log file would hold them."""
        formatter = logging.Formatter()
        return sum(len(formatter.format(record)) for record in self.records)


@contextmanager
def watched_server(data_dir: Path, **settings: Any) -> Iterator[tuple[RunningServer, httpx.Client, LogWatch]]:
    """A running server, a client with jane's key, and the watch of the server's log."""
    watch = LogWatch()
    root = logging.getLogger()
    root.addHandler(watch)
    try:
        with RunningServer(data_dir, **settings) as server:
            key = server.local.create_user("jane")
            with httpx.Client(base_url=server.url, headers={"Authorization": f"APIKey {key}"}, timeout=60) as client:
                yield server, client, watch
    finally:
        root.removeHandler(watch)


def check_answer(response: httpx.Response) -> None:
    """No 5xx; a 4xx is JSON with a string ``detail``."""
    request = f"{response.request.method} {response.request.url}"
    assert response.status_code < 500, f"{request} -> {response.status_code} {response.text[:300]}"
    if response.status_code >= 400:
        body = response.json()
        assert isinstance(body, dict) and isinstance(body.get("detail"), str) and body["detail"], (request, body)
