"""``segments-contract check`` against the local server as a deployment: read-only sends nothing but
GETs (counted at the server, through its journal) and finds nothing on data of every task type; a
baseline lets known findings pass; a writing run leaves no dataset behind, also when it is stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from segments_server.contract import check
from segments_server.contract.check import (
    CheckResult,
    Cleanup,
    Finding,
    every_item,
    findings_of_junit,
    read_baseline,
    run_check,
    write_baseline,
)
from segments_server.settings import DEFAULT_SPEC_PATH
from segments_server.testing import LocalServer

from tests.task_examples import LABELS, SAMPLES, TASK_ATTRIBUTES


@pytest.fixture(scope="module")
def deployment() -> Iterator[tuple[LocalServer, str]]:
    """A server with a dataset, a sample and a label of every task type, and a release."""
    with LocalServer() as server:
        key = server.create_user("jane")
        with httpx.Client(base_url=server.url, headers={"Authorization": f"APIKey {key}"}) as http:
            for task_type in SAMPLES:
                name = f"ds-{task_type}"
                body = {"name": name, "task_type": task_type, "task_attributes": TASK_ATTRIBUTES}
                assert http.post("/user/datasets/", json=body).status_code == 201
                sample = http.post(
                    f"/datasets/jane/{name}/samples/", json={"name": "s", "attributes": SAMPLES[task_type]}
                )
                assert sample.status_code == 201, sample.text
                label = {"attributes": LABELS[task_type], "label_status": "LABELED"}
                assert http.put(f"/labels/{sample.json()['uuid']}/ground-truth/", json=label).status_code == 201
            first = f"/datasets/jane/ds-{next(iter(SAMPLES))}"
            assert http.post(f"{first}/releases/", json={"name": "v1"}).status_code == 201
            assert http.post(f"/samples/{sample.json()['uuid']}/issues/", json={"description": "x"}).status_code == 201
        yield server, key


def test_read_only_sends_only_gets_and_finds_nothing(deployment: tuple[LocalServer, str]) -> None:
    server, key = deployment
    server.control.clear_journal()
    result = run_check(server.url, key, read_only=True, spec=DEFAULT_SPEC_PATH, max_examples=3, seed=1)
    methods = {entry["method"] for entry in server.journal()}
    assert methods == {"GET"}, f"a read-only check sent {methods - {'GET'}}"
    assert len(server.journal()) > 100
    assert result.findings == [], result.summary()
    assert {"GET /datasets/{owner}/{dataset}/samples/", "GET /labels/{sample_uuid}/{labelset}/"} <= set(
        result.operations
    )
    assert not any(op.startswith(("POST", "PUT", "PATCH", "DELETE")) for op in result.operations)
    pinned = [e for e in server.journal("get_label") if e["status"] == 200]
    assert pinned, "path parameters came from the account's data: its labels were read"


def test_a_baseline_passes_known_findings_and_fails_new_ones(
    deployment: tuple[LocalServer, str], tmp_path: Path
) -> None:
    server, key = deployment
    server.inject_fault("list_user_datasets", status=418, times=None)
    try:
        result = run_check(server.url, key, read_only=True, spec=DEFAULT_SPEC_PATH, max_examples=2, seed=1)
    finally:
        server.clear_faults()
    assert {finding.operation for finding in result.new} == {"GET /users/{owner}/datasets/"}, result.summary()
    assert "ST103 Undocumented status code" in {finding.check for finding in result.new}
    baseline = tmp_path / "baseline.json"
    write_baseline(baseline, result.findings)
    known = CheckResult(result.operations, result.findings, read_baseline(baseline))
    assert known.new == [] and "(in the baseline)" in known.summary()
    other = Finding("GET /user", "ST103 Undocumented status code", "...")
    assert CheckResult(result.operations, [*result.findings, other], read_baseline(baseline)).new == [other]


def test_the_junit_reading(tmp_path: Path) -> None:
    (tmp_path / "r.xml").write_text(
        '<testsuites><testsuite><testcase name="GET /user"><failure message="ST103, ST202">1. Test Case ID: x\n\n'
        "- ST202 Schema-valid request rejected\n\n    Expected: 2XX\n\n- ST103 Undocumented status code\n"
        '</failure></testcase><testcase name="GET /user/datasets/"/></testsuite></testsuites>'
    )
    operations, findings = findings_of_junit(tmp_path / "r.xml")
    assert operations == ["GET /user", "GET /user/datasets/"]
    assert [f.check for f in findings] == ["ST202 Schema-valid request rejected", "ST103 Undocumented status code"]


def _datasets(server: LocalServer, key: str) -> set[str]:
    answer = httpx.get(
        f"{server.url}/user/datasets/", headers={"Authorization": f"APIKey {key}"}, params={"per_page": 100}
    )
    return {dataset["name"] for dataset in answer.json()}


def test_nothing_is_written_unless_every_dataset_was_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dataset the cleanup did not see before the run would look created by it, and be deleted."""
    monkeypatch.setattr(check, "PAGE_SIZE", 2)
    with LocalServer() as server:
        key = server.create_user("jane")
        armed = [True]

        def fail_page_two(answer: httpx.Response) -> None:  # once: the first listing fails on its second page
            if armed and answer.request.url.params.get("page") == "1":
                armed.clear()
                server.inject_fault("list_datasets", status=503)

        page_two_fails = {"response": [fail_page_two]}
        headers = {"Authorization": f"APIKey {key}"}
        with httpx.Client(base_url=server.url, headers=headers, event_hooks=page_two_fails) as http:
            for name in ("a", "b", "c"):
                assert http.post("/user/datasets/", json={"name": name}).status_code == 201
            with pytest.raises(RuntimeError, match="cannot list the account's datasets, so nothing is written"):
                Cleanup(http)
            cleanup = Cleanup(http)  # listed in full: page 2 answers this time
            assert cleanup.before == {"jane/a", "jane/b", "jane/c"}
            assert http.post("/user/datasets/", json={"name": "d"}).status_code == 201
            assert cleanup.run() == ["jane/d"]


