"""Every method of SegmentsClient against the live reference server."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest
from segments_client import (
    AlreadyExistsError,
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    PermissionDeniedError,
    SegmentsClient,
    ValidationError,
    models,
)

from tests.local_server import RunningServer
from tests.task_examples import LABELS, SAMPLES, TASK_ATTRIBUTES


def test_datasets_and_collaborators(client: SegmentsClient, live: RunningServer, username: str) -> None:
    me = client.get_user()
    assert me.username == username
    dataset = client.add_dataset("flowers", task_type="bboxes", task_attributes=TASK_ATTRIBUTES, metadata={"k": "v"})
    identifier = f"{username}/flowers"
    assert dataset.full_name == identifier and dataset.task_type == "bboxes"
    assert client.get_dataset(identifier).metadata.to_dict() == {"k": "v"}
    assert client.update_dataset(identifier, description="d", enable_ratings=True).enable_ratings is True
    assert [d.name for d in client.get_datasets()] == ["flowers"]
    assert [d.name for d in client.get_datasets(user=username)] == ["flowers"]
    clone = client.clone_dataset(identifier, new_name="flowers-copy", new_public=True)
    assert clone.public is True and clone.cloned_from == identifier
    other = f"{username}-friend"
    live.local.create_user(other)
    assert client.add_dataset_collaborator(identifier, other, role="reviewer").role == "reviewer"
    assert client.get_dataset_collaborator(identifier, other).user.username == other
    assert client.update_dataset_collaborator(identifier, other, role="admin").role == "admin"
    assert client.get_user(other).username == other
    client.delete_dataset_collaborator(identifier, other)
    with pytest.raises(NotFoundError):
        client.get_dataset_collaborator(identifier, other)
    client.delete_dataset(f"{username}/flowers-copy")
    with pytest.raises(NotFoundError) as missing:
        client.get_dataset(f"{username}/flowers-copy")
    assert missing.value.status_code == 404 and missing.value.detail == "Not found."
    assert missing.value.method == "GET" and missing.value.url.endswith(f"/datasets/{username}/flowers-copy/")
    assert client.check_api_key().status == "ok"


def test_samples_labels_labelsets_issues(client: SegmentsClient, username: str) -> None:
    identifier = f"{username}/ds"
    client.add_dataset("ds", task_type="pointcloud-cuboid", task_attributes=TASK_ATTRIBUTES)
    sample = client.add_sample(
        identifier, "scan-1", SAMPLES["pointcloud-cuboid"], metadata={"city": "Ghent"}, priority=2
    )
    uuid = str(sample.uuid)
    assert client.get_sample(uuid).metadata.to_dict() == {"city": "Ghent"}
    updated = client.update_sample(uuid, priority=5, assigned_labeler=username)
    assert updated.priority == 5 and updated.assigned_labeler == username
    assert client.update_sample(uuid, assigned_labeler=None).assigned_labeler is None
    label = client.add_label(uuid, "ground-truth", LABELS["pointcloud-cuboid"], score=0.9)
    assert label.label_status == "PRELABELED" and label.score == 0.9
    assert isinstance(client.get_label(uuid).attributes, models.PointcloudCuboidLabelAttributes)
    assert client.update_label(uuid, "ground-truth", label_status="LABELED").label_status == "LABELED"
    with_label = client.get_samples(identifier, labelset="ground-truth", include_full_label=True)
    assert isinstance(with_label[0].label, models.Label)
    assert [s.name for s in client.get_samples(identifier, label_status=["LABELED"])] == ["scan-1"]
    assert client.get_samples(identifier, metadata=["city:Paris"]) == []
    assert client.get_sample(uuid, labelset="ground-truth").label is not None
    client.delete_label(uuid, "ground-truth")
    with pytest.raises(NotFoundError):
        client.get_label(uuid)
    assert client.add_labelset(identifier, "predictions", "model v1").name == "predictions"
    assert [ls.name for ls in client.get_labelsets(identifier)] == ["ground-truth", "predictions"]
    assert client.get_labelset(identifier, "predictions").description == "model v1"
    client.delete_labelset(identifier, "predictions")
    issue = client.add_issue(uuid, "wrong yaw", anchor={"type": "basic"})
    assert client.update_issue(str(issue.uuid), status="CLOSED").status == "CLOSED"
    assert [i.description for i in client.get_issues(identifier)] == ["wrong yaw"]
    client.delete_issue(str(issue.uuid))
    workunits = client.get_workunits(identifier)
    assert [w.next_label_status for w in workunits] == ["LABELED", "PRELABELED"]
    assert [w.next_label_status for w in client.iter_workunits(identifier, per_page=1, direction="asc")] == [
        "PRELABELED",
        "LABELED",
    ]
    more = client.add_samples(
        identifier, [{"name": f"scan-{i}", "attributes": SAMPLES["pointcloud-cuboid"]} for i in (2, 3)]
    )
    assert [s.name for s in more] == ["scan-2", "scan-3"]
    assert client.delete_samples(identifier, [str(s.uuid) for s in more]).deleted_count == 2
    client.delete_sample(uuid)
    assert client.get_samples(identifier) == []


def test_releases_and_assets(client: SegmentsClient, username: str, tmp_path: Path) -> None:
    identifier = f"{username}/rel"
    client.add_dataset("rel", task_type="segmentation-bitmap")
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG fake image")
    asset = client.upload_asset(image)
    assert asset.filename == "photo.png"
    assert httpx.get(asset.url).content == b"\x89PNG fake image"
    from_stream = client.upload_asset(io.BytesIO(b"bitmap"), filename="bitmap.png")
    assert from_stream.url.endswith(".png") and httpx.get(from_stream.url).content == b"bitmap"
    sample = client.add_sample(identifier, "photo", {"image": {"url": asset.url}})
    client.add_label(
        str(sample.uuid),
        "ground-truth",
        {"annotations": [{"id": 1, "category_id": 1}], "segmentation_bitmap": {"url": from_stream.url}},
        label_status="LABELED",
    )
    assert client.add_release(identifier, "v1", "first").status == "PENDING"
    assert client.wait_for_release(identifier, "v1", timeout=30, poll_interval=0.05).status == "SUCCEEDED"
    content = client.download_release(identifier, "v1")
    assert content["dataset"]["samples"][0]["labels"]["ground-truth"]["label_status"] == "LABELED"
    assert [r.name for r in client.get_releases(identifier)] == ["v1"]
    with pytest.raises(AlreadyExistsError):
        client.add_release(identifier, "v1")
    client.delete_release(identifier, "v1")
    with pytest.raises(NotFoundError):
        client.get_release(identifier, "v1")


def test_pagination_over_several_pages(client: SegmentsClient, username: str) -> None:
    identifier = f"{username}/many"
    client.add_dataset("many", task_type="vector")
    samples = [{"name": f"s{i:05d}", "attributes": SAMPLES["vector"]} for i in range(2500)]
    assert len(client.add_samples(identifier, samples, batch_size=1000, progress=False)) == 2500
    names = [s.name for s in client.iter_samples(identifier, per_page=1000)]
    assert names == [f"s{i:05d}" for i in range(2500)]
    assert len(list(client.iter_samples(identifier, per_page=500))) == 2500, "exactly full last page"
    assert [s.name for s in client.iter_samples(identifier, per_page=1000, name="s0249")][:2] == ["s02490", "s02491"]
    client.add_dataset("other")
    assert [d.name for d in client.iter_datasets(per_page=1)] == ["many", "other"]


def test_errors_come_from_status_codes(client: SegmentsClient, live: RunningServer, username: str) -> None:
    client.add_dataset("private")
    stranger = SegmentsClient(live.local.create_user(f"{username}-stranger"), live.url)
    with pytest.raises(NotFoundError):
        stranger.get_dataset(f"{username}/private")
    client.update_dataset(f"{username}/private", public=True)
    with pytest.raises(PermissionDeniedError) as denied:
        stranger.update_dataset(f"{username}/private", description="mine now")
    assert denied.value.detail == "You do not have permission to perform this action."
    with pytest.raises(AlreadyExistsError):
        client.add_dataset("private")
    with pytest.raises(ValidationError) as invalid:
        client.add_sample(f"{username}/private", "s", {"pcd": {"url": "u", "type": "pcd"}})
    assert invalid.value.status_code == 400 and invalid.value.errors["attributes"]
    with pytest.raises(AuthenticationError) as unauthenticated:
        SegmentsClient("wrong-key", live.url).get_user()
    assert unauthenticated.value.detail == "Invalid token."
    with pytest.raises(NotFoundError):
        client.get_sample("12345")
    with pytest.raises(ValueError, match="owner/name"):
        client.get_dataset("abcde")
    stranger.close()


def test_configuration_from_environment(live: RunningServer, api_key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEGMENTS_API_KEY", api_key)
    monkeypatch.setenv("SEGMENTS_API_URL", live.url)
    with SegmentsClient() as client:
        assert client.base_url == live.url and client.get_user().username
    monkeypatch.delenv("SEGMENTS_API_KEY")
    with pytest.raises(ConfigurationError, match="SEGMENTS_API_KEY"):
        SegmentsClient()


def test_payload_too_large(tmp_path: Path) -> None:
    from segments_client import PayloadTooLargeError

    with RunningServer(tmp_path / "small", max_body_bytes=2000) as small:
        key = small.local.create_user("jane")
        with SegmentsClient(key, small.url) as client:
            client.add_dataset("ds")
            with pytest.raises(PayloadTooLargeError):
                client.add_sample("jane/ds", "big", {"image": {"url": "u"}}, metadata={"notes": "x" * 5000})


def test_raw_client_is_the_generated_one(client: SegmentsClient) -> None:
    from segments_api_client.api.users import get_user

    assert get_user.sync(client=client.raw).username  # type: ignore[union-attr]
