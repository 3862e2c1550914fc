"""A small keep-alive HTTP/1.1 load generator (run in its own process): prints requests per second."""

from __future__ import annotations

import asyncio
import sys
import time
from urllib.parse import urlsplit


async def _worker(host: str, port: int, request: bytes, deadline: float, counter: list[int]) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    while time.perf_counter() < deadline:
        writer.write(request)
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        if not head.startswith(b"HTTP/1.1 200"):
            raise RuntimeError(head.split(b"\r\n", 1)[0].decode())
        length = next(
            int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")
        )
        await reader.readexactly(length)
        counter[0] += 1
    writer.close()


async def _run(url: str, key: str, seconds: float, concurrency: int) -> float:
    parts = urlsplit(url)
    request = (f"GET {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\nAuthorization: APIKey {key}\r\n\r\n").encode()
    counter = [0]
    start = time.perf_counter()
    deadline = start + seconds
    await asyncio.gather(
        *(_worker(parts.hostname or "", parts.port or 80, request, deadline, counter) for _ in range(concurrency))
    )
    return counter[0] / (time.perf_counter() - start)


if __name__ == "__main__":
    target, api_key, duration, connections = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
    print(f"{asyncio.run(_run(target, api_key, duration, connections)):.1f}")
