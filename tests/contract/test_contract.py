"""schemathesis proves openapi.yaml and the server agree: every operation, every check, all phases."""

from __future__ import annotations

import concurrent.futures
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.contract.local import local_server
from tests.contract.runner import CONFIGS, run_schemathesis
from tests.spec_helpers import SPEC_PATH, operations as spec_operations


def _run_on_a_fresh_server(configs: tuple[str, ...]) -> tuple[int, str]:
    with local_server() as (url, keys, org):
        return run_schemathesis(url, keys["owner"], keys["stranger"], ("carol", "dave", "erin"), org, [], configs)


def test_spec_and_server_agree(capsys: pytest.CaptureFixture[str]) -> None:
    # The unpinned run beside the other two, on a server of its own: the suite's longest test, halved.
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        runs = list(pool.map(_run_on_a_fresh_server, [CONFIGS[:2], CONFIGS[2:]]))
    code, output = max(run[0] for run in runs), "\n".join(run[1] for run in runs)
    phases = re.findall(r"^ (?:✅|❌)  (\w+) \(in [\d.]+s\)\n\n\s+(.+)$", output, flags=re.MULTILINE)
    with capsys.disabled():
        print("\nschemathesis:", "; ".join(f"{phase}: {result.strip()}" for phase, result in phases))
        for line in re.findall(r"^\s+\d+ generated.*$", output, flags=re.MULTILINE):
            print("schemathesis test cases:", line.strip())
    assert code == 0, output[-8000:]
    pinned, unpinned = ["Examples", "Coverage", "Fuzzing", "Stateful"], ["Examples", "Coverage", "Fuzzing"]
    assert [phase for phase, _ in phases] == pinned + unpinned
    clean = re.findall(r"^\s+(\d+) generated, \1 passed", output, flags=re.MULTILINE)
    assert len(clean) == 3, "every run passed every case it generated (pinned, stateful, unpinned)"
    operations = len([op for _, _, op in spec_operations() if op["tags"] != ["control"]])
    assert f"Tested: {operations}" in output, "every operation was tested"
    total = sum(int(n) for n in re.findall(r"^\s+(\d+) generated", output, flags=re.MULTILINE))
    assert total >= operations * 25, "at least 25 cases per operation"


# schemathesis as someone outside this repository runs it: its defaults (every check, NUL characters
# allowed), none of the settings in schemathesis*.toml. The one refusal a user must expect is said
# here: an outdated `lib_version` is 426. The coverage phase (two minutes here) is left to the runs
# above, which generate with the same defaults.
DEFAULTS_CONFIG = """
[[operations]]
include-name = "GET /api_status/"
checks.positive_data_acceptance.expected-statuses = ["2XX", "426"]
"""


def test_schemathesis_defaults_find_no_disagreement(tmp_path: Path) -> None:
    config = tmp_path / "schemathesis.toml"
    config.write_text(DEFAULTS_CONFIG)
    with local_server() as (url, keys, _org):
        command = [str(Path(sys.executable).parent / "st"), "--config-file", str(config), "run", str(SPEC_PATH)]
        command += ["--url", url, "-H", f"Authorization: APIKey {keys['owner']}", "--max-examples", "10", "--seed", "7"]
        command += ["--phases", "examples,fuzzing,stateful", "--exclude-tag", "control"]
        result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=tmp_path)
    output = result.stdout + result.stderr
    print(*re.findall(r"^ (?:✅|❌)  \w+ \(in [\d.]+s\)$", output, flags=re.MULTILINE), sep="\n")
    assert "Schema-valid request rejected" not in output, output[-6000:]
    assert result.returncode == 0, output[-6000:]
    assert re.search(r"^\s+(\d+) generated, \1 passed", output, flags=re.MULTILINE), output[-3000:]
