"""Where the server's uuids and timestamps come from: ``uuid4`` and the system clock, or, in the
control API's deterministic mode, a seeded generator and a clock that stands still until moved, so
a test gets byte-identical responses run after run."""

from __future__ import annotations

import datetime as dt
import random
import threading
import uuid


class Determinism:
    """Where uuids and timestamps come from: a seeded generator and a clock that stands still until it
    is moved, or (the default) ``uuid4`` and the system clock. One per process: the rows' defaults
    (``tables.utcnow``, ``tables.new_uuid``) have no request to ask."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._random: random.Random | None = None
        self._now: dt.datetime | None = None
        self.seed: int | None = None

    def configure(self, seed: int | None, now: dt.datetime | str | None) -> None:
        """Seed the uuids (None: random) and stop the clock at ``now`` (ISO 8601 or a datetime; naive
        means UTC; None: the system clock)."""
        moment = dt.datetime.fromisoformat(now) if isinstance(now, str) else now
        if moment is not None and moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        with self._lock:
            self.seed = seed
            self._random = random.Random(seed) if seed is not None else None
            self._now = moment.astimezone(dt.UTC).replace(tzinfo=None) if moment is not None else None

    def now(self) -> dt.datetime:
        """Naive UTC, as the tables store it."""
        fixed = self._now
        return fixed if fixed is not None else dt.datetime.now(dt.UTC).replace(tzinfo=None)

    @property
    def clock(self) -> dt.datetime | None:
        return self._now

    def uuid(self) -> str:
        generator = self._random
        if generator is None:
            return str(uuid.uuid4())
        with self._lock:
            return str(uuid.UUID(int=generator.getrandbits(128), version=4))


DETERMINISM = Determinism()
