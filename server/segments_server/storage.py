"""Files (uploaded assets, release files) under the data dir, signed upload forms and signed links.

An upload form works like an S3 presigned POST: ``policy`` (base64 JSON naming the key, the
size limit and the expiry) signed with the server's secret. The upload endpoint needs no API
key; the signature is the authorisation. A download link of a file that is not public (a private
dataset's release file) works like an S3 presigned GET: ``?expires=EPOCH&signature=HMAC`` over the
key and the expiry, so it stops working at that time.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import time
import uuid
from pathlib import Path, PurePosixPath
from typing import IO, Any, Protocol
from urllib.parse import urlencode

from .errors import ApiError

UPLOAD_PATH = "/files/upload/"
FILES_PREFIX = "/files/"
ALGORITHM = "HMAC-SHA256"


class StorageError(ApiError):
    """A bad key or upload form, answered with ``status``."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(status, detail)
        self.status = status


def _load_secret(data_dir: Path) -> bytes:
    path = data_dir / "secret.key"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text().strip().encode()


def valid_key(key: str) -> bool:
    """A relative key of named parts (no ``.``, ``..``, empty part, backslash or NUL)."""
    parts = key.split("/")
    return bool(key) and "\\" not in key and "\x00" not in key and all(p not in ("", ".", "..") for p in parts)


def safe_extension(filename: str) -> str:
    suffix = PurePosixPath(filename.replace("\\", "/")).suffix.lower()
    return suffix if suffix[1:].isalnum() and len(suffix) <= 10 else ""


def remove_stale(folder: Path, pattern: str, older_than: float) -> None:
    """Files in ``folder`` matching ``pattern`` not modified for ``older_than`` seconds."""
    if not folder.is_dir():
        return
    for temporary in folder.glob(pattern):
        with contextlib.suppress(OSError):
            if time.time() - temporary.stat().st_mtime > older_than:
                temporary.unlink()


class FileStore(Protocol):
    """Where assets and release files live: ``Storage`` (the data dir) or ``S3Storage``."""

    max_upload_bytes: int

    def path(self, key: str) -> Path: ...
    def url(self, key: str, expires_in: int | None = None) -> str: ...
    def verify_link(self, key: str, expires: str, signature: str) -> None: ...
    def open_writer(self, key: str) -> tuple[IO[bytes], Path]: ...
    def publish(self, temporary: Path, key: str) -> None: ...
    def remove_temporaries(self, key: str) -> None: ...
    def remove_stale_temporaries(self, folder: str, older_than: float) -> None: ...
    def delete(self, key: str) -> None: ...
    def upload_form(self, key: str) -> dict[str, Any]: ...
    def verify_form(self, fields: dict[str, str]) -> str: ...
    def check(self) -> None: ...


class Storage:
    """Files addressed by keys like ``assets/jane/<uuid>.png`` inside one root directory.

    Served by this server (``/files/...``) and uploaded through its signed form (``/files/upload/``).
    ``S3Storage`` (storage_s3.py) keeps them in S3-compatible object storage instead.
    """

    def __init__(self, data_dir: Path, public_url: str, max_upload_bytes: int, expiry_seconds: int) -> None:
        self.root = (data_dir / "files").resolve()
        self.root.mkdir(parents=True, exist_ok=True)
        self.public_url = public_url.rstrip("/")
        self.max_upload_bytes = max_upload_bytes
        self.expiry_seconds = expiry_seconds
        self._secret = _load_secret(data_dir)

    def path(self, key: str) -> Path:
        """The file of ``key``; keys that would leave the storage root are rejected."""
        if not valid_key(key):
            raise StorageError(400, "Invalid file key.")
        path = (self.root / Path(*PurePosixPath(key).parts)).resolve()
        if not path.is_relative_to(self.root) or path == self.root:
            raise StorageError(400, "Invalid file key.")
        return path

    def url(self, key: str, expires_in: int | None = None) -> str:
        """The file's absolute URL: permanent, or signed and good for ``expires_in`` seconds."""
        plain = self.public_url + FILES_PREFIX + key
        if expires_in is None:
            return plain
        expires = int(time.time()) + expires_in
        return f"{plain}?{urlencode({'expires': expires, 'signature': self._sign_link(key, expires)})}"

    def _sign_link(self, key: str, expires: int) -> str:
        return self._sign(f"GET\n{key}\n{expires}")

    def verify_link(self, key: str, expires: str, signature: str) -> None:
        """Raise 403 unless ``expires``/``signature`` are a link to ``key`` signed here and not expired."""
        if not expires.isdigit() or not hmac.compare_digest(self._sign_link(key, int(expires)), signature):
            raise StorageError(403, "Invalid file signature.")
        if time.time() > int(expires):
            raise StorageError(403, "This link has expired: ask the API for a new one.")

    def check(self) -> None:
        """Nothing to reach: the root directory was made when this store was."""

    def open_writer(self, key: str) -> tuple[IO[bytes], Path]:
        """A temporary file to write ``key`` into; ``publish`` puts it in place."""
        target = self.path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
        return open(temporary, "wb"), temporary

    def publish(self, temporary: Path, key: str) -> None:
        """Make a finished temporary file the content of ``key`` (atomically: readers see old or new)."""
        temporary.replace(self.path(key))

    def remove_temporaries(self, key: str) -> None:
        """Remove the temporary files of earlier, interrupted writes of ``key``."""
        target = self.path(key)
        for temporary in target.parent.glob(f".{target.name}.*.tmp"):
            temporary.unlink(missing_ok=True)

    def remove_stale_temporaries(self, folder: str, older_than: float) -> None:
        """Temporary files under ``folder`` untouched for ``older_than`` seconds (left by killed writers)."""
        remove_stale(self.root / folder, ".*.tmp", older_than)

    def delete(self, key: str) -> None:
        with contextlib.suppress(StorageError):
            self.path(key).unlink(missing_ok=True)

    def _sign(self, policy: str) -> str:
        return hmac.new(self._secret, policy.encode(), hashlib.sha256).hexdigest()

    def upload_form(self, key: str) -> dict[str, Any]:
        """The ``presignedPostFields`` of a new upload of ``key``."""
        now = dt.datetime.now(dt.UTC)
        expires = int(time.time()) + self.expiry_seconds
        policy = base64.b64encode(
            json.dumps({"key": key, "expires": expires, "max_bytes": self.max_upload_bytes}).encode()
        ).decode()
        return {
            "url": self.public_url + UPLOAD_PATH,
            "fields": {
                "acl": "public-read",
                "Content-Type": "",
                "key": key,
                "x-amz-algorithm": ALGORITHM,
                "x-amz-credential": "segments-local",
                "x-amz-date": now.strftime("%Y%m%dT%H%M%SZ"),
                "policy": policy,
                "x-amz-signature": self._sign(policy),
            },
        }

    def verify_form(self, fields: dict[str, str]) -> str:
        """The key a submitted upload form may write, or a ``StorageError``."""
        policy = fields.get("policy", "")
        signature = fields.get("x-amz-signature", "")
        if not policy or not hmac.compare_digest(self._sign(policy), signature):
            raise StorageError(403, "Invalid upload signature.")
        try:
            terms = json.loads(base64.b64decode(policy))
        except (ValueError, json.JSONDecodeError):
            raise StorageError(403, "Invalid upload policy.") from None
        if terms.get("key") != fields.get("key"):
            raise StorageError(403, "The key does not match the upload policy.")
        if time.time() > terms.get("expires", 0):
            raise StorageError(403, "The upload form has expired.")
        key = str(terms["key"])
        self.path(key)
        return key
