"""The three packages build as wheels and work installed outside the checkout: a fresh virtual
environment in a temporary directory gets the wheels, `segments-server serve` runs from it (spec,
reference page and console shipped inside), and the quickstart runs against it with the SDK."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from release import install_in_fresh_venv

from tests.local_server import free_port
from tests.spec_helpers import ROOT

PACKAGES = ("generated_client", "wrapper", "server")


def _copy_sources(into: Path) -> None:
    """A clean copy of what a wheel is built from (an in-tree build would leave build/ behind)."""
    ignore = shutil.ignore_patterns(
        "build", "*.egg-info", "__pycache__", ".ruff_cache", "openapi.yaml", "reference.html"
    )
    for package in PACKAGES:
        shutil.copytree(ROOT / package, into / package, ignore=ignore)
    shutil.copy(ROOT / "openapi.yaml", into / "openapi.yaml")
    (into / "docs").mkdir()
    shutil.copy(ROOT / "docs" / "index.html", into / "docs" / "index.html")


def _output(*command: str | Path, **options: Any) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True, **options).stdout


def test_wheels_install_and_run_outside_the_checkout(tmp_path: Path) -> None:
    sources, wheels, venv, elsewhere = (tmp_path / name for name in ("src", "wheels", "venv", "elsewhere"))
    _copy_sources(sources)
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels)]
    subprocess.run([*build, *(str(sources / p) for p in PACKAGES)], check=True, capture_output=True)
    built = sorted(path.name.split("-")[0] for path in wheels.glob("*.whl"))
    assert built == ["segments_api_client", "segments_client", "segments_server"]

    # Third-party dependencies come from this environment (no network); our packages only from the wheels.
    python = install_in_fresh_venv(sorted(wheels.glob("*.whl")), venv)
    where = _output(python, "-c", "import segments_server as s, segments_client as c; print(s.__file__, c.__file__)")
    assert str(ROOT) not in where and str(venv) in where, where

    elsewhere.mkdir()
    port = free_port()
    env = {"PATH": os.environ["PATH"], "HOME": str(elsewhere)}
    key = _output(venv / "bin" / "segments-server", "seed-demo", "--data-dir", "data", cwd=elsewhere, env=env).split()[
        -1
    ]
    server = subprocess.Popen(
        [
            venv / "bin" / "segments-server",
            "serve",
            "--data-dir",
            "data",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        cwd=elsewhere,
        env=env,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                assert httpx.get(f"{base}/healthz", timeout=1).status_code == 200
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline and server.poll() is None, "the installed server did not start"
                time.sleep(0.1)
        assert "redoc" in httpx.get(f"{base}/docs").text.lower(), "the reference page ships in the wheel"
        assert httpx.get(f"{base}/openapi.yaml").text == (ROOT / "openapi.yaml").read_text()
        assert httpx.get(f"{base}/ui").status_code == 200
        shutil.copy(ROOT / "examples" / "quickstart.py", elsewhere / "quickstart.py")
        tour = subprocess.run(
            [python, "quickstart.py"],
            cwd=elsewhere,
            env={**env, "SEGMENTS_API_KEY": key, "SEGMENTS_API_URL": base},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert tour.returncode == 0, tour.stdout + tour.stderr
        assert "Hello demo" in tour.stdout
    finally:
        server.terminate()
        server.wait(timeout=30)
