"""The storage endpoints outside the API (like S3 is): signed uploads and file downloads."""

from __future__ import annotations

import mimetypes
import shutil

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from .errors import NOT_FOUND, ApiError, error_response
from .services import services_of
from .storage import StorageError

MULTIPART_OVERHEAD = 64 * 1024


def _error(status: int, detail: str) -> Response:
    return error_response(ApiError(status, detail))


async def upload(request: Request) -> Response:
    """POST /files/upload/: store the ``file`` part of a signed multipart form; 204."""
    storage = services_of(request).storage
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > storage.max_upload_bytes + MULTIPART_OVERHEAD:
        return _error(413, f"File too large (limit {storage.max_upload_bytes} bytes).")
    try:
        form = await request.form(max_files=1, max_fields=32)
    except StorageError as exc:
        return error_response(exc)
    except Exception as exc:  # python-multipart raises several types for broken forms
        return _error(400, f"Malformed multipart form: {exc}.")
    try:
        fields = {name: value for name, value in form.items() if isinstance(value, str)}
        upload_file = form.get("file")
        if not isinstance(upload_file, UploadFile):
            return _error(400, "The form has no 'file' part.")
        key = storage.verify_form(fields)
        if (upload_file.size or 0) > storage.max_upload_bytes:
            return _error(413, f"File too large (limit {storage.max_upload_bytes} bytes).")
        writer, temporary = storage.open_writer(key)
        with writer:
            shutil.copyfileobj(upload_file.file, writer, 1024 * 1024)
        storage.publish(temporary, key)
    except StorageError as exc:
        return error_response(exc)
    finally:
        await form.close()
    return Response(status_code=204)


async def download(request: Request) -> Response:
    """GET /files/{key}: the stored file, without authentication (the key is unguessable)."""
    storage = services_of(request).storage
    try:
        path = storage.path(request.path_params["key"])
    except StorageError:
        return _error(404, NOT_FOUND)
    if not path.is_file():
        return _error(404, NOT_FOUND)
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media_type)
