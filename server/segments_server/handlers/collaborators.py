"""Dataset collaborators."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ApiError, bad_request, not_found
from ..permissions import Action, dataset_for, find_user
from ..serializers import collaborator_json
from ..services import Services
from ..tables import Collaborator, Dataset
from ._util import no_content


def _collaborator(session: Session, dataset: Dataset, username: str) -> Collaborator:
    found = session.scalar(
        select(Collaborator)
        .join(Collaborator.user)
        .where(Collaborator.dataset_id == dataset.id, Collaborator.user.has(username=username))
    )
    if found is None:
        raise not_found()
    return found


def add_dataset_collaborator(
    owner: str, dataset: str, body: dict[str, Any], user: int, services: Services
) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.SETTINGS)
        invitee = find_user(session, body["user"])
        if invitee is None:
            raise ApiError(404, f"User '{body['user']}' not found.", {"user": ["Not found."]})
        if invitee.is_organization or invitee.id == found.owner_id:
            raise bad_request(f"User '{invitee.username}' cannot be added as collaborator.", "user")
        exists = session.scalar(
            select(Collaborator.id).where(Collaborator.dataset_id == found.id, Collaborator.user_id == invitee.id)
        )
        if exists is not None:
            raise ApiError(
                409, f"User '{invitee.username}' is already a collaborator.", {"user": ["Already a collaborator."]}
            )
        collaborator = Collaborator(dataset_id=found.id, user_id=invitee.id, role=body.get("role", "labeler"))
        collaborator.user = invitee
        session.add(collaborator)
        session.flush()
        return collaborator_json(session, collaborator), 201


def get_dataset_collaborator(
    owner: str, dataset: str, username: str, user: int, services: Services
) -> tuple[dict[str, Any], int]:
    with services.db.session(readonly=True) as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.READ)
        return collaborator_json(session, _collaborator(session, found, username)), 200


def update_dataset_collaborator(
    owner: str, dataset: str, username: str, body: dict[str, Any], user: int, services: Services
) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.SETTINGS)
        collaborator = _collaborator(session, found, username)
        collaborator.role = body["role"]
        return collaborator_json(session, collaborator), 200


def delete_dataset_collaborator(owner: str, dataset: str, username: str, user: int, services: Services) -> Any:
    with services.db.session() as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.SETTINGS)
        session.delete(_collaborator(session, found, username))
    return no_content()
