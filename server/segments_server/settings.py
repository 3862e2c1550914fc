"""Server configuration."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent.parent


def _shipped_or_in_repo(shipped: str, in_repo: Path) -> Path:
    """A file a wheel ships inside the package (see setup.py), or its original in a checkout."""
    packaged = PACKAGE_DIR / shipped
    return packaged if packaged.is_file() else in_repo


DEFAULT_SPEC_PATH = _shipped_or_in_repo("openapi.yaml", REPO_ROOT / "openapi.yaml")
DEFAULT_DOCS_PATH = _shipped_or_in_repo("reference.html", REPO_ROOT / "docs" / "index.html")


def default_handler_threads(workers: int) -> int:
    """Threads per worker for writes and listings: about two per core over all the workers, 1 to 4
    each. They mostly wait on the database; more only fight for the GIL within a worker and for the
    cores across workers (measured on 2 cores with PostgreSQL: 2 workers of 2 threads serve a
    quarter more than 2 workers of 4, and 1 worker of 4 as much as 1 worker of 6)."""
    return max(1, min(4, 2 * (os.cpu_count() or 1) // workers))


@dataclasses.dataclass(frozen=True)
class Settings:
    """Everything a server instance needs to know.

    ``public_url`` is the base of absolute URLs in responses (asset and release-file URLs);
    ``database_timeout`` bounds the database work of one request (then 503);
    ``file_link_seconds`` is how long a signed link to a private dataset's release file works;
    ``database_url`` defaults to SQLite in ``data_dir``; ``GET /api_status/`` answers 426 to an
    SDK older than ``oldest_sdk_version`` (empty: never); ``control_token`` turns on the control API.
    """

    data_dir: Path
    public_url: str = "http://127.0.0.1:8000"
    database_url: str | None = None
    spec_path: Path = DEFAULT_SPEC_PATH
    docs_path: Path = DEFAULT_DOCS_PATH
    max_body_bytes: int = 100 * 1024 * 1024
    upload_expiry_seconds: int = 3600
    file_link_seconds: int = 24 * 3600
    database_timeout: float = 20.0
    validate_responses: bool = False
    release_workers: int = 2
    release_lease_seconds: float = 10.0
    handler_threads: int = 4
    oldest_sdk_version: str = "1.0.0"
    rate_limit_per_second: float | None = None
    storage_url: str | None = None
    control_token: str | None = None

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'segments.sqlite3'}"

    def url(self, path: str) -> str:
        """Absolute URL of a server path."""
        return self.public_url.rstrip("/") + "/" + path.lstrip("/")
