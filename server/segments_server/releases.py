"""Background export of release files, streamed sample by sample so memory stays flat."""

from __future__ import annotations

import json
import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import IO, Any

from sqlalchemy import select

from .db import Database
from .serializers import label_json, labelsets_of
from .storage import Storage
from .tables import Dataset, Label, Release, Sample

logger = logging.getLogger(__name__)
BATCH = 1000


def release_file_key(release: Release) -> str:
    return f"releases/{release.uuid}.json"


class ReleaseExporter:
    """Writes release files on worker threads and records the outcome on the release."""

    def __init__(self, db: Database, storage: Storage, workers: int) -> None:
        self.db = db
        self.storage = storage
        self.workers = workers
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()

    def submit(self, release_id: int) -> Future[None]:
        # The pool is (re)started on demand: an app can see several lifespan cycles (test clients do).
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="release-export")
            return self._pool.submit(self.export, release_id)

    def resume_pending(self) -> None:
        """Export releases left PENDING by a previous run of the server."""
        with self.db.session() as session:
            pending = list(session.scalars(select(Release.id).where(Release.status == "PENDING")))
        for release_id in pending:
            self.submit(release_id)

    def shutdown(self) -> None:
        """Finish running exports (pending ones resume at the next start)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def export(self, release_id: int) -> None:
        try:
            key = self._write(release_id)
        except Exception as exc:
            logger.exception("release %s failed", release_id)
            with self.db.session() as session:
                release = session.get(Release, release_id)
                if release is not None:
                    release.status = "FAILED"
                    release.status_info = f"Export failed: {exc}"
            return
        with self.db.session() as session:
            release = session.get(Release, release_id)
            if release is None:  # deleted while exporting
                self.storage.delete(key)
                return
            release.status = "SUCCEEDED"
            release.file_key = key

    def _write(self, release_id: int) -> str:
        with self.db.session() as session:
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
        writer, temporary, target = self.storage.open_writer(key)
        with writer:
            prefix = json.dumps(header)[:-2]  # drop the closing "}}" to append the samples
            writer.write(f'{prefix}, "samples": ['.encode())
            self._write_samples(writer, dataset_id, cutoff, labelsets)
            writer.write(b"]}}")
        temporary.replace(target)
        return key

    def _write_samples(self, writer: IO[bytes], dataset_id: int, cutoff: Any, labelsets: dict[int, str]) -> None:
        last_id = 0
        first = True
        while True:
            with self.db.session() as session:
                samples = session.execute(
                    select(Sample.id, Sample.uuid, Sample.name, Sample.attributes, Sample.metadata_)
                    .where(Sample.dataset_id == dataset_id, Sample.id > last_id, Sample.created_at <= cutoff)
                    .order_by(Sample.id)
                    .limit(BATCH)
                ).all()
                if not samples:
                    return
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
