"""Hostile input: never a 5xx, every 4xx a JSON ``detail``, nothing stored that breaks a later read,
and no traceback in the server log. Fixed cases for every class of defect found from outside,
then hypothesis-generated bodies, headers and parameters."""

from __future__ import annotations

import gzip
import itertools
import json
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tests.local_server import RunningServer
from tests.server.hostile import LogWatch, check_answer, watched_server

IMAGE = {"image": {"url": "https://example.com/a.jpg"}}
_names = itertools.count()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningServer, httpx.Client, LogWatch]]:
    with watched_server(Path(tmp_path_factory.mktemp("hostile")), max_body_bytes=2_000_000) as running:
        yield running
        assert running[2].problems() == [], "the server logged errors"


@pytest.fixture
def client(hostile: tuple[RunningServer, httpx.Client, LogWatch]) -> httpx.Client:
    return hostile[1]


@pytest.fixture
def dataset(client: httpx.Client) -> str:
    name = f"ds{next(_names)}"
    client.post("/user/datasets/", json={"name": name, "task_type": "bboxes"}).raise_for_status()
    return f"/datasets/jane/{name}"


def raw_post(client: httpx.Client, path: str, body: bytes, **headers: str) -> httpx.Response:
    response = client.post(path, content=body, headers={"Content-Type": "application/json", **headers})
    check_answer(response)
    return response


def reads_still_work(client: httpx.Client, dataset: str) -> None:
    """Every read of the dataset that a poisoned value used to break."""
    for query in ("", "?filters=color:red", "?sort=-priority", "?sort=name&name__contains=a", "?label_status=LABELED"):
        response = client.get(f"{dataset}/samples/{query}")
        check_answer(response)
        assert response.status_code == 200, (query, response.text)
        json.loads(response.text)  # strict JSON: no NaN or Infinity in what comes back


BODY_IDS = ["nan", "infinity", "minus-infinity", "400-digits", "5000-digits", "lone-surrogate", "nul-value"]
BODY_IDS += ["nul-key", "1000-deep", "invalid-utf8", "truncated", "array", "null", "string"]


@pytest.mark.parametrize(
    "body",
    [
        b'{"name": "nan", "attributes": {"image": {"url": "u"}}, "metadata": {"x": NaN}}',
        b'{"name": "inf", "attributes": {"image": {"url": "u"}}, "priority": Infinity}',
        b'{"name": "minf", "attributes": {"image": {"url": "u"}}, "priority": -Infinity}',
        b'{"name": "big", "attributes": {"image": {"url": "u"}}, "priority": 1' + b"0" * 400 + b"}",
        b'{"name": "bigger", "attributes": {"image": {"url": "u"}}, "metadata": {"n": 1' + b"0" * 5000 + b"}}",
        b'{"name": "\\ud800", "attributes": {"image": {"url": "u"}}}',
        b'{"name": "nul\\u0000", "attributes": {"image": {"url": "u"}}}',
        b'{"name": "key", "attributes": {"image": {"url": "u"}}, "metadata": {"a\\u0000b": 1}}',
        b'{"name": "deep", "attributes": {"image": {"url": "u"}}, "metadata": {"x": '
        + b"[" * 1000
        + b"]" * 1000
        + b"}}",
        b'{"name": "invalid-utf8 \xff", "attributes": {"image": {"url": "u"}}}',
        b'{"name": "truncated", "attributes": {"image"',
        b"[]",
        b"null",
        b'"just a string"',
    ],
    ids=BODY_IDS,
)
def test_bodies_that_used_to_poison_or_crash(client: httpx.Client, dataset: str, body: bytes) -> None:
    response = raw_post(client, f"{dataset}/samples/", body)
    assert response.status_code == 400, response.text
    reads_still_work(client, dataset)


def test_large_but_finite_numbers_are_stored_and_read_back(client: httpx.Client, dataset: str) -> None:
    body = b'{"name": "e30", "attributes": {"image": {"url": "u"}}, "metadata": {"n": 1' + b"0" * 30 + b"}}"
    created = raw_post(client, f"{dataset}/samples/", body)
    assert created.status_code == 201
    assert client.get(f"/samples/{created.json()['uuid']}/").json()["metadata"] == {"n": 1e30}
    reads_still_work(client, dataset)


def test_moderate_nesting_is_fine(client: httpx.Client, dataset: str) -> None:
    nested: Any = "leaf"
    for _ in range(40):
        nested = {"x": nested}
    created = client.post(f"{dataset}/samples/", json={"name": "nested", "attributes": IMAGE, "metadata": nested})
    assert created.status_code == 201, created.text
    assert client.get(f"/samples/{created.json()['uuid']}/").json()["metadata"] == nested


