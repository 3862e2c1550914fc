"""Who may do what on a dataset: object-level checks used by every handler.

Roles rank ``public < labeler = reviewer < manager < admin < owner``. Callers who cannot read a
private dataset get 404 (its existence is not revealed); callers who can read it but lack the
role get 403.
"""

from __future__ import annotations

import enum
import uuid as uuid_module
from typing import Any

from sqlalchemy import Connection, Row, bindparam, select
from sqlalchemy.orm import Session

from .errors import ApiError, forbidden, not_found
from .tables import Collaborator, Dataset, OrganizationMember, Sample, User

OWNER = "owner"
PUBLIC = "public"


class Action(enum.Enum):
    READ = "read"
    LABEL = "label"  # write labels and issues
    WRITE = "write"  # write samples, labelsets, releases
    SETTINGS = "settings"  # dataset settings and collaborators
    DELETE = "delete"  # delete the dataset


ALLOWED: dict[Action, frozenset[str]] = {
    Action.READ: frozenset({OWNER, "admin", "manager", "reviewer", "labeler", PUBLIC}),
    Action.LABEL: frozenset({OWNER, "admin", "manager", "reviewer", "labeler"}),
    Action.WRITE: frozenset({OWNER, "admin", "manager"}),
    Action.SETTINGS: frozenset({OWNER, "admin"}),
    Action.DELETE: frozenset({OWNER}),
}


def organization_role(session: Session, organization_id: int, user_id: int) -> str | None:
    return session.scalar(
        select(OrganizationMember.role).where(
            OrganizationMember.organization_id == organization_id,
            OrganizationMember.user_id == user_id,
        )
    )


_COLLABORATOR_ROLE = (
    select(Collaborator.role)
    .where(Collaborator.dataset_id == bindparam("dataset_id"), Collaborator.user_id == bindparam("user_id"))
    .scalar_subquery()
)
_MEMBER_ROLE = (
    select(OrganizationMember.role)
    .where(
        OrganizationMember.organization_id == bindparam("owner_id"), OrganizationMember.user_id == bindparam("user_id")
    )
    .scalar_subquery()
)
_ROLES = select(_COLLABORATOR_ROLE, _MEMBER_ROLE)  # built once: the statement is the same for every request


def _roles(db: Session | Connection, dataset_id: int, owner_id: int, user_id: int) -> tuple[str | None, str | None]:
    """The caller's collaborator role on the dataset and member role in its owner, in one query."""
    row = db.execute(_ROLES, {"dataset_id": dataset_id, "owner_id": owner_id, "user_id": user_id}).one()
    return row[0], row[1]


def _role(db: Session | Connection, dataset_id: int, owner_id: int, public: bool, user_id: int) -> str | None:
    if owner_id == user_id:
        return OWNER
    collaborator_role, member_role = _roles(db, dataset_id, owner_id, user_id)
    if member_role == "admin":  # only organizations have members
        return OWNER
    return member_role or collaborator_role or (PUBLIC if public else None)


def role_on(session: Session, dataset: Dataset, user_id: int) -> str | None:
    """The caller's effective role on ``dataset``, or None when it may not see it."""
    return _role(session, dataset.id, dataset.owner_id, dataset.public, user_id)


def _not_found_after_equal_work(db: Session | Connection, user_id: int) -> ApiError:
    """404 for an object that does not exist, after the same role query an existing one costs, so a
    stranger cannot tell a private dataset from a missing one by the time the answer takes."""
    _roles(db, 0, 0, user_id)
    return not_found()


def check(role: str | None, action: Action) -> None:
    """Raise 404 when the caller may not see the dataset, 403 when it lacks the role."""
    if role is None:
        raise not_found()
    if role not in ALLOWED[action]:
        raise forbidden()


def find_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username))


_DATASET_ACCESS = (
    select(Dataset.id, Dataset.owner_id, Dataset.public)
    .join(User, User.id == Dataset.owner_id)
    .where(User.username == bindparam("owner"), Dataset.name == bindparam("name"))
)
_SAMPLE_ACCESS = (
    select(Sample.id, Dataset.id.label("dataset_id"), Dataset.owner_id, Dataset.public)
    .join(Dataset, Dataset.id == Sample.dataset_id)
    .where(Sample.uuid == bindparam("uuid"))
)


def dataset_for(session: Session, owner: str, name: str, user_id: int, action: Action) -> tuple[Dataset, str]:
    """Load ``owner/name`` and check that the caller may perform ``action`` on it.

    The access check reads a plain row; the dataset object is built only for a caller who may see
    it, so a stranger's 404 costs the same for a private dataset as for a missing one."""
    row = session.execute(_DATASET_ACCESS, {"owner": owner, "name": name}).first()
    if row is None:
        raise _not_found_after_equal_work(session, user_id)
    role = _role(session, row.id, row.owner_id, row.public, user_id)
    check(role, action)
    assert role is not None
    dataset = session.get(Dataset, row.id)
    if dataset is None:  # deleted in between
        raise not_found()
    return dataset, role


def parse_uuid(value: str) -> str:
    """Canonical form of a uuid; anything malformed is simply not found."""
    try:
        return str(uuid_module.UUID(value))
    except (ValueError, AttributeError, TypeError):
        raise not_found() from None


def sample_for(session: Session, sample_uuid: str, user_id: int, action: Action) -> tuple[Sample, Dataset, str]:
    """Load a sample with its dataset and check the caller's role on the dataset (access first, from
    a plain row, as in :func:`dataset_for`)."""
    row = session.execute(_SAMPLE_ACCESS, {"uuid": parse_uuid(sample_uuid)}).first()
    if row is None:
        raise _not_found_after_equal_work(session, user_id)
    role = _role(session, row.dataset_id, row.owner_id, row.public, user_id)
    check(role, action)
    assert role is not None
    found = session.execute(
        select(Sample, Dataset).join(Dataset, Dataset.id == Sample.dataset_id).where(Sample.id == row.id)
    ).first()
    if found is None:
        raise not_found()
    return found[0], found[1], role


def caller(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:  # the key's user was deleted while the request was in flight
        raise not_found()
    return user


_SAMPLE_ROW = (
    select(
        Sample.id,
        Sample.uuid,
        Sample.name,
        Sample.attributes,
        Sample.metadata_.label("metadata_"),
        Sample.created_at,
        Sample.created_by,
        Sample.readme,
        Sample.assigned_labeler,
        Sample.assigned_reviewer,
        Sample.priority,
        Dataset.id.label("dataset_id"),
        Dataset.owner_id,
        Dataset.public,
        Dataset.name.label("dataset_name"),
        User.username.label("owner_name"),
    )
    .join(Dataset, Dataset.id == Sample.dataset_id)
    .join(User, User.id == Dataset.owner_id)
    .where(Sample.uuid == bindparam("uuid"))
)


def sample_row_for(connection: Connection, sample_uuid: str, user_id: int, action: Action) -> Row[Any]:
    """A sample as a plain row with its dataset's name and owner (one prepared query), role checked.

    The fast path of reading one sample: no ORM objects, statements built once.
    """
    row = connection.execute(_SAMPLE_ROW, {"uuid": parse_uuid(sample_uuid)}).first()
    if row is None:
        raise _not_found_after_equal_work(connection, user_id)
    check(_role(connection, row.dataset_id, row.owner_id, row.public, user_id), action)
    return row
