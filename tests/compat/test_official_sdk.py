"""Every API-calling method of the official SDK works unmodified against the reference server."""

from __future__ import annotations

import io
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from segments import SegmentsClient, SegmentsDataset
from segments.exceptions import AlreadyExistsError, AuthenticationError, NetworkError, NotFoundError
from segments.typing import LabelStatus, Role
from segments.utils import load_release

from tests.local_server import RunningServer
from tests.task_examples import LABELS, SAMPLES, TASK_ATTRIBUTES


def _png(pixels: np.ndarray) -> io.BytesIO:
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


def test_users_and_datasets(sdk: SegmentsClient, live: RunningServer, owner: tuple[str, str]) -> None:
    username = owner[0]
    assert sdk.get_user().username == username
    live.local.create_user(f"{username}-other")
    assert sdk.get_user(f"{username}-other").is_organization is False
    dataset = sdk.add_dataset(
        "flowers", "Street flowers", task_type="bboxes", task_attributes=TASK_ATTRIBUTES, metadata={"a": 1}
    )
    assert dataset.full_name == f"{username}/flowers" and dataset.task_attributes.categories[0].name == "car"
    with pytest.raises(AlreadyExistsError):
        sdk.add_dataset("flowers")
    live.local.create_org(f"{username}-org", owner=username)
    org_dataset = sdk.add_dataset("shared", organization=f"{username}-org", task_type="pointcloud-cuboid")
    assert org_dataset.owner.username == f"{username}-org"
    assert [d.name for d in sdk.get_datasets()] == ["flowers", "shared"]
    assert [d.name for d in sdk.get_datasets(user=f"{username}-org")] == ["shared"]
    updated = sdk.update_dataset(dataset.full_name, description="New", enable_ratings=True, metadata={"b": 2})
    assert updated.description == "New" and updated.enable_ratings is True and updated.metadata == {"b": 2}
    assert sdk.get_dataset(dataset.full_name).label_stats.TOTAL == 0
    clone = sdk.clone_dataset(dataset.full_name)
    assert clone.name == "flowers-clone" and clone.task_type == "bboxes" and clone.public is False
    sdk.delete_dataset(clone.full_name)
    with pytest.raises(NotFoundError):
        sdk.get_dataset(clone.full_name)


def test_own_username_as_organization(sdk: SegmentsClient, owner: tuple[str, str]) -> None:
    """The SDK's own tests pass the dataset owner as `organization`, which may be the caller."""
    username = owner[0]
    dataset = sdk.add_dataset("mine", organization=username)
    assert dataset.full_name == f"{username}/mine"
    clone = sdk.clone_dataset(dataset.full_name, organization=username)
    assert clone.full_name == f"{username}/mine-clone" and clone.owner.username == username


def test_collaborators(sdk: SegmentsClient, live: RunningServer, owner: tuple[str, str]) -> None:
    username = owner[0]
    friend = f"{username}-friend"
    live.local.create_user(friend)
    identifier = sdk.add_dataset("collab").full_name
    added = sdk.add_dataset_collaborator(identifier, friend, role=Role.REVIEWER)
    assert added.user.username == friend and added.role == "reviewer"
    assert sdk.get_dataset_collaborator(identifier, friend).role == "reviewer"
    assert sdk.update_dataset_collaborator(identifier, friend, role=Role.ADMIN).role == "admin"
    sdk.delete_dataset_collaborator(identifier, friend)
    with pytest.raises(NotFoundError):
        sdk.get_dataset_collaborator(identifier, friend)