def test_a_deployment_that_ignores_the_page_parameter_ends_the_listing() -> None:
    same_page = [{"name": f"d{index}", "owner": {"username": "jane"}} for index in range(100)]
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=same_page))
    with httpx.Client(base_url="https://api.example.test", transport=transport) as http:
        assert len(list(every_item(http, "/user/datasets/"))) == 100


def test_a_writing_run_deletes_what_it_created(tmp_path: Path) -> None:
    with LocalServer() as server:
        key = server.create_user("throwaway")
        before = _datasets(server, key)
        run_check(
            server.url,
            key,
            read_only=False,
            spec=DEFAULT_SPEC_PATH,
            max_examples=2,
            seed=1,
            extra=["--phases", "examples,fuzzing"],
        )
        created = [e for e in server.journal("add_dataset") if e["status"] == 201]
        assert created, "the run created datasets"
        assert _datasets(server, key) == before


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL])
def test_a_writing_run_stopped_midway_still_cleans_up(tmp_path: Path, stop: signal.Signals) -> None:
    with LocalServer() as server:
        key = server.create_user("throwaway")
        before = _datasets(server, key)
        command = [str(Path(sys.executable).parent / "segments-contract"), "check", "--base-url", server.url, "--write"]
        command += ["--max-examples", "200"]
        process = subprocess.Popen(
            command, env={**os.environ, "SEGMENTS_API_KEY": key}, stdout=subprocess.PIPE, text=True
        )
        deadline = time.monotonic() + 60
        while not any(e["status"] == 201 for e in server.journal("add_dataset")):
            assert time.monotonic() < deadline and process.poll() is None, "the run never created a dataset"
            time.sleep(0.1)
        process.send_signal(stop)
        process.communicate(timeout=60)
        deadline = time.monotonic() + 60  # after a SIGKILL, the cleanup process finishes on its own
        while _datasets(server, key) != before:
            assert time.monotonic() < deadline, "datasets the run created were left behind"
            time.sleep(0.2)


def test_the_command_says_in_one_line_what_is_missing(deployment: tuple[LocalServer, str]) -> None:
    server, _ = deployment
    command = [str(Path(sys.executable).parent / "segments-contract"), "check", "--base-url", server.url]
    environment = {k: v for k, v in os.environ.items() if k != "SEGMENTS_API_KEY"}
    missing = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    assert missing.returncode == 2 and missing.stderr.strip().endswith("the account to check with"), missing.stderr
    wrong = subprocess.run(command, env={**environment, "SEGMENTS_API_KEY": "x" * 40}, capture_output=True, text=True)
    assert wrong.returncode == 2 and "401" in wrong.stderr and "Traceback" not in wrong.stderr, wrong.stderr
