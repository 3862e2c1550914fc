"""Datasets: list, create (user or organization), get, update, delete, clone."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, delete, insert, or_, select
from sqlalchemy.orm import Session

from ..errors import already_exists, bad_request, forbidden, not_found
from ..permissions import OWNER, Action, caller, dataset_for, find_user, organization_role, role_on
from ..serializers import DATASET_FLAGS, dataset_json
from ..services import Services
from ..tables import (
    Collaborator,
    Dataset,
    Label,
    Labelset,
    OrganizationMember,
    Release,
    Sample,
    User,
    new_uuid,
    utcnow,
)
from ._util import apply, no_content, page_of

DEFAULT_TASK_ATTRIBUTES = {"format_version": "0.1", "categories": [{"name": "object", "id": 1}]}
UPDATABLE = (
    "description",
    "task_type",
    "task_attributes",
    "category",
    "public",
    "readme",
    "archived",
    "labeling_inactivity_timeout_seconds",
    "region_of_interest",
    "metadata",
)


def _check_task_attributes(task_attributes: dict[str, Any]) -> None:
    ids = [category["id"] for category in task_attributes.get("categories", [])]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise bad_request(f"Category ids must be unique; repeated: {duplicates}.", "task_attributes")


def _settings(body: dict[str, Any], base: dict[str, Any] | None = None) -> dict[str, Any]:
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
    _check_task_attributes(task_attributes)
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
        settings=_settings(body),
        region_of_interest=body.get("region_of_interest"),
        labeling_inactivity_timeout_seconds=body.get("labeling_inactivity_timeout_seconds", 300),
    )
    dataset.owner = owner
    session.add(dataset)
    session.flush()
    session.add(Labelset(dataset_id=dataset.id, name="ground-truth", is_groundtruth=True))
    session.flush()
    return dataset


def list_datasets(
    user: int, services: Services, per_page: int = 1000, page: int = 1
) -> tuple[list[dict[str, Any]], int]:
    with services.db.session(readonly=True) as session:
        org_ids = select(OrganizationMember.organization_id).where(OrganizationMember.user_id == user)
        collaborating = select(Collaborator.dataset_id).where(Collaborator.user_id == user)
        query = (
            select(Dataset)
            .where(or_(Dataset.owner_id == user, Dataset.owner_id.in_(org_ids), Dataset.id.in_(collaborating)))
            .order_by(Dataset.created_at, Dataset.id)
        )
        datasets = page_of(session, query, page, per_page)
        return [dataset_json(session, d, role_on(session, d, user)) for d in datasets], 200


def list_user_datasets(
    owner: str, user: int, services: Services, per_page: int = 1000, page: int = 1
) -> tuple[list[dict[str, Any]], int]:
    with services.db.session(readonly=True) as session:
        owner_user = find_user(session, owner)
        if owner_user is None:
            raise not_found()
        query = select(Dataset).where(Dataset.owner_id == owner_user.id)
        is_member = owner_user.id == user or (
            owner_user.is_organization and organization_role(session, owner_user.id, user) is not None
        )
        if not is_member:
            collaborating = select(Collaborator.dataset_id).where(Collaborator.user_id == user)
            query = query.where(or_(Dataset.public.is_(True), Dataset.id.in_(collaborating)))
        datasets = page_of(session, query.order_by(Dataset.created_at, Dataset.id), page, per_page)
        return [dataset_json(session, d, role_on(session, d, user)) for d in datasets], 200


def add_dataset(body: dict[str, Any], user: int, services: Services) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        dataset = create_dataset(session, caller(session, user), body)
        return dataset_json(session, dataset, OWNER), 201


def add_organization_dataset(
    org: str, body: dict[str, Any], user: int, services: Services
) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        me = caller(session, user)
        if org == me.username:  # the official SDK's tests pass the owner, which may be the caller itself
            return dataset_json(session, create_dataset(session, me, body), OWNER), 201
        organization = find_user(session, org)
        if organization is None or not organization.is_organization:
            raise not_found()
        role = organization_role(session, organization.id, user)
        if role is None:
            raise not_found()
        if role != "admin":
            raise forbidden()
        dataset = create_dataset(session, organization, body)
        return dataset_json(session, dataset, OWNER), 201


def get_dataset(owner: str, dataset: str, user: int, services: Services) -> tuple[dict[str, Any], int]:
    with services.db.session(readonly=True) as session:
        found, role = dataset_for(session, owner, dataset, user, Action.READ)
        return dataset_json(session, found, role), 200


def update_dataset(
    owner: str, dataset: str, body: dict[str, Any], user: int, services: Services
) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        found, role = dataset_for(session, owner, dataset, user, Action.SETTINGS)
        if "task_attributes" in body:
            _check_task_attributes(body["task_attributes"])
        apply(found, body, UPDATABLE, rename={"metadata": "metadata_"})
        found.settings = _settings(body, found.settings)
        session.flush()
        return dataset_json(session, found, role), 200


def delete_dataset(owner: str, dataset: str, user: int, services: Services) -> Any:
    with services.db.session() as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.DELETE)
        release_keys = list(session.scalars(select(Release.file_key).where(Release.dataset_id == found.id)))
        session.execute(delete(Dataset).where(Dataset.id == found.id))
    for key in release_keys:
        if key:
            services.storage.delete(key)
    return no_content()


def _clone_owner(session: Session, me: User, owner_name: str | None) -> User:
    if not owner_name or owner_name == me.username:
        return me
    owner = find_user(session, owner_name)
    if owner is None or not owner.is_organization:
        raise bad_request(f"No organization named '{owner_name}'.", "owner")
    if organization_role(session, owner.id, me.id) != "admin":
        raise forbidden()
    return owner


def clone_dataset(
    owner: str, dataset: str, body: dict[str, Any], user: int, services: Services
) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        source, _ = dataset_for(session, owner, dataset, user, Action.READ)
        me = caller(session, user)
        new_owner = _clone_owner(session, me, body.get("owner"))
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
        clone = create_dataset(session, new_owner, fields)
        clone.cloned_from = f"{source.owner.username}/{source.name}"
        _copy_contents(session, source, clone, with_labels=bool(body.get("clone_labels", False)))
        return dataset_json(session, clone, OWNER), 201


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
