"""Datasets and collaborators, through the generated client."""

from __future__ import annotations

from segments_api_client.api.collaborators import (
    add_dataset_collaborator,
    delete_dataset_collaborator,
    get_dataset_collaborator,
    update_dataset_collaborator,
)
from segments_api_client.api.datasets import (
    add_dataset,
    add_organization_dataset,
    clone_dataset,
    delete_dataset,
    get_dataset,
    list_datasets,
    list_user_datasets,
    update_dataset,
)
from segments_api_client.api.samples import add_samples, list_samples
from segments_api_client.models import (
    CollaboratorCreate,
    CollaboratorUpdate,
    Dataset,
    DatasetClone,
    DatasetCreate,
    DatasetUpdate,
    Error,
    Role,
    SampleCreate,
    TaskType,
)

from tests.local_server import LocalServer


def _create(server: LocalServer, key: str, name: str, **fields: object) -> Dataset:
    created = add_dataset.sync(client=server.api(key), body=DatasetCreate.from_dict({"name": name, **fields}))
    assert isinstance(created, Dataset), created
    return created


def test_create_with_sdk_defaults(server: LocalServer, jane: str) -> None:
    dataset = _create(server, jane, "flowers")
    assert dataset.full_name == "jane/flowers" and dataset.owner.username == "jane"
    assert dataset.task_type == TaskType.SEGMENTATION_BITMAP and dataset.category == "other"
    assert dataset.public is False and dataset.enable_skip_labeling is True and dataset.enable_interpolation is True
    assert dataset.task_attributes.to_dict() == {"format_version": "0.1", "categories": [{"name": "object", "id": 1}]}
    assert [ls.name for ls in dataset.labelsets] == ["ground-truth"] and dataset.labelsets[0].is_groundtruth
    assert dataset.label_stats.to_dict() == {
        "REVIEWED": 0, "REVIEWING_IN_PROGRESS": 0, "LABELED": 0, "LABELING_IN_PROGRESS": 0, "REJECTED": 0,
        "PRELABELED": 0, "SKIPPED": 0, "VERIFIED": 0, "UNLABELED": 0, "TOTAL": 0,
    }  # fmt: skip
    assert dataset.role == "admin" and dataset.samples_count == 0 and dataset.collaborators_count == 0
    assert dataset.metadata.to_dict() == {}


def test_duplicate_name_is_409_already_exists(server: LocalServer, jane: str) -> None:
    _create(server, jane, "flowers")
    again = add_dataset.sync_detailed(client=server.api(jane), body=DatasetCreate(name="flowers"))
    assert again.status_code == 409
    assert isinstance(again.parsed, Error) and "already exists" in again.parsed.detail


def test_invalid_fields_are_400(server: LocalServer, jane: str) -> None:
    http = server.http(jane)
    repeated_ids = {"categories": [{"name": "a", "id": 1}, {"name": "b", "id": 1}]}
    invalid = ({"name": "a/b"}, {"name": "x", "category": "cars"}, {"name": "x", "task_type": "text"})
    for body in (*invalid, {"name": "x", "task_attributes": repeated_ids}):
        response = http.post("/user/datasets/", json=body)
        assert response.status_code == 400, body
        assert response.json()["detail"]


def test_get_update_delete(server: LocalServer, jane: str) -> None:
    _create(server, jane, "flowers", metadata={"team": "a"})
    api = server.api(jane)
    updated = update_dataset.sync(
        client=api,
        owner="jane",
        dataset="flowers",
        body=DatasetUpdate.from_dict({"description": "new", "enable_ratings": True}),
    )
    assert isinstance(updated, Dataset) and updated.description == "new" and updated.enable_ratings is True
    again = get_dataset.sync(client=api, owner="jane", dataset="flowers")
    assert isinstance(again, Dataset) and again.description == "new" and again.metadata.to_dict() == {"team": "a"}
    assert delete_dataset.sync_detailed(client=api, owner="jane", dataset="flowers").status_code == 204
    assert get_dataset.sync_detailed(client=api, owner="jane", dataset="flowers").status_code == 404
    assert delete_dataset.sync_detailed(client=api, owner="jane", dataset="flowers").status_code == 404


def test_lists_and_pagination(server: LocalServer, jane: str, john: str) -> None:
    for index in range(5):
        _create(server, jane, f"d{index}", public=index % 2 == 0)
    api = server.api(jane)
    mine = list_datasets.sync(client=api, per_page=2, page=1)
    assert [d.name for d in mine] == ["d0", "d1"]  # type: ignore[union-attr]
    assert [d.name for d in list_datasets.sync(client=api, per_page=2, page=3)] == ["d4"]  # type: ignore[union-attr]
    past = list_datasets.sync_detailed(client=api, per_page=2, page=4)
    assert past.status_code == 404 and isinstance(past.parsed, Error) and past.parsed.detail == "Invalid page."
    seen_by_john = list_user_datasets.sync(client=server.api(john), owner="jane")
    assert [d.name for d in seen_by_john] == ["d0", "d2", "d4"]  # type: ignore[union-attr]
    assert list_datasets.sync(client=server.api(john)) == []
    assert list_user_datasets.sync_detailed(client=api, owner="nobody").status_code == 404


