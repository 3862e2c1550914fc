"""The server sends webhooks: every event type from real API calls reaches a receiver, verifies with
the SDK and with Svix's own library; an endpoint that is down gets everything later, in order; an
event written before a kill -9 is sent after the restart."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from segments_client import SegmentsClient
from segments_client.webhooks import verify_webhook
from svix.webhooks import Webhook as SvixWebhook

from tests.local_server import ServerProcess, drop_database, fresh_database_url, public_local_server
from tests.spec_helpers import ROOT, readme_block

BOX = {
    "format_version": "0.1",
    "annotations": [{"id": 1, "category_id": 1, "type": "bbox", "points": [[0, 0], [5, 5]]}],
}
IMAGE = {"image": {"url": "https://example.com/a.jpg"}}


class Receiver:
    """An HTTP endpoint that keeps what it receives; ``failing`` deliveries are answered 503 first,
    each after ``delay`` seconds."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.failing = 0
        self.delay = 0.0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                time.sleep(receiver.delay)
                if receiver.failing > 0:
                    receiver.failing -= 1
                    self.send_response(503)
                else:
                    receiver.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                    self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def events(self) -> list[str]:
        return [json.loads(body)["event_type"] for _, body in self.received]

    def wait_for(self, count: int, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while len(self.received) < count:
            assert time.monotonic() < deadline, f"received {self.events()}, expected {count} events"
            time.sleep(0.05)

    def close(self) -> None:
        self.server.shutdown()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    running = Receiver()
    yield running
    running.close()


def test_every_event_from_real_calls_verifies(receiver: Receiver) -> None:
    with public_local_server() as server:
        key = server.create_user("jane")
        secret = server.add_webhook("jane", receiver.url)
        with SegmentsClient(key, server.url) as client:
            client.add_dataset("flowers", task_type="bboxes", task_attributes={"categories": [{"id": 1, "name": "r"}]})
            client.update_dataset("jane/flowers", description="roses")
            sample = client.add_sample("jane/flowers", "a.jpg", IMAGE)
            client.update_sample(sample.uuid, metadata={"k": "v"})
            client.add_label(sample.uuid, "ground-truth", BOX, "LABELED")
            issue = client.add_issue(sample.uuid, "check it")
            client.update_issue(issue.uuid, status="CLOSED")
            client.add_release("jane/flowers", "v1")
            client.delete_label(sample.uuid, "ground-truth")
            client.delete_sample(sample.uuid)
            client.delete_dataset("jane/flowers")
        receiver.wait_for(11)
    assert receiver.events() == [
        "dataset.created",
        "dataset.updated",
        "sample.created",
        "sample.updated",
        "label.updated",
        "issue.created",
        "issue.updated",
        "release.created",
        "label.deleted",
        "sample.deleted",
        "dataset.deleted",
    ]
    for headers, body in receiver.received:
        SvixWebhook(secret).verify(body, headers)  # Svix's own library accepts the signature
        event = verify_webhook(body, headers, secret)  # and the SDK reads a typed event
        assert event.dataset == "jane/flowers" and event.api_version == "2021-08-01"
        created_at = json.loads(body)["created_at"]  # written as the hosted API writes it
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00", created_at), created_at
    assert [json.loads(body)["text"] for _, body in receiver.received] == [
        "Dataset jane/flowers created.",
        "Dataset jane/flowers updated.",
        "Sample a.jpg created in dataset jane/flowers.",  # the docs' example, word for word
        "Sample a.jpg updated in dataset jane/flowers.",
        "Label of sample a.jpg updated in dataset jane/flowers.",
        "Issue on sample a.jpg created in dataset jane/flowers.",
        "Issue on sample a.jpg updated in dataset jane/flowers.",
        "Release v1 created in dataset jane/flowers.",
        "Label of sample a.jpg deleted in dataset jane/flowers.",
        "Sample a.jpg deleted in dataset jane/flowers.",
        "Dataset jane/flowers deleted.",
    ]


def test_the_official_sdk_s_calls_send_events_too(receiver: Receiver) -> None:
    import segments

    with public_local_server() as server:
        key = server.create_user("jane")
        secret = server.add_webhook("jane", receiver.url, ["dataset.created", "sample.created", "label.updated"])
        client = segments.SegmentsClient(key, api_url=server.url + "/")
        client.add_dataset("tulips", task_type="bboxes", task_attributes={"categories": [{"id": 1, "name": "t"}]})
        sample = client.add_sample("jane/tulips", "t.jpg", IMAGE)
        client.add_label(sample.uuid, "ground-truth", BOX)
        client.add_samples("jane/tulips", [{"name": "u.jpg", "attributes": IMAGE}])
        client.update_sample(sample.uuid, metadata={"not": "subscribed"})
        receiver.wait_for(4)
    assert receiver.events() == ["dataset.created", "sample.created", "label.updated", "sample.created"]
    assert all(verify_webhook(body, headers, secret) for headers, body in receiver.received)


def test_the_control_api_registers_an_endpoint_at_once(receiver: Receiver) -> None:
    with public_local_server() as server:
        key = server.create_user("jane")
        control = httpx.Client(base_url=server.url, headers=server.control_headers)
        endpoint = {"username": "jane", "url": receiver.url, "events": ["release.created"]}
        made = control.post("/_control/webhooks", json=endpoint)
        assert made.status_code == 201 and made.json()["events"] == ["release.created"], made.text
        refused = control.post("/_control/webhooks", json={**endpoint, "events": ["nope"]})
        assert refused.status_code == 400
        with SegmentsClient(key, server.url) as client:
            client.add_dataset("flowers", task_type="bboxes")
            client.add_release("jane/flowers", "v1")
        receiver.wait_for(1)
    assert receiver.events() == ["release.created"]
    headers, body = receiver.received[0]
    assert verify_webhook(body, headers, made.json()["secret"]).object.name == "v1"


def test_the_account_says_whether_webhooks_are_enabled(receiver: Receiver) -> None:
    with public_local_server() as server:
        key = server.create_user("jane")
        me = httpx.Client(base_url=server.url, headers={"Authorization": f"APIKey {key}"})
        assert me.get("/user").json()["webhooks_enabled"] is False
        server.add_webhook("jane", receiver.url)
        assert me.get("/user").json()["webhooks_enabled"] is True


def test_an_organization_s_endpoint_gets_its_datasets_events(receiver: Receiver) -> None:
    with public_local_server() as server:
        key = server.create_user("jane")
        server.create_org("acme", "jane")
        control = httpx.Client(base_url=server.url, headers=server.control_headers)
        made = control.post("/_control/webhooks", json={"username": "acme", "url": receiver.url})
        assert made.status_code == 201, made.text
        unknown = control.post("/_control/webhooks", json={"username": "nobody", "url": receiver.url})
        assert unknown.json() == {"detail": "No user or organization named 'nobody'."}
        with SegmentsClient(key, server.url) as client:
            client.add_dataset("mine", task_type="bboxes")
            client.add_dataset("shared", task_type="bboxes", organization="acme")
        receiver.wait_for(1)
        time.sleep(0.5)
    assert [json.loads(body)["dataset"] for _, body in receiver.received] == ["acme/shared"]


def test_events_only_for_the_owners_endpoints(receiver: Receiver) -> None:
    with public_local_server() as server:
        jane = server.create_user("jane")
        server.create_user("john")
        server.add_webhook("john", receiver.url)
        with SegmentsClient(jane, server.url) as client:
            client.add_dataset("flowers", task_type="bboxes")
        time.sleep(1.0)
    assert receiver.received == [], "john's endpoint gets no event of jane's dataset"


def test_an_endpoint_down_for_a_while_gets_everything_later_in_order(receiver: Receiver) -> None:
    receiver.failing = 3
    with public_local_server() as server:
        assert server.services.webhooks is not None
        server.services.webhooks.base_backoff = 0.2
        key = server.create_user("jane")
        server.add_webhook("jane", receiver.url)
        with SegmentsClient(key, server.url) as client:
            client.add_dataset("flowers", task_type="bboxes")
            for name in ("a", "b", "c"):
                client.add_sample("jane/flowers", name, IMAGE)
        receiver.wait_for(4)
    names = [json.loads(body)["object"].get("name") for _, body in receiver.received]
    assert names == ["flowers", "a", "b", "c"]


@pytest.fixture
def other_receiver() -> Iterator[Receiver]:
    running = Receiver()
    yield running
    running.close()


@contextlib.contextmanager
def jane_troubled_john_fine(troubled: Receiver, fine: Receiver) -> Iterator[tuple[str, str, str]]:
    """A server where jane's endpoint is ``troubled`` and john's ``fine``: (url, jane's key, john's key)."""
    with public_local_server() as server:
        jane, john = server.create_user("jane"), server.create_user("john")
        server.add_webhook("jane", troubled.url)
        server.add_webhook("john", fine.url)
        yield server.url, jane, john


def test_an_endpoint_that_is_down_holds_back_no_one_else(
    receiver: Receiver, other_receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from segments_server import webhooks

    monkeypatch.setattr(webhooks, "HEADS_READ", 3)  # fewer than jane's waiting events
    other_receiver.failing = 1_000
    with jane_troubled_john_fine(other_receiver, receiver) as (url, jane, john):
        with SegmentsClient(jane, url) as client:
            client.add_dataset("flowers", task_type="bboxes")
            client.add_dataset("trees", task_type="bboxes")
            for name in ("a", "b", "c", "d"):
                client.add_sample("jane/flowers", name, IMAGE)
        with SegmentsClient(john, url) as client:
            client.add_dataset("cars", task_type="bboxes")
        receiver.wait_for(1, seconds=10)
    assert receiver.events() == ["dataset.created"]
    assert other_receiver.received == [] and other_receiver.failing < 1_000, "jane's endpoint was tried all along"


def test_an_endpoint_that_hangs_delays_no_one_else(receiver: Receiver, other_receiver: Receiver) -> None:
    other_receiver.delay = 8.0
    with jane_troubled_john_fine(other_receiver, receiver) as (url, jane, john):
        with SegmentsClient(jane, url) as client:
            client.add_dataset("flowers", task_type="bboxes")
        time.sleep(0.5)  # jane's event is being posted
        with SegmentsClient(john, url) as client:
            client.add_dataset("cars", task_type="bboxes")
        receiver.wait_for(1, seconds=5)  # in order behind jane's, it would take 7.5 s
        assert other_receiver.received == []
    assert len(other_receiver.received) == 1, "stopping waits for the post in flight"


def test_an_event_written_before_a_kill_is_sent_after_the_restart(tmp_path: Path, receiver: Receiver) -> None:
    receiver.failing = 1_000  # down: nothing can be delivered before the kill
    server = ServerProcess(tmp_path / "data").start()
    try:
        key = server.create_user("jane")
        secret = server.cli("webhooks", "add", "jane", receiver.url).strip().splitlines()[-1]
        assert secret.startswith("whsec_")
        answer = httpx.post(
            f"{server.url}/user/datasets/", headers={"Authorization": f"APIKey {key}"}, json={"name": "d"}
        )
        assert answer.status_code == 201
        assert server.process is not None
        server.process.send_signal(signal.SIGKILL)
        server.process.wait()
    finally:
        server.stop()
    receiver.failing = 0
    with ServerProcess(tmp_path / "data") as restarted:
        assert restarted.url
        receiver.wait_for(1, seconds=45)  # a post in flight at the kill holds its claim for up to 20 s
    headers, body = receiver.received[0]
    assert verify_webhook(body, headers, secret).event_type == "dataset.created"


@contextlib.contextmanager
def jane_created_a_dataset(data_dir: Path, receiver: Receiver) -> Iterator[ServerProcess]:
    """A server process on the test database where jane's endpoint is ``receiver`` and she has just
    created the dataset ``d`` (dropped after)."""
    database_url = fresh_database_url()
    try:
        with ServerProcess(data_dir, database_url=database_url) as server:
            key = server.create_user("jane")
            server.cli("webhooks", "add", "jane", receiver.url)
            made = httpx.post(
                f"{server.url}/user/datasets/", headers={"Authorization": f"APIKey {key}"}, json={"name": "d"}
            )
            assert made.status_code == 201, made.text
            yield server
    finally:
        drop_database(database_url)


def test_a_removed_endpoint_takes_its_unsent_events_along(tmp_path: Path, receiver: Receiver) -> None:
    from segments_server.settings import Settings
    from segments_server.tables import WebhookMessage
    from sqlalchemy import create_engine, func, select

    receiver.failing = 1_000  # down: the event stays in the outbox
    with jane_created_a_dataset(tmp_path / "data", receiver) as server:
        endpoint_id = server.cli("webhooks", "list").splitlines()[-1].split("\t")[0]
        assert server.cli("webhooks", "remove", endpoint_id).strip() == f"endpoint {endpoint_id} removed"
        assert server.cli("webhooks", "list").strip() == ""
        settings = Settings(data_dir=tmp_path / "data", database_url=server.database_url)
        engine = create_engine(settings.effective_database_url)
        with engine.connect() as connection:
            assert connection.scalar(select(func.count(WebhookMessage.id))) == 0, "its outbox went with it"
        engine.dispose()
        receiver.failing = 0
        time.sleep(1.0)
        again = server.cli_run("webhooks", "remove", endpoint_id)
        nobody = server.cli_run("webhooks", "add", "nobody", receiver.url)
    assert receiver.received == []
    assert (again.returncode, again.stderr) == (2, f"segments-server: no webhook endpoint {endpoint_id}\n")
    assert (nobody.returncode, nobody.stderr) == (2, "segments-server: no user or organization named 'nobody'\n")


def test_messages_say_what_waits_and_why_and_a_replay_sends_again(tmp_path: Path, receiver: Receiver) -> None:
    receiver.failing = 1_000
    with jane_created_a_dataset(tmp_path / "data", receiver) as server:
        deadline = time.monotonic() + 20
        while "attempt(s)" not in (listed := server.cli("webhooks", "messages")) or " 0 attempt(s)" in listed:
            assert time.monotonic() < deadline, listed
            time.sleep(0.2)
        header, line = listed.strip().splitlines()
        assert header == "message\tendpoint\tevent\tdataset\tcreated\tstate"
        message_id, endpoint, event, dataset, _created, state = line.split("\t")
        assert (endpoint, event, dataset) == ("1", "dataset.created", "jane/d")
        assert state.startswith("waiting: ") and f"last error {receiver.url} answered 503" in state, state
        receiver.failing = 0  # the next retry gets through
        receiver.wait_for(1)
        deadline = time.monotonic() + 10
        while "\tdelivered " not in server.cli("webhooks", "messages", "1"):
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert server.cli("webhooks", "replay", message_id).strip() == f"message {message_id} queued to be sent again"
        receiver.wait_for(2)
        unknown = server.cli_run("webhooks", "replay", "msg_nope")
        assert server.cli("webhooks", "messages", "2").strip().splitlines()[1:] == [], "endpoint 2 has none"
    assert [headers["svix-id"] for headers, _ in receiver.received] == [message_id, message_id], "a resend keeps its id"
    assert (unknown.returncode, unknown.stderr) == (
        2,
        "segments-server: no webhook message 'msg_nope' (delivered ones are kept for a week)\n",
    )


def test_with_several_workers_each_event_is_sent_once(tmp_path: Path, receiver: Receiver) -> None:
    database_url = fresh_database_url()  # PostgreSQL under make test-postgres: claims across processes
    with ServerProcess(tmp_path / "data", workers=2, database_url=database_url) as server:
        key = server.create_user("jane")
        server.cli("webhooks", "add", "jane", receiver.url)
        headers = {"Authorization": f"APIKey {key}"}
        assert httpx.post(f"{server.url}/user/datasets/", headers=headers, json={"name": "d"}).status_code == 201
        for index in range(8):
            body = {"name": f"s{index}", "attributes": IMAGE}
            assert httpx.post(f"{server.url}/datasets/jane/d/samples/", headers=headers, json=body).status_code == 201
        receiver.wait_for(9)
        time.sleep(1.0)  # a second sender would have sent a duplicate by now
    drop_database(database_url)
    ids = [headers["svix-id"] for headers, _ in receiver.received]
    assert len(ids) == len(set(ids)) == 9


def test_the_readme_commands(tmp_path: Path) -> None:
    script = readme_block("The local server sends them.", "sh")
    (tmp_path / ".venv").symlink_to(ROOT / ".venv")
    subprocess.run(
        [str(ROOT / ".venv/bin/segments-server"), "create-user", "jane", "--data-dir", "data"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert sum(line.startswith("whsec_") for line in lines) == 2
    assert [line.split("\t")[3] for line in lines if "\t" in line] == ["all events", "release.created"]


def test_delivered_events_are_forgotten_after_a_week(receiver: Receiver) -> None:
    from segments_server.tables import WebhookMessage, utcnow

    with public_local_server() as server:
        key = server.create_user("jane")
        server.add_webhook("jane", receiver.url)
        with SegmentsClient(key, server.url) as client:
            client.add_dataset("old", task_type="bboxes")
            receiver.wait_for(1)
            client.add_dataset("new", task_type="bboxes")
            receiver.wait_for(2)
        with server.services.db.session() as session:
            old = session.query(WebhookMessage).filter(WebhookMessage.dataset == "jane/old").one()
            old.delivered_at = utcnow() - dt.timedelta(days=8)
        assert server.services.webhooks is not None
        server.services.webhooks.prune()
        with server.services.db.session(readonly=True) as session:
            assert [m.dataset for m in session.query(WebhookMessage)] == ["jane/new"]
