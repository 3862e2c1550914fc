"""Datasets as the domain sees them: create one with its ground-truth labelset, clone one.

The HTTP handlers check who may do what and shape the answers; what a dataset is made of lives here.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from .errors import already_exists, bad_request
from .serializers import DATASET_FLAGS
from .tables import Dataset, Label, Labelset, Sample, User, new_uuid, utcnow

DEFAULT_TASK_ATTRIBUTES = {"format_version": "0.1", "categories": [{"name": "object", "id": 1}]}


def check_task_attributes(task_attributes: dict[str, Any] | None) -> None:
    ids = [category["id"] for category in (task_attributes or {}).get("categories") or []]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise bad_request(f"Category ids must be unique; repeated: {duplicates}.", "task_attributes")


def settings_with(body: dict[str, Any], base: dict[str, Any] | None = None) -> dict[str, Any]:
    settings = dict(base or {})
    settings.update({name: body[name] for name in DATASET_FLAGS if name in body})
    return settings


def _ensure_free_name(session: Session, owner: User, name: str) -> None:
    exists = session.scalar(select(Dataset.id).where(Dataset.owner_id == owner.id, Dataset.name == name))
    if exists is not None:
        raise already_exists("dataset", name)


def create_dataset(session: Session, owner: User, body: dict[str, Any]) -> Dataset:
    """Create a dataset of ``owner`` with its ground-truth labelset."""
    _ensure_free_name(session, owner, body["name"])
    task_attributes = body.get("task_attributes") or DEFAULT_TASK_ATTRIBUTES
    check_task_attributes(task_attributes)
    dataset = Dataset(
        owner_id=owner.id,
        name=body["name"],
        description=body.get("description", ""),
        readme=body.get("readme", ""),
        category=body.get("category", "other"),
        public=body.get("public", False),
        archived=body.get("archived", False),
        task_type=body.get("task_type", "segmentation-bitmap"),
        task_attributes=task_attributes,
        metadata_=body.get("metadata") or {},
        settings=settings_with(body),
        region_of_interest=body.get("region_of_interest"),
        labeling_inactivity_timeout_seconds=body.get("labeling_inactivity_timeout_seconds", 300),
    )
    dataset.owner = owner
    session.add(dataset)
    session.flush()
    session.add(Labelset(dataset_id=dataset.id, name="ground-truth", is_groundtruth=True))
    session.flush()
    return dataset


def clone_dataset(session: Session, source: Dataset, owner: User, body: dict[str, Any]) -> Dataset:
    """A copy of ``source`` owned by ``owner``: its settings, samples, and labels with ``clone_labels``."""
    fields = {
        "name": body.get("name") or f"{source.name}-clone",
        "description": source.description,
        "readme": source.readme,
        "category": source.category,
        "public": body.get("public", False),
        "task_type": body.get("task_type") or source.task_type,
        "task_attributes": source.task_attributes,
        "metadata": source.metadata_,
        "region_of_interest": source.region_of_interest,
        "labeling_inactivity_timeout_seconds": source.labeling_inactivity_timeout_seconds,
        **{name: value for name, value in source.settings.items() if name in DATASET_FLAGS},
    }
    clone = create_dataset(session, owner, fields)
    clone.cloned_from = f"{source.owner.username}/{source.name}"
    _copy_contents(session, source, clone, with_labels=bool(body.get("clone_labels", False)))
    return clone


COPY_CHUNK = 1000
SAMPLES = cast(Table, Sample.__table__)
LABELS = cast(Table, Label.__table__)


def _copy_contents(session: Session, source: Dataset, clone: Dataset, *, with_labels: bool) -> None:
    """Copy samples (and labels) with multi-row inserts of plain rows: a 20,000-sample dataset
    takes well under a second, so the one transaction holds the write lock only that long."""
    labelset_ids: dict[int, int] = {}
    for labelset in session.scalars(select(Labelset).where(Labelset.dataset_id == source.id)):
        if labelset.is_groundtruth:
            target = session.scalar(
                select(Labelset).where(Labelset.dataset_id == clone.id, Labelset.is_groundtruth.is_(True))
            )
        else:
            target = Labelset(
                dataset_id=clone.id, name=labelset.name, description=labelset.description, readme=labelset.readme
            )
            session.add(target)
            session.flush()
        assert target is not None
        labelset_ids[labelset.id] = target.id
    # A copy keeps the content; the clone gets new ids, a new creation time and no assignees.
    kept = [c for c in SAMPLES.columns if c.key not in ("id", "uuid", "dataset_id", "created_at")]
    kept = [c for c in kept if c.key not in ("assigned_labeler", "assigned_reviewer")]
    now = utcnow()
    rows = session.execute(select(*kept).where(SAMPLES.c.dataset_id == source.id).order_by(Sample.id))
    for chunk in rows.partitions(COPY_CHUNK):
        copies = [{**row._mapping, "uuid": new_uuid(), "dataset_id": clone.id, "created_at": now} for row in chunk]
        session.execute(insert(SAMPLES), copies)
    if not with_labels:
        return
    old = select(Sample.id, Sample.name).where(Sample.dataset_id == source.id).subquery()
    new = select(Sample.id, Sample.name).where(Sample.dataset_id == clone.id).subquery()
    label_columns = [c for c in LABELS.columns if c.key not in ("sample_id", "labelset_id")]
    labels = session.execute(
        select(new.c.id.label("new_sample_id"), Label.labelset_id.label("old_labelset_id"), *label_columns)
        .join(old, old.c.id == Label.sample_id)
        .join(new, new.c.name == old.c.name)
    )
    for chunk in labels.partitions(COPY_CHUNK):
        copies = []
        for row in chunk:
            values = dict(row._mapping)
            values["sample_id"] = values.pop("new_sample_id")
            values["labelset_id"] = labelset_ids[values.pop("old_labelset_id")]
            copies.append(values)
        session.execute(insert(LABELS), copies)
