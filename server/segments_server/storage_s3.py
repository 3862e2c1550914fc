"""Assets and release files in S3-compatible object storage (``serve --storage-url s3://bucket/prefix``).

Several server machines can then share one database and one store. Clients upload straight to
the store with an S3 presigned POST (the same form fields the official SDK posts) and read files
through presigned GET URLs; this server never proxies the bytes. Credentials, region and endpoint
(``AWS_ENDPOINT_URL`` for MinIO, Ceph, moto, ...) come from the usual AWS configuration.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from .storage import StorageError, remove_stale

# The longest a SigV4 presigned URL may live.
URL_LIFETIME_SECONDS = 7 * 24 * 3600


def parse_storage_url(url: str) -> tuple[str, str]:
    """``s3://bucket/some/prefix`` as (bucket, ``some/prefix/``)."""
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.netloc:
        raise ValueError(f"expected s3://BUCKET[/PREFIX], got {url!r}")
    prefix = parts.path.strip("/")
    return parts.netloc, f"{prefix}/" if prefix else ""


def _scratch_name(key: str) -> str:
    """A key as a file name in the flat scratch directory (``releases/x.json`` -> ``releases_x.json``)."""
    return key.replace("/", "_")


class S3Storage:
    """The ``Storage`` interface over one bucket and key prefix."""

    def __init__(self, storage_url: str, scratch_dir: Path, max_upload_bytes: int, expiry_seconds: int) -> None:
        self.bucket, self.prefix = parse_storage_url(storage_url)
        self.max_upload_bytes = max_upload_bytes
        self.expiry_seconds = expiry_seconds
        self.scratch = scratch_dir
        self.scratch.mkdir(parents=True, exist_ok=True)
        self.client: Any = boto3.client("s3", config=Config(signature_version="s3v4"))

    def check(self) -> None:
        """Fail early (one clear error) when the bucket cannot be reached."""
        try:
            self.client.head_bucket(Bucket=self.bucket)
        except (BotoCoreError, ClientError) as exc:
            raise OSError(f"cannot reach s3://{self.bucket}: {exc}") from None

    def _object(self, key: str) -> str:
        return self.prefix + key

    def path(self, key: str) -> Path:
        raise StorageError(404, "Files are kept in object storage; use their URLs.")

    def url(self, key: str, expires_in: int | None = None) -> str:
        """A presigned GET: for ``expires_in`` seconds, or the longest S3 allows (the objects are private)."""
        params = {"Bucket": self.bucket, "Key": self._object(key)}
        lifetime = min(expires_in or URL_LIFETIME_SECONDS, URL_LIFETIME_SECONDS)
        url: str = self.client.generate_presigned_url("get_object", Params=params, ExpiresIn=lifetime)
        return url

    def verify_link(self, key: str, expires: str, signature: str) -> None:
        raise StorageError(404, "Files are kept in object storage; use their URLs.")

    def open_writer(self, key: str) -> tuple[IO[bytes], Path]:
        temporary = self.scratch / f"{_scratch_name(key)}.{uuid.uuid4().hex}.tmp"
        return open(temporary, "wb"), temporary

    def publish(self, temporary: Path, key: str) -> None:
        try:
            self.client.upload_file(str(temporary), self.bucket, self._object(key))
        finally:
            temporary.unlink(missing_ok=True)

    def remove_temporaries(self, key: str) -> None:
        for temporary in self.scratch.glob(f"{_scratch_name(key)}.*.tmp"):
            temporary.unlink(missing_ok=True)

    def remove_stale_temporaries(self, folder: str, older_than: float) -> None:
        remove_stale(self.scratch, f"{_scratch_name(folder)}_*.tmp", older_than)

    def delete(self, key: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._object(key))

    def upload_form(self, key: str) -> dict[str, Any]:
        """An S3 presigned POST with the fields the official SDK expects (``AWSFields``)."""
        fields = {"acl": "private", "Content-Type": ""}
        conditions: list[Any] = [
            {"acl": "private"},
            ["starts-with", "$Content-Type", ""],
            ["content-length-range", 0, self.max_upload_bytes],
        ]
        form: dict[str, Any] = self.client.generate_presigned_post(
            self.bucket, self._object(key), Fields=fields, Conditions=conditions, ExpiresIn=self.expiry_seconds
        )
        form["fields"].setdefault("x-amz-date", dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ"))
        return form

    def verify_form(self, fields: dict[str, str]) -> str:
        raise StorageError(404, "Uploads go to object storage, not to this server.")
