"""Release downloads stream to files with bounded memory; the SDK's types follow the spec."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tracemalloc
import typing
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import segments_client
from segments_client import APIConnectionError, AsyncSegmentsClient, SegmentsClient, types

from tests.local_server import RunningServer
from tests.spec_helpers import load_spec
from tests.task_examples import SAMPLES
from tests.wrapper.fault_server import Fault, fault_server

RELEASE = {
    "uuid": "602a3eec-a61c-4a77-9fcc-3037ce5e9606",
    "name": "v1",
    "description": "",
    "release_type": "JSON",
    "attributes": {"url": "http://files.test/release.json"},
    "status": "SUCCEEDED",
    "status_info": "",
    "created_at": "2024-01-01T00:00:00Z",
    "samples_count": 1,
}
CHUNK = b"x" * 65536
CHUNKS = 512  # 32 MiB


def big_download(request: httpx.Request) -> httpx.Response:
    if request.url.host == "files.test":
        assert "authorization" not in request.headers, "file URLs get no API key"

        def body() -> Iterator[bytes]:
            for _ in range(CHUNKS):
                yield CHUNK

        return httpx.Response(200, content=body(), headers={"Content-Length": str(len(CHUNK) * CHUNKS)})
    return httpx.Response(200, json=RELEASE)


def test_download_to_a_file_streams_with_flat_memory(tmp_path: Path) -> None:
    target = tmp_path / "out" / "release.json"
    progress: list[tuple[int, int]] = []
    with SegmentsClient("key", "http://api.test", transport=httpx.MockTransport(big_download)) as client:
        tracemalloc.start()
        path = client.download_release("jane/ds", "v1", to=target, progress=lambda d, t: progress.append((d, t)))
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert path == target and target.stat().st_size == len(CHUNK) * CHUNKS
    assert peak < 8 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB for a 33 MB file"
    assert progress[-1] == (len(CHUNK) * CHUNKS, len(CHUNK) * CHUNKS)
    assert [p.name for p in target.parent.iterdir()] == ["release.json"]


def test_download_streams_in_async_too(tmp_path: Path) -> None:
    async def scenario() -> Path:
        async def body() -> typing.AsyncIterator[bytes]:
            for _ in range(64):
                yield CHUNK

        def answer(request: httpx.Request) -> httpx.Response:
            if request.url.host == "files.test":
                return httpx.Response(200, content=body())
            return httpx.Response(200, json=RELEASE)

        async with AsyncSegmentsClient("key", "http://api.test", transport=httpx.MockTransport(answer)) as client:
            return await client.download_release("jane/ds", "v1", to=tmp_path / "r.json", progress=False)

    assert asyncio.run(scenario()).stat().st_size == len(CHUNK) * 64


def test_a_download_cut_short_leaves_no_file(tmp_path: Path) -> None:
    with fault_server() as server:
        release = {**RELEASE, "attributes": {"url": f"{server.url}/files/release.json"}}
        server.script(Fault(200, json.dumps(release).encode()), Fault(200, b"{" + b" " * 100_000 + b"}", cut=50_000))
        with SegmentsClient("key", server.url, max_retries=0) as client, pytest.raises(APIConnectionError):
            client.download_release("jane/ds", "v1", to=tmp_path / "r.json", progress=False)
    assert list(tmp_path.iterdir()) == [], "neither the file nor a temporary file is left"


def test_download_from_the_live_server_matches_the_parsed_release(
    client: SegmentsClient, username: str, tmp_path: Path
) -> None:
    client.add_dataset("dl", task_type="bboxes")
    client.add_sample(f"{username}/dl", "a", SAMPLES["bboxes"])
    client.add_release(f"{username}/dl", "v1")
    parsed = client.download_release(f"{username}/dl", "v1")
    path = client.download_release(f"{username}/dl", "v1", to=tmp_path / "v1.json", progress=False)
    assert json.loads(path.read_text()) == parsed and parsed["name"] == "v1"


def test_async_upload_of_a_path(live: RunningServer, api_key: str, tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG" + b"0" * 100_000)

    async def scenario() -> str:
        async with AsyncSegmentsClient(api_key, live.url) as client:
            return str((await client.upload_asset(tmp_path / "image.png")).url)

    assert httpx.get(asyncio.run(scenario())).content == (tmp_path / "image.png").read_bytes()


@pytest.mark.parametrize(
    ("alias", "schema"),
    [
        (types.TaskType, "TaskType"),
        (types.LabelStatus, "LabelStatus"),
        (types.Role, "Role"),
        (types.DatasetCategory, "DatasetCategory"),
        (types.IssueStatus, "IssueStatus"),
    ],
)
def test_literal_types_list_the_specs_enum_values(alias: object, schema: str) -> None:
    assert list(typing.get_args(alias)) == load_spec()["components"]["schemas"][schema]["enum"]


def test_sort_keys_are_the_specs_sort_values() -> None:
    enum = load_spec()["components"]["schemas"]["SampleSort"]["enum"]
    assert sorted(typing.get_args(types.SampleSortKey)) == sorted(v for v in enum if not v.startswith("-"))


def test_version_and_user_agent() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"status": "ok"})

    with SegmentsClient("key", "http://api.test", transport=httpx.MockTransport(answer)) as client:
        client.check_api_key()
    agent = seen[0].headers["user-agent"]
    assert agent.startswith(f"segments-client/{segments_client.__version__} ") and "Python/3." in agent
    assert seen[0].headers["authorization"] == "APIKey key"


def test_types_are_visible_to_mypy_outside_the_repository(tmp_path: Path) -> None:
    (tmp_path / "use.py").write_text(
        "from segments_client import SegmentsClient\n"
        "client = SegmentsClient('k', 'http://localhost')\n"
        "reveal_type(client.get_sample('x'))\n"
        "client.add_dataset('n', task_type='boxes')\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "use.py"], cwd=tmp_path, capture_output=True, text=True
    )
    assert 'Revealed type is "segments_api_client.models.sample.Sample"' in done.stdout, done.stdout
    assert 'Argument "task_type" has incompatible type "Literal[\'boxes\']"' in done.stdout, done.stdout
