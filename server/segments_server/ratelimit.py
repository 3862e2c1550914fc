"""``serve --rate-limit 50/s``: a token bucket per API key, so users can test their retry handling.

Over the limit, a request gets 429 with ``Retry-After`` (whole seconds, at least 1) and the
throttling message of the real API. Each worker process keeps its own buckets: with N workers a
key may get up to N times the rate.
"""

from __future__ import annotations

import math
import time

from .errors import ApiError
from .keys import hash_key

MAX_KEYS = 10_000


class RateLimiter:
    """Allows ``per_second`` requests per key on average, in bursts of up to ``burst``."""

    def __init__(self, per_second: float, burst: float | None = None) -> None:
        self.rate = per_second
        self.capacity = max(1.0, burst if burst is not None else per_second)
        self._buckets: dict[str, tuple[float, float]] = {}

    def check(self, key: str) -> None:
        """Take one token for ``key``, or raise the 429 to answer."""
        digest, now = hash_key(key), time.monotonic()
        tokens, last = self._buckets.get(digest, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - last) * self.rate)
        if tokens < 1.0:
            wait = max(1, math.ceil((1.0 - tokens) / self.rate))
            self._buckets[digest] = (tokens, now)
            unit = "second" if wait == 1 else "seconds"
            raise ApiError(
                429, f"Request was throttled. Expected available in {wait} {unit}.", headers={"Retry-After": str(wait)}
            )
        if len(self._buckets) >= MAX_KEYS and digest not in self._buckets:
            self._buckets.clear()
        self._buckets[digest] = (tokens - 1.0, now)