def test_organization_datasets(server: LocalServer, jane: str, john: str) -> None:
    server.create_org("acme", owner="jane", members={"john": "labeler"})
    body = DatasetCreate(name="shared")
    created = add_organization_dataset.sync(client=server.api(jane), org="acme", body=body)
    assert isinstance(created, Dataset) and created.full_name == "acme/shared"
    refused = add_organization_dataset.sync_detailed(client=server.api(john), org="acme", body=DatasetCreate(name="x"))
    assert refused.status_code == 403
    stranger = server.create_user("mallory")
    assert add_organization_dataset.sync_detailed(client=server.api(stranger), org="acme", body=body).status_code == 404
    assert [d.full_name for d in list_datasets.sync(client=server.api(john))] == ["acme/shared"]  # type: ignore[union-attr]


def test_clone_copies_samples_and_optionally_labels(server: LocalServer, jane: str) -> None:
    _create(server, jane, "flowers", task_type="bboxes")
    api = server.api(jane)
    samples = add_samples.sync(
        client=api, owner="jane", dataset="flowers",
        body=[SampleCreate.from_dict({"name": f"s{i}", "attributes": {"image": {"url": f"u{i}"}}}) for i in range(3)],
    )  # fmt: skip
    assert isinstance(samples, list)
    label = {"attributes": {"annotations": [{"id": 1, "category_id": 1, "type": "point", "points": [[1, 2]]}]}}
    assert server.http(jane).put(f"/labels/{samples[0].uuid}/ground-truth/", json=label).status_code == 201
    plain = clone_dataset.sync(client=api, owner="jane", dataset="flowers", body=DatasetClone())
    assert isinstance(plain, Dataset) and plain.name == "flowers-clone" and plain.cloned_from == "jane/flowers"
    assert plain.task_type == TaskType.BBOXES and plain.public is False
    assert plain.samples_count == 3 and plain.label_stats.labeled == 0
    full = clone_dataset.sync(
        client=api, owner="jane", dataset="flowers", body=DatasetClone(name="copy", clone_labels=True)
    )
    assert isinstance(full, Dataset) and full.label_stats.prelabeled == 1
    names = [s.name for s in list_samples.sync(client=api, owner="jane", dataset="copy")]  # type: ignore[union-attr]
    assert names == ["s0", "s1", "s2"]
    clash = clone_dataset.sync_detailed(client=api, owner="jane", dataset="flowers", body=DatasetClone(name="copy"))
    assert clash.status_code == 409


def test_collaborators(server: LocalServer, jane: str, john: str) -> None:
    _create(server, jane, "flowers")
    api = server.api(jane)
    added = add_dataset_collaborator.sync_detailed(
        client=api, owner="jane", dataset="flowers", body=CollaboratorCreate(user="john", role=Role.REVIEWER)
    )
    assert added.status_code == 201
    assert added.parsed.user.username == "john" and added.parsed.role == Role.REVIEWER  # type: ignore[union-attr]
    assert added.parsed.user.is_organization is False  # type: ignore[union-attr]
    twice = add_dataset_collaborator.sync_detailed(
        client=api, owner="jane", dataset="flowers", body=CollaboratorCreate(user="john")
    )
    assert twice.status_code == 409 and "is already a collaborator" in twice.parsed.detail  # type: ignore[union-attr]
    unknown = add_dataset_collaborator.sync_detailed(
        client=api, owner="jane", dataset="flowers", body=CollaboratorCreate(user="ghost")
    )
    assert unknown.status_code == 404 and "not found" in unknown.parsed.detail  # type: ignore[union-attr]
    owner = add_dataset_collaborator.sync_detailed(
        client=api, owner="jane", dataset="flowers", body=CollaboratorCreate(user="jane")
    )
    assert owner.status_code == 400 and "cannot be added as collaborator" in owner.parsed.detail  # type: ignore[union-attr]
    john_view = get_dataset.sync(client=server.api(john), owner="jane", dataset="flowers")
    assert isinstance(john_view, Dataset) and john_view.role == "reviewer"
    changed = update_dataset_collaborator.sync(
        client=api, owner="jane", dataset="flowers", username="john", body=CollaboratorUpdate(role=Role.MANAGER)
    )
    assert changed.role == Role.MANAGER  # type: ignore[union-attr]
    fetched = get_dataset_collaborator.sync(client=api, owner="jane", dataset="flowers", username="john")
    assert fetched.role == Role.MANAGER  # type: ignore[union-attr]
    assert get_dataset.sync(client=api, owner="jane", dataset="flowers").collaborators_count == 1  # type: ignore[union-attr]
    gone = delete_dataset_collaborator.sync_detailed(client=api, owner="jane", dataset="flowers", username="john")
    assert gone.status_code == 204
    assert get_dataset.sync_detailed(client=server.api(john), owner="jane", dataset="flowers").status_code == 404
