"""Every operation's `segments_client` code sample in the reference (x-codeSamples) runs as written.

Each sample is executed against a live server, in a fresh account seeded with what the samples
name (jane's dataset `jane/flowers` with a sample, labels, an issue, a release, collaborator john,
user mia, organization acme); the only changes are the API key, per-test suffixes on the account
names and the real uuids for the placeholder ones. The SDK's request log must show the sample
calling its own operation.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from segments_client import SegmentsClient

from tests.local_server import RunningServer
from tests.spec_helpers import operations

SAMPLE_UUID = "8e6a0a55-3c4e-4d5e-9a7c-1b2c3d4e5f60"
ISSUE_UUID = "5f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b"
NAMES = ("jane", "john", "mia", "acme")
# The control API's operations are the local server's test tools, shown with LocalServer (test_control.py).
CASES = [(op["operationId"], method, path, op) for path, method, op in operations() if op["tags"] != ["control"]]
_accounts = itertools.count()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with RunningServer(Path(tmp_path_factory.mktemp("samples"))) as server:
        yield server


def _seed(live: RunningServer, suffix: str) -> dict[str, str]:
    """What the samples name, under suffixed account names; the substitutions to make."""
    jane, john, mia, acme = (f"{name}{suffix}" for name in NAMES)
    key = live.local.create_user(jane)
    live.local.create_user(john)
    live.local.create_user(mia)
    live.local.create_org(acme, jane)
    with SegmentsClient(key, live.url) as client:
        flowers = f"{jane}/flowers"
        client.add_dataset("flowers", task_type="bboxes", task_attributes={"categories": [{"id": 1, "name": "rose"}]})
        client.add_dataset_collaborator(flowers, john, role="labeler")
        sample = client.add_sample(flowers, "rose-1.jpg", {"image": {"url": "https://example.com/rose-1.jpg"}})
        box = {"id": 1, "category_id": 1, "type": "bbox", "points": [[0, 0], [5, 5]]}
        client.add_label(sample.uuid, "ground-truth", {"format_version": "0.1", "annotations": [box]}, "LABELED")
        client.add_labelset(flowers, "predictions")
        issue = client.add_issue(sample.uuid, "Check the stem")
        client.add_release(flowers, "v1.0")
        client.wait_for_release(flowers, "v1.0", poll_interval=0.05)
    names = dict(zip(NAMES, (jane, john, mia, acme), strict=True))
    return {"YOUR_API_KEY": key, SAMPLE_UUID: str(sample.uuid), ISSUE_UUID: str(issue.uuid), **names}


def _adapted(source: str, substitutions: dict[str, str]) -> str:
    for placeholder in ("YOUR_API_KEY", SAMPLE_UUID, ISSUE_UUID):
        source = source.replace(placeholder, substitutions[placeholder])
    return re.sub(r"\b(" + "|".join(NAMES) + r")\b", lambda m: substitutions[m.group(1)], source)


def test_every_operation_has_a_segments_client_sample() -> None:
    for operation_id, _, _, op in CASES:
        samples = op.get("x-codeSamples", [])
        assert [s["label"] for s in samples] == ["segments_client"], operation_id
        assert samples[0]["lang"] == "Python" and 'SegmentsClient("YOUR_API_KEY")' in samples[0]["source"]


@pytest.mark.parametrize(("operation_id", "method", "path", "op"), CASES, ids=[c[0] for c in CASES])
def test_the_sample_runs_and_calls_its_operation(
    live: RunningServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    operation_id: str,
    method: str,
    path: str,
    op: dict[str, Any],
) -> None:
    substitutions = _seed(live, f"s{next(_accounts)}")
    (tmp_path / "rose.png").write_bytes(b"\x89PNG\r\n\x1a\n sample image")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SEGMENTS_API_URL", live.url)
    source = _adapted(op["x-codeSamples"][0]["source"], substitutions)
    with caplog.at_level(logging.DEBUG, logger="segments_client"):
        exec(compile(source, f"<x-codeSamples of {operation_id}>", "exec"), {"__name__": "__sample__"})
    route = re.sub(r"\{[^/]+\}", "[^/]+", path.rstrip("/"))
    called = re.compile(rf"^{method.upper()} {re.escape(live.url)}{route}/?(\?\S*)? -> 2\d\d")
    requests = [record.getMessage() for record in caplog.records if record.name == "segments_client"]
    if operation_id == "get_health":  # through the generated client, which does not log: what it printed
        assert capsys.readouterr().out.split() == ["ok", "ok"]
        return
    assert any(called.match(line) for line in requests), f"{operation_id} not called: {requests}"
