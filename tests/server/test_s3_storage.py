"""Assets and release files in S3-compatible object storage, against a local S3 server (moto's).

Clients upload straight to the store with the presigned POST (our SDK and the official one), read
through presigned GET URLs, release exports land in the bucket under the prefix, two servers share
one database and one store, and deleting a dataset deletes its objects.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import boto3
import httpx
import pytest
import segments
from moto.server import ThreadedMotoServer
from segments_client import SegmentsClient

from tests.local_server import RunningServer, free_port

BUCKET = "segments-team"


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """A local S3 endpoint with an empty bucket; the AWS settings point every client at it."""
    port = free_port()
    moto = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    moto.start()
    for name, value in {
        "AWS_ACCESS_KEY_ID": "local",
        "AWS_SECRET_ACCESS_KEY": "local-secret",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}",
    }.items():
        monkeypatch.setenv(name, value)
    s3 = boto3.client("s3")
    s3.create_bucket(Bucket=BUCKET)
    yield s3
    moto.stop()


def _keys(s3: object) -> list[str]:
    listing = s3.list_objects_v2(Bucket=BUCKET)  # type: ignore[attr-defined]
    return sorted(item["Key"] for item in listing.get("Contents", []))


def test_files_live_in_the_bucket_and_are_served_by_it(store: object, tmp_path: Path) -> None:
    settings = {"storage_url": f"s3://{BUCKET}/team", "database_url": f"sqlite:///{tmp_path / 'shared.sqlite3'}"}
    with RunningServer(tmp_path / "a", **settings) as first, RunningServer(tmp_path / "b", **settings) as second:
        key = first.local.create_user("jane")
        with SegmentsClient(key, first.url) as client:
            asset = client.upload_asset(io.BytesIO(b"\x89PNG rose"), filename="rose.png")
            assert asset.url.startswith(store.meta.endpoint_url)  # type: ignore[attr-defined]
            assert httpx.get(asset.url).content == b"\x89PNG rose"
            official = segments.SegmentsClient(key, api_url=first.url).upload_asset(io.BytesIO(b"tulip"), "tulip.png")
            assert httpx.get(official.url).content == b"tulip", "the official SDK posts the same form"

            client.add_dataset("flowers", task_type="bboxes")
            client.add_sample("jane/flowers", "rose.png", {"image": {"url": asset.url}})
            client.add_release("jane/flowers", "v1")
            client.wait_for_release("jane/flowers", "v1", poll_interval=0.05)
            exported = json.loads(client.download_release("jane/flowers", "v1", to=tmp_path / "v1.json").read_text())
            assert [s["name"] for s in exported["dataset"]["samples"]] == ["rose.png"]
        objects = _keys(store)
        assert len([k for k in objects if k.startswith("team/assets/jane/")]) == 2
        assert len([k for k in objects if k.startswith("team/releases/")]) == 1

        with SegmentsClient(key, second.url) as other:  # another machine: same database, same store
            url = other.get_release("jane/flowers", "v1").attributes.url
            assert json.loads(httpx.get(url).content)["name"] == "v1"
            other.delete_dataset("jane/flowers")
        assert [k for k in _keys(store) if k.startswith("team/releases/")] == [], "release files are deleted"
        assert first.local.http().get("/files/assets/jane/x.png").status_code == 404, "the server keeps no files"


def test_an_unreachable_bucket_is_one_line_at_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess
    import sys

    for name, value in {
        "AWS_ACCESS_KEY_ID": "local",
        "AWS_SECRET_ACCESS_KEY": "local-secret",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": f"http://127.0.0.1:{free_port()}",  # nothing listens there
        "AWS_MAX_ATTEMPTS": "1",
    }.items():
        monkeypatch.setenv(name, value)
    command = [sys.executable, "-m", "segments_server.cli", "serve", "--data-dir", str(tmp_path)]
    done = subprocess.run([*command, "--storage-url", f"s3://{BUCKET}"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and f"cannot reach s3://{BUCKET}" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_a_bad_storage_url_is_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    for url, says in (("http://bucket", "s3://BUCKET"), ("s3://x", "s3://BUCKET")):
        command = [
            sys.executable,
            "-m",
            "segments_server.cli",
            "serve",
            "--data-dir",
            str(tmp_path),
            "--storage-url",
            url,
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert done.returncode == 2 and says in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
