"""``segments-contract drift``: traffic the SDK recorded against the local server fits the contract, and
drift put into that traffic on purpose (a field removed, an undeclared field, an undocumented status,
a wrong type) is reported, each exactly once."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from segments_client import SegmentsClient
from segments_server.contract.drift import Contract, DriftReport, exchanges_of_har
from segments_server.testing import LocalServer

from tests.spec_helpers import readme_block

IMAGE = {"image": {"url": "https://example.com/a.jpg"}}
BOX = {
    "format_version": "0.1",
    "annotations": [{"id": 1, "category_id": 1, "type": "bbox", "points": [[0, 0], [5, 5]]}],
}


def pipeline(client: SegmentsClient) -> None:
    """What a labeling pipeline does, touching most operations."""
    client.get_user()
    client.add_dataset("flowers", task_type="bboxes", task_attributes={"categories": [{"id": 1, "name": "rose"}]})
    client.get_dataset("jane/flowers")
    client.update_dataset("jane/flowers", description="roses")
    client.add_dataset_collaborator("jane/flowers", "john", role="labeler")
    client.get_dataset_collaborator("jane/flowers", "john")
    sample = client.add_sample("jane/flowers", "a.jpg", IMAGE, metadata={"weather": "sunny"})
    client.add_samples("jane/flowers", [{"name": "b.jpg", "attributes": IMAGE}])
    client.get_samples("jane/flowers", per_page=10)
    client.add_label(sample.uuid, "ground-truth", BOX, "LABELED")
    client.get_label(sample.uuid, "ground-truth")
    client.add_labelset("jane/flowers", "predictions")
    client.get_labelsets("jane/flowers")
    issue = client.add_issue(sample.uuid, "check the stem")
    client.get_issues("jane/flowers")
    client.update_issue(issue.uuid, status="CLOSED")
    client.upload_asset(b"\x89PNG recorded", "a.png")
    client.add_release("jane/flowers", "v1")
    client.wait_for_release("jane/flowers", "v1", poll_interval=0.05)
    client.get_releases("jane/flowers")
    client.get_datasets()


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    folder = tmp_path_factory.mktemp("traffic")
    with LocalServer() as server:
        key = server.create_user("jane")
        server.create_user("john")
        with SegmentsClient(key, server.url, record_to=folder / "sdk.har") as client:
            pipeline(client)
        yield folder / "sdk.har", {"key": key, "url": server.url}


def _report(document: dict[str, Any]) -> DriftReport:
    report = DriftReport(Contract())
    for exchange in exchanges_of_har(document):
        report.add(exchange)
    return report


def test_the_sdks_traffic_fits_the_contract(recorded: tuple[Path, dict[str, str]]) -> None:
    path, _ = recorded
    report = _report(json.loads(path.read_text()))
    assert report.findings == {}, report.summary()
    assert len(report.calls) >= 18 and report.calls["get_release"] >= 1
    assert "metadata" not in report.never_seen().get("get_samples", []), "fields the traffic had are seen"


def test_the_recording_keeps_no_secret(recorded: tuple[Path, dict[str, str]]) -> None:
    path, server = recorded
    text = path.read_text()
    assert server["key"] not in text and "REDACTED" in text
    document = json.loads(text)
    upload = next(e for e in document["log"]["entries"] if e["request"]["url"].endswith("/assets/"))
    fields = json.loads(upload["response"]["content"]["text"])["presignedPostFields"]["fields"]
    assert fields["x-amz-signature"] == "REDACTED" and fields["policy"] == "REDACTED"


def _mutate(document: dict[str, Any], operation_url: str, change: Any) -> int:
    """Apply ``change`` to the JSON response of every entry whose URL ends with ``operation_url``."""
    changed = 0
    for entry in document["log"]["entries"]:
        if entry["request"]["method"] == "GET" and entry["request"]["url"].endswith(operation_url):
            content = entry["response"]["content"]
            body = json.loads(content["text"])
            change(body, entry)
            content["text"] = json.dumps(body)
            changed += 1
    return changed


def test_each_injected_drift_is_reported_exactly_once(recorded: tuple[Path, dict[str, str]]) -> None:
    path, _ = recorded
    document = copy.deepcopy(json.loads(path.read_text()))
    assert _mutate(document, "/datasets/jane/flowers/", lambda body, _: body.pop("name")) >= 1  # a field removed
    assert _mutate(document, "/user", lambda body, _: body.update(nickname="j")) >= 1  # an undeclared field
    releases = _mutate(document, "/releases/v1/", lambda body, _: body.update(samples_count="many"))  # a wrong type
    assert releases >= 2, "polled several times: still one finding"

    def teapot(body: Any, entry: dict[str, Any]) -> None:
        entry["response"]["status"] = 418  # an undocumented status

    _mutate(document, "/datasets/jane/flowers/labelsets/", teapot)
    report = _report(document)
    found = sorted((f.operation, f.kind, f.where) for f in report.findings.values())
    assert found == [
        ("get_dataset", "invalid-response-body", "200 body"),
        ("get_release", "invalid-response-body", "200 samples_count"),
        ("get_user", "undeclared-field", "200 nickname"),
        ("list_labelsets", "undocumented-status", "418"),
    ], report.summary()
    assert report.findings[("get_release", "invalid-response-body", "200 samples_count")].count == releases


def test_undocumented_operations_and_parameters() -> None:
    document = {
        "log": {
            "entries": [
                _entry("GET", "https://api.example/user/datasets/?per_page=5&colour=red", 200, "[]"),
                _entry("GET", "https://api.example/datasets/jane/flowers/tags/", 200, "[]"),
                _entry("PUT", "https://api.example/user", 200, "{}"),
                _entry("GET", "https://api.example/user/datasets/?per_page=zero", 200, "[]"),
            ]
        }
    }
    report = _report(document)
    assert sorted((f.operation, f.kind, f.where) for f in report.findings.values()) == [
        ("GET /datasets/jane/flowers/tags/", "undocumented-operation", ""),
        ("PUT /user", "undocumented-operation", ""),
        ("list_datasets", "invalid-parameter", "per_page"),
        ("list_datasets", "undocumented-parameter", "colour"),
    ]


def _entry(method: str, url: str, status: int, body: str) -> dict[str, Any]:
    return {
        "request": {"method": method, "url": url, "headers": []},
        "response": {"status": status, "content": {"mimeType": "application/json", "text": body}},
    }


def test_the_command(recorded: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    path, _ = recorded
    command = [
        str(Path(sys.executable).parent / "segments-contract"),
        "drift",
        str(path),
        "--json",
        str(tmp_path / "r.json"),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "0 finding(s)." in done.stdout, done.stdout + done.stderr
    assert json.loads((tmp_path / "r.json").read_text())["findings"] == []
    broken = json.loads(path.read_text())
    _mutate(broken, "/user", lambda body, _: body.update(nickname="j"))
    (tmp_path / "broken.har").write_text(json.dumps(broken))
    done = subprocess.run([*command[:2], str(tmp_path / "broken.har")], capture_output=True, text=True, check=False)
    assert done.returncode == 1 and "undeclared-field 200 nickname" in done.stdout, done.stdout


def test_a_recording_is_saved_where_it_was_asked_for_at_exit(tmp_path: Path) -> None:
    """A relative ``record_to`` and a client never closed: the exit writes the file where the client was
    made, even after the program changed directory."""
    started, elsewhere = tmp_path / "started", tmp_path / "elsewhere"
    started.mkdir()
    elsewhere.mkdir()
    script = (
        "import os, sys\n"
        "from segments_client import SegmentsClient\n"
        "client = SegmentsClient(sys.argv[1], sys.argv[2], record_to='traffic.har')\n"
        "client.get_user()\n"
        "os.chdir(sys.argv[3])\n"
    )
    with LocalServer() as server:
        key = server.create_user("jane")
        done = subprocess.run(
            [sys.executable, "-c", script, key, server.url, str(elsewhere)], cwd=started, capture_output=True, text=True
        )
    assert done.returncode == 0, done.stderr
    assert list(elsewhere.iterdir()) == []
    entries = json.loads((started / "traffic.har").read_text())["log"]["entries"]
    assert [entry["request"]["url"] for entry in entries] == [f"{server.url}/user"]


def test_a_closed_client_s_recording_is_not_written_again_at_exit(tmp_path: Path) -> None:
    script = (
        "import os, sys\n"
        "from segments_client import SegmentsClient\n"
        "with SegmentsClient(sys.argv[1], sys.argv[2], record_to='traffic.har') as client:\n"
        "    client.get_user()\n"
        "assert os.path.exists('traffic.har')\n"
        "os.remove('traffic.har')  # the program moved it on: the exit must not bring it back\n"
    )
    with LocalServer() as server:
        key = server.create_user("jane")
        done = subprocess.run([sys.executable, "-c", script, key, server.url], cwd=tmp_path, capture_output=True)
    assert done.returncode == 0, done.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_readme_recording_snippet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    snippet = readme_block("or from the SDK itself:", "python")
    with LocalServer() as server:
        monkeypatch.setenv("SEGMENTS_API_KEY", server.create_user("jane"))
        monkeypatch.setenv("SEGMENTS_API_URL", server.url)
        monkeypatch.chdir(tmp_path)
        exec(compile(snippet, "README", "exec"), {"__name__": "__snippet__"})
        command = [str(Path(sys.executable).parent / "segments-contract"), "drift", "traffic.har"]
        done = subprocess.run([*command, "--base-url", server.url], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "1 exchanges of 1 operations" in done.stdout, done.stdout + done.stderr
