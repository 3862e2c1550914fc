"""The mixed load's p99 with a webhook endpoint that answers slowly (2 s per delivery), against the same
load without webhooks: sending must not slow API requests (SQLite, one worker, rounds interleaved)."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

from .harness import BIN, create_user, server_process
from .mixed import CLIENTS

SLOW_SECONDS = 2.0


class _Slow(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        time.sleep(SLOW_SECONDS)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def _p99(workdir: Path, name: str, seconds: float, endpoint: str | None) -> float:
    data = workdir / name
    key = create_user(data, "jane")
    if endpoint is not None:
        command = [str(BIN / "segments-server"), "webhooks", "add", "jane", endpoint, "--data-dir", str(data)]
        subprocess.run(command, capture_output=True, check=True)
    with server_process(data) as (url, _pid):
        headers = {"Authorization": f"APIKey {key}"}
        httpx.post(f"{url}/user/datasets/", json={"name": "mixed", "task_type": "bboxes"}, headers=headers)
        command = [sys.executable, "-m", "bench.mixed_load", url, key, "jane/mixed", str(seconds), str(CLIENTS)]
        root = Path(__file__).resolve().parents[1]
        output = subprocess.run(command, capture_output=True, text=True, check=True, cwd=root).stdout
    return float(json.loads(output)["p99_ms"])


def run(workdir: Path, seconds: float, rounds: int = 1) -> dict[str, float]:
    receiver = ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    endpoint = f"http://127.0.0.1:{receiver.server_address[1]}/hook"
    without, with_slow = [], []
    try:
        for number in range(rounds):
            without.append(_p99(workdir, f"plain{number}", seconds, None))
            with_slow.append(_p99(workdir, f"slow{number}", seconds, endpoint))
    finally:
        receiver.shutdown()
    plain, slow = statistics.median(without), statistics.median(with_slow)
    return {"p99_ms_without": plain, "p99_ms_slow_endpoint": slow, "ratio": slow / max(plain, 1e-9)}
