"""The storage endpoints outside the API (like S3 is): signed uploads and file downloads.

Files come from users, so a download must never run as a page of this origin (where the console
keeps its API key): every file is served with ``nosniff`` and a sandboxing Content-Security-Policy,
and only passive types (images, video, audio, JSON, plain text) are shown inline; anything else
(HTML, SVG, XML, scripts, ...) is a download.
"""

from __future__ import annotations

import mimetypes
from pathlib import PurePosixPath
from typing import IO, Any
from urllib.parse import quote

from python_multipart.multipart import MultipartParser, parse_options_header
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from .errors import NOT_FOUND, ApiError, error_response
from .faults import run_bounded, storage_fault
from .services import Services, services_of
from .storage import StorageError
from .tables import Dataset, Release

MULTIPART_OVERHEAD = 64 * 1024
MAX_FIELDS = 32
MAX_FIELD_BYTES = 16 * 1024
RELEASES_PREFIX = "releases/"
INLINE_TYPES = frozenset({"application/json", "text/plain"})
INLINE_FAMILIES = ("image/", "video/", "audio/")
ACTIVE_IMAGE_TYPES = frozenset({"image/svg+xml"})
FILE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    # A unique opaque origin and no subresources: even a file a browser renders cannot script this origin.
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Referrer-Policy": "no-referrer",
}


def _error(status: int, detail: str) -> Response:
    return error_response(ApiError(status, detail))


class _SignedUpload:
    """One multipart upload, parsed as it arrives: the form's fields, whose policy and signature are
    checked before a byte of the file is stored, then the file, streamed to a temporary file."""

    def __init__(self, services: Services, boundary: bytes) -> None:
        self.storage = services.storage
        self.fields: dict[str, str] = {}
        self.key: str | None = None
        self.writer: IO[bytes] | None = None
        self.temporary: Any = None
        self.size = 0
        self._headers: dict[bytes, bytes] = {}
        self._field, self._field_value = bytearray(), bytearray()  # the part header being read
        self._name: str | None = None
        self._value = bytearray()
        self._file_data: list[bytes] = []
        self.parser = MultipartParser(
            boundary,
            {
                "on_part_begin": self._part_begin,
                "on_header_field": self._header_field,
                "on_header_value": self._header_value,
                "on_header_end": self._header_end,
                "on_headers_finished": self._headers_finished,
                "on_part_data": self._part_data,
                "on_part_end": self._part_end,
            },
        )

    def _part_begin(self) -> None:
        self._headers, self._name, self._value = {}, None, bytearray()

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._field += data[start:end]

    def _header_value(self, data: bytes, start: int, end: int) -> None:
        self._field_value += data[start:end]

    def _header_end(self) -> None:
        self._headers[bytes(self._field).lower()] = bytes(self._field_value)
        self._field, self._field_value = bytearray(), bytearray()

    def _headers_finished(self) -> None:
        _, options = parse_options_header(self._headers.get(b"content-disposition", b""))
        self._name = options.get(b"name", b"").decode("utf-8", "replace")
        if self._name != "file":
            if len(self.fields) >= MAX_FIELDS:
                raise StorageError(400, f"Too many form fields (limit {MAX_FIELDS}).")
            return
        if self.key is not None:
            raise StorageError(400, "The form has more than one 'file' part.")
        # S3's rule too: the fields come before the file, and are checked before it is read (the key too).
        self.key = self.storage.verify_form(self.fields)

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        if self._name == "file":
            self.size += end - start
            if self.size > self.storage.max_upload_bytes:
                raise StorageError(413, f"File too large (limit {self.storage.max_upload_bytes} bytes).")
            self._file_data.append(data[start:end])
            return
        self._value += data[start:end]
        if len(self._value) > MAX_FIELD_BYTES:
            raise StorageError(400, f"Form field '{self._name}' is too long (limit {MAX_FIELD_BYTES} bytes).")

    def _part_end(self) -> None:
        if self._name and self._name != "file":
            self.fields[self._name] = self._value.decode("utf-8", "replace")

    async def feed(self, chunk: bytes) -> None:
        """Parse a piece of the body; file data goes to the temporary file (off the event loop)."""
        self.parser.write(chunk)
        if self._file_data:
            data, self._file_data = b"".join(self._file_data), []
            await run_in_threadpool(self._write, data)

    def _write(self, data: bytes) -> None:
        if self.writer is None:
            assert self.key is not None
            self.writer, self.temporary = self.storage.open_writer(self.key)
        self.writer.write(data)

    def finish(self) -> str:
        """Put the complete file in place; its key."""
        self.parser.finalize()
        if self.key is None:
            raise StorageError(400, "The form has no 'file' part.")
        if self.writer is None:  # an empty file
            self.writer, self.temporary = self.storage.open_writer(self.key)
        self.writer.close()
        self.storage.publish(self.temporary, self.key)
        self.temporary = None
        return self.key

    def discard(self) -> None:
        """Remove what an unfinished upload wrote."""
        if self.writer is not None:
            self.writer.close()
        if self.temporary is not None:
            self.temporary.unlink(missing_ok=True)


