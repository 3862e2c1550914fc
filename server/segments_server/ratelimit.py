"""``serve --rate-limit 50/s``: a token bucket per API key, so users can test their retry handling;
and, always on, one per client address for requests that fail to authenticate.

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
# Generous for people and test suites that try wrong keys on purpose; a thousandth of a guesser's pace.
FAILED_AUTH_PER_SECOND = 20.0
FAILED_AUTH_BURST = 100.0


class RateLimiter:
    """Allows ``per_second`` requests per key on average, in bursts of up to ``burst``."""

    def __init__(self, per_second: float, burst: float | None = None) -> None:
        self.rate = per_second
        self.capacity = max(1.0, burst if burst is not None else per_second)
        self._buckets: dict[str, tuple[float, float]] = {}

    def check(self, key: str, *, spend: bool = True) -> None:
        """Take one token for ``key`` (only look, when not ``spend``), or raise the 429 to answer."""
        digest, tokens, now = self._refilled(key)
        if tokens < 1.0:
            wait = max(1, math.ceil((1.0 - tokens) / self.rate))
            self._buckets[digest] = (tokens, now)
            unit = "second" if wait == 1 else "seconds"
            raise ApiError(
                429, f"Request was throttled. Expected available in {wait} {unit}.", headers={"Retry-After": str(wait)}
            )
        self._store(digest, tokens - 1.0 if spend else tokens, now)

    def spend(self, key: str) -> None:
        """Take one token for ``key`` without answering (a failure counted after the fact)."""
        digest, tokens, now = self._refilled(key)
        self._store(digest, max(tokens - 1.0, -self.capacity), now)

    def _refilled(self, key: str) -> tuple[str, float, float]:
        digest, now = hash_key(key), time.monotonic()
        tokens, last = self._buckets.get(digest, (self.capacity, now))
        return digest, min(self.capacity, tokens + (now - last) * self.rate), now

    def _store(self, digest: str, tokens: float, now: float) -> None:
        if len(self._buckets) >= MAX_KEYS and digest not in self._buckets:
            self._buckets.clear()
        self._buckets[digest] = (tokens, now)


class FailedAuthLimiter:
    """Failed authentication per client address, always on: a request without a valid key spends a
    token of its address, and an address with none left gets 429 before its key is looked up, so
    guessing keys costs the guesser time and the database nothing."""

    def __init__(self, per_second: float = FAILED_AUTH_PER_SECOND, burst: float = FAILED_AUTH_BURST) -> None:
        self.buckets = RateLimiter(per_second, burst)

    def check(self, address: str) -> None:
        """Raise the 429 when ``address`` has failed too often lately."""
        self.buckets.check(address, spend=False)

    def failed(self, address: str) -> None:
        self.buckets.spend(address)
