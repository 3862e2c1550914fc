"""Labels for every task type, label rules, labelsets, issues and workunits."""

from __future__ import annotations

import pytest
from segments_api_client.api.issues import add_issue, delete_issue, list_issues, update_issue
from segments_api_client.api.labels import add_label, delete_label, get_label, update_label
from segments_api_client.api.labelsets import add_labelset, delete_labelset, get_labelset, list_labelsets
from segments_api_client.api.workunits import list_workunits
from segments_api_client.models import (
    Error,
    Issue,
    IssueCreate,
    IssueStatus,
    IssueTrackAnchor,
    IssueUpdate,
    Label,
    LabelCreate,
    LabelsetCreate,
    LabelStatus,
    LabelUpdate,
    ListWorkunitsSort,
)

from tests.local_server import LocalServer
from tests.task_examples import LABELS, SAMPLES, TASK_ATTRIBUTES


def _dataset_with_sample(server: LocalServer, key: str, task_type: str, name: str = "ds") -> str:
    http = server.http(key)
    body = {"name": name, "task_type": task_type, "task_attributes": TASK_ATTRIBUTES}
    assert http.post("/user/datasets/", json=body).status_code == 201
    sample = http.post(f"/datasets/jane/{name}/samples/", json={"name": "s1", "attributes": SAMPLES[task_type]})
    assert sample.status_code == 201, sample.text
    return str(sample.json()["uuid"])


@pytest.mark.parametrize("task_type", sorted(LABELS))
def test_label_round_trip_for_every_task_type(server: LocalServer, jane: str, task_type: str) -> None:
    uuid = _dataset_with_sample(server, jane, task_type)
    api = server.api(jane)
    body = LabelCreate.from_dict({"attributes": LABELS[task_type], "score": 0.75})
    created = add_label.sync_detailed(client=api, sample_uuid=uuid, labelset="ground-truth", body=body)
    assert created.status_code == 201, created.content
    label = get_label.sync(client=api, sample_uuid=uuid, labelset="ground-truth")
    assert isinstance(label, Label)
    assert label.label_type == task_type and label.label_status == LabelStatus.PRELABELED and label.score == 0.75
    assert label.created_by == "jane" and label.updated_by == "jane"
    raw = server.http(jane).get(f"/labels/{uuid}/ground-truth/").json()
    assert raw["attributes"] == LABELS[task_type], "attributes come back exactly as written"


def test_label_must_fit_the_task_type(server: LocalServer, jane: str) -> None:
    uuid = _dataset_with_sample(server, jane, "pointcloud-cuboid")
    http = server.http(jane)
    wrong_shape = http.put(f"/labels/{uuid}/ground-truth/", json={"attributes": LABELS["bboxes"]})
    assert wrong_shape.status_code == 400 and "pointcloud-cuboid" in wrong_shape.json()["detail"]
    assert http.get(f"/labels/{uuid}/ground-truth/").status_code == 404, "nothing was written"
    # Like the real API, category ids are stored as given (pre-labels may use ids not configured yet).
    other = {"annotations": [{**LABELS["pointcloud-cuboid"]["annotations"][0], "category_id": 7}]}
    assert http.put(f"/labels/{uuid}/ground-truth/", json={"attributes": other}).status_code == 201


def test_pointcloud_vector_shapes_may_be_flat(server: LocalServer, jane: str) -> None:
    """The official SDK's own tests upload 2D polygons in point-cloud vector sequences."""
    uuid = _dataset_with_sample(server, jane, "pointcloud-vector-sequence")
    polygon = {"id": 3, "category_id": 2, "type": "polygon", "points": [[12.3, 56.7], [90.1, 34.5], [78.9, 23.4]],
               "is_keyframe": False, "track_id": 8}  # fmt: skip
    body = {"attributes": {"format_version": "0.2", "frames": [{"format_version": "0.2", "annotations": [polygon]}]}}
    assert server.http(jane).put(f"/labels/{uuid}/ground-truth/", json=body).status_code == 201


def test_replace_update_delete(server: LocalServer, jane: str, john: str) -> None:
    uuid = _dataset_with_sample(server, jane, "bboxes")
    api = server.api(jane)
    first = LabelCreate.from_dict({"attributes": LABELS["bboxes"]})
    assert add_label.sync_detailed(client=api, sample_uuid=uuid, labelset="ground-truth", body=first).status_code == 201
    replaced = add_label.sync_detailed(client=api, sample_uuid=uuid, labelset="ground-truth", body=first)
    assert replaced.status_code == 200
    reviewed = update_label.sync(
        client=api, sample_uuid=uuid, labelset="ground-truth", body=LabelUpdate(label_status=LabelStatus.REVIEWED)
    )
    assert (
        isinstance(reviewed, Label) and reviewed.label_status == LabelStatus.REVIEWED and reviewed.reviewed_by == "jane"
    )
    assert server.http(jane).get(f"/labels/{uuid}/ground-truth/").json()["attributes"] == LABELS["bboxes"]
    assert delete_label.sync_detailed(client=api, sample_uuid=uuid, labelset="ground-truth").status_code == 204
    missing = update_label.sync_detailed(client=api, sample_uuid=uuid, labelset="ground-truth", body=LabelUpdate())
    assert missing.status_code == 404
    assert get_label.sync_detailed(client=api, sample_uuid=uuid, labelset="nope").status_code == 404
    assert get_label.sync_detailed(client=api, sample_uuid="12345", labelset="ground-truth").status_code == 404


