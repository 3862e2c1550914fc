"""schemathesis proves openapi.yaml and the server agree: every operation, every check, all phases."""

from __future__ import annotations

import re

import pytest

from tests.contract.local import local_server
from tests.contract.runner import run_schemathesis
from tests.spec_helpers import operations as spec_operations


def test_spec_and_server_agree(capsys: pytest.CaptureFixture[str]) -> None:
    with local_server() as (url, keys, org):
        code, output = run_schemathesis(url, keys["owner"], keys["stranger"], ("carol", "dave", "erin"), org, [])
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
    operations = len(list(spec_operations()))
    assert f"Tested: {operations}" in output, "every operation was tested"
    total = sum(int(n) for n in re.findall(r"^\s+(\d+) generated", output, flags=re.MULTILINE))
    assert total >= operations * 25, "at least 25 cases per operation"
