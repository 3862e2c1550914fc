"""What the sync and async clients share: configuration, building requests, per-call options."""

from __future__ import annotations

import copy
import dataclasses
import functools
import os
import platform
from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, Self, TypeVar, overload

import httpx
from segments_api_client import AuthenticatedClient

from ._call import NOT_GIVEN, Call, NotGiven, RequestOptions, with_extras
from ._request import RetryPolicy
from ._version import __version__
from .errors import ConfigurationError, ValidationError
from .recording import HarRecorder

P = ParamSpec("P")
T = TypeVar("T")

DEFAULT_BASE_URL = "https://api.segments.ai/"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = (
    f"segments-client/{__version__} httpx/{httpx.__version__} "
    f"Python/{platform.python_version()} {platform.system()}/{platform.release()}"
)

TimeoutLike = float | httpx.Timeout | None


@dataclasses.dataclass(frozen=True)
class ClientConfig:
    api_key: str
    base_url: str
    timeout: httpx.Timeout | None  # None: the user's own http_client decides
    retry: RetryPolicy


def resolve_config(
    api_key: str | None,
    base_url: str | None,
    timeout: TimeoutLike | NotGiven,
    max_retries: int,
    own_client: bool,
) -> ClientConfig:
    """Arguments first, then ``SEGMENTS_API_KEY`` / ``SEGMENTS_API_URL``, then defaults."""
    key = api_key or os.environ.get("SEGMENTS_API_KEY")
    if not key:
        raise ConfigurationError(
            "No API key: pass api_key=... or set the SEGMENTS_API_KEY environment variable "
            "(create a key on your Segments.ai account page)."
        )
    url = (base_url or os.environ.get("SEGMENTS_API_URL") or DEFAULT_BASE_URL).strip()
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise ConfigurationError(f"Invalid base URL {url!r}: {error}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"Invalid base URL {url!r}: it must start with http:// or https:// and name a host")
    if not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError("max_retries must be a whole number, 0 or more")
    default = None if own_client else DEFAULT_TIMEOUT
    resolved = default if timeout is NOT_GIVEN else as_timeout(timeout)
    return ClientConfig(key, url.rstrip("/"), resolved, RetryPolicy(max_retries=max_retries))


def as_timeout(timeout: TimeoutLike) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout, connect=min(timeout, 10.0))


def recorder_for(record_to: str | os.PathLike[str] | None, http_client: object) -> HarRecorder | None:
    """The HAR recorder of ``record_to`` (or ``SEGMENTS_RECORD_TO``), or None when nothing is recorded."""
    path = record_to or os.environ.get("SEGMENTS_RECORD_TO")
    if not path:
        return None
    if http_client is not None:
        raise ConfigurationError(
            "record_to= records through the client we create: put segments_client.recording.RecordingTransport "
            "in your http_client instead"
        )
    return HarRecorder(path)


def check_client_options(http_client: object, proxy: object, transport: object, kind: type) -> None:
    if http_client is None:
        return
    if not isinstance(http_client, kind):
        raise ConfigurationError(f"http_client must be an {kind.__module__}.{kind.__name__}")
    if proxy is not None or transport is not None:
        raise ConfigurationError("proxy= and transport= configure the client we create: set them on your http_client")


@dataclasses.dataclass(frozen=True)
class CallOptions:
    """Per-call overrides (see ``with_options``)."""

    timeout: httpx.Timeout | None = None
    max_retries: int | None = None


class ThroughClient(httpx.BaseTransport):
    """A transport that sends through an ``httpx.Client`` of the user's: how ``client.raw`` (the
    generated client, with its own base URL and key) reaches what that client reaches."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.client.send(request, stream=True)


class AsyncThroughClient(httpx.AsyncBaseTransport):
    """:class:`ThroughClient` for an ``httpx.AsyncClient``."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, stream=True)


class ClientCore:
    """What both clients hold: settings, headers and how to turn a ``Call`` into a request."""

    base_url: str
    _config: ClientConfig
    _options: CallOptions
    _headers: dict[str, str]
    _raw: AuthenticatedClient
    _owns_http: bool

    def _configure(self, config: ClientConfig, headers: dict[str, str] | None, raw_args: dict[str, Any]) -> None:
        self.base_url = config.base_url
        self._config = config
        self._options = CallOptions()
        self._headers = {"User-Agent": USER_AGENT, **(headers or {})}
        self._raw = AuthenticatedClient(
            base_url=config.base_url,
            token=config.api_key,
            prefix="APIKey",
            timeout=config.timeout or DEFAULT_TIMEOUT,
            headers=self._headers,
            httpx_args=raw_args,
        )

    @property
    def raw(self) -> AuthenticatedClient:
        """The generated ``AuthenticatedClient``, for calling ``segments_api_client.api`` directly.

        It has the same base URL, key, headers, timeout and proxy, but no retries or error mapping.
        """
        return self._raw

    @property
    def _retries(self) -> int:
        return self._config.retry.max_retries if self._options.max_retries is None else self._options.max_retries

    def _timeout(self) -> Any:
        timeout = self._options.timeout or self._config.timeout
        return httpx.USE_CLIENT_DEFAULT if timeout is None else timeout

    def _api_request(self, http: httpx.Client | httpx.AsyncClient, call: Call[Any]) -> httpx.Request:
        """The HTTP request for an API call, with the key, built by the generated endpoint."""
        kwargs = call.endpoint._get_kwargs(**call.kwargs)
        headers = {**self._headers, **kwargs.pop("headers", {}), "Authorization": f"APIKey {self._config.api_key}"}
        url = self.base_url + kwargs.pop("url")
        if call.extras:
            headers |= call.extras.get("extra_headers", {})
            _merge_extras(kwargs, call.extras)
        return http.build_request(url=url, headers=headers, timeout=self._timeout(), **kwargs)

    def _file_request(
        self, http: httpx.Client | httpx.AsyncClient, method: str, url: str, **kwargs: Any
    ) -> httpx.Request:
        """A request to a file URL (presigned upload, release file): no API key, like S3 requests."""
        return http.build_request(method, url, headers=self._headers, timeout=self._timeout(), **kwargs)

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


def _merge_extras(kwargs: dict[str, Any], extras: RequestOptions) -> None:
    """``extra_query`` over the query parameters, ``extra_body`` over the JSON body's fields."""
    if "extra_query" in extras:
        kwargs["params"] = {**kwargs.get("params", {}), **extras["extra_query"]}
    if "extra_body" in extras:
        sent = kwargs.get("json")
        if sent is not None and not isinstance(sent, dict):
            raise ValidationError("extra_body adds fields to a JSON object; this request's body is not one")
        kwargs["json"] = {**(sent or {}), **extras["extra_body"]}


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
            result: T = run(with_extras(builder, args, kwargs))
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
            result: T = await run(with_extras(builder, args, kwargs))
            return result

        return method
