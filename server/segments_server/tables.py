"""Database tables (SQLAlchemy 2). Portable: nothing here is SQLite- or PostgreSQL-only."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    inspect as sa_inspect,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .determinism import DETERMINISM


def utcnow() -> dt.datetime:
    """Naive UTC now (the control API's clock in deterministic mode); timestamps are stored naive UTC."""
    return DETERMINISM.now()


def new_uuid() -> str:
    """A random uuid (from the control API's seed in deterministic mode)."""
    return DETERMINISM.uuid()


def column_values(row: Any, *, exclude: tuple[str, ...] = ("id",)) -> dict[str, Any]:
    """The mapped column values of ``row`` by attribute name, for copies and bulk inserts."""
    return {
        column.key: getattr(row, column.key)
        for column in sa_inspect(type(row)).column_attrs
        if column.key not in exclude
    }


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(150), unique=True)
    email: Mapped[str | None] = mapped_column(String(254))
    is_organization: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class KeyRevocation(Base):
    """One row per revoked key: every process compares the newest id with the one it last saw and,
    when it changed, forgets the keys it had verified. The key itself is deleted."""

    __tablename__ = "key_revocations"

    id: Mapped[int] = mapped_column(primary_key=True)
    revoked_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class OrganizationMember(Base):
    __tablename__ = "organization_members"
    __table_args__ = (UniqueConstraint("organization_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))


class Dataset(Base):
    __tablename__ = "datasets"
    __table_args__ = (UniqueConstraint("owner_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    readme: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(40), default="other")
    public: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    task_type: Mapped[str] = mapped_column(String(40))
    task_attributes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    metadata_: Mapped[dict[str, Any]] = mapped_column("metadata", default=dict)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    region_of_interest: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    labeling_inactivity_timeout_seconds: Mapped[int] = mapped_column(Integer, default=300)
    cloned_from: Mapped[str | None] = mapped_column(String(260))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    owner: Mapped[User] = relationship(lazy="joined")


class Collaborator(Base):
    __tablename__ = "collaborators"
    __table_args__ = (UniqueConstraint("dataset_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("datasets.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))

    user: Mapped[User] = relationship(lazy="joined")


class Labelset(Base):
    __tablename__ = "labelsets"
    __table_args__ = (UniqueConstraint("dataset_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("datasets.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(150))
    description: Mapped[str] = mapped_column(Text, default="")
    readme: Mapped[str] = mapped_column(Text, default="")
    is_groundtruth: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Sample(Base):
    __tablename__ = "samples"
    __table_args__ = (
        UniqueConstraint("dataset_id", "name"),
        Index("ix_samples_dataset_created", "dataset_id", "created_at", "id"),
        Index("ix_samples_dataset_priority", "dataset_id", "priority", "id"),
        Index("ix_samples_dataset_id", "dataset_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("datasets.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(1024))
    attributes: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    metadata_: Mapped[dict[str, Any]] = mapped_column("metadata", default=dict)
    priority: Mapped[float] = mapped_column(Float, default=0.0)
    readme: Mapped[str] = mapped_column(Text, default="")
    assigned_labeler: Mapped[str | None] = mapped_column(String(150))
    assigned_reviewer: Mapped[str | None] = mapped_column(String(150))
    created_by: Mapped[str] = mapped_column(String(150))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Label(Base):
    __tablename__ = "labels"
    __table_args__ = (
        Index("ix_labels_labelset_status", "labelset_id", "label_status"),
        Index("ix_labels_labelset_updated", "labelset_id", "updated_at"),
    )

    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id", ondelete="CASCADE"), primary_key=True)
    labelset_id: Mapped[int] = mapped_column(ForeignKey("labelsets.id", ondelete="CASCADE"), primary_key=True)
    label_type: Mapped[str] = mapped_column(String(40))
    label_status: Mapped[str] = mapped_column(String(30))
    attributes: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    score: Mapped[float | None] = mapped_column(Float)
    rating: Mapped[float | None] = mapped_column(Float)
    created_by: Mapped[str] = mapped_column(String(150))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(150))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    reviewed_by: Mapped[str | None] = mapped_column(String(150))
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Issue(Base):
    __tablename__ = "issues"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("datasets.id", ondelete="CASCADE"), index=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="OPEN")
    anchor: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    comments: Mapped[list[Any]] = mapped_column(default=list)
    created_by: Mapped[str] = mapped_column(String(150))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(150))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    sample: Mapped[Sample] = relationship(lazy="joined")


class Release(Base):
    __tablename__ = "releases"
    __table_args__ = (UniqueConstraint("dataset_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("datasets.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="PENDING")
    status_info: Mapped[str] = mapped_column(Text, default="")
    file_key: Mapped[str | None] = mapped_column(String(300))
    samples_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Workunit(Base):
    __tablename__ = "workunits"
    __table_args__ = (Index("ix_workunits_dataset_created", "dataset_id", "created_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("datasets.id", ondelete="CASCADE"))
    sample_uuid: Mapped[str] = mapped_column(String(36))
    sample_name: Mapped[str] = mapped_column(String(1024))
    work_type: Mapped[str] = mapped_column(String(20))
    next_label_status: Mapped[str] = mapped_column(String(30))
    time: Mapped[int] = mapped_column(Integer, default=0)
    inactive_time: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[str] = mapped_column(String(150))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Asset(Base):
    __tablename__ = "assets"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    key: Mapped[str] = mapped_column(String(400), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class WebhookEndpoint(Base):
    """A user's webhook endpoint: the events of that user's datasets are sent to ``url``."""

    __tablename__ = "webhook_endpoints"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    secret: Mapped[str] = mapped_column(String(100))  # whsec_...: the server signs with it, so it is kept
    events: Mapped[str] = mapped_column(Text, default="")  # space-separated event types; empty: all
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class WebhookMessage(Base):
    """The outbox: one event for one endpoint, written in the transaction of the change it reports."""

    __tablename__ = "webhook_messages"
    __table_args__ = (Index("ix_webhook_messages_due", "delivered_at", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    endpoint_id: Mapped[int] = mapped_column(ForeignKey("webhook_endpoints.id", ondelete="CASCADE"))
    message_id: Mapped[str] = mapped_column(String(40), unique=True)
    dataset: Mapped[str] = mapped_column(String(400))
    event_type: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    claim: Mapped[str | None] = mapped_column(String(80), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
