"""A PostgreSQL server of a test's own (its own data directory and port), to stop, restart or freeze
without touching the one the rest of the suite shares."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from .harness import children, free_port, postgres_admin_url


def _bin_dir() -> Path:
    postgres_admin_url()  # installs Debian's PostgreSQL on a machine that has none
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        raise RuntimeError("PostgreSQL's initdb is not installed")
    return found[-1].parent


def _as_postgres(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["runuser", "-u", "postgres", "--", *command], capture_output=True, text=True, check=True)


class PrivatePostgres:
    """``start``, ``stop`` (fast shutdown), ``freeze`` (SIGSTOP: a hung server) and ``thaw``."""

    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.root = Path(tempfile.mkdtemp(prefix="segments-pg-"))
        self.root.chmod(0o755)
        self.data = self.root / "data"
        shutil.chown(self.root, "postgres", "postgres")
        self.port = free_port()
        _as_postgres(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        _as_postgres(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start"
        )

    def stop(self) -> None:
        _as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def _processes(self) -> list[int]:
        postmaster = int((self.data / "postmaster.pid").read_text().splitlines()[0])
        return [postmaster, *children(postmaster)]

    def _signal(self, number: int) -> None:
        for pid in self._processes():
            with contextlib.suppress(ProcessLookupError):  # a backend that ended meanwhile
                os.kill(pid, number)

    def freeze(self) -> None:
        self._signal(signal.SIGSTOP)

    def thaw(self) -> None:
        self._signal(signal.SIGCONT)

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):  # stopped meanwhile: nothing to thaw
            self.thaw()
            subprocess.run(
                [
                    "runuser",
                    "-u",
                    "postgres",
                    "--",
                    str(self.bin / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-m",
                    "immediate",
                    "stop",
                ],
                capture_output=True,
            )
        shutil.rmtree(self.root, ignore_errors=True)
