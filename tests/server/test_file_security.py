"""Files and the HTTP edge, attacked from outside: uploads that would run as pages of the API's origin,
release links that must stop working, forms checked before their body is read, bounded request heads."""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from segments_server.ratelimit import FAILED_AUTH_BURST, FailedAuthLimiter
from segments_server.tables import Dataset
from sqlalchemy import event

from tests.local_server import LocalServer, RunningServer

ACTIVE_FILES = {
    "x.html": b"<html><body><script>document.title='ran'</script></body></html>",
    "x.htm": b"<script>alert(1)</script>",
    "x.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "x.xhtml": b'<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
    "x.js": b"alert(1)",
    "x.xml": b"<a/>",
    "x.pdf": b"%PDF-1.4",
    "noextension": b"<script>alert(1)</script>",
}


def upload(http: httpx.Client, key: str, filename: str, content: bytes) -> str:
    """Create an asset named ``filename``, upload ``content`` with its signed form; the asset's URL."""
    asset = http.post("/assets/", json={"filename": filename}, headers={"Authorization": f"APIKey {key}"}).json()
    form = asset["presignedPostFields"]
    posted = http.post(form["url"], data=form["fields"], files={"file": (filename, content)})
    assert posted.status_code == 204, posted.text
    return str(asset["url"])


@pytest.mark.parametrize("filename", sorted(ACTIVE_FILES))
def test_active_uploads_are_downloads_never_pages(server: LocalServer, jane: str, filename: str) -> None:
    http = server.http()
    url = upload(http, jane, filename, ACTIVE_FILES[filename])
    response = http.get(url)
    assert response.status_code == 200 and response.content == ACTIVE_FILES[filename]
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"].startswith("attachment;")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in response.headers["content-security-policy"]


@pytest.mark.parametrize(
    ("filename", "media_type"),
    [("a.png", "image/png"), ("a.jpg", "image/jpeg"), ("a.json", "application/json"), ("a.txt", "text/plain")],
)
def test_passive_files_are_shown_inline_but_sandboxed(
    server: LocalServer, jane: str, filename: str, media_type: str
) -> None:
    http = server.http()
    response = http.get(upload(http, jane, filename, b"content"))
    assert response.headers["content-type"].split(";")[0] == media_type
    assert "content-disposition" not in response.headers
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert "sandbox" in response.headers["content-security-policy"]


def _release_url(http: httpx.Client, key: str, dataset: str, public: bool = False) -> str:
    auth = {"Authorization": f"APIKey {key}"}
    http.post("/user/datasets/", json={"name": dataset, "public": public}, headers=auth)
    assert http.post(f"/datasets/jane/{dataset}/releases/", json={"name": "v1"}, headers=auth).status_code == 201
    for _ in range(200):
        release = http.get(f"/datasets/jane/{dataset}/releases/v1/", headers=auth).json()
        if release["status"] == "SUCCEEDED":
            return str(release["attributes"]["url"])
        time.sleep(0.05)
    raise TimeoutError("release not exported")


def test_private_release_files_need_a_signed_link_that_expires(tmp_path: Path) -> None:
    local = LocalServer(tmp_path / "d", file_link_seconds=2)
    try:
        jane, john = local.create_user("jane"), local.create_user("john")
        http = local.http()
        url = _release_url(http, jane, "private")
        plain, _, query = url.partition("?")
        assert "expires=" in query and "signature=" in query
        auth = {"Authorization": f"APIKey {jane}"}
        release = http.get("/datasets/jane/private/releases/v1/", headers=auth).json()
        assert release["attributes"]["signed_url"] == url
        # A reviewer who had the link, removed from the dataset: the API says 404 at once...
        http.post("/datasets/jane/private/collaborators/", json={"user": "john", "role": "reviewer"}, headers=auth)
        assert http.get(url).status_code == 200
        http.delete("/datasets/jane/private/collaborators/john", headers=auth)
        assert http.get("/datasets/jane/private/releases/v1/", headers={"Authorization": f"APIKey {john}"}).status_code
        assert http.get(plain).status_code == 404, "the unsigned URL of a private release file reads nothing"
        tampered = url.replace("signature=", "signature=0")
        assert http.get(tampered).status_code == 403
        later = url.replace(query.split("&")[0], f"expires={int(time.time()) + 3600}")
        assert http.get(later).status_code == 403, "the expiry is signed"
        # ... and the link the reviewer kept stops working when it expires.
        time.sleep(3.1)
        expired = http.get(url)
        assert expired.status_code == 403 and "expired" in expired.json()["detail"]
    finally:
        local.close()


