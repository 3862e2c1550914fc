"""The control API's state: the request journal, injected faults, snapshots and the deterministic
clock, for tests that run the reference server (``segments-server serve --control-token``, and always
in ``LocalServer`` and the pytest fixtures). Off unless a token is set; never part of the real API.
"""

from __future__ import annotations

import collections
import dataclasses
import hmac
import itertools
import shutil
import tempfile
import threading
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text

from .determinism import DETERMINISM
from .tables import Base

if TYPE_CHECKING:
    from .services import Services

JOURNAL_SIZE = 10_000
MIN_TOKEN_LENGTH = 16


@dataclasses.dataclass
class InjectedFault:
    """What the next ``times`` calls of ``operation_id`` (any operation when None) get instead of an
    answer: ``latency_seconds`` first, then ``status`` (with ``Retry-After``) or a dropped connection."""

    id: int
    operation_id: str | None
    status: int | None
    retry_after: int | None
    latency_seconds: float
    drop_connection: bool
    times: int | None
    used: int = 0

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


class ControlState:
    """The control API of one server: its token, journal, faults and snapshots."""

    def __init__(self, token: str) -> None:
        if len(token) < MIN_TOKEN_LENGTH:
            raise ValueError(f"the control token must have at least {MIN_TOKEN_LENGTH} characters")
        self._token = token.encode()
        self._lock = threading.Lock()
        self.journal: collections.deque[dict[str, Any]] = collections.deque(maxlen=JOURNAL_SIZE)
        # Bumped by every clear: a call that began before a reset is not written into the new journal.
        self.generation = 0
        self.faults: list[InjectedFault] = []
        self._fault_ids = itertools.count(1)
        self.snapshots: dict[str, Path] = {}
        self._rows: dict[str, dict[str, list[dict[str, Any]]]] = {}
        self._snapshot_dir = tempfile.TemporaryDirectory(prefix="segments-snapshots-")

    def accepts(self, token: str | None) -> bool:
        """Whether ``token`` is this server's control token (compared in constant time)."""
        return token is not None and hmac.compare_digest(token.encode(), self._token)

    def record(self, entry: dict[str, Any], generation: int) -> None:
        """Write ``entry`` of a call that began in journal ``generation`` (dropped if cleared since)."""
        with self._lock:
            if generation == self.generation:
                self.journal.append(entry)

    def clear_journal(self) -> None:
        with self._lock:
            self.journal.clear()
            self.generation += 1

    def entries(self, operation_id: str | None = None) -> list[dict[str, Any]]:
        return [entry for entry in list(self.journal) if operation_id in (None, entry["operation_id"])]

    def add_fault(self, **fields: Any) -> InjectedFault:
        with self._lock:
            fault = InjectedFault(id=next(self._fault_ids), **fields)
            self.faults.append(fault)
            return fault

    def take_fault(self, operation_id: str) -> InjectedFault | None:
        """The fault this call of ``operation_id`` gets, counted as used (first added, first served)."""
        with self._lock:
            for fault in self.faults:
                if fault.operation_id in (None, operation_id) and (fault.times is None or fault.used < fault.times):
                    fault.used += 1
                    return fault
        return None

    def clear(self) -> None:
        """Journal and faults emptied (snapshots stay)."""
        self.clear_journal()
        with self._lock:
            self.faults.clear()

    def snapshot(self, name: str, services: Services) -> None:
        """Every row of every table and every stored file, kept under ``name``."""
        folder = Path(self._snapshot_dir.name) / uuid.uuid4().hex
        with services.db.session(readonly=True) as session:
            rows = {
                table.name: [dict(row._mapping) for row in session.execute(select(table))]
                for table in Base.metadata.sorted_tables
            }
        files = services.settings.files_dir
        shutil.copytree(files, folder / "files") if files.is_dir() else (folder / "files").mkdir(parents=True)
        with self._lock:
            previous = self.snapshots.get(name)
            self.snapshots[name] = folder
            self._rows[name] = rows
        if previous is not None:
            shutil.rmtree(previous, ignore_errors=True)

    def restore(self, name: str, services: Services) -> bool:
        """The state saved as ``name`` back in place of the current one; False when there is none."""
        with self._lock:
            folder, rows = self.snapshots.get(name), self._rows.get(name)
        if folder is None or rows is None:
            return False
        with services.db.session() as session:
            for table in reversed(Base.metadata.sorted_tables):
                session.execute(table.delete())
            for table in Base.metadata.sorted_tables:
                if rows[table.name]:
                    session.execute(table.insert(), rows[table.name])
            if session.get_bind().dialect.name == "postgresql":
                _advance_sequences(session)
        files = services.settings.files_dir
        shutil.rmtree(files, ignore_errors=True)
        shutil.copytree(folder / "files", files)
        services.keys.forget()
        return True

    def close(self) -> None:
        self._snapshot_dir.cleanup()


def reset_state(services: Services) -> None:
    """Every row of every table and every stored file gone, and the caches that remember them emptied:
    the server as it was when it first started (the schema stays)."""
    with services.db.session() as session:
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(table.delete())
    files = services.settings.files_dir
    if files.is_dir():
        for entry in files.iterdir():
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    services.keys.forget()


def reset_everything(services: Services) -> None:
    """``reset_state``, and the control API's journal, faults and deterministic mode cleared."""
    reset_state(services)
    if services.control is not None:
        services.control.clear()
    DETERMINISM.configure(None, None)


def _advance_sequences(session: Any) -> None:
    """PostgreSQL's id sequences past the restored rows (SQLite takes the largest id + 1 itself)."""
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.autoincrement:
            largest = session.execute(select(func.max(table.c.id))).scalar() or 0
            if largest:
                session.execute(
                    text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :value)"),
                    {"table": table.name, "value": largest},
                )
