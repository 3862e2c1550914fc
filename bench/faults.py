"""Faults under load: what SDK callers and operators see while PostgreSQL restarts, stops or hangs.

The server runs with two workers on a PostgreSQL server of its own; 8 SDK clients create and list
datasets and 4 raw clients read one, while the database is restarted (fast shutdown), stopped for a
while, and frozen (SIGSTOP). Counted: exceptions raised to SDK callers (by class), 500s seen by the
raw clients, acknowledged writes that are missing afterwards, the latency of a request that needs no
database while the database hangs, and the bytes the server logs during an outage.
"""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from segments_client import SegmentsClient

from .harness import create_user, server_process
from .private_postgres import PrivatePostgres

SDK_CLIENTS = 4 * 2
RAW_CLIENTS = 4
DATABASE_TIMEOUT = 3.0


class Load:
    """The clients, running until stopped; what each saw."""

    def __init__(self, url: str, key: str) -> None:
        self.url, self.key = url, key
        self.stop = threading.Event()
        self.errors: collections.Counter[str] = collections.Counter()
        self.statuses: collections.Counter[int] = collections.Counter()
        self.created: list[str] = []
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._sdk, args=(n,)) for n in range(SDK_CLIENTS)]
        self.threads += [threading.Thread(target=self._raw) for _ in range(RAW_CLIENTS)]

    def _sdk(self, worker: int) -> None:
        with SegmentsClient(self.key, self.url, max_retries=4) as client:
            count = 0
            while not self.stop.is_set():
                count += 1
                try:
                    client.get_datasets(per_page=10)
                    name = f"w{worker}-{count}-{time.monotonic_ns()}"
                    client.add_dataset(name)
                    with self.lock:
                        self.created.append(name)
                except Exception as error:
                    with self.lock:
                        self.errors[type(error).__name__] += 1

    def _raw(self) -> None:
        headers = {"Authorization": f"APIKey {self.key}"}
        with httpx.Client(base_url=self.url, headers=headers, timeout=30) as client:
            while not self.stop.is_set():
                try:
                    status = client.get("/datasets/bench/anchor/").status_code
                except httpx.HTTPError:
                    status = 0  # no answer at all
                with self.lock:
                    self.statuses[status] += 1

    def __enter__(self) -> Load:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=120)

    def lost(self) -> int:
        """Acknowledged creates that are not there."""
        with SegmentsClient(self.key, self.url) as client:
            stored = {dataset.name for dataset in client.iter_datasets()}
        return len(set(self.created) - stored)


def _scenario(url: str, key: str, fault: Callable[[], None], settle: float) -> dict[str, Any]:
    with Load(url, key) as load:
        time.sleep(settle)
        fault()
        time.sleep(settle)
    return {
        "sdk_exceptions": sum(load.errors.values()),
        "sdk_exception_types": dict(load.errors),
        "raw_500s": load.statuses.get(500, 0),
        "raw_503s": load.statuses.get(503, 0),
        "raw_no_answer": load.statuses.get(0, 0),
        "writes": len(load.created),
        "lost_writes": load.lost(),
    }


def _latency(url: str, path: str, headers: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    httpx.get(url + path, headers=headers or {}, timeout=60)
    return time.perf_counter() - started


def _p99(latencies: list[float]) -> float:
    ordered = sorted(latencies)
    return ordered[max(0, int(len(ordered) * 0.99) - 1)] * 1000


def _hung(url: str, key: str, postgres: PrivatePostgres, seconds: float) -> dict[str, Any]:
    """Latency of a request that needs no database, before and while the database hangs; the time a
    request that needs it takes to get its 503."""
    before = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        before.append(_latency(url, "/openapi.json"))
        time.sleep(0.05)
    headers = {"Authorization": f"APIKey {key}"}
    database_waits: list[float] = []

    def wait_for_database() -> None:
        database_waits.append(_latency(url, "/datasets/bench/anchor/", headers))

    postgres.freeze()
    try:
        waiting = [threading.Thread(target=wait_for_database) for _ in range(4)]
        for thread in waiting:
            thread.start()
        during = []
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            during.append(_latency(url, "/openapi.json"))
            time.sleep(0.05)
        for thread in waiting:
            thread.join(timeout=120)
    finally:
        postgres.thaw()
    return {
        "no_db_p99_ms_before": _p99(before),
        "no_db_p99_ms_during": _p99(during),
        "db_request_max_s": max(database_waits),
    }


def run(workdir: Path, settle: float, stop: float, outage: float) -> dict[str, Any]:
    """The scenarios: ``settle`` seconds of load around each fault, a stop of ``stop`` seconds, a hang
    as long, and an ``outage`` under load whose log volume is measured."""
    postgres = PrivatePostgres()
    postgres.start()
    log = workdir / "server.log"
    try:
        data = workdir / "data"
        flags = ("--database-timeout", str(DATABASE_TIMEOUT))
        with server_process(data, workers=2, database_url=postgres.url, flags=flags, log=log) as (url, _):
            key = create_user(data, "bench", postgres.url)
            with SegmentsClient(key, url) as client:
                client.add_dataset("anchor")

            def restart() -> None:
                postgres.stop()
                postgres.start()

            def stop_for_a_while() -> None:
                postgres.stop()
                time.sleep(stop)
                postgres.start()

            result: dict[str, Any] = {
                "restart": _scenario(url, key, restart, settle),
                "stop": _scenario(url, key, stop_for_a_while, settle),
                "hung": _hung(url, key, postgres, stop),
            }
            logged_before = log.stat().st_size
            with Load(url, key):
                postgres.stop()
                time.sleep(outage)
                postgres.start()
            result["log_bytes_outage"] = log.stat().st_size - logged_before
            result["outage_s"] = outage
            return result
    finally:
        postgres.close()
