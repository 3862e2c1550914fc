"""Samples: create one and many, filters, sort, pagination, update, delete one and many."""

from __future__ import annotations

from typing import Any

import pytest
from segments_api_client.api.samples import (
    add_sample,
    add_samples,
    delete_sample,
    delete_samples,
    get_sample,
    list_samples,
    update_sample,
)
from segments_api_client.models import DeleteSamplesRequest, Error, Sample, SampleCreate, SampleSort, SampleUpdate
from sqlalchemy import event

from tests.local_server import LocalServer


@pytest.fixture
def flowers(server: LocalServer, jane: str) -> str:
    body = {"name": "flowers", "task_type": "bboxes", "task_attributes": {"categories": [{"id": 1, "name": "a"}]}}
    assert server.http(jane).post("/user/datasets/", json=body).status_code == 201
    return "flowers"


def _sample(name: str, **extra: Any) -> SampleCreate:
    return SampleCreate.from_dict({"name": name, "attributes": {"image": {"url": f"https://x/{name}"}}, **extra})


def _names(result: Any) -> list[str]:
    assert isinstance(result, list), result
    return [sample.name for sample in result]


def test_create_get_update_delete(server: LocalServer, jane: str, john: str, flowers: str) -> None:
    api = server.api(jane)
    created = add_sample.sync_detailed(
        client=api, owner="jane", dataset=flowers, body=_sample("a.jpg", metadata={"k": 1})
    )
    assert created.status_code == 201
    sample = created.parsed
    assert isinstance(sample, Sample) and sample.created_by == "jane" and sample.priority == 0
    assert sample.dataset_full_name == "jane/flowers" and sample.metadata.to_dict() == {"k": 1}
    duplicate = add_sample.sync_detailed(client=api, owner="jane", dataset=flowers, body=_sample("a.jpg"))
    assert duplicate.status_code == 409 and "already exists" in duplicate.parsed.detail  # type: ignore[union-attr]
    uuid = str(sample.uuid)
    assigned = update_sample.sync(
        client=api,
        sample_uuid=uuid,
        body=SampleUpdate.from_dict({"assigned_labeler": "john", "assigned_reviewer": "jane", "priority": 3}),
    )
    assert isinstance(assigned, Sample) and assigned.assigned_labeler == "john" and assigned.priority == 3
    unassigned = update_sample.sync(
        client=api, sample_uuid=uuid, body=SampleUpdate.from_dict({"assigned_labeler": None})
    )
    assert (
        isinstance(unassigned, Sample)
        and unassigned.assigned_labeler is None
        and unassigned.assigned_reviewer == "jane"
    )
    unknown_user = server.http(jane).patch(f"/samples/{uuid}/", json={"assigned_labeler": "ghost"})
    assert unknown_user.status_code == 400 and "ghost" in unknown_user.json()["detail"]
    fetched = get_sample.sync(client=api, sample_uuid=uuid)
    assert isinstance(fetched, Sample) and fetched.priority == 3
    assert delete_sample.sync_detailed(client=api, sample_uuid=uuid).status_code == 204
    for bad in (uuid, "12345", "not-a-uuid"):
        missing = get_sample.sync_detailed(client=api, sample_uuid=bad)
        assert (
            missing.status_code == 404 and isinstance(missing.parsed, Error) and missing.parsed.detail == "Not found."
        )


def test_attributes_must_fit_the_task_type(server: LocalServer, jane: str, flowers: str) -> None:
    http = server.http(jane)
    wrong = http.post(
        "/datasets/jane/flowers/samples/", json={"name": "p", "attributes": {"pcd": {"url": "u", "type": "pcd"}}}
    )
    assert wrong.status_code == 400 and "ImageSampleAttributes" in wrong.json()["detail"]
    assert (
        http.post(
            "/datasets/jane/flowers/samples/", json={"name": "p", "attributes": {"image": {"url": "url"}}}
        ).status_code
        == 201
    )


