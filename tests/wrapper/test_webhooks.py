"""``segments_client.webhooks``: deliveries signed with Svix's own library verify into typed events of
every kind; tampered bodies, other secrets, replayed or future timestamps, missing headers and bodies
that are not the contract's events are refused, each with its own error."""

from __future__ import annotations

import base64
import datetime as dt
import json
import secrets
from collections.abc import Iterator
from typing import Any

import pytest
from segments_api_client.models import Dataset, Issue, Label, Release, Sample
from segments_client import SegmentsClient
from segments_client.webhooks import (
    InvalidSignatureError,
    MalformedWebhookError,
    TimestampError,
    WebhookEvent,
    verify_webhook,
)
from segments_server.testing import LocalServer
from starlette.testclient import TestClient
from svix.webhooks import Webhook as SvixWebhook

from tests.spec_helpers import readme_block

SECRET = "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()
BOX = {
    "format_version": "0.1",
    "annotations": [{"id": 1, "category_id": 1, "type": "bbox", "points": [[0, 0], [5, 5]]}],
}


@pytest.fixture(scope="module")
def objects() -> Iterator[dict[str, dict[str, Any]]]:
    """A dataset, sample, label, issue and release as the API returns them."""
    with LocalServer() as server, SegmentsClient(server.create_user("jane"), server.url) as client:
        raw = client.raw.get_httpx_client()
        client.add_dataset("flowers", task_type="bboxes", task_attributes={"categories": [{"id": 1, "name": "rose"}]})
        sample = client.add_sample("jane/flowers", "a.jpg", {"image": {"url": "https://example.com/a.jpg"}})
        client.add_label(sample.uuid, "ground-truth", BOX, "LABELED")
        issue = client.add_issue(sample.uuid, "check it")
        client.add_release("jane/flowers", "v1")
        yield {
            "dataset": raw.get("/datasets/jane/flowers/").json(),
            "sample": raw.get(f"/samples/{sample.uuid}/").json(),
            "label": raw.get(f"/labels/{sample.uuid}/ground-truth/").json(),
            "issue": next(i for i in raw.get("/datasets/jane/flowers/issues/").json() if i["uuid"] == str(issue.uuid)),
            "release": raw.get("/datasets/jane/flowers/releases/v1/").json(),
        }


def delivery(
    event_type: str, obj: dict[str, Any], *, at: dt.datetime | None = None, secret: str = SECRET
) -> tuple[bytes, dict[str, str]]:
    """A delivery as the server sends it: the body, and the headers Svix's library signs."""
    moment = at or dt.datetime.now(dt.UTC)
    body = json.dumps(
        {
            "event_type": event_type,
            "created_at": "2026-01-01T00:00:00.000000+00:00",  # the hosted API's form (Python's isoformat)
            "api_version": "2021-08-01",
            "dataset": "jane/flowers",
            "object": obj,
            "text": "Sample rose.png created in dataset jane/flowers.",
        }
    )
    message_id = f"msg_{secrets.token_hex(8)}"
    signature = SvixWebhook(secret).sign(message_id, moment, body)
    headers = {"svix-id": message_id, "svix-timestamp": str(int(moment.timestamp())), "svix-signature": signature}
    return body.encode(), headers


EVENTS = [
    ("dataset.created", "dataset", Dataset),
    ("dataset.updated", "dataset", Dataset),
    ("dataset.deleted", "dataset", Dataset),
    ("sample.created", "sample", Sample),
    ("sample.updated", "sample", Sample),
    ("sample.deleted", "sample", Sample),
    ("label.updated", "label", Label),
    ("label.deleted", "label", Label),
    ("issue.created", "issue", Issue),
    ("issue.updated", "issue", Issue),
    ("release.created", "release", Release),
]


