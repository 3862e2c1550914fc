"""Server throughput: GET one sample at 16 connections. Our server against three baselines measured in
the same run: bare Starlette answering fixed bytes, Starlette + sqlite3 doing the lookup in plain
Python (key hash check, one SELECT, json.dumps), and the Prism mock server (the usual spec-driven
stand-in, from npm, pinned in package-lock.json)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx

from .harness import create_user, interleaved, server_process

CONNECTIONS = 16
ROOT = Path(__file__).resolve().parents[1]
PRISM = [str(ROOT / "node_modules" / ".bin" / "prism"), "mock", str(ROOT / "openapi.yaml"), "--errors", "false"]


def _load(url: str, key: str, seconds: float) -> float:
    command = [sys.executable, "-m", "bench.load", url, key, str(seconds), str(CONNECTIONS)]
    result = subprocess.run(
        command, capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[1]
    )
    return float(result.stdout.strip())


def run(data_dir: Path, seconds: float, rounds: int) -> dict[str, float]:
    key = create_user(data_dir, "rps")
    headers = {"Authorization": f"APIKey {key}"}
    with server_process(data_dir) as (url, _pid):
        httpx.post(
            f"{url}/user/datasets/", json={"name": "rps", "task_type": "bboxes"}, headers=headers
        ).raise_for_status()
        sample = httpx.post(
            f"{url}/datasets/rps/rps/samples/",
            json={"name": "s", "attributes": {"image": {"url": "u"}}},
            headers=headers,
        )
        uuid = sample.json()["uuid"]
        body = httpx.get(f"{url}/samples/{uuid}/", headers=headers).content
    body_file = data_dir / "sample.json"
    body_file.write_bytes(body)
    os.environ["BENCH_SAMPLE_JSON"] = str(body_file)

    def bare() -> float:
        with server_process(data_dir, app="bench.bare_app:app") as (bare_url, _):
            return _load(f"{bare_url}/samples/{uuid}/", key, seconds)

    def lookup() -> float:
        os.environ["BENCH_DATABASE"] = str(data_dir / "segments.sqlite3")
        with server_process(data_dir, app="bench.lookup_app:app") as (lookup_url, _):
            return _load(f"{lookup_url}/samples/{uuid}/", key, seconds)

    def prism() -> float:
        with server_process(data_dir, command=lambda port: [*PRISM, "-p", str(port)]) as (prism_url, _):
            return _load(f"{prism_url}/samples/{uuid}/", key, seconds)

    def ours() -> float:
        with server_process(data_dir) as (our_url, _):
            return _load(f"{our_url}/samples/{uuid}/", key, seconds)

    contenders = {"bare_starlette": bare, "lookup_baseline": lookup, "prism": prism, "server": ours}
    return interleaved(contenders, rounds)
