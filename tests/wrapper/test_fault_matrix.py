"""Every failure a call can meet is a typed SegmentsError with its fields: a real socket server
answers what CDNs, proxies and networks answer, to the sync and the async client alike."""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from segments_client import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncSegmentsClient,
    BadRequestError,
    NotFoundError,
    RateLimitError,
    SegmentsClient,
    SegmentsError,
    ServerError,
    ValidationError,
)

from tests.local_server import free_port
from tests.wrapper.fault_server import Fault, FaultServer, fault_server

UUID = "602a3eec-a61c-4a77-9fcc-3037ce5e9606"
SAMPLE = {
    "uuid": UUID,
    "name": "a",
    "metadata": {},
    "created_at": "2024-01-01T00:00:00.000000Z",
    "created_by": "jane",
    "priority": 0,
}
SAMPLE_JSON = json.dumps(SAMPLE).encode()
HTML = b"<html><head><title>502 Bad Gateway</title></head><body><center>cloudflare</center></body></html>"
TEXT = (("Content-Type", "text/plain"),)
AWS_FIELDS = dict.fromkeys(
    ["acl", "Content-Type", "key", "x-amz-algorithm", "x-amz-credential", "x-amz-date", "policy", "x-amz-signature"],
    "x",
)


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    with fault_server() as running:
        yield running


class Caller:
    """Makes one call through the sync or the async client, recording the waits between retries."""

    def __init__(self, mode: str, url: str, **options: Any) -> None:
        self.mode, self.url, self.options, self.sleeps = mode, url, options, []

    def __call__(self, method: str, *args: Any, **kwargs: Any) -> Any:
        if self.mode == "sync":
            with SegmentsClient("key", self.url, sleep=self.sleeps.append, **self.options) as client:
                return getattr(client, method)(*args, **kwargs)

        async def record(seconds: float) -> None:
            self.sleeps.append(seconds)

        async def scenario() -> Any:
            async with AsyncSegmentsClient("key", self.url, sleep=record, **self.options) as client:
                return await getattr(client, method)(*args, **kwargs)

        return asyncio.run(scenario())


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@dataclasses.dataclass(frozen=True)
class Case:
    name: str
    fault: Fault
    error: type[SegmentsError]
    fields: dict[str, Any] = dataclasses.field(default_factory=dict)


STATUS_CASES = [
    Case(
        "cdn-html-502",
        Fault(502, HTML, (("Content-Type", "text/html"), ("CF-Ray", "8a1b2c3d")), "Bad Gateway"),
        ServerError,
        {"status_code": 502, "request_id": "8a1b2c3d"},
    ),
    Case("text-400", Fault(400, b"Bad Request", TEXT, "Bad Request"), BadRequestError, {"detail": "Bad Request"}),
    Case(
        "text-429",
        Fault(429, b"Too many requests, slow down", (*TEXT, ("Retry-After", "7"))),
        RateLimitError,
        {"retry_after": 7.0, "detail": "Too many requests, slow down"},
    ),
    Case("json-404-without-detail", Fault(404, b'{"message": "gone"}'), NotFoundError, {"errors": {}}),
    Case("empty-520", Fault(520, b"", (), ""), ServerError, {"status_code": 520, "body": ""}),
    Case("teapot-418", Fault(418, b"I'm a teapot", TEXT), APIStatusError, {"status_code": 418}),
    Case("redirect-301", Fault(301, b"", (("Location", "http://elsewhere/"),), "Moved"), APIStatusError, {}),
    Case(
        "json-500-with-request-id",
        Fault(500, b'{"detail": "boom", "errors": {"name": "bad"}}', (("X-Request-Id", "req-123"),)),
        ServerError,
        {"detail": "boom", "request_id": "req-123", "errors": {"name": ["bad"]}},
    ),
]


@pytest.mark.parametrize("case", STATUS_CASES, ids=lambda case: case.name)
def test_error_statuses_are_typed_errors_with_the_raw_response(server: FaultServer, mode: str, case: Case) -> None:
    server.script(case.fault)
    with pytest.raises(SegmentsError) as raised:
        Caller(mode, server.url, max_retries=0)("get_sample", UUID)
    error = raised.value
    assert type(error) is case.error
    assert isinstance(error, APIStatusError)
    assert error.status_code == case.fault.status
    assert error.body == case.fault.body.decode()
    assert error.method == "GET" and error.url == f"{server.url}/samples/{UUID}/"
    assert error.headers["content-length"] == str(len(case.fault.body)), "headers are kept, names lower-case"
    assert error.detail, "a detail even when the body has none"
    for field, expected in case.fields.items():
        assert getattr(error, field) == expected, field
    assert len(server.requests) == 1


def test_html_error_pages_are_summarised_not_dumped(server: FaultServer, mode: str) -> None:
    server.script(Fault(502, HTML, (("Content-Type", "text/html"),), "Bad Gateway"))
    with pytest.raises(ServerError) as error:
        Caller(mode, server.url, max_retries=0)("get_sample", UUID)
    assert "<html>" not in error.value.detail and "HTML" in error.value.detail
    assert "Bad Gateway" in str(error.value)


def test_bad_request_is_a_validation_error_with_field_errors(server: FaultServer, mode: str) -> None:
    body = b'{"detail": "Invalid query parameter sort.", "errors": {"sort": ["not one of name, priority"]}}'
    server.script(Fault(400, body))
    with pytest.raises(ValidationError) as error:
        Caller(mode, server.url)("get_samples", "jane/ds")
    assert error.value.errors == {"sort": ["not one of name, priority"]} and error.value.status_code == 400


