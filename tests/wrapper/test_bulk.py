"""Bulk sample creation (sync): batches, finding the failing items, progress, nothing dropped."""

from __future__ import annotations

import pytest
from segments_client import BulkError, SegmentsClient, ValidationError

from tests.task_examples import SAMPLES


def test_failing_items_are_reported_and_the_rest_created(client: SegmentsClient, username: str) -> None:
    identifier = f"{username}/bulk"
    client.add_dataset("bulk", task_type="bboxes")
    items = [{"name": f"s{i:03d}", "attributes": SAMPLES["bboxes"]} for i in range(250)]
    items[3] = {"name": "bad-3", "attributes": {"frames": []}}
    items[201] = {"name": "bad-201", "attributes": SAMPLES["pointcloud-cuboid"]}
    progress: list[tuple[int, int]] = []
    with pytest.raises(BulkError) as failure:
        client.add_samples(
            identifier, items, batch_size=100, progress=lambda done, total: progress.append((done, total))
        )
    assert [(f.index, f.item["name"]) for f in failure.value.failed] == [(3, "bad-3"), (201, "bad-201")]
    assert all(isinstance(f.error, ValidationError) for f in failure.value.failed)
    assert "2 of 250 items failed" in str(failure.value)
    assert [s.name for s in failure.value.succeeded] == [i["name"] for n, i in enumerate(items) if n not in (3, 201)]
    assert progress[-1] == (250, 250)
    assert len(list(client.iter_samples(identifier))) == 248


def test_validation_of_arguments(client: SegmentsClient) -> None:
    with pytest.raises(ValueError, match="batch_size"):
        client.add_samples("a/b", [], batch_size=0)
    with pytest.raises(ValueError, match="1 to 1000"):
        client.delete_samples("a/b", [])
    with pytest.raises(ValueError, match="labelset"):
        client.get_samples("a/b", include_full_label=True)


def test_duplicate_names_in_one_request_resolve_to_one_sample(client: SegmentsClient, username: str) -> None:
    """The server refuses repeated names in one request; split up, the second finds the first."""
    client.add_dataset("dups", task_type="bboxes")
    item = {"name": "same", "attributes": SAMPLES["bboxes"]}
    first, second = client.add_samples(f"{username}/dups", [item, item], progress=False)
    assert first.uuid == second.uuid
    assert [s.name for s in client.get_samples(f"{username}/dups")] == ["same"]
