"""Mixed load (create sample, label it, list samples) from 32 clients: one and two workers, on SQLite
and on PostgreSQL. Reports requests per second, p50, p99 and errors for each configuration."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx

from .harness import create_user, fresh_postgres_database, server_process

CLIENTS = 32
CONFIGURATIONS = {"sqlite_1w": (False, 1), "sqlite_2w": (False, 2), "postgres_1w": (True, 1), "postgres_2w": (True, 2)}


def _measure(workdir: Path, name: str, postgres: bool, workers: int, seconds: float) -> dict[str, Any]:
    data = workdir / name
    database_url = fresh_postgres_database() if postgres else None
    key = create_user(data, "jane", database_url)
    with server_process(data, workers=workers, database_url=database_url) as (url, _pid):
        headers = {"Authorization": f"APIKey {key}"}
        httpx.post(f"{url}/user/datasets/", json={"name": "mixed", "task_type": "bboxes"}, headers=headers)
        command = [sys.executable, "-m", "bench.mixed_load", url, key, "jane/mixed", str(seconds), str(CLIENTS)]
        root = Path(__file__).resolve().parents[1]
        output = subprocess.run(command, capture_output=True, text=True, check=True, cwd=root).stdout
    result: dict[str, Any] = json.loads(output)
    return result


def run(workdir: Path, seconds: float) -> dict[str, dict[str, Any]]:
    return {
        name: _measure(workdir, name, postgres, workers, seconds)
        for name, (postgres, workers) in CONFIGURATIONS.items()
    }