def test_public_release_files_have_permanent_urls_until_the_dataset_goes_private(
    server: LocalServer, jane: str
) -> None:
    http = server.http()
    url = _release_url(http, jane, "open", public=True)
    assert "?" not in url and http.get(url).status_code == 200
    auth = {"Authorization": f"APIKey {jane}"}
    assert http.patch("/datasets/jane/open/", json={"public": False}, headers=auth).status_code == 200
    assert http.get(url).status_code == 404
    signed = http.get("/datasets/jane/open/releases/v1/", headers=auth).json()["attributes"]["url"]
    assert "signature=" in signed and http.get(signed).status_code == 200


def test_a_strangers_404_builds_no_dataset_or_sample_object(server: LocalServer, jane: str, john: str) -> None:
    """Timing: building the dataset before the role check made a private dataset's 404 slower than a
    missing one's. No object of a dataset the caller may not see is built at all."""
    owner = server.http(jane)
    owner.post("/user/datasets/", json={"name": "secret"})
    sample = owner.post("/datasets/jane/secret/samples/", json={"name": "s", "attributes": {"image": {"url": "u"}}})
    built: list[object] = []

    def loaded(target: object, _context: object) -> None:
        built.append(target)

    event.listen(Dataset, "load", loaded)
    try:
        stranger = server.http(john)
        for path in ("/datasets/jane/secret/", "/datasets/jane/secret/samples/", f"/samples/{sample.json()['uuid']}/"):
            assert stranger.get(path).status_code == 404
        assert built == []
        assert owner.get("/datasets/jane/secret/").status_code == 200 and built
    finally:
        event.remove(Dataset, "load", loaded)