@pytest.mark.parametrize(
    ("headers", "status"),
    [({}, 415), ({"Content-Type": "text/plain"}, 415), ({"Content-Type": "application/json; charset=utf-8"}, 201)],
)
def test_content_types(client: httpx.Client, dataset: str, headers: dict[str, str], status: int) -> None:
    body = json.dumps({"name": f"ct{next(_names)}", "attributes": IMAGE}).encode()
    response = client.post(f"{dataset}/samples/", content=body, headers={"Content-Type": "", **headers})
    check_answer(response)
    assert response.status_code == status, response.text


@pytest.mark.parametrize(
    "query",
    [
        "end=9999-12-31T23:59:59-23:00",
        "start=0001-01-01T00:00:00%2B23:00",
        "start=2024-02-30T00:00:00",
        "page=99999999999999999999999",
        "per_page=-1",
        "page=1e3",
        "include_session_time_metrics=maybe",
        "sort=%00",
    ],
)
def test_bad_workunit_queries(client: httpx.Client, dataset: str, query: str) -> None:
    response = client.get(f"{dataset}/workunits/?{query}")
    check_answer(response)
    assert response.status_code == 400


@pytest.mark.parametrize(
    "filters", ['we"ird:x', "a.b:x", "$.x:1", "a[0]:1", "x\u0000:1", "\\:1", "'; DROP TABLE samples;--:1", ":", ",,,"]
)
def test_metadata_filter_keys_are_data(client: httpx.Client, dataset: str, filters: str) -> None:
    client.post(f"{dataset}/samples/", json={"name": "a", "attributes": IMAGE, "metadata": {'we"ird': "x", "a.b": "x"}})
    response = client.get(f"{dataset}/samples/", params={"filters": filters})
    check_answer(response)
    if "\u0000" in filters or filters in (":", ",,,"):  # NUL, or no key:value pair (the spec's pattern)
        assert response.status_code == 400
    else:
        assert response.status_code == 200
        expected = ["a"] if filters in ('we"ird:x', "a.b:x") else []
        assert [s["name"] for s in response.json()] == expected, filters


@pytest.mark.parametrize(
    "path",
    [
        "/datasets/jane/" + "x" * 151 + "/",
        "/datasets/jane/a%00b/",
        "/samples/not-a-uuid/",
        "/samples/%00/",
        "/labels/not-a-uuid/ground-truth/",
        "/issues/123/",
        "/users/" + "u" * 300,
    ],
)
def test_path_parameters_that_cannot_exist_are_not_found(client: httpx.Client, path: str) -> None:
    for method in ("GET", "DELETE"):
        response = client.request(method, path)
        check_answer(response)
        assert response.status_code in (404, 405), (method, path, response.text)


def test_nul_in_query_and_header_values(client: httpx.Client, dataset: str) -> None:
    response = client.get(f"{dataset}/samples/", params={"name__contains": "a\u0000"})
    check_answer(response)
    assert response.status_code == 400


def test_gzip_bombs_and_broken_gzip(client: httpx.Client, dataset: str) -> None:
    bomb = gzip.compress(
        b'{"name": "bomb", "attributes": {"image": {"url": "u"}}, "readme": "' + b" " * 20_000_000 + b'"}'
    )
    assert len(bomb) < 100_000
    assert raw_post(client, f"{dataset}/samples/", bomb, **{"Content-Encoding": "gzip"}).status_code == 413
    good = gzip.compress(json.dumps({"name": "zipped", "attributes": IMAGE}).encode())
    assert raw_post(client, f"{dataset}/samples/", good[:-8], **{"Content-Encoding": "gzip"}).status_code == 400
    assert raw_post(client, f"{dataset}/samples/", b"not gzip", **{"Content-Encoding": "gzip"}).status_code == 400
    assert raw_post(client, f"{dataset}/samples/", good, **{"Content-Encoding": "gzip"}).status_code == 201


# --- generated input -------------------------------------------------------------------------

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
sample_bodies = st.fixed_dictionaries(
    {},
    optional={
        "name": st.one_of(st.text(max_size=30), json_values),
        "attributes": st.one_of(st.just(IMAGE), json_values),
        "metadata": json_values,
        "priority": json_values,
        "readme": json_values,
        "assigned_labeler": json_values,
    },
)
HYPOTHESIS = settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


def _encode(body: Any) -> bytes:
    return json.dumps(body, allow_nan=True).encode("utf-8", errors="surrogatepass")