def test_samples(sdk: SegmentsClient, live: RunningServer, owner: tuple[str, str]) -> None:
    username = owner[0]
    live.local.create_user(f"{username}-labeler")
    identifier = sdk.add_dataset("samples", task_type="vector").full_name
    first = sdk.add_sample(identifier, "a.jpg", SAMPLES["vector"], metadata={"weather": "sunny"}, priority=3)
    plain = sdk.add_sample(identifier, "b.jpg", SAMPLES["vector"], assigned_labeler=username, enable_compression=False)
    assert first.dataset_full_name == identifier and first.priority == 3 and first.metadata == {"weather": "sunny"}
    bulk = sdk.add_samples(identifier, [{"name": f"c{i}.jpg", "attributes": SAMPLES["vector"]} for i in range(3)])
    assert [s.name for s in bulk] == ["c0.jpg", "c1.jpg", "c2.jpg"]
    bulk_plain = sdk.add_samples(
        identifier, [{"name": "d.jpg", "attributes": SAMPLES["vector"]}], enable_compression=False
    )
    assert bulk_plain[0].name == "d.jpg"
    assert [s.name for s in sdk.get_samples(identifier, per_page=2, page=1)] == ["a.jpg", "b.jpg"]
    assert [s.name for s in sdk.get_samples(identifier, name="c", sort="name", direction="desc")] == [
        "c2.jpg",
        "c1.jpg",
        "c0.jpg",
    ]
    assert [s.name for s in sdk.get_samples(identifier, metadata=["weather:sunny"])] == ["a.jpg"]
    assert sdk.get_samples(identifier, sort="priority", direction="desc")[0].name == "a.jpg"
    assert len(sdk.get_samples(identifier, label_status=[LabelStatus.UNLABELED])) == 6
    with pytest.raises(NotFoundError):
        sdk.get_samples(identifier, page=99)
    updated = sdk.update_sample(first.uuid, metadata={"weather": "rain"}, assigned_reviewer=f"{username}-labeler")
    assert updated.metadata == {"weather": "rain"} and updated.assigned_reviewer == f"{username}-labeler"
    unassigned = sdk.update_sample(plain.uuid, assigned_labeler=None)
    assert unassigned.assigned_labeler is None
    assert sdk.get_sample(first.uuid, include_signed_url=True).name == "a.jpg"
    assert sdk.delete_samples(identifier, [bulk[0].uuid, bulk[1].uuid, "unknown-uuid"]).deleted_count == 2
    sdk.delete_sample(bulk[2].uuid)
    with pytest.raises(NotFoundError):
        sdk.get_sample(bulk[2].uuid)
    assert len(sdk.get_samples(identifier)) == 3


@pytest.mark.parametrize("task_type", sorted(LABELS))
def test_labels_for_every_task_type(sdk: SegmentsClient, task_type: str) -> None:
    name = f"labels-{task_type}"
    identifier = sdk.add_dataset(name, task_type=task_type, task_attributes=TASK_ATTRIBUTES).full_name
    sample = sdk.add_sample(identifier, "s", SAMPLES[task_type])
    label = sdk.add_label(sample.uuid, "ground-truth", LABELS[task_type], score=0.5)
    assert label.label_status == "PRELABELED" and label.label_type == task_type
    fetched = sdk.get_label(sample.uuid, "ground-truth")
    assert fetched.attributes.model_dump(exclude_unset=True, by_alias=True) == LABELS[task_type]
    updated = sdk.update_label(sample.uuid, "ground-truth", label_status=LabelStatus.LABELED)
    assert updated.label_status == "LABELED"
    summary = sdk.get_samples(identifier, labelset="ground-truth")[0].label
    assert summary.label_status == "LABELED"
    full = sdk.get_samples(identifier, labelset="ground-truth", include_full_label=True)[0].label
    assert full.labelset == "ground-truth" and full.attributes is not None
    assert sdk.get_sample(sample.uuid, labelset="ground-truth").label.label_status == "LABELED"
    sdk.delete_label(sample.uuid, "ground-truth")
    with pytest.raises(NotFoundError):
        sdk.get_label(sample.uuid, "ground-truth")


def test_labelsets_issues_workunits(sdk: SegmentsClient) -> None:
    identifier = sdk.add_dataset("misc", task_type="bboxes", task_attributes=TASK_ATTRIBUTES).full_name
    sample = sdk.add_sample(identifier, "s", SAMPLES["bboxes"])
    created = sdk.add_labelset(identifier, "predictions", "model v1")
    assert created.name == "predictions" and created.is_groundtruth is False
    assert [ls.name for ls in sdk.get_labelsets(identifier)] == ["ground-truth", "predictions"]
    assert sdk.get_labelset(identifier, "predictions").description == "model v1"
    sdk.add_label(sample.uuid, "predictions", LABELS["bboxes"], score=0.3)
    sdk.delete_labelset(identifier, "predictions")
    with pytest.raises(NotFoundError):
        sdk.get_labelset(identifier, "predictions")
    issue = sdk.add_issue(sample.uuid, "Box too loose")
    assert issue.status == "OPEN" and issue.sample_name == "s" and issue.comments == []
    assert sdk.update_issue(issue.uuid, status="CLOSED", description="Fixed").status == "CLOSED"
    assert [i.description for i in sdk.get_issues(identifier)] == ["Fixed"]
    sdk.delete_issue(issue.uuid)
    assert sdk.get_issues(identifier) == []
    sdk.add_label(sample.uuid, "ground-truth", LABELS["bboxes"], label_status=LabelStatus.LABELED)
    units = sdk.get_workunits(identifier, include_session_time_metrics=True, start="2000-01-01T00:00:00")
    assert [u.next_label_status for u in units] == ["LABELED", "PRELABELED"] and units[0].sample_uuid == sample.uuid


