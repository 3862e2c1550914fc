"""Datasets: list, create (user or organization), get, update, delete, clone."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from .. import datasets as domain
from ..errors import bad_request, forbidden, not_found
from ..permissions import OWNER, Action, caller, dataset_for, find_user, organization_role, role_on
from ..serializers import dataset_json
from ..services import Services
from ..tables import (
    Collaborator,
    Dataset,
    OrganizationMember,
    Release,
    User,
)
from ..webhooks import emit
from ._util import apply, no_content, page_of

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
        me = caller(session, user)
        return _created(session, me, domain.create_dataset(session, me, body))


def _created(session: Session, owner: User, dataset: Dataset) -> tuple[dict[str, Any], int]:
    """The new dataset's answer, with its ``dataset.created`` event queued."""
    created = dataset_json(session, dataset, OWNER)
    emit(session, owner, dataset.name, "dataset.created", created)
    return created, 201


def add_organization_dataset(
    org: str, body: dict[str, Any], user: int, services: Services
) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        me = caller(session, user)
        if org == me.username:  # the official SDK's tests pass the owner, which may be the caller itself
            return _created(session, me, domain.create_dataset(session, me, body))
        organization = find_user(session, org)
        if organization is None or not organization.is_organization:
            raise not_found()
        role = organization_role(session, organization.id, user)
        if role is None:
            raise not_found()
        if role != "admin":
            raise forbidden()
        return _created(session, organization, domain.create_dataset(session, organization, body))


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
            domain.check_task_attributes(body["task_attributes"])
        apply(found, body, UPDATABLE, rename={"metadata": "metadata_"})
        found.settings = domain.settings_with(body, found.settings)
        session.flush()
        updated = dataset_json(session, found, role)
        emit(session, found.owner, found.name, "dataset.updated", updated)
        return updated, 200


def delete_dataset(owner: str, dataset: str, user: int, services: Services) -> Any:
    with services.db.session() as session:
        found, role = dataset_for(session, owner, dataset, user, Action.DELETE)
        last = dataset_json(session, found, role)
        emit(session, found.owner, found.name, "dataset.deleted", last)
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
        new_owner = _clone_owner(session, caller(session, user), body.get("owner"))
        return _created(session, new_owner, domain.clone_dataset(session, source, new_owner, body))
