"""The server in users' test suites: how long the fixture takes to start, a reset of a dataset of
samples, and a suite of tests with per-test isolation against the same suite on one shared state."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

from segments_server.testing import LocalServer

from .harness import seed_samples

SUITE = """
import pytest


@pytest.mark.parametrize("n", range({tests}))
def test_user_code(segments_client, n):
    name = "d%d" % n
    segments_client.add_dataset(name, task_type="bboxes")
    segments_client.add_sample(segments_client.get_user().username + "/" + name, "s", {{"image": {{"url": "u"}}}})
    assert segments_client.get_dataset(segments_client.get_user().username + "/" + name).name == name
"""


def _suite_seconds(folder: Path, tests: int, *flags: str) -> float:
    (folder / "test_suite.py").write_text(textwrap.dedent(SUITE.format(tests=tests)))
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", *flags, str(folder)],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the benchmark suite failed: {done.stdout[-2000:]}")
    return time.perf_counter() - started


def run(workdir: Path, samples: int, tests: int, rounds: int) -> dict[str, Any]:
    starts, resets, isolated, shared = [], [], [], []
    for _ in range(rounds):
        started = time.perf_counter()
        with LocalServer(workdir / f"start-{len(starts)}") as server:
            starts.append(time.perf_counter() - started)
            server.create_user("bench")
            seed_samples(server.data_dir, "bench", "big", samples, labeled=True)
            started = time.perf_counter()
            server.reset()
            resets.append(time.perf_counter() - started)
        with tempfile.TemporaryDirectory(dir=workdir) as folder:
            isolated.append(_suite_seconds(Path(folder), tests))
            shared.append(_suite_seconds(Path(folder), tests, "--segments-keep-state"))
    return {
        "start_ms": min(starts) * 1000,
        "reset_ms": min(resets) * 1000,
        "reset_samples": samples,
        "suite_isolated_s": min(isolated),
        "suite_shared_s": min(shared),
        "suite_tests": tests,
    }
