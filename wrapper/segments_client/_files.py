"""Files: what to upload under which name, and release downloads written atomically with progress."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO, Any

import httpx
from segments_api_client.models import Release

from ._bulk import Progress, ProgressArg
from ._call import Parser
from ._request import parse_body
from .errors import SegmentsError

PathLike = str | os.PathLike[str]


def open_upload(file_or_path: PathLike | IO[bytes], filename: str | None) -> tuple[IO[bytes], str, bool]:
    """The file to upload, its name, and whether we opened it (and must close it)."""
    if isinstance(file_or_path, str | os.PathLike):
        handle = open(file_or_path, "rb")  # noqa: SIM115 - closed by the caller
        return handle, filename or os.path.basename(os.fspath(file_or_path)), True
    name = getattr(file_or_path, "name", None)
    return file_or_path, filename or (os.path.basename(name) if isinstance(name, str) else "upload.bin"), False


def release_url(release: Release) -> str:
    url = release.attributes.url
    if not isinstance(url, str) or not url:
        raise SegmentsError(f"release {release.name!r} has no file URL")
    return url


_ANY_JSON: Parser[dict[str, Any]] = Parser("ReleaseFile", False, lambda data: dict(data))


def release_content(response: httpx.Response) -> dict[str, Any]:
    """The parsed release file of a (read) response."""
    return parse_body(_ANY_JSON, response)


class DownloadTarget:
    """A file written through a temporary file beside it, renamed into place only when complete."""

    def __init__(self, path: PathLike, response: httpx.Response, progress: ProgressArg) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
        self._temp = Path(temp)
        self._file = os.fdopen(fd, "wb")
        length = response.headers.get("content-length", "")
        self._progress = Progress(progress, int(length) if length.isdigit() else 0, "B", self.path.name)

    def write(self, chunk: bytes) -> None:
        self._file.write(chunk)
        self._progress.advance(len(chunk))

    def commit(self) -> Path:
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self._temp, self.path)
        self._progress.close()
        return self.path

    def abort(self) -> None:
        self._file.close()
        self._temp.unlink(missing_ok=True)
        self._progress.close()