@pytest.mark.parametrize(("event_type", "kind", "model"), EVENTS, ids=[e[0] for e in EVENTS])
def test_every_event_verifies_into_its_typed_object(
    objects: dict[str, dict[str, Any]], event_type: str, kind: str, model: type
) -> None:
    body, headers = delivery(event_type, objects[kind])
    SvixWebhook(SECRET).verify(body, headers)  # what Svix's library accepts ...
    event = verify_webhook(body, headers, SECRET)  # ... the SDK accepts, typed
    assert isinstance(event, WebhookEvent) and event.event_type == event_type and event.id == headers["svix-id"]
    key = {"dataset": "name", "sample": "uuid", "label": "sample_uuid", "issue": "uuid", "release": "name"}[kind]
    assert isinstance(event.object, model) and str(getattr(event.object, key)) == objects[kind][key]
    assert set(event.object.to_dict()) == set(objects[kind]), "every field read"
    assert event.dataset == "jane/flowers" and event.created_at.year == 2026


def test_the_documented_payload_verifies(objects: dict[str, dict[str, Any]]) -> None:
    """docs.segments.ai's example delivery, word for word but for the object it elides."""
    documented = {
        "event_type": "sample.created",
        "created_at": "2021-08-09T14:40:19.987691+00:00",
        "api_version": "2021-08-01",
        "dataset": "jane/flowers",
        "object": objects["sample"],
        "text": "Sample rose.png created in dataset jane/flowers.",
    }
    body, moment, message_id = json.dumps(documented), dt.datetime.now(dt.UTC), "msg_documented"
    headers = {"svix-id": message_id, "svix-timestamp": str(int(moment.timestamp()))}
    headers["svix-signature"] = SvixWebhook(SECRET).sign(message_id, moment, body)
    event = verify_webhook(body, headers, SECRET)
    assert event.created_at == dt.datetime(2021, 8, 9, 14, 40, 19, 987691, tzinfo=dt.UTC)
    assert (event.api_version, event.text) == ("2021-08-01", documented["text"])


def test_standard_webhooks_header_names_are_accepted_too(objects: dict[str, dict[str, Any]]) -> None:
    body, headers = delivery("sample.created", objects["sample"])
    renamed = {name.replace("svix-", "webhook-"): value for name, value in headers.items()}
    assert verify_webhook(body.decode(), renamed, SECRET).event_type == "sample.created"


def test_a_tampered_body_or_another_secret_is_refused(objects: dict[str, dict[str, Any]]) -> None:
    body, headers = delivery("release.created", objects["release"])
    with pytest.raises(InvalidSignatureError):
        verify_webhook(body.replace(b'"v1"', b'"v2"'), headers, SECRET)
    other = "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()
    with pytest.raises(InvalidSignatureError):
        verify_webhook(body, headers, other)
    with pytest.raises(InvalidSignatureError):
        verify_webhook(body, {**headers, "svix-signature": "v1,not-base64!"}, SECRET)


@pytest.mark.parametrize("minutes", [-6, 6])
def test_a_replayed_or_future_delivery_is_refused(objects: dict[str, dict[str, Any]], minutes: int) -> None:
    body, headers = delivery(
        "issue.created", objects["issue"], at=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=minutes)
    )
    with pytest.raises(TimestampError):
        verify_webhook(body, headers, SECRET)


def test_missing_headers_and_bodies_that_are_no_event_are_refused(objects: dict[str, dict[str, Any]]) -> None:
    body, headers = delivery("dataset.created", objects["dataset"])
    with pytest.raises(MalformedWebhookError, match="svix-signature"):
        verify_webhook(body, {k: v for k, v in headers.items() if k != "svix-signature"}, SECRET)
    broken = dict(objects["sample"])
    del broken["uuid"]
    for event_type, obj in (("dataset.exploded", objects["dataset"]), ("sample.created", broken)):
        body, headers = delivery(event_type, obj)
        with pytest.raises(MalformedWebhookError):
            verify_webhook(body, headers, SECRET)


def test_the_readme_receiver_runs_as_written(objects: dict[str, dict[str, Any]]) -> None:
    source = readme_block("### Receiving webhooks", "python").replace('"whsec_..."', repr(SECRET))
    namespace: dict[str, Any] = {"__name__": "receiver"}
    exec(compile(source, "README", "exec"), namespace)
    with TestClient(namespace["app"]) as receiver:
        body, headers = delivery("release.created", objects["release"])
        assert receiver.post("/segments-webhooks", content=body, headers=headers).status_code == 204
        refused = receiver.post("/segments-webhooks", content=body + b" ", headers=headers)
        assert refused.status_code == 400 and "signature" in refused.text
