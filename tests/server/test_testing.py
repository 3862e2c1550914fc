"""The server in users' test suites: ``segments_server.testing.LocalServer`` and the pytest plugin,
used as a user would (the plugin through its installed entry point, in a pytest of its own)."""

from __future__ import annotations

import concurrent.futures
import textwrap

import httpx
import pytest
from segments_api_client.api.users import get_user
from segments_client import AuthenticationError, SegmentsClient
from segments_server.testing import LocalServer
from starlette.testclient import TestClient

from tests.spec_helpers import readme_block

IMAGE = {"image": {"url": "https://example.com/a.jpg"}}


def test_a_local_server_in_a_with_block_and_its_reset() -> None:
    with LocalServer() as server:
        assert httpx.get(f"{server.url}/healthz").json()["status"] == "ok"
        key = server.create_user("jane")
        server.create_org("acme", "jane")
        with SegmentsClient(key, server.url) as client:
            client.add_dataset("d", task_type="vector")
            sample = client.add_sample("jane/d", "a", IMAGE)
            asset = client.upload_asset(b"\x89PNG", "a.png")
            assert httpx.get(asset.url).status_code == 200
            server.reset()
            with pytest.raises(AuthenticationError):
                client.get_user()  # the user and its key are gone
        again = server.create_user("jane")  # the name is free again
        with SegmentsClient(again, server.url) as client:
            assert client.get_datasets() == []
            assert (
                httpx.get(
                    f"{server.url}/samples/{sample.uuid}/", headers={"Authorization": f"APIKey {again}"}
                ).status_code
                == 404
            )
        assert httpx.get(asset.url).status_code == 404, "stored files are gone too"
        data_dir = server.data_dir
    assert not data_dir.exists(), "a temporary data directory is removed"


def test_servers_started_at_once_in_threads_each_work() -> None:
    """Each opens (and migrates) its own database; none runs on another's connection."""

    def start_and_use(number: int) -> str:
        with LocalServer() as server:
            key = server.create_user(f"user{number}")
            with SegmentsClient(key, server.url) as client:
                return client.get_user().username

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        assert list(pool.map(start_and_use, range(4))) == ["user0", "user1", "user2", "user3"]


def test_client_raw_goes_through_the_http_client_you_pass() -> None:
    """A generated-client call through ``client.raw`` reaches an in-process app like the SDK does."""
    server = LocalServer()
    try:
        key = server.create_user("jane")
        with TestClient(server.app, base_url="http://in-process") as http:
            client = SegmentsClient(key, "http://in-process", http_client=http)
            assert client.get_user().username == "jane"
            me = get_user.sync(client=client.raw)
            assert me is not None and me.username == "jane"  # type: ignore[union-attr]
    finally:
        server.stop()


PLUGIN_TESTS = textwrap.dedent(
    """
    import asyncio


    from segments_client import NotFoundError


    def test_first(segments_client):
        assert segments_client.get_user().username == "user1"
        segments_client.add_dataset("d", public=True)


    def test_second_starts_from_nothing(segments_client):
        try:
            left_behind = segments_client.get_datasets(user="user1")
        except NotFoundError:  # user1 is gone with everything else
            left_behind = []
        assert left_behind == []


    def test_async(async_segments_client, segments_server):
        async def run():
            async with async_segments_client as client:
                return await client.get_user()

        assert asyncio.run(run()).username.startswith("user")
        assert segments_server.url.startswith("http://127.0.0.1:")
    """
)


def test_the_pytest_plugin_needs_no_conftest_and_isolates_tests(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user_suite=PLUGIN_TESTS)
    isolated = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    isolated.assert_outcomes(passed=3)
    kept = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider", "--segments-keep-state")
    kept.assert_outcomes(passed=2, failed=1)  # the second test sees the first one's dataset
    assert "--segments-database-url" in pytester.runpytest_subprocess("--help").stdout.str()


def test_the_readme_example_runs_as_written(pytester: pytest.Pytester) -> None:
    example = readme_block("## Testing your code against the local server", "python")
    assert example.startswith("# test_pipeline.py")
    pytester.makepyfile(test_pipeline=example)
    pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_the_readme_context_manager_runs_as_written() -> None:
    block = readme_block("Without pytest, the same", "python")
    namespace: dict[str, object] = {}
    exec(compile(block, "README", "exec"), namespace)


def test_the_readme_control_api_example_runs_as_written(pytester: pytest.Pytester) -> None:
    example = readme_block("**The control API.**", "python")
    assert example.startswith("# test_retries.py")
    pytester.makepyfile(test_retries=example)
    pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider").assert_outcomes(passed=2)


XDIST_SUITE = """
import os
import pathlib

import pytest


@pytest.mark.parametrize("n", range(8))
def test_isolated(segments_server, segments_client, n):
    assert segments_client.get_datasets() == []
    segments_client.add_dataset(f"d{n}", task_type="bboxes")
    pathlib.Path(f"{os.environ['PYTEST_XDIST_WORKER']}-{n}.url").write_text(segments_server.url)
"""


def test_one_server_per_xdist_worker(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_suite=XDIST_SUITE)
    pytester.runpytest_subprocess("-n", "2", "-p", "no:cacheprovider").assert_outcomes(passed=8)
    by_worker: dict[str, set[str]] = {}
    for path in pytester.path.glob("*.url"):
        by_worker.setdefault(path.name.split("-")[0], set()).add(path.read_text())
    assert sorted(by_worker) == ["gw0", "gw1"] and all(len(urls) == 1 for urls in by_worker.values())
    assert len(set.union(*by_worker.values())) == 2, "each worker has a server of its own"