def test_label_stats_follow_ground_truth(server: LocalServer, jane: str) -> None:
    uuid = _dataset_with_sample(server, jane, "bboxes")
    server.http(jane).post("/datasets/jane/ds/samples/", json={"name": "s2", "attributes": SAMPLES["bboxes"]})
    server.http(jane).put(
        f"/labels/{uuid}/ground-truth/", json={"attributes": LABELS["bboxes"], "label_status": "LABELED"}
    )
    stats = server.http(jane).get("/datasets/jane/ds/").json()["label_stats"]
    assert stats["LABELED"] == 1 and stats["UNLABELED"] == 1 and stats["TOTAL"] == 2


def test_labelsets(server: LocalServer, jane: str) -> None:
    uuid = _dataset_with_sample(server, jane, "bboxes")
    api = server.api(jane)
    created = add_labelset.sync_detailed(
        client=api,
        owner="jane",
        dataset="ds",
        body=LabelsetCreate.from_dict({"name": "model", "description": "m", "attributes": "{}"}),
    )
    assert created.status_code == 201 and created.parsed.is_groundtruth is False  # type: ignore[union-attr]
    again = add_labelset.sync_detailed(client=api, owner="jane", dataset="ds", body=LabelsetCreate(name="model"))
    assert again.status_code == 409 and "already exists" in again.parsed.detail  # type: ignore[union-attr]
    names = [ls.name for ls in list_labelsets.sync(client=api, owner="jane", dataset="ds")]  # type: ignore[union-attr]
    assert names == ["ground-truth", "model"]
    assert get_labelset.sync(client=api, owner="jane", dataset="ds", labelset="model").description == "m"  # type: ignore[union-attr]
    server.http(jane).put(f"/labels/{uuid}/model/", json={"attributes": LABELS["bboxes"]})
    gt = delete_labelset.sync_detailed(client=api, owner="jane", dataset="ds", labelset="ground-truth")
    assert gt.status_code == 400
    assert delete_labelset.sync_detailed(client=api, owner="jane", dataset="ds", labelset="model").status_code == 204
    assert server.http(jane).get(f"/labels/{uuid}/model/").status_code == 404


def test_issues(server: LocalServer, jane: str) -> None:
    uuid = _dataset_with_sample(server, jane, "bboxes")
    api = server.api(jane)
    body = IssueCreate(
        description="box too loose", anchor=IssueTrackAnchor.from_dict({"type": "track", "trackNumber": 3})
    )
    created = add_issue.sync(client=api, sample_uuid=uuid, body=body)
    assert isinstance(created, Issue) and created.status == IssueStatus.OPEN and created.sample_name == "s1"
    assert created.comments == [] and created.created_by == "jane"
    assert isinstance(created.anchor, IssueTrackAnchor) and created.anchor.track_number == 3
    closed = update_issue.sync(client=api, issue_uuid=str(created.uuid), body=IssueUpdate(status=IssueStatus.CLOSED))
    assert isinstance(closed, Issue) and closed.status == IssueStatus.CLOSED
    listed = list_issues.sync(client=api, owner="jane", dataset="ds")
    assert [i.uuid for i in listed] == [created.uuid]  # type: ignore[union-attr]
    assert add_issue.sync_detailed(client=api, sample_uuid="12345", body=body).status_code == 404
    assert update_issue.sync_detailed(client=api, issue_uuid="12345", body=IssueUpdate()).status_code == 404
    assert delete_issue.sync_detailed(client=api, issue_uuid=str(created.uuid)).status_code == 204
    assert list_issues.sync(client=api, owner="jane", dataset="ds") == []


def test_workunits_are_recorded_per_label_write(server: LocalServer, jane: str) -> None:
    uuid = _dataset_with_sample(server, jane, "bboxes")
    http = server.http(jane)
    http.put(f"/labels/{uuid}/ground-truth/", json={"attributes": LABELS["bboxes"], "label_status": "LABELED"})
    http.patch(f"/labels/{uuid}/ground-truth/", json={"label_status": "REVIEWED"})
    api = server.api(jane)
    newest_first = list_workunits.sync(client=api, owner="jane", dataset="ds")
    assert [(w.work_type, w.next_label_status) for w in newest_first] == [("review", "REVIEWED"), ("label", "LABELED")]  # type: ignore[union-attr]
    oldest_first = list_workunits.sync(
        client=api, owner="jane", dataset="ds", sort=ListWorkunitsSort.CREATED_AT, per_page=1, page=2
    )
    assert [w.next_label_status for w in oldest_first] == ["REVIEWED"]  # type: ignore[union-attr]
    future = list_workunits.sync(client=api, owner="jane", dataset="ds", start="2999-01-01T00:00:00")
    assert future == []
    assert http.get("/datasets/jane/ds/workunits/?start=yesterday").status_code == 400
    metrics = http.get("/datasets/jane/ds/workunits/?include_session_time_metrics=true").json()
    assert "session_time_metrics" in metrics[0]
    assert isinstance(list_workunits.sync_detailed(client=api, owner="jane", dataset="ds", page=3).parsed, Error)
