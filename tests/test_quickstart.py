"""`make run`'s script: a real server process, the demo account and the quickstart, end to end."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_run_example_script_succeeds() -> None:
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "run-example.sh")], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Hello demo" in result.stdout and "Release v1.0 holds 120 samples" in result.stdout
    assert result.stdout.rstrip().endswith("All done.")
