"""Samples: list (filters, sort, pagination), create one or many, get, update, delete one or many."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, and_, cast, delete, func, insert, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from ..errors import ApiError, already_exists, bad_request
from ..permissions import Action, caller, dataset_for, find_user, sample_for, sample_row_for
from ..serializers import label_json, label_summary_json, sample_json
from ..services import Services
from ..tables import Dataset, Label, Labelset, Sample, column_values, new_uuid, utcnow
from ..task_types import check_sample_attributes
from ..webhooks import emit
from ._util import apply, no_content, page_of

SORT_COLUMNS = {
    "name": Sample.name,
    "created_at": Sample.created_at,
    "created": Sample.created_at,
    "priority": Sample.priority,
    "updated_at": Sample.updated_at,
}
UPDATABLE = ("name", "attributes", "metadata", "priority", "readme", "assigned_labeler", "assigned_reviewer")


def _flag(value: str | None) -> bool:
    return (value or "").lower() in ("1", "true")


def _labelset(session: Session, dataset: Dataset, name: str) -> Labelset | None:
    # The official SDK glues a second query string onto `labelset` (`x?include_signed_urls=1`).
    name = name.split("?", 1)[0]
    return session.scalar(select(Labelset).where(Labelset.dataset_id == dataset.id, Labelset.name == name))


def _ground_truth_id(dataset_id: int) -> Any:
    return (
        select(Labelset.id)
        .where(Labelset.dataset_id == dataset_id, Labelset.is_groundtruth.is_(True))
        .scalar_subquery()
    )


def _check_assignees(session: Session, body: dict[str, Any]) -> None:
    for field in ("assigned_labeler", "assigned_reviewer"):
        username = body.get(field)
        if username is not None and find_user(session, username) is None:
            raise bad_request(f"Unknown user '{username}' in {field}.", field)


def _check_body(session: Session, dataset: Dataset, body: dict[str, Any], services: Services) -> None:
    if body.get("attributes") is not None:
        check_sample_attributes(services.schemas, dataset.task_type, body["attributes"])
    _check_assignees(session, body)


def _new_sample(dataset: Dataset, body: dict[str, Any], creator: str) -> Sample:
    return Sample(
        uuid=new_uuid(),
        created_at=utcnow(),
        dataset_id=dataset.id,
        name=body["name"],
        attributes=body.get("attributes"),
        metadata_=body.get("metadata") or {},
        priority=float(body.get("priority", 0)),
        readme=body.get("readme", ""),
        assigned_labeler=body.get("assigned_labeler"),
        assigned_reviewer=body.get("assigned_reviewer"),
        created_by=creator,
    )


def _metadata_equals(sqlite: bool, key: str, value: str) -> Any:
    """``metadata[key]`` equals ``value`` as text, with the key treated as data, never as JSON path
    syntax (a key may hold quotes, dots or brackets)."""
    if not sqlite:  # PostgreSQL: `metadata ->> :key`, the key a bound parameter
        return cast(Sample.metadata_[key].as_string(), String) == value
    entries = func.json_each(Sample.metadata_).table_valued("key", "value").alias("entry")
    return select(entries.c.key).where(entries.c.key == key, cast(entries.c.value, String) == value).exists()


def _full_name(dataset: Dataset) -> str:
    return f"{dataset.owner.username}/{dataset.name}"


def list_samples(
    owner: str,
    dataset: str,
    user: int,
    services: Services,
    per_page: int = 1000,
    page: int = 1,
    name__contains: str | None = None,
    label_status: str | None = None,
    filters: str | None = None,
    labelset: str | None = None,
    include_full_label: str | None = None,
    sort: str = "name",
) -> tuple[list[dict[str, Any]], int]:
    arguments = {name: value for name, value in locals().items() if name != "services"}  # the query's parameters
    return services.db.read_session(lambda session: (_page_of_samples(session, services, **arguments), 200))


def _page_of_samples(
    session: Session,
    services: Services,
    owner: str,
    dataset: str,
    user: int,
    per_page: int,
    page: int,
    name__contains: str | None,
    label_status: str | None,
    filters: str | None,
    labelset: str | None,
    include_full_label: str | None,
    sort: str,
) -> list[dict[str, Any]]:
    found, _ = dataset_for(session, owner, dataset, user, Action.READ)
    query = select(Sample).where(Sample.dataset_id == found.id)
    if name__contains:
        pattern = "%" + name__contains.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(func.lower(Sample.name).like(pattern, escape="\\"))
    for pair in (filters or "").split(","):
        if pair:
            key, _, value = pair.partition(":")
            query = query.where(_metadata_equals(services.db.is_sqlite, key.strip(), value.strip()))
    descending = sort.startswith("-")
    key = sort.lstrip("-")
    gt_label = None
    if label_status or key == "gt_label__updated_at":
        gt_label = select(Label).where(Label.labelset_id == _ground_truth_id(found.id)).subquery()
        query = query.outerjoin(gt_label, gt_label.c.sample_id == Sample.id)
    if label_status:
        assert gt_label is not None
        statuses = label_status.split(",")
        conditions = [gt_label.c.label_status.in_([s for s in statuses if s != "UNLABELED"])]
        if "UNLABELED" in statuses:
            conditions.append(gt_label.c.sample_id.is_(None))
        query = query.where(or_(*conditions))
    column: ColumnElement[Any]
    if key == "gt_label__updated_at" and gt_label is not None:
        column, may_be_null = gt_label.c.updated_at, True
    else:
        column = SORT_COLUMNS[key].expression
        may_be_null = getattr(column, "nullable", True)
    ordered = column.desc() if descending else column.asc()
    # Samples without a value (unlabeled, for gt_label__updated_at) come last either way, on every database.
    # Only where there can be none: PostgreSQL walks an index backwards for DESC NULLS FIRST, and would
    # sort the whole dataset for every page of a DESC NULLS LAST on a column that never is null.
    query = query.order_by(
        ordered.nulls_last() if may_be_null else ordered, Sample.id.desc() if descending else Sample.id.asc()
    )
    samples = page_of(session, query, page, per_page)
    bodies = [sample_json(sample, _full_name(found)) for sample in samples]
    if labelset:
        _attach_labels(session, found, labelset, samples, bodies, full=_flag(include_full_label))
    return bodies


def _attach_labels(
    session: Session,
    dataset: Dataset,
    labelset_name: str,
    samples: list[Sample],
    bodies: list[dict[str, Any]],
    *,
    full: bool,
) -> None:
    labelset = _labelset(session, dataset, labelset_name)
    labels: dict[int, Label] = {}
    if labelset is not None and samples:
        ids = [sample.id for sample in samples]
        rows = session.scalars(select(Label).where(and_(Label.labelset_id == labelset.id, Label.sample_id.in_(ids))))
        labels = {label.sample_id: label for label in rows}
    for sample, body in zip(samples, bodies, strict=True):
        label = labels.get(sample.id)
        if label is None or labelset is None:
            body["label"] = None
        elif full:
            body["label"] = label_json(label, sample.uuid, labelset.name)
        else:
            body["label"] = label_summary_json(label)


def add_sample(
    owner: str, dataset: str, body: dict[str, Any], user: int, services: Services
) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.WRITE)
        if session.scalar(select(Sample.id).where(Sample.dataset_id == found.id, Sample.name == body["name"])):
            raise already_exists("sample", body["name"])
        _check_body(session, found, body, services)
        sample = _new_sample(found, body, caller(session, user).username)
        session.add(sample)
        session.flush()
        created = sample_json(sample, _full_name(found))
        emit(session, found.owner, found.name, "sample.created", created, f"Sample {sample.name}")
        return created, 201


def add_samples(
    owner: str, dataset: str, body: list[dict[str, Any]], user: int, services: Services
) -> tuple[list[dict[str, Any]], int]:
    with services.db.session() as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.WRITE)
        names = [item["name"] for item in body]
        repeated = sorted({name for name in names if names.count(name) > 1}) if len(set(names)) != len(names) else []
        if repeated:
            raise bad_request(f"Sample names must be unique within the request; repeated: {repeated[:5]}.", "name")
        existing = {
            sample.name: sample
            for sample in session.scalars(select(Sample).where(Sample.dataset_id == found.id, Sample.name.in_(names)))
        }
        creator = caller(session, user).username
        result: list[Sample] = []
        new: list[Sample] = []
        for index, item in enumerate(body):
            if item["name"] in existing:
                result.append(existing[item["name"]])
                continue
            try:
                _check_body(session, found, item, services)
            except ApiError as error:
                raise bad_request(f"Sample {index} ('{item['name']}'): {error.detail}", f"[{index}]") from error
            sample = _new_sample(found, item, creator)
            new.append(sample)
            result.append(sample)
        if new:
            # One multi-row INSERT; the ORM's unit of work costs more than the insert itself here.
            session.execute(insert(Sample), [column_values(sample) for sample in new])
        answer = [sample_json(sample, _full_name(found)) for sample in result]
        for sample, created in zip(result, answer, strict=True):
            if sample in new:
                emit(session, found.owner, found.name, "sample.created", created, f"Sample {sample.name}")
        return answer, 201


def delete_samples(
    owner: str, dataset: str, body: dict[str, Any], user: int, services: Services
) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        found, _ = dataset_for(session, owner, dataset, user, Action.WRITE)
        doomed = session.scalars(select(Sample).where(Sample.dataset_id == found.id, Sample.uuid.in_(body["uuids"])))
        for sample in doomed:
            last = sample_json(sample, _full_name(found))
            emit(session, found.owner, found.name, "sample.deleted", last, f"Sample {sample.name}")
        result = session.execute(delete(Sample).where(Sample.dataset_id == found.id, Sample.uuid.in_(body["uuids"])))
        return {"deleted_count": result.rowcount}, 200  # type: ignore[attr-defined]


def get_sample(
    sample_uuid: str, user: int, services: Services, labelset: str | None = None, include_signed_urls: str | None = None
) -> tuple[dict[str, Any], int]:
    if not labelset:  # the common read: plain rows, prepared statements
        row = services.db.read(lambda connection: sample_row_for(connection, sample_uuid, user, Action.READ))
        return sample_json(row, f"{row.owner_name}/{row.dataset_name}"), 200
    with services.db.session(readonly=True) as session:
        sample, found, _ = sample_for(session, sample_uuid, user, Action.READ)
        body = sample_json(sample, _full_name(found))
        if labelset:
            _attach_labels(session, found, labelset, [sample], [body], full=True)
        return body, 200


def update_sample(sample_uuid: str, body: dict[str, Any], user: int, services: Services) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        sample, found, _ = sample_for(session, sample_uuid, user, Action.WRITE)
        renamed = "name" in body and body["name"] != sample.name
        if renamed and session.scalar(
            select(Sample.id).where(Sample.dataset_id == found.id, Sample.name == body["name"])
        ):
            raise already_exists("sample", body["name"])
        _check_body(session, found, body, services)
        apply(sample, body, UPDATABLE, rename={"metadata": "metadata_"})
        session.flush()
        updated = sample_json(sample, _full_name(found))
        emit(session, found.owner, found.name, "sample.updated", updated, f"Sample {sample.name}")
        return updated, 200


def delete_sample(sample_uuid: str, user: int, services: Services) -> Any:
    with services.db.session() as session:
        sample, found, _ = sample_for(session, sample_uuid, user, Action.WRITE)
        last = sample_json(sample, _full_name(found))
        emit(session, found.owner, found.name, "sample.deleted", last, f"Sample {sample.name}")
        session.delete(sample)
    return no_content()
