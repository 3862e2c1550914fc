"""Background export of release files, streamed sample by sample so memory stays flat."""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from typing import IO, Any, cast

from sqlalchemy import CursorResult, select, update

from .db import Database
from .serializers import label_json, labelsets_of
from .storage import FileStore
from .tables import Dataset, Label, Release, Sample

logger = logging.getLogger(__name__)
BATCH = 1000


def release_file_key(release: Release) -> str:
    return f"releases/{release.uuid}.json"


LEASE_SECONDS = 10.0
CLAIM_PREFIX = "Exporting: worker "


class ClaimLost(Exception):
    """Another worker took over this export (ours looked dead to it)."""


def claim_text(token: str, now: float) -> str:
    return f"{CLAIM_PREFIX}{token}, heartbeat {now:.3f}"


def claim_age(status_info: str, now: float) -> float | None:
    """Seconds since the claim's last heartbeat, or None when ``status_info`` is no claim."""
    if not status_info.startswith(CLAIM_PREFIX):
        return None
    try:
        return now - float(status_info.rsplit(" ", 1)[1])
    except (IndexError, ValueError):
        return None


class ReleaseExporter:
    """Writes release files on worker threads and records the outcome on the release.

    Across processes (several server workers, or a restart after a crash) exactly one exports a
    release: it claims the release in the database (a compare-and-swap on ``status_info``) and
    renews the claim as it writes. A claim not renewed for ``lease_seconds`` is taken over, so an
    export killed mid-way is finished by a sweeper that every process runs. Files are written to a
    temporary file, synced and renamed, and the temporary file is removed on any failure.
    """

    def __init__(self, db: Database, storage: FileStore, workers: int, lease_seconds: float = LEASE_SECONDS) -> None:
        self.db = db
        self.storage = storage
        self.workers = workers
        self.lease = lease_seconds
        self.token = uuid.uuid4().hex[:12]
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._queued: set[int] = set()
        self._stop = threading.Event()
        self._sweeper: threading.Thread | None = None

    def submit(self, release_id: int) -> Future[None] | None:
        # The pool is (re)started on demand: an app can see several lifespan cycles (test clients do).
        with self._lock:
            if release_id in self._queued:
                return None
            self._queued.add(release_id)
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="release-export")
            return self._pool.submit(self.export, release_id)

    def start(self) -> None:
        """Remove temporary files of dead exports, resume pending releases, and keep sweeping."""
        self._remove_stale_temporary_files()
        self.sweep()
        self._stop.clear()
        self._sweeper = threading.Thread(target=self._sweep_forever, name="release-sweeper", daemon=True)
        self._sweeper.start()

    def sweep(self) -> None:
        """Submit the PENDING releases that nobody (alive) is exporting."""
        now = time.time()
        with self.db.session(readonly=True) as session:
            pending = session.execute(select(Release.id, Release.status_info).where(Release.status == "PENDING")).all()
        for release_id, status_info in pending:
            age = claim_age(status_info or "", now)
            if age is None or age > self.lease:
                self.submit(release_id)

    def _sweep_forever(self) -> None:
        while not self._stop.wait(self.lease / 2):
            try:
                self.sweep()
                self._remove_stale_temporary_files()
            except Exception:  # the database may be briefly unavailable; try again next round
                logger.exception("release sweep failed")

    def _remove_stale_temporary_files(self) -> None:
        self.storage.remove_stale_temporaries("releases", older_than=self.lease)

    def shutdown(self) -> None:
        """Stop sweeping and finish running exports (pending ones resume at the next start)."""
        self._stop.set()
        if self._sweeper is not None:
            self._sweeper.join(timeout=self.lease)
            self._sweeper = None
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            self._queued.clear()

    def _swap_claim(self, release_id: int, expected: str | None, new: str) -> bool:
        """Set the claim to ``new`` if it still is ``expected`` (None: empty or stale)."""
        with self.db.session() as session:
            row = session.execute(select(Release.status, Release.status_info).where(Release.id == release_id)).first()
            if row is None or row.status != "PENDING":
                return False
            current = row.status_info or ""
            if expected is None:
                age = claim_age(current, time.time())
                if age is not None and age <= self.lease:
                    return False
            elif current != expected:
                return False
            done = session.execute(
                update(Release)
                .where(Release.id == release_id, Release.status == "PENDING", Release.status_info == row.status_info)
                .values(status_info=new)
            )
            return bool(cast(CursorResult[Any], done).rowcount)

    def heartbeat(self, release_id: int, claim: str) -> str:
        """Renew our claim; ``ClaimLost`` if another worker has taken the release over."""
        renewed = claim_text(self.token, time.time())
        if not self._swap_claim(release_id, claim, renewed):
            raise ClaimLost(release_id)
        return renewed

    def export(self, release_id: int) -> None:
        try:
            self._export(release_id)
        finally:
            with self._lock:
                self._queued.discard(release_id)

    def _export(self, release_id: int) -> None:
        claim = claim_text(self.token, time.time())
        if not self._swap_claim(release_id, None, claim):
            return  # exported by another worker, done, or deleted
        try:
            key, claim = self._write(release_id, claim)
        except ClaimLost:
            logger.warning("release %s was taken over by another worker", release_id)
            return
        except Exception as exc:
            logger.exception("release %s failed", release_id)
            with self.db.session() as session:
                session.execute(
                    update(Release)
                    .where(Release.id == release_id, Release.status_info == claim)
                    .values(status="FAILED", status_info=f"Export failed: {exc}")
                )
            return
        with self.db.session() as session:
            done = session.execute(
                update(Release)
                .where(Release.id == release_id, Release.status_info == claim)
                .values(status="SUCCEEDED", status_info="", file_key=key)
            )
        if not cast(CursorResult[Any], done).rowcount and not self._still_exists(release_id):
            self.storage.delete(key)  # deleted while exporting

    def _still_exists(self, release_id: int) -> bool:
        with self.db.session(readonly=True) as session:
            return session.get(Release, release_id) is not None

    def _write(self, release_id: int, claim: str) -> tuple[str, str]:
        with self.db.session(readonly=True) as session:
            release = session.get(Release, release_id)
            if release is None:
                raise LookupError("release deleted")
            dataset = session.get(Dataset, release.dataset_id)
            assert dataset is not None
            labelsets = {ls.id: ls.name for ls in labelsets_of(session, dataset.id)}
            header = {
                "name": release.name,
                "description": release.description,
                "created_at": release.created_at.strftime("%Y-%m-%d %H:%M:%S.%f+00:00"),
                "dataset": {
                    "name": dataset.name,
                    "owner": dataset.owner.username,
                    "description": dataset.description,
                    "task_type": dataset.task_type,
                    "task_attributes": dataset.task_attributes,
                    "labelsets": [
                        {"name": ls.name, "description": ls.description} for ls in labelsets_of(session, dataset.id)
                    ],
                },
            }
            key = release_file_key(release)
            dataset_id, cutoff = dataset.id, release.created_at
        self.storage.remove_temporaries(key)  # we hold the claim: any other writer of this file is gone
        writer, temporary = self.storage.open_writer(key)
        try:
            with writer:
                prefix = json.dumps(header)[:-2]  # drop the closing "}}" to append the samples
                writer.write(f'{prefix}, "samples": ['.encode())
                claim = self._write_samples(writer, dataset_id, cutoff, labelsets, release_id, claim)
                writer.write(b"]}}")
                writer.flush()
                os.fsync(writer.fileno())
            self.storage.publish(temporary, key)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        return key, claim

    def _write_samples(
        self, writer: IO[bytes], dataset_id: int, cutoff: Any, labelsets: dict[int, str], release_id: int, claim: str
    ) -> str:
        last_id = 0
        first = True
        while True:
            claim = self.heartbeat(release_id, claim)
            with self.db.session(readonly=True) as session:
                samples = session.execute(
                    select(Sample.id, Sample.uuid, Sample.name, Sample.attributes, Sample.metadata_)
                    .where(Sample.dataset_id == dataset_id, Sample.id > last_id, Sample.created_at <= cutoff)
                    .order_by(Sample.id)
                    .limit(BATCH)
                ).all()
                if not samples:
                    return claim
                ids = [row.id for row in samples]
                uuids = {row.id: row.uuid for row in samples}
                labels: dict[int, dict[str, Any]] = {}
                # Plain rows, not ORM objects: an export reads every label of the dataset once.
                for label in session.execute(select(Label.__table__).where(Label.sample_id.in_(ids))):
                    name = labelsets.get(label.labelset_id, "")
                    labels.setdefault(label.sample_id, {})[name] = label_json(label, uuids[label.sample_id], name)
            chunk = []
            for row in samples:
                by_set = labels.get(row.id, {})
                chunk.append(
                    json.dumps(
                        {
                            "uuid": row.uuid,
                            "name": row.name,
                            "attributes": row.attributes,
                            "metadata": row.metadata_,
                            "labels": {name: by_set.get(name) for name in labelsets.values()},
                        }
                    )
                )
            writer.write(((", " if not first else "") + ", ".join(chunk)).encode())
            first = False
            last_id = ids[-1]
