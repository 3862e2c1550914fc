"""The cleanup of a writing ``segments-contract check``, in a process of its own.

The check starts it first and keeps a pipe to it open. When the pipe closes — the check finished,
failed, or was killed, even with SIGKILL — this process stops the schemathesis run it was told of
and deletes every dataset the account did not have before. The API key comes from the environment.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import time

import httpx

from .check import Cleanup

STOP_SECONDS = 10.0


def _stop(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_SECONDS
        while time.monotonic() < deadline:
            os.kill(pid, 0)  # ProcessLookupError once it is gone
            time.sleep(0.1)
        os.kill(pid, signal.SIGKILL)


def main() -> int:
    base_url = sys.argv[1]
    before = set(json.loads(sys.stdin.readline())["before"])
    runs = [json.loads(line)["pid"] for line in sys.stdin]  # until the check's end closes the pipe
    for pid in runs:
        _stop(pid)
    headers = {"Authorization": f"APIKey {os.environ['SEGMENTS_API_KEY']}"}
    with httpx.Client(base_url=base_url.rstrip("/"), headers=headers, timeout=60) as http:
        deleted = Cleanup(http, before).run()
    print(f"segments-contract: deleted {len(deleted)} dataset(s) the run created", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
