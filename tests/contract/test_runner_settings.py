"""`make contract` against another server, as a new user runs it: a missing setting is one clear
line, and the API keys it is given never touch the disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.contract.runner import _keys_in_memory
from tests.spec_helpers import ROOT


def test_missing_settings_are_one_clear_line() -> None:
    for env in (
        {"BASE_URL": "http://127.0.0.1:9", "API_KEY": "k", "PEER_API_KEY": "p"},
        {"BASE_URL": "http://127.0.0.1:9", "API_KEY": "k", "PEER_API_KEY": "p", "COLLABORATORS": "only,two"},
        {"BASE_URL": "http://127.0.0.1:9", "COLLABORATORS": "a,b,c"},
    ):
        clean = {k: v for k, v in os.environ.items() if k not in ("API_KEY", "PEER_API_KEY", "COLLABORATORS")}
        done = subprocess.run(
            [sys.executable, "-m", "tests.contract.runner"], cwd=ROOT, env={**clean, **env}, capture_output=True,
            text=True, timeout=60,
        )  # fmt: skip
        assert done.returncode == 2, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("contract: BASE_URL needs API_KEY"), done.stderr
        assert "Traceback" not in done.stderr


def test_the_keys_live_in_memory_only() -> None:
    with _keys_in_memory("owner-secret", "stranger-secret") as (path, descriptor):
        assert path.endswith(".json") and os.readlink(path) == f"/dev/fd/{descriptor}", "a pointer, not the keys"
        assert os.readlink(f"/proc/self/fd/{descriptor}").startswith("/memfd:"), "no file on any disk"
        child = subprocess.run(
            [sys.executable, "-c", f"print(open({path!r}).read())"], pass_fds=(descriptor,), capture_output=True,
            text=True, check=True,
        )  # fmt: skip
        names = [entry["name"] for entry in json.loads(child.stdout)["auth"]]
        assert names == ["owner", "stranger"] and "APIKey owner-secret" in child.stdout
