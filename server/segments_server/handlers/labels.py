"""Labels: one per (sample, labelset). Every write records a workunit."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import not_found
from ..permissions import Action, caller, sample_for
from ..serializers import label_json
from ..services import Services
from ..tables import Dataset, Label, Labelset, Sample, Workunit, utcnow
from ..task_types import check_label_attributes
from ..webhooks import emit
from ._util import no_content

REVIEW_STATUSES = {"REVIEWED", "REJECTED", "VERIFIED", "REVIEWING_IN_PROGRESS"}


def _labelset(session: Session, dataset: Dataset, name: str) -> Labelset:
    found = session.scalar(select(Labelset).where(Labelset.dataset_id == dataset.id, Labelset.name == name))
    if found is None:
        raise not_found()
    return found


def _label(session: Session, sample: Sample, labelset: Labelset) -> Label | None:
    return session.get(Label, (sample.id, labelset.id))


def _record_work(session: Session, dataset: Dataset, sample: Sample, username: str, status: str) -> None:
    session.add(
        Workunit(
            dataset_id=dataset.id,
            sample_uuid=sample.uuid,
            sample_name=sample.name,
            work_type="review" if status in REVIEW_STATUSES else "label",
            next_label_status=status,
            created_by=username,
        )
    )


def _apply_status(label: Label, status: str, username: str) -> None:
    label.label_status = status
    if status in REVIEW_STATUSES:
        label.reviewed_by = username
        label.reviewed_at = utcnow()


def get_label(sample_uuid: str, labelset: str, user: int, services: Services) -> tuple[dict[str, Any], int]:
    with services.db.session(readonly=True) as session:
        sample, dataset, _ = sample_for(session, sample_uuid, user, Action.READ)
        found_set = _labelset(session, dataset, labelset)
        label = _label(session, sample, found_set)
        if label is None:
            raise not_found()
        return label_json(label, sample.uuid, found_set.name), 200


def add_label(
    sample_uuid: str, labelset: str, body: dict[str, Any], user: int, services: Services
) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        sample, dataset, _ = sample_for(session, sample_uuid, user, Action.LABEL)
        found_set = _labelset(session, dataset, labelset)
        check_label_attributes(services.schemas, dataset.task_type, body["attributes"])
        username = caller(session, user).username
        now = utcnow()
        label = _label(session, sample, found_set)
        created = label is None
        if label is None:
            label = Label(sample_id=sample.id, labelset_id=found_set.id, created_by=username, created_at=now)
            session.add(label)
        label.label_type = dataset.task_type
        label.attributes = body["attributes"]
        label.score = body.get("score")
        label.updated_by = username
        label.updated_at = now
        status = body.get("label_status", "PRELABELED")
        _apply_status(label, status, username)
        _record_work(session, dataset, sample, username, status)
        session.flush()
        saved = label_json(label, sample.uuid, found_set.name)
        emit(session, dataset.owner, dataset.name, "label.updated", saved, f"Label of sample {sample.name}")
        return saved, 201 if created else 200


def update_label(
    sample_uuid: str, labelset: str, body: dict[str, Any], user: int, services: Services
) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        sample, dataset, _ = sample_for(session, sample_uuid, user, Action.LABEL)
        found_set = _labelset(session, dataset, labelset)
        label = _label(session, sample, found_set)
        if label is None:
            raise not_found()
        if "attributes" in body:
            check_label_attributes(services.schemas, dataset.task_type, body["attributes"])
            label.attributes = body["attributes"]
        if "score" in body:
            label.score = body["score"]
        username = caller(session, user).username
        if "label_status" in body:
            _apply_status(label, body["label_status"], username)
        label.updated_by = username
        label.updated_at = utcnow()
        _record_work(session, dataset, sample, username, label.label_status)
        session.flush()
        saved = label_json(label, sample.uuid, found_set.name)
        emit(session, dataset.owner, dataset.name, "label.updated", saved, f"Label of sample {sample.name}")
        return saved, 200


def delete_label(sample_uuid: str, labelset: str, user: int, services: Services) -> Any:
    with services.db.session() as session:
        sample, dataset, _ = sample_for(session, sample_uuid, user, Action.LABEL)
        found_set = _labelset(session, dataset, labelset)
        label = _label(session, sample, found_set)
        if label is None:
            raise not_found()
        last = label_json(label, sample.uuid, found_set.name)
        emit(session, dataset.owner, dataset.name, "label.deleted", last, f"Label of sample {sample.name}")
        session.delete(label)
    return no_content()