def test_assets_and_releases(sdk: SegmentsClient, live: RunningServer, tmp_path: Path) -> None:
    identifier = sdk.add_dataset("release", task_type="segmentation-bitmap", task_attributes=TASK_ATTRIBUTES).full_name
    image = sdk.upload_asset(_png(np.full((8, 8, 3), 200, dtype=np.uint8)), filename="image.png")
    bitmap_pixels = np.zeros((8, 8, 4), dtype=np.uint8)
    bitmap_pixels[2:5, 2:5] = [1, 0, 0, 255]
    bitmap = sdk.upload_asset(_png(bitmap_pixels), filename="label.png")
    assert image.url.startswith(live.url) and bitmap.url.endswith(".png")
    labeled = sdk.add_sample(identifier, "labeled", {"image": {"url": image.url}})
    sdk.add_sample(identifier, "unlabeled", {"image": {"url": image.url}})
    attributes = {
        "format_version": "0.1",
        "annotations": [{"id": 1, "category_id": 1}],
        "segmentation_bitmap": {"url": bitmap.url},
    }
    sdk.add_label(labeled.uuid, "ground-truth", attributes, label_status=LabelStatus.REVIEWED)
    release = sdk.add_release(identifier, "v1", "first")
    assert release.status in ("PENDING", "SUCCEEDED")
    with pytest.raises(AlreadyExistsError):
        sdk.add_release(identifier, "v1")
    deadline = time.monotonic() + 30
    while release.status == "PENDING" and time.monotonic() < deadline:
        time.sleep(0.1)
        release = sdk.get_release(identifier, "v1")
    assert release.status == "SUCCEEDED" and release.samples_count == 2
    assert [r.name for r in sdk.get_releases(identifier)] == ["v1"]
    assert load_release(release)["dataset"]["name"] == "release"
    dataset = SegmentsDataset(release, labelset="ground-truth", segments_dir=str(tmp_path), preload=False)
    assert len(dataset) == 2
    item = next(s for s in dataset if s["name"] == "labeled")
    assert item["annotations"][0]["category_id"] == 1
    assert (
        int(np.asarray(item["segmentation_bitmap"])[3, 3]) == 1
        and int(np.asarray(item["segmentation_bitmap"])[0, 0]) == 0
    )
    reviewed = SegmentsDataset(release, filter_by=["REVIEWED"], segments_dir=str(tmp_path), load_images=False)
    assert [s["name"] for s in reviewed] == ["labeled"]
    sdk.delete_release(identifier, "v1")
    with pytest.raises(NotFoundError):
        sdk.get_release(identifier, "v1")


def test_error_mapping(sdk: SegmentsClient, live: RunningServer, owner: tuple[str, str]) -> None:
    stranger = f"{owner[0]}-stranger"
    stranger_sdk = SegmentsClient(live.local.create_user(stranger), api_url=live.url)
    stranger_sdk.add_dataset("empty-dataset-for-authorization-tests")
    with pytest.raises(NotFoundError):
        sdk.get_dataset(f"{stranger}/empty-dataset-for-authorization-tests")
    with pytest.raises(NotFoundError):
        sdk.get_sample("12345")
    for call in (
        sdk.get_dataset,
        sdk.update_dataset,
        sdk.delete_dataset,
        sdk.get_samples,
        sdk.get_labelsets,
        sdk.get_releases,
    ):
        with pytest.raises(NotFoundError):
            call("abcde")
    for call in (
        lambda: sdk.clone_dataset("abcde"),
        lambda: sdk.add_labelset("abcde", "x"),
        lambda: sdk.add_release("abcde", "x"),
    ):
        with pytest.raises(NetworkError):
            call()
    for call in (lambda: sdk.update_sample("12345", name="x"), lambda: sdk.delete_sample("12345"),
                 lambda: sdk.add_issue("12345", "x"), lambda: sdk.update_issue("12345", "x")):  # fmt: skip
        with pytest.raises(NotFoundError):
            call()
    with pytest.raises(NotFoundError):
        sdk.get_user("abcde" * 10)
    with pytest.raises(NotFoundError):
        sdk.delete_samples("nonexistent/dataset", ["x"])
    with pytest.raises(AuthenticationError):
        SegmentsClient("12345", api_url=live.url)
    stranger_sdk.close()
