"""Labelsets of a dataset."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import already_exists, bad_request, not_found
from ..permissions import Action, dataset_for
from ..serializers import labelset_json, labelsets_of
from ..services import Services
from ..tables import Dataset, Labelset
from ._util import no_content


def _find(session: Session, dataset: Dataset, name: str) -> Labelset:
    found = session.scalar(select(Labelset).where(Labelset.dataset_id == dataset.id, Labelset.name == name))
    if found is None:
        raise not_found()
    return found


def list_labelsets(owner: str, dataset: str, user: int, services: Services) -> tuple[list[dict[str, Any]], int]:
    with services.db.session(readonly=True) as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.READ)
        return [labelset_json(ls) for ls in labelsets_of(session, found.id)], 200


def add_labelset(
    owner: str, dataset: str, body: dict[str, Any], user: int, services: Services
) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.WRITE)
        if session.scalar(select(Labelset.id).where(Labelset.dataset_id == found.id, Labelset.name == body["name"])):
            raise already_exists("labelset", body["name"])
        labelset = Labelset(
            dataset_id=found.id,
            name=body["name"],
            description=body.get("description", ""),
            readme=body.get("readme", ""),
        )
        session.add(labelset)
        session.flush()
        return labelset_json(labelset), 201


def get_labelset(owner: str, dataset: str, labelset: str, user: int, services: Services) -> tuple[dict[str, Any], int]:
    with services.db.session(readonly=True) as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.READ)
        return labelset_json(_find(session, found, labelset)), 200


def delete_labelset(owner: str, dataset: str, labelset: str, user: int, services: Services) -> Any:
    with services.db.session() as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.WRITE)
        target = _find(session, found, labelset)
        if target.is_groundtruth:
            raise bad_request("The ground-truth labelset cannot be deleted.", "labelset")
        session.delete(target)
    return no_content()
