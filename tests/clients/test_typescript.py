"""A second language: a TypeScript client generated from openapi.yaml, type-checked and run.

openapi-typescript (types) and openapi-fetch (requests), pinned in package-lock.json, generate the
client; `tsc --strict` checks clients/typescript/quickstart.ts against it; Node runs the compiled
script against a live server: dataset, samples, a label with a null attribute value, filtered
lists, a release, and an error body.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.local_server import ServerProcess
from tests.spec_helpers import ROOT, SPEC_PATH

CLIENT = ROOT / "clients" / "typescript"
BIN = ROOT / "node_modules" / ".bin"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The client generated from the spec and the quickstart compiled, in a scratch copy."""
    work = tmp_path_factory.mktemp("typescript")
    for name in ("quickstart.ts", "tsconfig.json", "package.json"):
        shutil.copy(CLIENT / name, work / name)
    (work / "node_modules").symlink_to(ROOT / "node_modules")
    generate = [str(BIN / "openapi-typescript"), str(SPEC_PATH), "--default-non-nullable", "false"]
    subprocess.run([*generate, "-o", str(work / "generated" / "schema.d.ts")], check=True, capture_output=True)
    checked = subprocess.run([str(BIN / "tsc"), "-p", str(work / "tsconfig.json")], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    return work / "build" / "quickstart.js"


def test_the_generated_types_catch_a_wrong_body(compiled: Path) -> None:
    """tsc --strict really checks against the spec: a select attribute without `values` fails."""
    work = compiled.parent.parent
    broken = (work / "quickstart.ts").read_text().replace('values: ["red", "blue"], ', "")
    (work / "broken.ts").write_text(broken)
    config = json.loads((work / "tsconfig.json").read_text())
    config["include"] = ["broken.ts", "generated/schema.d.ts"]
    config["compilerOptions"]["noEmit"] = True
    (work / "tsconfig.broken.json").write_text(json.dumps(config))
    checked = subprocess.run(
        [str(BIN / "tsc"), "-p", str(work / "tsconfig.broken.json")], capture_output=True, text=True
    )
    assert checked.returncode != 0 and "values" in checked.stdout, checked.stdout


def test_the_typescript_client_runs_against_a_live_server(compiled: Path, tmp_path: Path) -> None:
    with ServerProcess(tmp_path / "data") as server:
        key = server.create_user("jane")
        run = subprocess.run(
            ["node", str(compiled)],
            env={"PATH": os.environ["PATH"], "SEGMENTS_BASE_URL": server.url, "SEGMENTS_API_KEY": key},
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout)
    assert summary["dataset"].startswith("jane/ts-")
    assert summary["samples"] == ["a.jpg", "b.jpg", "c.jpg"]
    assert summary["label_status"] == "LABELED" and summary["null_attribute"] is True
    assert summary["labeled"] == ["a.jpg"] and summary["rainy"] == ["a.jpg"]
    assert summary["release"][0] == "v1" and summary["release"][1] in ("PENDING", "SUCCEEDED")
    assert summary["error"] == [404, "Not found."]