@pytest.mark.parametrize(
    ("name", "fault", "field"),
    [
        ("missing-field", Fault(200, json.dumps({k: v for k, v in SAMPLE.items() if k != "name"}).encode()), "name"),
        ("html-200", Fault(200, HTML, (("Content-Type", "text/html"),)), None),
        ("array-for-object", Fault(200, b"[1, 2]"), None),
        ("bad-date", Fault(200, json.dumps({**SAMPLE, "created_at": "yesterday"}).encode()), None),
    ],
)
def test_success_with_a_body_of_the_wrong_shape(
    server: FaultServer, mode: str, name: str, fault: Fault, field: str | None
) -> None:
    server.script(fault)
    with pytest.raises(APIResponseValidationError) as error:
        Caller(mode, server.url)("get_sample", UUID)
    assert error.value.status_code == 200 and error.value.body == fault.body.decode()
    assert error.value.url.endswith(f"/samples/{UUID}/")
    if field:
        assert error.value.field == field and f"{field}: this field is required" in str(error.value)


def test_a_list_item_of_the_wrong_shape_is_named_by_index(server: FaultServer, mode: str) -> None:
    broken = {k: v for k, v in SAMPLE.items() if k != "created_by"}
    server.script(Fault(200, json.dumps([SAMPLE, broken]).encode()))
    with pytest.raises(APIResponseValidationError) as error:
        Caller(mode, server.url)("get_samples", "jane/ds")
    assert error.value.field == "[1].created_by"


def test_connection_dropped_mid_body_is_retried_then_a_connection_error(server: FaultServer, mode: str) -> None:
    server.script(Fault(200, SAMPLE_JSON, cut=20))
    caller = Caller(mode, server.url, max_retries=2)
    with pytest.raises(APIConnectionError) as error:
        caller("get_sample", UUID)
    assert not isinstance(error.value, APITimeoutError)
    assert error.value.url == f"{server.url}/samples/{UUID}/" and error.value.url in str(error.value)
    assert len(server.requests) == 3 and len(caller.sleeps) == 2


def test_dropped_then_whole_response_succeeds(server: FaultServer, mode: str) -> None:
    server.script(Fault(200, SAMPLE_JSON, cut=5), Fault(200, SAMPLE_JSON))
    assert Caller(mode, server.url)("get_sample", UUID).name == "a"
    assert len(server.requests) == 2


def test_headers_that_never_come_time_out(server: FaultServer, mode: str) -> None:
    server.script(Fault(silent=3.0))
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as error:
        Caller(mode, server.url, max_retries=0, timeout=0.3)("get_sample", UUID)
    assert time.monotonic() - started < 2.5
    assert "timed out" in str(error.value) and error.value.url in str(error.value)


def _http_date(seconds_ahead: float) -> str:
    return email.utils.formatdate(time.time() + seconds_ahead, usegmt=True)


@pytest.mark.parametrize(
    ("retry_after", "low", "high"),
    [
        ("4", 4.0, 4.0),
        ("0.5", 0.5, 0.5),
        ("<HTTP date in 30 s>", 25.0, 31.0),
        ("nan", 0.25, 0.5),  # unusable: the backoff of the first retry
        ("inf", 0.25, 0.5),
        ("soon", 0.25, 0.5),
        ("", 0.25, 0.5),
        ("3600", 60.0, 60.0),  # capped
    ],
)
def test_retry_after_in_every_form(server: FaultServer, mode: str, retry_after: str, low: float, high: float) -> None:
    if retry_after.startswith("<HTTP date"):
        retry_after = _http_date(30)
    server.script(Fault(503, b"busy", (*TEXT, ("Retry-After", retry_after))), Fault(200, SAMPLE_JSON))
    caller = Caller(mode, server.url)
    assert caller("get_sample", UUID).name == "a"
    assert len(caller.sleeps) == 1 and low <= caller.sleeps[0] <= high


def test_rate_limit_error_ignores_an_unusable_retry_after(server: FaultServer, mode: str) -> None:
    server.script(Fault(429, b"{}", (("Retry-After", "nan"),)))
    with pytest.raises(RateLimitError) as error:
        Caller(mode, server.url, max_retries=0)("get_sample", UUID)
    assert error.value.retry_after is None


def test_cdn_status_is_retried_for_safe_requests(server: FaultServer, mode: str) -> None:
    server.script(Fault(522, b"", (), "Connection Timed Out"), Fault(200, SAMPLE_JSON))
    caller = Caller(mode, server.url)
    assert caller("get_sample", UUID).name == "a" and len(caller.sleeps) == 1


def test_refused_connection_names_the_url(mode: str) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    caller = Caller(mode, url, max_retries=1)
    with pytest.raises(APIConnectionError) as error:
        caller("get_sample", UUID)
    assert f"{url}/samples/{UUID}/" in str(error.value) and "connect" in str(error.value).lower()
    assert len(caller.sleeps) == 1, "nothing was sent, so it is retried"


def test_unsupported_protocol_is_not_retried(server: FaultServer, mode: str, tmp_path: Any) -> None:
    asset = {
        "uuid": UUID,
        "filename": "a.png",
        "url": "https://assets.test/a.png",
        "created_at": "2024-01-01T00:00:00Z",
        "presignedPostFields": {"url": "gopher://assets.test/upload", "fields": AWS_FIELDS},
    }
    server.script(Fault(201, json.dumps(asset).encode()))
    (tmp_path / "a.png").write_bytes(b"png")
    caller = Caller(mode, server.url, max_retries=3)
    with pytest.raises(APIConnectionError) as error:
        caller("upload_asset", tmp_path / "a.png")
    assert "gopher://assets.test/upload" in str(error.value)
    assert caller.sleeps == [] and len(server.requests) == 1
