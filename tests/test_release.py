"""`make release` builds everything a release ships, of the contract's version, and the regeneration
that changes nothing touches nothing."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import yaml

from tests.spec_helpers import ROOT

VERSION = str(yaml.safe_load((ROOT / "openapi.yaml").read_text())["info"]["version"])


def test_release_builds_and_checks_every_artifact_of_the_version(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "scripts/release.py", "--dist", str(tmp_path)], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    shipped = sorted(path.name for path in (tmp_path / VERSION).iterdir())
    assert shipped == sorted(
        [
            f"openapi-{VERSION}.yaml",
            f"segments-api-{VERSION}.d.ts",
            f"segments-api-reference-{VERSION}.html",
            f"segments-api-client-{VERSION}.tar.gz",
            f"segments-client-{VERSION}.tar.gz",
            f"segments-server-{VERSION}.tar.gz",
            f"segments_api_client-{VERSION}-py3-none-any.whl",
            f"segments_client-{VERSION}-py3-none-any.whl",
            f"segments_server-{VERSION}-py3-none-any.whl",
        ]
    )
    dist = tmp_path / VERSION
    assert (dist / f"openapi-{VERSION}.yaml").read_text() == (ROOT / "openapi.yaml").read_text()
    assert "export interface paths" in (dist / f"segments-api-{VERSION}.d.ts").read_text()
    server_wheel = zipfile.ZipFile(dist / f"segments_server-{VERSION}-py3-none-any.whl").namelist()
    assert {"segments_server/openapi.yaml", "segments_server/reference.html"} <= set(server_wheel)
    # The server's sdist builds a complete wheel on its own, away from the checkout.
    with tarfile.open(dist / f"segments-server-{VERSION}.tar.gz") as sdist:
        sdist.extractall(tmp_path / "unpacked", filter="data")
    rebuilt = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path / "w"),
         str(tmp_path / "unpacked" / f"segments-server-{VERSION}")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert rebuilt.returncode == 0, rebuilt.stderr
    names = zipfile.ZipFile(next((tmp_path / "w").glob("*.whl"))).namelist()
    assert "segments_server/openapi.yaml" in names


def test_a_regeneration_that_changes_nothing_touches_nothing() -> None:
    watched = [ROOT / "generated_client" / "setup.py", ROOT / "generated_client" / "segments_api_client" / "client.py"]
    before = [path.stat().st_mtime_ns for path in watched]
    done = subprocess.run(["make", "--no-print-directory", "generate"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert [path.stat().st_mtime_ns for path in watched] == before
    assert "updated" not in done.stdout and "removed" not in done.stdout