async def upload(request: Request) -> Response:
    """POST /files/upload/: store the ``file`` part of a signed multipart form; 204."""
    services = services_of(request)
    storage = services.storage
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > storage.max_upload_bytes + MULTIPART_OVERHEAD:
        return _error(413, f"File too large (limit {storage.max_upload_bytes} bytes).")
    content_type, options = parse_options_header(request.headers.get("content-type", ""))
    boundary = options.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        return _error(400, "Malformed multipart form: send multipart/form-data with a boundary.")
    form = _SignedUpload(services, boundary)
    try:
        async for chunk in request.stream():
            await form.feed(chunk)
        await run_in_threadpool(form.finish)
    except StorageError as exc:
        return error_response(exc)
    except OSError as exc:
        raise storage_fault(exc) from exc
    except ApiError:
        raise
    except Exception as exc:  # python-multipart raises several types for broken forms
        return _error(400, f"Malformed multipart form: {exc}.")
    finally:
        await run_in_threadpool(form.discard)
    return Response(status_code=204)


def _release_is_public(services: Services, key: str) -> bool:
    """Whether ``key`` is the release file of a public dataset (read without a signed link)."""
    release_uuid = PurePosixPath(key).stem
    with services.db.session(readonly=True) as session:
        public = session.scalar(
            select(Dataset.public)
            .join(Release, Release.dataset_id == Dataset.id)
            .where(Release.uuid == release_uuid, Release.file_key == key)
        )
    return bool(public)


def file_headers(filename: str) -> tuple[str, dict[str, str]]:
    """The media type a stored file is served as, and the headers that keep it from running."""
    media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    headers = dict(FILE_HEADERS)
    passive = media_type in INLINE_TYPES or (
        media_type.startswith(INLINE_FAMILIES) and media_type not in ACTIVE_IMAGE_TYPES
    )
    if not passive:
        media_type = "application/octet-stream"
        headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    return media_type, headers


async def download(request: Request) -> Response:
    """GET /files/{key}: the stored file. Assets and public datasets' release files need no key (their
    URLs are unguessable, as on S3); other files need a signed, unexpired link."""
    services = services_of(request)
    storage = services.storage
    key = request.path_params["key"]
    try:
        path = storage.path(key)
    except StorageError:
        return _error(404, NOT_FOUND)
    expires, signature = request.query_params.get("expires"), request.query_params.get("signature")
    if expires is not None or signature is not None:
        try:
            storage.verify_link(key, expires or "", signature or "")
        except StorageError as exc:
            return error_response(exc)
    elif key.startswith(RELEASES_PREFIX) and not await run_bounded(
        services.settings.database_timeout, _release_is_public, services, key
    ):
        return _error(404, NOT_FOUND)
    if not path.is_file():
        return _error(404, NOT_FOUND)
    media_type, headers = file_headers(path.name)
    return FileResponse(path, media_type=media_type, headers=headers)
