"""Releases: created PENDING, exported in the background."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import already_exists, not_found
from ..permissions import Action, dataset_for
from ..serializers import release_json
from ..services import Services
from ..tables import Dataset, Release, Sample
from ..webhooks import emit
from ._util import no_content


def _json(services: Services, release: Release, dataset: Dataset) -> dict[str, Any]:
    """The release; a private dataset's file URL is a signed link that expires (a public one's is permanent)."""
    attributes: dict[str, str] = {}
    if release.status == "SUCCEEDED" and release.file_key:
        if dataset.public:
            attributes["url"] = services.storage.url(release.file_key)
        else:
            signed = services.storage.url(release.file_key, services.settings.file_link_seconds)
            attributes = {"url": signed, "signed_url": signed}
    return release_json(release, attributes)


def _find(session: Session, dataset: Dataset, name: str) -> Release:
    release = session.scalar(select(Release).where(Release.dataset_id == dataset.id, Release.name == name))
    if release is None:
        raise not_found()
    return release


def list_releases(owner: str, dataset: str, user: int, services: Services) -> tuple[list[dict[str, Any]], int]:
    with services.db.session(readonly=True) as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.READ)
        releases = session.scalars(
            select(Release).where(Release.dataset_id == found.id).order_by(Release.created_at.desc(), Release.id.desc())
        )
        return [_json(services, r, found) for r in releases], 200


def get_release(
    owner: str, dataset: str, release_name: str, user: int, services: Services
) -> tuple[dict[str, Any], int]:
    with services.db.session(readonly=True) as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.READ)
        return _json(services, _find(session, found, release_name), found), 200


def add_release(
    owner: str, dataset: str, body: dict[str, Any], user: int, services: Services
) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.WRITE)
        if session.scalar(select(Release.id).where(Release.dataset_id == found.id, Release.name == body["name"])):
            raise already_exists("release", body["name"])
        count = session.scalar(select(func.count()).where(Sample.dataset_id == found.id)) or 0
        release = Release(
            dataset_id=found.id, name=body["name"], description=body.get("description", ""), samples_count=count
        )
        session.add(release)
        session.flush()
        body_json = _json(services, release, found)
        emit(session, found.owner, found.name, "release.created", body_json, f"Release {release.name}")
        release_id = release.id
    services.releases.submit(release_id)
    return body_json, 201


def delete_release(owner: str, dataset: str, release_name: str, user: int, services: Services) -> Any:
    with services.db.session() as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.WRITE)
        release = _find(session, found, release_name)
        key = release.file_key
        session.delete(release)
    if key:
        services.storage.delete(key)
    return no_content()
