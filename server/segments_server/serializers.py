"""Rows to the JSON shapes of the spec's response schemas."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from .permissions import OWNER, PUBLIC
from .tables import (
    Collaborator,
    Dataset,
    Issue,
    Label,
    Labelset,
    OrganizationMember,
    Release,
    Sample,
    User,
    WebhookEndpoint,
    Workunit,
)

LABEL_STATUSES = (
    "REVIEWED",
    "REVIEWING_IN_PROGRESS",
    "LABELED",
    "LABELING_IN_PROGRESS",
    "REJECTED",
    "PRELABELED",
    "SKIPPED",
    "VERIFIED",
)

DATASET_FLAGS: dict[str, bool] = {
    "enable_ratings": False,
    "enable_skip_labeling": True,
    "enable_skip_reviewing": False,
    "enable_save_button": False,
    "enable_label_status_verified": False,
    "enable_same_dimensions_track_constraint": False,
    "enable_3d_region_of_interest": False,
    "enable_interpolation": True,
    "use_timestamps_for_interpolation": True,
    "enable_object_linking": False,
    "enable_3d_cuboid_rotation": False,
    "enable_confirm_on_submit": False,
    "enable_object_link_category_restrictions": False,
    "enable_extrapolation": False,
    "noncollaborator_can_label": False,
    "noncollaborator_can_review": False,
}


def timestamp(value: dt.datetime | None) -> str | None:
    """ISO-8601 with microseconds and ``Z``, as the real API writes them."""
    if value is None:
        return None
    return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _membership(user: User, role: str) -> dict[str, Any]:
    return {
        "username": user.username,
        "created_at": timestamp(user.created_at),
        "is_organization": user.is_organization,
        "organization_role": role,
    }


def _memberships(
    session: Session, *, member: User | None = None, organization: User | None = None
) -> list[tuple[User, str]]:
    """(account, role) pairs: the organizations of ``member``, or the members of ``organization``."""
    if member is not None:
        joined, where = OrganizationMember.organization_id == User.id, OrganizationMember.user_id == member.id
    else:
        assert organization is not None
        joined, where = OrganizationMember.user_id == User.id, OrganizationMember.organization_id == organization.id
    query = select(User, OrganizationMember.role).join(OrganizationMember, joined).where(where).order_by(User.username)
    return [(account, role) for account, role in session.execute(query)]


def user_json(session: Session, user: User, *, private: bool = False, viewer_id: int | None = None) -> dict[str, Any]:
    """A user as ``viewer_id`` may see them: own account (``private``) with email and organizations;
    an organization with its ``members`` when the viewer is one of them."""
    body: dict[str, Any] = {
        "username": user.username,
        "created_at": timestamp(user.created_at),
        "is_organization": user.is_organization,
    }
    if private:
        body["email"] = user.email
        endpoint = select(WebhookEndpoint.id).where(WebhookEndpoint.user_id == user.id).limit(1)
        body["webhooks_enabled"] = session.scalar(endpoint) is not None
        body["subscription"] = "FREE"
        body["is_trial_expired"] = False
        body["insights_urls"] = None
        body["organizations"] = [_membership(org, role) for org, role in _memberships(session, member=user)]
    if user.is_organization and viewer_id is not None:
        members = _memberships(session, organization=user)
        if any(member.id == viewer_id for member, _ in members):
            body["members"] = [_membership(member, role) for member, role in members]
    return body


def label_stats(session: Session, dataset: Dataset) -> dict[str, int]:
    total = session.scalar(select(func.count()).where(Sample.dataset_id == dataset.id)) or 0
    stats = {status: 0 for status in LABEL_STATUSES}
    rows = session.execute(
        select(Label.label_status, func.count())
        .join(Labelset, Labelset.id == Label.labelset_id)
        .where(Labelset.dataset_id == dataset.id, Labelset.is_groundtruth.is_(True))
        .group_by(Label.label_status)
    ).all()
    labeled = 0
    for status, count in rows:
        stats[status] = stats.get(status, 0) + count
        labeled += count
    stats["UNLABELED"] = stats.get("UNLABELED", 0) + max(total - labeled, 0)
    stats["TOTAL"] = total
    return stats


def labelset_json(labelset: Labelset) -> dict[str, Any]:
    return {
        "uuid": labelset.uuid,
        "name": labelset.name,
        "description": labelset.description,
        "readme": labelset.readme,
        "is_groundtruth": labelset.is_groundtruth,
        "created_at": timestamp(labelset.created_at),
    }


def labelsets_of(session: Session, dataset_id: int) -> list[Labelset]:
    return list(
        session.scalars(
            select(Labelset)
            .where(Labelset.dataset_id == dataset_id)
            .order_by(Labelset.is_groundtruth.desc(), Labelset.created_at, Labelset.id)
        )
    )


def dataset_json(session: Session, dataset: Dataset, role: str | None) -> dict[str, Any]:
    stats = label_stats(session, dataset)
    collaborators = session.scalar(select(func.count()).where(Collaborator.dataset_id == dataset.id))
    flags = {name: bool(dataset.settings.get(name, default)) for name, default in DATASET_FLAGS.items()}
    labelsets = [
        {
            key: value
            for key, value in labelset_json(ls).items()
            if key in ("name", "description", "is_groundtruth", "created_at")
        }
        for ls in labelsets_of(session, dataset.id)
    ]
    return {
        "name": dataset.name,
        "full_name": f"{dataset.owner.username}/{dataset.name}",
        "cloned_from": dataset.cloned_from,
        "description": dataset.description,
        "category": dataset.category,
        "public": dataset.public,
        "archived": dataset.archived,
        "owner": {
            "username": dataset.owner.username,
            "created_at": timestamp(dataset.owner.created_at),
            "email": dataset.owner.email if role == OWNER else None,
        },
        "created_at": timestamp(dataset.created_at),
        **flags,
        "task_type": dataset.task_type,
        "task_attributes": dataset.task_attributes,
        "label_stats": stats,
        "labeling_inactivity_timeout_seconds": dataset.labeling_inactivity_timeout_seconds,
        "samples_count": stats["TOTAL"],
        "insights_urls": None,
        "collaborators_count": collaborators or 0,
        "labelsets": labelsets,
        "role": None if role in (None, PUBLIC) else ("admin" if role == OWNER else role),
        "readme": dataset.readme,
        "metadata": dataset.metadata_,
        "data_type": "IMAGE",
        "region_of_interest": dataset.region_of_interest,
    }


def label_json(label: Any, sample_uuid: str | None, labelset_name: str) -> dict[str, Any]:
    """A label (an ORM ``Label`` or a row of the labels table) as the API returns it."""
    return {
        "sample_uuid": sample_uuid,
        "label_type": label.label_type,
        "label_status": label.label_status,
        "labelset": labelset_name,
        "attributes": label.attributes,
        "created_at": timestamp(label.created_at),
        "created_by": label.created_by,
        "updated_at": timestamp(label.updated_at),
        "updated_by": label.updated_by,
        "reviewed_at": timestamp(label.reviewed_at),
        "reviewed_by": label.reviewed_by,
        "score": label.score,
        "rating": label.rating,
    }


def label_summary_json(label: Label) -> dict[str, Any]:
    return {
        "label_status": label.label_status,
        "score": label.score,
        "updated_at": timestamp(label.updated_at),
        "created_by": label.created_by,
        "reviewed_by": label.reviewed_by,
    }


def sample_json(sample: Sample | Row[Any], dataset_full_name: str) -> dict[str, Any]:
    """A sample as the API shows it (from an ORM object or a plain row with the same names)."""
    body: dict[str, Any] = {
        "uuid": sample.uuid,
        "name": sample.name,
        "attributes": sample.attributes,
        "metadata": sample.metadata_,
        "created_at": timestamp(sample.created_at),
        "created_by": sample.created_by,
        "readme": sample.readme,
        "assigned_labeler": sample.assigned_labeler,
        "assigned_reviewer": sample.assigned_reviewer,
        "priority": sample.priority,
        "dataset_full_name": dataset_full_name,
    }
    if body["attributes"] is None:
        del body["attributes"]
    return body


def collaborator_json(session: Session, collaborator: Collaborator) -> dict[str, Any]:
    return {"user": user_json(session, collaborator.user), "role": collaborator.role}


def issue_json(issue: Issue) -> dict[str, Any]:
    body: dict[str, Any] = {
        "uuid": issue.uuid,
        "description": issue.description,
        "created_at": timestamp(issue.created_at),
        "updated_at": timestamp(issue.updated_at),
        "created_by": issue.created_by,
        "updated_by": issue.updated_by,
        "status": issue.status,
        "comments": issue.comments,
        "sample_uuid": issue.sample.uuid,
        "sample_name": issue.sample.name,
    }
    if issue.anchor is not None:
        body["anchor"] = issue.anchor
    return body


def release_json(release: Release, attributes: dict[str, str]) -> dict[str, Any]:
    return {
        "uuid": release.uuid,
        "name": release.name,
        "description": release.description,
        "release_type": "JSON",
        "attributes": attributes,
        "status": release.status,
        "status_info": release.status_info,
        "created_at": timestamp(release.created_at),
        "samples_count": release.samples_count,
    }


def workunit_json(workunit: Workunit, *, with_metrics: bool = False) -> dict[str, Any]:
    body: dict[str, Any] = {
        "uuid": workunit.uuid,
        "created_at": timestamp(workunit.created_at),
        "created_by": workunit.created_by,
        "work_type": workunit.work_type,
        "next_label_status": workunit.next_label_status,
        "time": workunit.time,
        "inactive_time": workunit.inactive_time,
        "sample_uuid": workunit.sample_uuid,
        "sample_name": workunit.sample_name,
        "label_rating": None,
    }
    if with_metrics:
        body["session_time_metrics"] = {"active_time": workunit.time, "inactive_time": workunit.inactive_time}
    return body
