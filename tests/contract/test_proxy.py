"""``segments-server proxy`` in front of the local server: both SDKs work through it unmodified, it
reports no drift on their traffic (at ``/_proxy/report`` while it runs, and on exit), and what it
recorded checks clean with ``segments-contract drift``."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import segments
from segments_client import SegmentsClient
from segments_server.contract.drift import Contract, DriftReport, exchanges_of_har
from segments_server.testing import LocalServer

from bench.harness import free_port
from tests.contract.test_drift import BOX, IMAGE, pipeline


def start_proxy(upstream: str, port: int, *flags: str) -> subprocess.Popen[str]:
    """``segments-server proxy`` on ``port``, once it answers (its report; nothing is forwarded)."""
    command = [
        sys.executable,
        "-m",
        "segments_server.cli",
        "proxy",
        "--upstream",
        upstream,
        "--port",
        str(port),
        *flags,
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/_proxy/report", timeout=1)
            return process
        except httpx.TransportError:
            assert time.monotonic() < deadline and process.poll() is None, "the proxy did not start"
            time.sleep(0.05)


def official_sdk_scenario(client: segments.SegmentsClient) -> None:
    client.add_dataset("tulips", task_type="bboxes", task_attributes={"categories": [{"id": 1, "name": "tulip"}]})
    sample = client.add_sample("jane/tulips", "t.jpg", IMAGE)
    client.add_label(sample.uuid, "ground-truth", BOX)
    client.get_label(sample.uuid, "ground-truth")
    client.get_samples("jane/tulips")
    client.get_datasets()
    client.add_issue(sample.uuid, "a question")
    client.get_issues("jane/tulips")


def test_both_sdks_through_the_proxy_without_drift(tmp_path: Path) -> None:
    with LocalServer() as upstream:
        key = upstream.create_user("jane")
        upstream.create_user("john")
        port = free_port()
        proxy_url = f"http://127.0.0.1:{port}"
        record = tmp_path / "proxy.har"
        process = start_proxy(upstream.url, port, "--record", str(record))
        try:
            with SegmentsClient(key, proxy_url) as ours:
                pipeline(ours)
            official_sdk_scenario(segments.SegmentsClient(key, api_url=proxy_url + "/"))
            report = httpx.get(f"{proxy_url}/_proxy/report").json()
            assert report["findings"] == [], report["summary"]
            assert {"add_sample", "add_label", "get_release", "list_issues"} <= set(report["calls"])
            assert upstream.journal("add_dataset")[0]["body"]["name"] == "flowers", "forwarded unchanged"
        finally:
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=30)
        assert "0 finding(s)." in out, out + err
    recorded = json.loads(record.read_text())
    assert key not in record.read_text()
    drift = DriftReport(Contract())
    for exchange in exchanges_of_har(recorded):
        drift.add(exchange)
    assert drift.findings == {} and sum(drift.calls.values()) >= 25, drift.summary()


def test_the_proxy_reports_drift_of_the_upstream(tmp_path: Path) -> None:
    """An upstream that answers an undocumented status: the proxy passes it on and reports it."""
    with LocalServer() as upstream:
        key = upstream.create_user("jane")
        upstream.inject_fault("get_user", status=418, times=None)
        port = free_port()
        process = start_proxy(upstream.url, port)
        try:
            answer = httpx.get(f"http://127.0.0.1:{port}/user", headers={"Authorization": f"APIKey {key}"})
            assert answer.status_code == 418
            findings = httpx.get(f"http://127.0.0.1:{port}/_proxy/report").json()["findings"]
            assert [(f["operation"], f["kind"], f["where"]) for f in findings] == [
                ("get_user", "undocumented-status", "418")
            ]
        finally:
            process.send_signal(signal.SIGINT)
            process.communicate(timeout=30)