@HYPOTHESIS
@given(body=sample_bodies)
def test_generated_sample_bodies(hostile: tuple[RunningServer, httpx.Client, LogWatch], body: Any) -> None:
    client = hostile[1]
    dataset = "/datasets/jane/generated"
    client.post("/user/datasets/", json={"name": "generated", "task_type": "bboxes"})
    response = raw_post(client, f"{dataset}/samples/", _encode(body))
    if response.status_code == 201:
        created = response.json()
        again = client.get(f"/samples/{created['uuid']}/")
        assert again.status_code == 200 and again.json()["name"] == created["name"]
    reads_still_work(client, dataset)


label_bodies = st.fixed_dictionaries(
    {"attributes": st.one_of(json_values, st.just({"format_version": "0.1", "annotations": []}))},
    optional={"label_status": json_values, "score": json_values},
)


@HYPOTHESIS
@given(body=label_bodies, labelset=st.text(max_size=20))
def test_generated_labels(hostile: tuple[RunningServer, httpx.Client, LogWatch], body: Any, labelset: str) -> None:
    client = hostile[1]
    client.post("/user/datasets/", json={"name": "labels", "task_type": "bboxes"})
    sample = client.post("/datasets/jane/labels/samples/", json={"name": "one", "attributes": IMAGE})
    uuid = (
        sample.json()["uuid"]
        if sample.status_code == 201
        else client.get("/datasets/jane/labels/samples/").json()[0]["uuid"]
    )
    path = f"/labels/{uuid}/{urllib.parse.quote(labelset, safe='') or 'x'}/"
    response = client.put(path, content=_encode(body), headers={"Content-Type": "application/json"})
    check_answer(response)
    check_answer(client.get(f"/samples/{uuid}/?labelset=ground-truth"))


@HYPOTHESIS
@given(
    query=st.dictionaries(
        st.sampled_from(["per_page", "page", "sort", "label_status", "filters", "name__contains", "labelset", "x"]),
        st.text(max_size=30),
        max_size=4,
    ),
    headers=st.dictionaries(
        st.sampled_from(["Content-Type", "Content-Encoding", "Accept", "X-Anything"]),
        # HTTP clients refuse to send a value with surrounding whitespace, so a server never sees one.
        st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=30).map(str.strip),
        max_size=3,
    ),
)
def test_generated_parameters_and_headers(
    hostile: tuple[RunningServer, httpx.Client, LogWatch], query: dict[str, str], headers: dict[str, str]
) -> None:
    client = hostile[1]
    client.post("/user/datasets/", json={"name": "params", "task_type": "bboxes"})
    check_answer(client.get("/datasets/jane/params/samples/", params=query, headers=headers))
    check_answer(client.get("/datasets/jane/params/workunits/", params=query, headers=headers))
    body = json.dumps({"name": "p", "attributes": IMAGE}).encode()
    check_answer(client.post("/datasets/jane/params/samples/", content=body, headers=headers))


def test_a_strangers_404_costs_the_same_queries_whether_the_dataset_exists(tmp_path: Path) -> None:
    from sqlalchemy import event

    from tests.local_server import LocalServer

    local = LocalServer(tmp_path / "data")
    owner, stranger = local.http(local.create_user("jane")), local.http(local.create_user("eve"))
    owner.post("/user/datasets/", json={"name": "private", "task_type": "bboxes"}).raise_for_status()
    sample = owner.post("/datasets/jane/private/samples/", json={"name": "s", "attributes": IMAGE}).json()
    stranger.get("/user").raise_for_status()  # the key is verified (and cached) before counting
    statements: list[str] = []
    event.listen(local.services.db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))

    def queries(path: str) -> list[str]:
        statements.clear()
        response = stranger.get(path)
        assert response.status_code == 404 and response.json() == {"detail": "Not found."}
        return [statement.split()[0] for statement in statements]

    assert queries("/datasets/jane/private/") == queries("/datasets/jane/missing/")
    assert queries(f"/samples/{sample['uuid']}/") == queries("/samples/00000000-0000-4000-8000-000000000000/")
    local.close()


def test_slow_clients_get_408(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    from segments_server.serving import GuardedHttpToolsProtocol

    monkeypatch.setattr(GuardedHttpToolsProtocol, "header_timeout", 0.5)
    monkeypatch.setattr(GuardedHttpToolsProtocol, "body_timeout", 0.5)
    partial_head = b"GET /user HTTP/1.1\r\nHost: x\r\n"
    short_body = b"POST /assets/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
    with RunningServer(tmp_path / "data") as server:
        for request in (b"", partial_head, short_body):
            with socket.create_connection(("127.0.0.1", server.port), timeout=10) as connection:
                connection.sendall(request)
                answer = connection.recv(4096)
            assert answer.startswith(b"HTTP/1.1 408 "), answer
            assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["detail"].startswith("Request timeout")
