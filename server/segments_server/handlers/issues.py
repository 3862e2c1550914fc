"""Issues raised on samples."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import not_found
from ..permissions import Action, caller, check, dataset_for, parse_uuid, role_on, sample_for
from ..serializers import issue_json
from ..services import Services
from ..tables import Dataset, Issue, utcnow
from ..webhooks import emit
from ._util import apply, no_content


def _issue_for(session: Session, issue_uuid: str, user: int, action: Action) -> Issue:
    issue = session.scalar(select(Issue).where(Issue.uuid == parse_uuid(issue_uuid)))
    if issue is None:
        raise not_found()
    dataset = session.get(Dataset, issue.dataset_id)
    assert dataset is not None
    check(role_on(session, dataset, user), action)
    return issue


def list_issues(owner: str, dataset: str, user: int, services: Services) -> tuple[list[dict[str, Any]], int]:
    with services.db.session(readonly=True) as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.READ)
        issues = session.scalars(select(Issue).where(Issue.dataset_id == found.id).order_by(Issue.created_at, Issue.id))
        return [issue_json(issue) for issue in issues], 200


def add_issue(sample_uuid: str, body: dict[str, Any], user: int, services: Services) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        sample, dataset, _ = sample_for(session, sample_uuid, user, Action.LABEL)
        username = caller(session, user).username
        issue = Issue(
            dataset_id=dataset.id,
            sample_id=sample.id,
            description=body["description"],
            status=body.get("status", "OPEN"),
            anchor=body.get("anchor"),
            comments=[],
            created_by=username,
            updated_by=username,
        )
        issue.sample = sample
        session.add(issue)
        session.flush()
        created = issue_json(issue)
        emit(
            session,
            dataset.owner,
            dataset.name,
            "issue.created",
            created,
            f"Issue on sample {sample.name}",
        )
        return created, 201


def update_issue(issue_uuid: str, body: dict[str, Any], user: int, services: Services) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        issue = _issue_for(session, issue_uuid, user, Action.LABEL)
        apply(issue, body, ("description", "status", "anchor"))
        issue.updated_by = caller(session, user).username
        issue.updated_at = utcnow()
        session.flush()
        updated = issue_json(issue)
        dataset = session.get(Dataset, issue.dataset_id)
        assert dataset is not None
        emit(session, dataset.owner, dataset.name, "issue.updated", updated, f"Issue on sample {issue.sample.name}")
        return updated, 200


def delete_issue(issue_uuid: str, user: int, services: Services) -> Any:
    with services.db.session() as session:
        session.delete(_issue_for(session, issue_uuid, user, Action.LABEL))
    return no_content()
