"""Run schemathesis (CLI, with schemathesis.toml) against a server: ours, started fresh, or any other.

    python -m tests.contract.runner                      # a fresh local server with seeded data
    BASE_URL=https://api.segments.ai API_KEY=... PEER_API_KEY=... COLLABORATORS=u1,u2,u3 ORG=myorg \\
        python -m tests.contract.runner                  # any server (see README: it writes data!)
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx

from tests.contract.seed import seed

ROOT = Path(__file__).resolve().parents[2]
CONFIGS = ("schemathesis.toml", "schemathesis-stateful.toml", "schemathesis-unpinned.toml")


REQUIRED_WITH_BASE_URL = ("API_KEY", "PEER_API_KEY", "COLLABORATORS")


@contextlib.contextmanager
def _keys_in_memory(owner_key: str, stranger_key: str) -> Iterator[tuple[str, int]]:
    """The two identities' headers for schemathesis as a file that lives in memory only (Linux
    ``memfd``), named by a ``.json`` symlink (schemathesis wants the extension) to ``/dev/fd/N``: its
    path for the child process, and the descriptor to pass on. API keys are never written to disk."""
    entries = [
        {"name": name, "fixedHeaders": [{"name": "Authorization", "value": f"APIKey {key}"}]}
        for name, key in (("owner", owner_key), ("stranger", stranger_key))
    ]
    descriptor = os.memfd_create("wfc-auth.json")
    try:
        os.write(descriptor, json.dumps({"auth": entries}).encode())
        with tempfile.TemporaryDirectory(prefix="contract-") as folder:
            link = Path(folder) / "wfc-auth.json"
            link.symlink_to(f"/dev/fd/{descriptor}")  # resolved in the child, which gets the descriptor
            yield str(link), descriptor
    finally:
        os.close(descriptor)


def run_schemathesis(
    base_url: str,
    owner_key: str,
    stranger_key: str,
    collaborators: tuple[str, str, str],
    org: str,
    extra_args: list[str],
    configs: tuple[str, ...] = CONFIGS,
) -> tuple[int, str]:
    """Seed the server, then run `st run` with each committed configuration (or ``configs``): (exit
    code, output)."""
    with httpx.Client(base_url=base_url, headers={"Authorization": f"APIKey {owner_key}"}, timeout=60) as http:
        owner = http.get("/user").json()["username"]
        env = seed(http, owner, collaborators)
    reports = Path(os.environ.get("CONTRACT_REPORT_DIR", ROOT / "reports"))
    reports.mkdir(parents=True, exist_ok=True)
    env |= {"CONTRACT_REPORT_DIR": str(reports), "CONTRACT_ORG": org}
    outputs, code = [], 0
    with _keys_in_memory(owner_key, stranger_key) as (wfc_path, descriptor):
        env["CONTRACT_WFC_FILE"] = wfc_path
        for config in configs:
            command = [str(Path(sys.executable).parent / "st"), "--config-file", str(ROOT / config), "run",
                       str(ROOT / "openapi.yaml"), "--url", base_url, "--workers", "1", *extra_args]  # fmt: skip
            result = subprocess.run(
                command, env={**os.environ, **env}, capture_output=True, text=True, check=False, pass_fds=(descriptor,)
            )
            outputs.append(f"$ st --config-file {config} run ...\n{result.stdout}{result.stderr}")
            code = code or result.returncode
    return code, "\n".join(outputs)


def main() -> int:
    base_url = os.environ.get("BASE_URL")
    extra = sys.argv[1:]
    if base_url:
        missing = [name for name in REQUIRED_WITH_BASE_URL if not os.environ.get(name)]
        collaborators = [name for name in os.environ.get("COLLABORATORS", "").split(",") if name.strip()]
        if missing or len(collaborators) != 3:
            print(
                "contract: BASE_URL needs API_KEY, PEER_API_KEY and COLLABORATORS=user1,user2,user3 (three users"
                f" the key's account may add to a dataset); {', '.join(missing) or 'COLLABORATORS'} is not set right",
                file=sys.stderr,
            )
            return 2
        first, second, third = collaborators
        keys = os.environ["API_KEY"], os.environ["PEER_API_KEY"]
        extra = ["--exclude-tag", "reference-server", "--exclude-tag", "control", *extra]  # not in the real API
        result = run_schemathesis(base_url, *keys, (first, second, third), os.environ.get("ORG", ""), extra)
    else:
        from tests.contract.local import local_server

        with local_server() as (url, keys, org):
            result = run_schemathesis(url, keys["owner"], keys["stranger"], ("carol", "dave", "erin"), org, extra)
    code, output = result
    sys.stdout.write(output)
    return code


if __name__ == "__main__":
    sys.exit(main())