def _raw_exchange(port: int, request: bytes, wait: float = 5.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.settimeout(wait)
        with contextlib.suppress(OSError):  # the server may answer and close before all is sent
            sock.sendall(request)
        answer = b""
        try:
            while chunk := sock.recv(65536):
                answer += chunk
        except OSError:
            pass
        return answer


def test_request_heads_are_bounded(tmp_path: Path) -> None:
    with RunningServer(tmp_path / "d") as running:
        huge = _raw_exchange(
            running.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 2_000_000 + b"\r\n\r\n"
        )
        assert huge.startswith(b"HTTP/1.1 431 "), huge[:100]
        many = _raw_exchange(running.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + b"A: b\r\n" * 5000 + b"\r\n")
        assert many.startswith(b"HTTP/1.1 431 "), many[:100]
        ordinary = b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + b"A: b\r\n" * 60 + b"\r\n"
        assert _raw_exchange(running.port, ordinary).startswith(b"HTTP/1.1 200 ")


def test_failed_keys_are_throttled_per_address_before_any_lookup(server: LocalServer, jane: str) -> None:
    lookups = 0
    real_lookup = server.services.keys.lookup

    def counted(*args: object) -> int | None:
        nonlocal lookups
        lookups += 1
        return real_lookup(*args)  # type: ignore[arg-type]

    server.services.keys.lookup = counted  # type: ignore[method-assign]
    # The default bucket (100, refilled at 20 a second) with the refill slowed to nothing, so the count
    # does not depend on how fast this machine and database answer.
    server.services.failed_auth = FailedAuthLimiter(per_second=0.001, burst=FAILED_AUTH_BURST)
    assert server.http(jane).get("/user").status_code == 200
    guesser = server.http()
    answers = [guesser.get("/user", headers={"Authorization": f"APIKey guess{i}"}) for i in range(300)]
    statuses = [a.status_code for a in answers]
    assert statuses[:50] == [401] * 50 and statuses[-1] == 429
    assert int(answers[-1].headers["retry-after"]) >= 1
    assert lookups == 1 + FAILED_AUTH_BURST, "jane's, then one per guess until the bucket is empty: no more"
    assert server.http(jane).get("/user").status_code == 200, "a key verified before is not held up"


def test_callers_without_a_key_are_rate_limited_with_rate_limit(tmp_path: Path) -> None:
    local = LocalServer(tmp_path / "d", rate_limit_per_second=5.0)
    try:
        statuses = [local.http().get("/user").status_code for _ in range(30)]
        assert statuses[0] == 401 and statuses[-1] == 429
    finally:
        local.close()


def test_an_upload_with_a_bad_signature_is_refused_before_its_file_is_read(tmp_path: Path) -> None:
    with RunningServer(tmp_path / "d") as running:
        key = running.local.create_user("jane")
        asset = httpx.post(
            f"{running.url}/assets/", json={"filename": "a.png"}, headers={"Authorization": f"APIKey {key}"}
        ).json()
        fields = {**asset["presignedPostFields"]["fields"], "x-amz-signature": "0" * 64}
        boundary = "b0undary"
        head = "".join(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{n}"\r\n\r\n{v}\r\n' for n, v in fields.items()
        )
        head += f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n'
        size = 40 * 1024 * 1024
        request = (
            f"POST /files/upload/ HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary={boundary}\r\n"
            f"Content-Length: {len(head) + size}\r\n\r\n{head}"
        ).encode() + b"x" * 65536  # the rest of the 40 MB is never sent: the answer must not wait for it
        answer = _raw_exchange(running.port, request, wait=5)
        assert answer.startswith(b"HTTP/1.1 403 "), answer[:200]
        leftovers = [p for p in (running.local.settings.data_dir / "files").rglob("*") if p.is_file()]
        assert leftovers == []


def test_signed_keys_that_name_no_file_are_refused(server: LocalServer) -> None:
    files_root = server.settings.data_dir / "files"
    for key in (".", "assets/.", "assets//x", "./x"):
        form = server.services.storage.upload_form(key)
        response = server.http().post("/files/upload/", data=form["fields"], files={"file": ("a", b"x")})
        assert response.status_code == 400 and response.json()["detail"] == "Invalid file key.", key
    assert [p for p in server.settings.data_dir.rglob("*.tmp")] == []
    assert files_root.is_dir()


def test_oversized_chunked_upload_is_413(tmp_path: Path) -> None:
    local = LocalServer(tmp_path / "d", max_body_bytes=100_000)
    try:
        key = local.create_user("jane")
        asset = local.http(key).post("/assets/", json={"filename": "a.bin"}).json()
        fields = asset["presignedPostFields"]["fields"]
        boundary = "bnd"
        head = "".join(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{n}"\r\n\r\n{v}\r\n' for n, v in fields.items()
        )
        head += f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\n'

        def chunks() -> object:
            yield head.encode()
            for _ in range(50):
                yield b"x" * 10_000
            yield f"\r\n--{boundary}--\r\n".encode()

        response = local.http().post(
            "/files/upload/", content=chunks(), headers={"Content-Type": f"multipart/form-data; boundary={boundary}"}
        )
        assert response.status_code == 413, response.text
        assert [p for p in local.settings.data_dir.rglob("*.tmp")] == []
    finally:
        local.close()


def test_edge_details(server: LocalServer, jane: str) -> None:
    http = server.http()
    spec = http.get("/openapi.json", headers={"Host": "evil.example"}).json()
    assert spec["servers"][0]["url"] == server.settings.public_url
    for page in ("/ui", "/ui/"):
        headers = http.get(page).headers
        assert headers["x-frame-options"] == "DENY" and "frame-ancestors 'none'" in headers["content-security-policy"]
    head = server.http(jane).head("/user")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == "application/json"
    assert server.http(jane).head("/datasets/jane/none/").status_code == 404
    database = server.settings.data_dir / "segments.sqlite3"
    if database.exists():  # SQLite (not when the suite runs on PostgreSQL)
        assert stat.S_IMODE(os.stat(database).st_mode) == 0o600


def test_a_missing_database_driver_is_one_line(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "segments_server.cli", "create-user", "x", "--data-dir", str(tmp_path)]
    result = subprocess.run(
        [*command, "--database-url", "mysql+mysqldb://u:p@127.0.0.1/db"], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "driver" in result.stderr