def test_bulk_create_is_idempotent_by_name(server: LocalServer, jane: str, flowers: str) -> None:
    api = server.api(jane)
    first = add_samples.sync(client=api, owner="jane", dataset=flowers, body=[_sample("a"), _sample("b")])
    again = add_samples.sync(client=api, owner="jane", dataset=flowers, body=[_sample("b", priority=9), _sample("c")])
    assert isinstance(first, list) and isinstance(again, list)
    assert again[0].uuid == first[1].uuid and again[0].priority == 0  # unchanged, not updated
    assert _names(list_samples.sync(client=api, owner="jane", dataset=flowers)) == ["a", "b", "c"]
    repeated = add_samples.sync_detailed(client=api, owner="jane", dataset=flowers, body=[_sample("d"), _sample("d")])
    assert repeated.status_code == 400
    bad_item = server.http(jane).post(
        "/datasets/jane/flowers/samples_bulk/",
        json=[{"name": "e", "attributes": {"image": {"url": "u"}}}, {"name": "f", "attributes": {"frames": []}}],
    )
    assert bad_item.status_code == 400 and "Sample 1 ('f')" in bad_item.json()["detail"]
    assert _names(list_samples.sync(client=api, owner="jane", dataset=flowers)) == ["a", "b", "c"], (
        "nothing half-written"
    )


def test_bulk_delete(server: LocalServer, jane: str, flowers: str) -> None:
    api = server.api(jane)
    created = add_samples.sync(client=api, owner="jane", dataset=flowers, body=[_sample(n) for n in "abc"])
    assert isinstance(created, list)
    body = DeleteSamplesRequest(uuids=[str(created[0].uuid), str(created[2].uuid), "12345"])
    result = delete_samples.sync(client=api, owner="jane", dataset=flowers, body=body)
    assert result.deleted_count == 2  # type: ignore[union-attr]
    assert _names(list_samples.sync(client=api, owner="jane", dataset=flowers)) == ["b"]
    nothing = delete_samples.sync(client=api, owner="jane", dataset=flowers, body=DeleteSamplesRequest(uuids=["x"]))
    assert nothing.deleted_count == 0  # type: ignore[union-attr]
    assert (
        delete_samples.sync_detailed(client=api, owner="nonexistent", dataset="dataset", body=body).status_code == 404
    )
    too_many = server.http(jane).request("DELETE", "/datasets/jane/flowers/samples_bulk/", json={"uuids": ["x"] * 1001})
    assert too_many.status_code == 400


def test_pagination_across_pages(server: LocalServer, jane: str, flowers: str) -> None:
    api = server.api(jane)
    add_samples.sync(client=api, owner="jane", dataset=flowers, body=[_sample(f"s{i:04d}") for i in range(25)])
    pages = [
        _names(list_samples.sync(client=api, owner="jane", dataset=flowers, per_page=10, page=p)) for p in (1, 2, 3)
    ]
    assert [len(p) for p in pages] == [10, 10, 5]
    assert [name for page in pages for name in page] == [f"s{i:04d}" for i in range(25)]
    past = list_samples.sync_detailed(client=api, owner="jane", dataset=flowers, per_page=10, page=4)
    assert past.status_code == 404 and past.parsed.detail == "Invalid page."  # type: ignore[union-attr]
    for bad in ("per_page=0", "per_page=2147483648", "page=0", "per_page=abc"):
        assert server.http(jane).get(f"/datasets/jane/flowers/samples/?{bad}").status_code == 400, bad
    # No page-size cap (the real API documents none): one big page holds every sample.
    whole = server.http(jane).get("/datasets/jane/flowers/samples/?per_page=2147483647")
    assert whole.status_code == 200 and len(whole.json()) == 25


