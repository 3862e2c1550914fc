"""Server memory for large request bodies: four gzip bodies at once, each inflating to just under the
body limit (a small "gzip bomb"). Reports the peak growth of the server's memory per request, as a
multiple of the limit: bodies are inflated as they arrive and never copied whole again."""

from __future__ import annotations

import gzip
import threading
from pathlib import Path

import httpx

from .harness import create_user, rss_mb, server_process

CONCURRENT = 4


def run(data_dir: Path, limit_mb: int) -> dict[str, float]:
    key = create_user(data_dir, "bodies")
    limit = limit_mb * 1024 * 1024
    headers = {"Authorization": f"APIKey {key}"}
    content = b'{"name": "big", "attributes": {"image": {"url": "u"}}, "readme": "' + b"a" * (limit - 200) + b'"}'
    body = gzip.compress(content)
    with server_process(data_dir, flags=("--max-body-bytes", str(limit))) as (url, pid):
        httpx.post(f"{url}/user/datasets/", json={"name": "b", "task_type": "bboxes"}, headers=headers)
        idle = rss_mb(pid)
        gzipped = {**headers, "Content-Type": "application/json", "Content-Encoding": "gzip"}

        def send() -> None:
            httpx.post(f"{url}/datasets/bodies/b/samples/", content=body, headers=gzipped, timeout=300)

        threads = [threading.Thread(target=send) for _ in range(CONCURRENT)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        peak = rss_mb(pid, "VmHWM")
    return {
        "limit_mb": float(limit_mb),
        "compressed_kb": len(body) / 1024,
        "idle_rss_mb": idle,
        "peak_rss_mb": peak,
        "growth_per_request_per_limit": (peak - idle) / CONCURRENT / limit_mb,
    }
