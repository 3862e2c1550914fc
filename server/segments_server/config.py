"""Operator configuration: every ``serve`` option from the command line or the environment.

One prefix, ``SEGMENTS_SERVER_``: ``SEGMENTS_SERVER_PORT=9000`` is ``--port 9000``. A command-line
flag wins over the environment, which wins over the default. Values are checked here (pydantic),
so a mistake is one clear line, whichever way it came in.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from .settings import DEFAULT_SPEC_PATH, Settings, default_handler_threads

ENV_PREFIX = "SEGMENTS_SERVER_"
LogLevel = Literal["critical", "error", "warning", "info", "debug", "trace"]
LOG_LEVELS: tuple[str, ...] = get_args(LogLevel)
STORAGE = re.compile(r"^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?$")
RATE = re.compile(r"^(\d+)/(s|sec|second|m|min|minute)$")


def _default(name: str) -> Any:
    """A default the server's ``Settings`` already define, so it is written once."""
    return Settings.__dataclass_fields__[name].default


class ServerConfig(BaseSettings):
    """What ``segments-server serve`` (and, for the database, every other command) runs with."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore", validate_default=True)

    data_dir: Path = Field(default=Path("./data"), description="where the SQLite database and stored files live")
    database_url: str | None = Field(default=None, description="SQLAlchemy URL (default: SQLite in the data dir)")
    host: str = Field(default="127.0.0.1", description="interface to listen on")
    port: int = Field(default=8000, ge=0, le=65535, description="port to listen on")
    public_url: str | None = Field(
        default=None, description="base of absolute URLs in responses (default http://HOST:PORT)"
    )
    log_level: LogLevel = Field(default="info", description="the least severe messages to log")
    log_format: Literal["text", "json"] = Field(default="text", description="json: one JSON object per line")
    workers: int = Field(default=1, ge=1, le=64, description="worker processes")
    handler_threads: int | None = Field(
        default=None,
        ge=1,
        le=64,
        description="threads per worker for writes and listings (default: 2 per core / workers, 1-4)",
    )
    max_body_bytes: int = Field(default=_default("max_body_bytes"), ge=1024, description="largest request body")
    release_lease_seconds: float = Field(
        default=_default("release_lease_seconds"), gt=0, description="an export silent this long is taken over"
    )
    file_link_seconds: int = Field(
        default=_default("file_link_seconds"),
        ge=1,
        le=7 * 24 * 3600,
        description="how long a signed link to a private dataset's release file works",
    )
    database_timeout: float = Field(
        default=_default("database_timeout"),
        gt=0,
        le=3600,
        description="seconds a request may wait for the database before it is answered 503",
    )
    validate_responses: bool = Field(
        default=_default("validate_responses"), description="check every response against the spec (slower)"
    )
    oldest_sdk_version: str = Field(
        default=_default("oldest_sdk_version"), description="GET /api_status/ answers 426 to older SDKs ('' never)"
    )
    rate_limit: str | None = Field(default=None, description="requests per API key, e.g. 50/s or 600/min (default off)")
    spec: Path = Field(default=DEFAULT_SPEC_PATH, description="the OpenAPI document to serve")
    storage_url: str | None = Field(
        default=None, description="s3://BUCKET[/PREFIX] for assets and release files (default: the data dir)"
    )
    control_token: str | None = Field(
        default=None,
        min_length=16,
        description="turn on the control API (/_control/, for tests) for callers sending this token in "
        "X-Control-Token (default off; one worker only)",
    )

    @field_validator("storage_url")
    @classmethod
    def _storage(cls, value: str | None) -> str | None:
        if value and not STORAGE.match(value):
            raise ValueError("expected s3://BUCKET[/PREFIX]")
        return value or None

    @field_validator("rate_limit")
    @classmethod
    def _rate(cls, value: str | None) -> str | None:
        if value and not RATE.match(value):
            raise ValueError("expected REQUESTS/s or REQUESTS/min, e.g. 50/s")
        return value or None

    @model_validator(mode="after")
    def _one_worker_for_control(self) -> ServerConfig:
        if self.control_token and self.workers > 1:
            raise ValueError("the control API keeps its journal and faults in one process: use --workers 1")
        return self

    def requests_per_second(self) -> float | None:
        """The rate limit as requests per second, or None when off."""
        found = RATE.match(self.rate_limit or "")
        if found is None:
            return None
        count = int(found.group(1))
        return float(count) if found.group(2).startswith("s") else count / 60.0

    def public_base(self) -> str:
        return self.public_url or f"http://{self.host}:{self.port}"

    def settings(self) -> Settings:
        """The server's runtime settings from this configuration."""
        return Settings(
            data_dir=self.data_dir,
            database_url=self.database_url,
            public_url=self.public_base(),
            spec_path=self.spec,
            max_body_bytes=self.max_body_bytes,
            validate_responses=self.validate_responses,
            release_lease_seconds=self.release_lease_seconds,
            file_link_seconds=self.file_link_seconds,
            database_timeout=self.database_timeout,
            handler_threads=self.handler_threads or default_handler_threads(self.workers),
            oldest_sdk_version=self.oldest_sdk_version,
            rate_limit_per_second=self.requests_per_second(),
            storage_url=self.storage_url,
            control_token=self.control_token,
        )