def test_filters_and_sort(server: LocalServer, jane: str, flowers: str) -> None:
    api = server.api(jane)
    specs = [
        ("cat-1", 5, {"weather": "sunny", "cam": 3}),
        ("dog-1", 1, {"weather": "rain"}),
        ("cat-2", 9, {"weather": "sunny"}),
    ]
    made = add_samples.sync(
        client=api, owner="jane", dataset=flowers, body=[_sample(n, priority=p, metadata=m) for n, p, m in specs]
    )
    assert isinstance(made, list)
    label = {"label_status": "LABELED", "attributes": {"annotations": []}}
    assert server.http(jane).put(f"/labels/{made[1].uuid}/ground-truth/", json=label).status_code == 201

    def names(**query: Any) -> list[str]:
        return _names(list_samples.sync(client=api, owner="jane", dataset=flowers, **query))

    assert names(name_contains="CAT") == ["cat-1", "cat-2"]
    assert names(filters="weather:sunny") == ["cat-1", "cat-2"]
    assert names(filters="weather:sunny,cam:3") == ["cat-1"]
    assert names(label_status="LABELED") == ["dog-1"]
    assert names(label_status="UNLABELED") == ["cat-1", "cat-2"]
    assert names(label_status="LABELED,UNLABELED") == ["cat-1", "cat-2", "dog-1"]
    assert names(sort=SampleSort.PRIORITY_DESC) == ["cat-2", "cat-1", "dog-1"]
    assert names(sort=SampleSort.PRIORITY) == ["dog-1", "cat-1", "cat-2"]
    assert names(sort=SampleSort.NAME_DESC) == ["dog-1", "cat-2", "cat-1"]
    assert names(sort=SampleSort.CREATED_DESC) == names(sort=SampleSort.CREATED_AT_DESC) == ["cat-2", "dog-1", "cat-1"]
    assert names(sort=SampleSort.GT_LABEL_UPDATED_AT_DESC)[0] == "dog-1"
    assert server.http(jane).get("/datasets/jane/flowers/samples/?label_status=DONE").status_code == 400
    assert server.http(jane).get("/datasets/jane/flowers/samples/?sort=size").status_code == 400


def test_labelset_embedding(server: LocalServer, jane: str, flowers: str) -> None:
    api = server.api(jane)
    made = add_samples.sync(client=api, owner="jane", dataset=flowers, body=[_sample("a"), _sample("b")])
    assert isinstance(made, list)
    label = {"label_status": "REVIEWED", "score": 0.5, "attributes": {"annotations": []}}
    assert server.http(jane).put(f"/labels/{made[0].uuid}/ground-truth/", json=label).status_code == 201
    summaries = server.http(jane).get("/datasets/jane/flowers/samples/?labelset=ground-truth").json()
    assert summaries[0]["label"]["label_status"] == "REVIEWED" and summaries[0]["label"]["score"] == 0.5
    assert "attributes" not in summaries[0]["label"] and summaries[1]["label"] is None
    full = server.http(jane).get("/datasets/jane/flowers/samples/?labelset=ground-truth&include_full_label=1").json()
    assert full[0]["label"]["attributes"] == {"annotations": []} and full[0]["label"]["sample_uuid"] == str(
        made[0].uuid
    )
    one = server.http(jane).get(f"/samples/{made[0].uuid}/?labelset=ground-truth?include_signed_urls=1").json()
    assert one["label"]["labelset"] == "ground-truth"
    assert server.http(jane).get("/datasets/jane/flowers/samples/?labelset=jane/flowers").json()[0]["label"] is None


def test_a_page_of_samples_is_read_without_a_transaction_of_its_own(
    server: LocalServer, jane: str, flowers: str
) -> None:
    """Listings read on the thread's kept-open connection: no pool checkout (and so no liveness
    ping), no BEGIN and COMMIT. A write still takes a pooled connection and one transaction."""
    checkouts: list[object] = []

    def count(*_: object) -> None:
        checkouts.append(1)

    pool = server.app.services.db.engine.pool
    event.listen(pool, "checkout", count)
    http = server.http(jane)
    try:
        assert http.post("/datasets/jane/flowers/samples/", json=_sample("a").to_dict()).status_code == 201
        assert len(checkouts) == 1
        listed = http.get("/datasets/jane/flowers/samples/", params={"labelset": "ground-truth"})
        assert listed.status_code == 200 and [s["name"] for s in listed.json()] == ["a"]
        assert len(checkouts) == 1
    finally:
        event.remove(pool, "checkout", count)
