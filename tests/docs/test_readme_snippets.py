"""README snippets run as written (in a fresh directory with the checkout's .venv), as a newcomer would."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.spec_helpers import ROOT, readme_block


def test_the_official_sdk_against_the_local_server_snippet(tmp_path: Path) -> None:
    snippet = readme_block("### Using the official SDK with the local server", "sh")
    assert snippet.startswith("make setup")
    runnable = snippet.replace("make setup", "true", 1)  # done already: the suite runs from the .venv
    (tmp_path / ".venv").symlink_to(ROOT / ".venv")
    script = f"set -euo pipefail\n{runnable}\nkill %1\nwait %1 || true\n"
    result = subprocess.run(["bash", "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "username='me'" in result.stdout, result.stdout
