"""What the sync and async clients share: configuration, operation methods, error mapping."""

from __future__ import annotations

import copy
import dataclasses
import functools
import os
import time
from collections.abc import Awaitable, Callable
from typing import IO, Any, Generic, ParamSpec, Self, TypeVar, overload

import httpx
from segments_api_client import AuthenticatedClient
from segments_api_client.models import Release, ReleaseStatus
from segments_api_client.types import Response

from ._call import Call
from ._retry import LAST_REQUEST, CallOptions, RetryPolicy
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    ReleaseFailedError,
    ReleaseTimeoutError,
    error_for_status,
)

P = ParamSpec("P")
T = TypeVar("T")

DEFAULT_BASE_URL = "https://api.segments.ai/"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = "segments-client/0.1.0"

TimeoutLike = float | httpx.Timeout | None


@dataclasses.dataclass(frozen=True)
class ClientConfig:
    api_key: str
    base_url: str
    timeout: httpx.Timeout
    retry: RetryPolicy


def resolve_config(api_key: str | None, base_url: str | None, timeout: TimeoutLike, max_retries: int) -> ClientConfig:
    """Arguments first, then ``SEGMENTS_API_KEY`` / ``SEGMENTS_API_URL``, then defaults."""
    key = api_key or os.environ.get("SEGMENTS_API_KEY")
    if not key:
        raise ConfigurationError(
            "No API key: pass api_key=... or set the SEGMENTS_API_KEY environment variable "
            "(create a key on your Segments.ai account page)."
        )
    url = base_url or os.environ.get("SEGMENTS_API_URL") or DEFAULT_BASE_URL
    if max_retries < 0:
        raise ValueError("max_retries must be 0 or more")
    return ClientConfig(key, url.rstrip("/"), as_timeout(timeout), RetryPolicy(max_retries=max_retries))


def as_timeout(timeout: TimeoutLike) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout, connect=min(timeout, 10.0))


def transport_error(error: httpx.TransportError) -> APIConnectionError:
    """Our exception for an httpx transport failure."""
    try:
        method: str | None = error.request.method
        url: str | None = str(error.request.url)
    except RuntimeError:
        method = url = None
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return cls(f"{type(error).__name__}: {error}", method=method, url=url)


def checked(response: Response[Any]) -> Any:
    """The parsed body of a successful response, or the exception for its status code."""
    if response.status_code >= 400:
        method, url = LAST_REQUEST.get() or ("", "")
        raise error_for_status(int(response.status_code), response.content, dict(response.headers), method, url)
    return response.parsed


def checked_http(response: httpx.Response) -> httpx.Response:
    """The same check for a plain httpx response (file uploads and downloads)."""
    if response.status_code >= 400:
        raise error_for_status(
            response.status_code,
            response.content,
            dict(response.headers),
            response.request.method,
            str(response.request.url),
        )
    return response


def open_upload(file_or_path: str | os.PathLike[str] | IO[bytes], filename: str | None) -> tuple[IO[bytes], str, bool]:
    """The file to upload, its name, and whether we opened it (and must close it)."""
    if isinstance(file_or_path, str | os.PathLike):
        handle = open(file_or_path, "rb")  # noqa: SIM115 - closed by the caller
        return handle, filename or os.path.basename(os.fspath(file_or_path)), True
    name = getattr(file_or_path, "name", None)
    return file_or_path, filename or (os.path.basename(name) if isinstance(name, str) else "label.png"), False


def release_ready(release: Release, deadline: float, poll_interval: float) -> bool:
    """Whether a polled release is done: True when SUCCEEDED; raises when FAILED or out of time."""
    if release.status == ReleaseStatus.SUCCEEDED:
        return True
    if release.status == ReleaseStatus.FAILED:
        raise ReleaseFailedError(release.name, str(release.status_info or ""))
    if time.monotonic() + poll_interval > deadline:
        raise ReleaseTimeoutError(f"release {release.name!r} is still {release.status} at the deadline")
    return False


class ClientCore:
    """What both clients hold: the generated client, a plain client for files, per-call options."""

    base_url: str
    _raw: AuthenticatedClient
    _options: CallOptions

    def _configure(self, config: ClientConfig, transport: Any, headers: dict[str, str] | None) -> None:
        self.base_url = config.base_url
        self._raw = AuthenticatedClient(
            base_url=config.base_url,
            token=config.api_key,
            prefix="APIKey",
            timeout=config.timeout,
            headers={"User-Agent": USER_AGENT, **(headers or {})},
            httpx_args={"transport": transport},
        )
        self._options = CallOptions()

    @property
    def raw(self) -> AuthenticatedClient:
        """The generated ``AuthenticatedClient``, for calling ``segments_api_client.api`` directly."""
        return self._raw

    def with_options(self, *, timeout: TimeoutLike = None, max_retries: int | None = None) -> Self:
        """A view of this client with other options for the calls made through it.

        ``client.with_options(timeout=5, max_retries=0).get_sample(uuid)``. It shares the
        connection pool, so it needs no closing.
        """
        view = copy.copy(self)
        view._options = CallOptions(
            timeout=as_timeout(timeout) if timeout is not None else self._options.timeout,
            max_retries=self._options.max_retries if max_retries is None else max_retries,
        )
        return view


class SyncOperation(Generic[P, T]):
    """Makes an operation builder a method of ``SegmentsClient`` returning the result."""

    def __init__(self, builder: Callable[P, Call[T]]) -> None:
        self.builder = builder
        self.__doc__ = builder.__doc__
        self.__name__ = getattr(builder, "__name__", "operation")

    @overload
    def __get__(self, obj: None, owner: type) -> SyncOperation[P, T]: ...
    @overload
    def __get__(self, obj: object, owner: type) -> Callable[P, T]: ...
    def __get__(self, obj: object | None, owner: type) -> Callable[P, T] | SyncOperation[P, T]:
        if obj is None:
            return self
        builder, run = self.builder, obj._run  # type: ignore[attr-defined]

        @functools.wraps(builder)
        def method(*args: P.args, **kwargs: P.kwargs) -> T:
            result: T = run(builder(*args, **kwargs))
            return result

        return method


class AsyncOperation(Generic[P, T]):
    """Makes an operation builder a coroutine method of ``AsyncSegmentsClient``."""

    def __init__(self, builder: Callable[P, Call[T]]) -> None:
        self.builder = builder
        self.__doc__ = builder.__doc__
        self.__name__ = getattr(builder, "__name__", "operation")

    @overload
    def __get__(self, obj: None, owner: type) -> AsyncOperation[P, T]: ...
    @overload
    def __get__(self, obj: object, owner: type) -> Callable[P, Awaitable[T]]: ...
    def __get__(self, obj: object | None, owner: type) -> Callable[P, Awaitable[T]] | AsyncOperation[P, T]:
        if obj is None:
            return self
        builder, run = self.builder, obj._run  # type: ignore[attr-defined]

        @functools.wraps(builder)
        async def method(*args: P.args, **kwargs: P.kwargs) -> T:
            result: T = await run(builder(*args, **kwargs))
            return result

        return method
