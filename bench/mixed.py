"""Mixed load (create sample, label it, list samples) from 32 clients: one and two workers, on SQLite
and on PostgreSQL, the configurations interleaved over rounds. Reports the median requests per
second, p50 and p99 of the rounds, all errors, and where the machine's CPU went (a 2-core machine
runs the load generator, the workers and PostgreSQL on the same cores)."""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from .harness import create_user, postgres_database, server_process

CLIENTS = 32
CONFIGURATIONS = {"sqlite_1w": (False, 1), "sqlite_2w": (False, 2), "postgres_1w": (True, 1), "postgres_2w": (True, 2)}


def _cpu_seconds() -> dict[str, float]:
    """CPU seconds so far: the whole machine busy, and our server's and PostgreSQL's processes."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    ticks = [int(value) for value in fields]
    hertz = float(os.sysconf("SC_CLK_TCK"))
    spent = {"busy": (sum(ticks) - ticks[3] - ticks[4]) / hertz, "server": 0.0, "postgres": 0.0}
    for process in Path("/proc").glob("[0-9]*"):
        try:
            command = (process / "cmdline").read_bytes()
            stat = (process / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        seconds = (int(stat[11]) + int(stat[12])) / hertz
        if b"segments-server" in command or b"spawn_main" in command:
            spent["server"] += seconds
        elif b"postgres" in command:
            spent["postgres"] += seconds
    return spent


def _measure(workdir: Path, name: str, postgres: bool, workers: int, seconds: float) -> dict[str, Any]:
    data = workdir / name
    with postgres_database() if postgres else contextlib.nullcontext() as database_url:
        key = create_user(data, "jane", database_url)
        with server_process(data, workers=workers, database_url=database_url) as (url, _pid):
            headers = {"Authorization": f"APIKey {key}"}
            httpx.post(f"{url}/user/datasets/", json={"name": "mixed", "task_type": "bboxes"}, headers=headers)
            command = [sys.executable, "-m", "bench.mixed_load", url, key, "jane/mixed", str(seconds), str(CLIENTS)]
            root = Path(__file__).resolve().parents[1]
            before, started = _cpu_seconds(), time.monotonic()
            output = subprocess.run(command, capture_output=True, text=True, check=True, cwd=root).stdout
            after, elapsed = _cpu_seconds(), time.monotonic() - started
    result: dict[str, Any] = json.loads(output)
    requests = max(result["rps"] * seconds, 1.0)
    result["cpu"] = {
        "busy_fraction": (after["busy"] - before["busy"]) / elapsed / (os.cpu_count() or 1),
        "server_ms_per_request": (after["server"] - before["server"]) / requests * 1000,
        "postgres_ms_per_request": (after["postgres"] - before["postgres"]) / requests * 1000,
    }
    return result


def run(
    workdir: Path, seconds: float, rounds: int = 1
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, float]]]:
    """Per configuration: the median rps, p50 and p99 over ``rounds``, all errors; and the median CPU use."""
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in CONFIGURATIONS}
    for number in range(rounds):
        for name, (postgres, workers) in CONFIGURATIONS.items():
            runs[name].append(_measure(workdir / f"round{number}", name, postgres, workers, seconds))
    summary = {
        name: {
            "rps": statistics.median(r["rps"] for r in results),
            "p50_ms": statistics.median(r["p50_ms"] for r in results),
            "p99_ms": statistics.median(r["p99_ms"] for r in results),
            "errors": sum(r["errors"] for r in results),
        }
        for name, results in runs.items()
    }
    cpu = {
        name: {key: statistics.median(r["cpu"][key] for r in results) for key in results[0]["cpu"]}
        for name, results in runs.items()
    }
    return summary, cpu
