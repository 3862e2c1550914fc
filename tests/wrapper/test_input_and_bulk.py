"""Input is checked against the spec before sending; bulk helpers survive malformed items."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from segments_client import (
    AsyncSegmentsClient,
    BadRequestError,
    BulkError,
    NotFoundError,
    SegmentsClient,
    SegmentsError,
    ValidationError,
    models,
)

from tests.local_server import RunningServer
from tests.task_examples import LABELS, SAMPLES


def offline_client() -> tuple[SegmentsClient, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    return SegmentsClient("key", "http://api.test", transport=httpx.MockTransport(answer), max_retries=0), sent


BAD_INPUT: list[tuple[str, Callable[[SegmentsClient], object], str, str]] = [
    ("attributes-list", lambda c: c.add_sample("jane/ds", "a", []), "attributes", "expected object, got array"),
    (
        "url-not-string",
        lambda c: c.add_sample("jane/ds", "a", {"image": {"url": 3}}),
        "attributes.image.url",
        "string, got integer",
    ),
    (
        "label-missing-key",
        lambda c: c.add_label("u", "ground-truth", {"format_version": "0.1", "annotations": [{"id": 1}]}),
        "attributes.annotations[0].category_id",
        "required",
    ),
    (
        # A union by input_type: the error is the select member's ("values" missing), not a mismatch elsewhere.
        "select-without-values",
        lambda c: c.add_dataset(
            "d",
            task_attributes={
                "categories": [{"id": 1, "name": "car", "attributes": [{"name": "color", "input_type": "select"}]}]
            },
        ),
        "task_attributes.categories[0].attributes[0].values",
        "required",
    ),
    ("task-type", lambda c: c.add_dataset("d", task_type="boxes"), "task_type", "'bboxes'"),  # type: ignore[arg-type]
    ("label-status", lambda c: c.get_samples("jane/ds", label_status="LABELLED"), "label_status", "'LABELED'"),  # type: ignore[arg-type]
    ("sort", lambda c: c.get_samples("jane/ds", sort="size"), "sort", "'priority'"),  # type: ignore[arg-type]
    ("direction", lambda c: c.get_samples("jane/ds", direction="up"), "direction", "'desc'"),  # type: ignore[arg-type]
    ("role", lambda c: c.add_dataset_collaborator("jane/ds", "bob", "owner"), "role", "'reviewer'"),  # type: ignore[arg-type]
    (
        "priority",
        lambda c: c.add_sample("jane/ds", "a", {"image": {"url": "u"}}, priority="high"),
        "priority",
        "number",
    ),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(("name", "call", "field", "hint"), BAD_INPUT, ids=[case[0] for case in BAD_INPUT])
def test_bad_input_is_a_validation_error_naming_the_field(
    name: str, call: Callable[[SegmentsClient], object], field: str, hint: str
) -> None:
    client, sent = offline_client()
    with pytest.raises(ValidationError) as error:
        call(client)
    assert error.value.status_code is None and sent == [], "refused before anything is sent"
    assert field in error.value.errors and hint in str(error.value), (error.value, error.value.errors)
    assert isinstance(error.value, SegmentsError) and isinstance(error.value, ValueError)


def test_arguments_outside_the_api_are_validation_errors_too() -> None:
    client, _ = offline_client()
    for call in (
        lambda: client.get_dataset("no-slash"),
        lambda: client.get_dataset(42),  # type: ignore[arg-type]
        lambda: client.add_samples("a/b", [], batch_size=0),
        lambda: client.add_labels([], max_concurrency=0),
        lambda: client.delete_samples("a/b", []),
        lambda: client.get_samples("a/b", include_full_label=True),
    ):
        with pytest.raises(ValidationError):
            call()


def test_the_servers_400_names_the_field_and_the_sdk_exposes_it(client: SegmentsClient, username: str) -> None:
    client.add_dataset("typed", task_type="bboxes")
    with pytest.raises(BadRequestError) as error:
        client.add_sample(f"{username}/typed", "cloud", SAMPLES["pointcloud-cuboid"])
    assert error.value.status_code == 400 and error.value.errors, error.value
    raw = httpx.get(f"{client.base_url}/datasets/{username}/typed/samples/?label_status=LABELLED&sort=size",
                    headers={"Authorization": f"APIKey {client._config.api_key}"})  # fmt: skip
    body = raw.json()
    assert raw.status_code == 400 and set(body["errors"]) == {"label_status", "sort"}
    assert "LABELED" in body["errors"]["label_status"][0] and "priority" in body["errors"]["sort"][0]


def test_uuid_objects_are_accepted(client: SegmentsClient, username: str) -> None:
    client.add_dataset("uuids", task_type="bboxes")
    sample = client.add_sample(f"{username}/uuids", "a", SAMPLES["bboxes"])
    as_uuid = uuid.UUID(str(sample.uuid))
    assert client.get_sample(as_uuid).name == "a"
    client.add_label(as_uuid, "ground-truth", LABELS["bboxes"], label_status=models.LabelStatus.LABELED)
    assert client.get_label(as_uuid).label_status == "LABELED"
    assert client.delete_samples(f"{username}/uuids", [as_uuid]).deleted_count == 1


def test_malformed_items_fail_alone_with_their_index(client: SegmentsClient, username: str) -> None:
    identifier = f"{username}/mixed"
    client.add_dataset("mixed", task_type="bboxes")
    items: list[Any] = [{"name": f"s{i}", "attributes": SAMPLES["bboxes"]} for i in range(12)]
    items[2] = {"name": "list-attributes", "attributes": []}
    items[5] = {"attributes": SAMPLES["bboxes"]}  # no name
    items[7] = "not a sample"
    items[9] = {"name": "wrong-task-type", "attributes": SAMPLES["pointcloud-cuboid"]}  # the server refuses it
    with pytest.raises(BulkError) as failure:
        client.add_samples(identifier, items, batch_size=4, progress=False)
    failed = {f.index: f for f in failure.value.failed}
    assert sorted(failed) == [2, 5, 7, 9]
    assert failed[7].item == "not a sample" and failed[2].item["name"] == "list-attributes"
    assert "attributes" in failed[2].error.errors and "name" in failed[5].error.errors  # type: ignore[attr-defined]
    assert isinstance(failed[9].error, BadRequestError)
    expected = [f"s{i}" for i in range(12) if i not in failed]
    assert [s.name for s in failure.value.succeeded] == expected, "the rest is created, in input order"
    assert sorted(s.name for s in client.iter_samples(identifier)) == sorted(expected)


def label_items(samples: list[models.Sample]) -> list[Any]:
    items: list[Any] = [{"sample_uuid": s.uuid, "attributes": LABELS["bboxes"]} for s in samples]
    items[1] = {**items[1], "attributes": {"format_version": "0.1", "annotations": [{"id": 1}]}}  # no category_id
    items[3] = {"sample_uuid": str(uuid.uuid4()), "attributes": LABELS["bboxes"]}  # no such sample
    items[4] = ("not", "a", "dict")
    items[5] = {**items[5], "label_status": "REVIEWED", "score": 0.5}
    items[6] = {"attributes": LABELS["bboxes"]}  # no sample_uuid
    return items


def check_label_outcome(failure: BulkError, items: list[Any], seen: list[tuple[int, int]]) -> None:
    failed = {f.index: f.error for f in failure.failed}
    assert sorted(failed) == [1, 3, 4, 6]
    assert isinstance(failed[1], ValidationError) and isinstance(failed[3], NotFoundError)
    assert "sample_uuid" in failed[6].errors  # type: ignore[attr-defined]
    assert len(failure.succeeded) == len(items) - 4
    assert seen[-1] == (len(items), len(items))


def test_add_labels_in_bulk(client: SegmentsClient, username: str) -> None:
    client.add_dataset("labels", task_type="bboxes")
    samples = client.add_samples(
        f"{username}/labels", [{"name": f"s{i}", "attributes": SAMPLES["bboxes"]} for i in range(10)], progress=False
    )
    items, seen = label_items(samples), []
    with pytest.raises(BulkError) as failure:
        client.add_labels(items, max_concurrency=3, progress=lambda done, total: seen.append((done, total)))
    check_label_outcome(failure.value, items, seen)
    assert client.get_label(samples[5].uuid).label_status == "REVIEWED"
    assert client.get_label(samples[9].uuid).label_status == "PRELABELED"
    with pytest.raises(NotFoundError):
        client.get_label(samples[1].uuid)
    again = client.add_labels([items[0], items[2]], labelset="ground-truth", label_status="LABELED", progress=False)
    assert [label.label_status for label in again] == ["LABELED", "LABELED"]


def test_add_labels_in_bulk_async(live: RunningServer, api_key: str, username: str) -> None:
    async def scenario() -> None:
        async with AsyncSegmentsClient(api_key, live.url) as client:
            await client.add_dataset("alabels", task_type="bboxes")
            items = [{"name": f"s{i}", "attributes": SAMPLES["bboxes"]} for i in range(8)]
            samples = await client.add_samples(f"{username}/alabels", items, progress=False)
            labels, seen = label_items(samples), []
            with pytest.raises(BulkError) as failure:
                await client.add_labels(
                    labels, max_concurrency=4, progress=lambda done, total: seen.append((done, total))
                )
            check_label_outcome(failure.value, labels, seen)
            assert (await client.get_label(samples[7].uuid)).label_status == "PRELABELED"

    asyncio.run(scenario())
