"""Releases (background export, file contents) and asset uploads, over real HTTP too."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import httpx
from segments_api_client.api.assets import add_asset
from segments_api_client.api.releases import add_release, delete_release, get_release, list_releases
from segments_api_client.models import AssetCreate, File, Release, ReleaseCreate, ReleaseStatus

from tests.local_server import LocalServer, RunningServer, drop_database, fresh_database_url
from tests.task_examples import LABELS, SAMPLES, TASK_ATTRIBUTES


def test_release_of_a_few_hundred_samples(server: LocalServer, jane: str) -> None:
    http = server.http(jane)
    http.post("/user/datasets/", json={"name": "ds", "task_type": "bboxes", "task_attributes": TASK_ATTRIBUTES})
    http.post("/datasets/jane/ds/labelsets/", json={"name": "model", "attributes": "{}"})
    body = [{"name": f"s{i:03d}", "attributes": SAMPLES["bboxes"], "metadata": {"i": i}} for i in range(300)]
    samples = http.post("/datasets/jane/ds/samples_bulk/", json=body).json()
    for sample in samples[:50]:
        http.put(
            f"/labels/{sample['uuid']}/ground-truth/", json={"attributes": LABELS["bboxes"], "label_status": "LABELED"}
        )
    http.put(f"/labels/{samples[0]['uuid']}/model/", json={"attributes": LABELS["bboxes"], "score": 0.5})
    api = server.api(jane)
    created = add_release.sync_detailed(
        client=api, owner="jane", dataset="ds", body=ReleaseCreate(name="v1", description="first")
    )
    assert created.status_code == 201
    assert created.parsed.status == ReleaseStatus.PENDING and created.parsed.samples_count == 300  # type: ignore[union-attr]
    assert (
        add_release.sync_detailed(client=api, owner="jane", dataset="ds", body=ReleaseCreate(name="v1")).status_code
        == 409
    )
    server.wait_for_releases()
    release = get_release.sync(client=api, owner="jane", dataset="ds", release_name="v1")
    assert isinstance(release, Release) and release.status == ReleaseStatus.SUCCEEDED
    url = release.attributes.url
    assert isinstance(url, str) and url.startswith("http://testserver/files/releases/")
    content = server.http().get(url).json()  # no API key: the URL is the secret, as on S3
    assert content["name"] == "v1" and content["description"] == "first"
    dataset = content["dataset"]
    assert dataset["name"] == "ds" and dataset["owner"] == "jane" and dataset["task_type"] == "bboxes"
    assert dataset["task_attributes"] == TASK_ATTRIBUTES
    assert [ls["name"] for ls in dataset["labelsets"]] == ["ground-truth", "model"]
    assert len(dataset["samples"]) == 300
    by_name = {s["name"]: s for s in dataset["samples"]}
    first = by_name["s000"]
    assert (
        first["uuid"] == samples[0]["uuid"]
        and first["attributes"] == SAMPLES["bboxes"]
        and first["metadata"] == {"i": 0}
    )
    assert first["labels"]["ground-truth"]["label_status"] == "LABELED"
    assert first["labels"]["ground-truth"]["attributes"] == LABELS["bboxes"]
    assert first["labels"]["model"]["score"] == 0.5
    assert by_name["s299"]["labels"] == {"ground-truth": None, "model": None}
    assert [r.name for r in list_releases.sync(client=api, owner="jane", dataset="ds")] == ["v1"]  # type: ignore[union-attr]
    assert delete_release.sync_detailed(client=api, owner="jane", dataset="ds", release_name="v1").status_code == 204
    assert server.http().get(url).status_code == 404


def test_asset_upload_and_download(server: LocalServer, jane: str) -> None:
    asset = add_asset.sync(client=server.api(jane), body=AssetCreate(filename="label.png"))
    assert isinstance(asset, File) and asset.url.endswith(".png") and "/assets/jane/" in asset.url
    fields = asset.presigned_post_fields.fields.to_dict()
    assert list(fields) == [
        "acl",
        "Content-Type",
        "key",
        "x-amz-algorithm",
        "x-amz-credential",
        "x-amz-date",
        "policy",
        "x-amz-signature",
    ]
    anonymous = server.http()
    assert anonymous.get(asset.url).status_code == 404, "not there before the upload"
    upload = anonymous.post(
        asset.presigned_post_fields.url, data=fields, files={"file": ("label.png", b"\x89PNG-bytes")}
    )
    assert upload.status_code == 204 and upload.content == b""
    downloaded = anonymous.get(asset.url)
    assert downloaded.status_code == 200 and downloaded.content == b"\x89PNG-bytes"
    assert downloaded.headers["content-type"] == "image/png"


def test_upload_form_is_checked(server: LocalServer, jane: str) -> None:
    asset = add_asset.sync(client=server.api(jane), body=AssetCreate(filename="a.png"))
    assert isinstance(asset, File)
    fields = asset.presigned_post_fields.fields.to_dict()
    http = server.http()
    forged = {**fields, "key": "assets/jane/other.png"}
    assert http.post("/files/upload/", data=forged, files={"file": ("a", b"x")}).status_code == 403
    traversal_policy = base64.b64encode(json.dumps({"key": "../../etc/x", "expires": 2**40}).encode()).decode()
    sneaky = {**fields, "key": "../../etc/x", "policy": traversal_policy}
    assert http.post("/files/upload/", data=sneaky, files={"file": ("a", b"x")}).status_code == 403
    assert http.post("/files/upload/", data=fields).status_code == 400
    for path in ("/files/../secret.key", "/files/%2e%2e/secret.key", "/files/assets/..%2F..%2Fsecret.key"):
        response = http.get(path)
        assert response.status_code == 404 and b"secret" not in response.content, path


def test_expired_and_oversized_uploads(tmp_path: Path) -> None:
    local = LocalServer(tmp_path / "d", max_body_bytes=1000, upload_expiry_seconds=-1)
    try:
        key = local.create_user("jane")
        asset = add_asset.sync(client=local.api(key), body=AssetCreate(filename="a.bin"))
        assert isinstance(asset, File)
        fields = asset.presigned_post_fields.fields.to_dict()
        expired = local.http().post("/files/upload/", data=fields, files={"file": ("a", b"x")})
        assert expired.status_code == 403 and "expired" in expired.json()["detail"]
        big = local.http().post("/files/upload/", data=fields, files={"file": ("a", b"x" * 200_000)})
        assert big.status_code == 413
    finally:
        local.close()


def test_data_survives_a_restart(tmp_path: Path) -> None:
    data_dir = tmp_path / "persist"
    database_url = fresh_database_url()  # None: SQLite in the data dir
    with RunningServer(data_dir, database_url=database_url) as first:
        key = first.local.create_user("jane")
        headers = {"Authorization": f"APIKey {key}"}
        assert httpx.post(f"{first.url}/user/datasets/", json={"name": "kept"}, headers=headers).status_code == 201
        sample = httpx.post(
            f"{first.url}/datasets/jane/kept/samples/",
            json={"name": "s", "attributes": SAMPLES["segmentation-bitmap"]},
            headers=headers,
        ).json()
        assert (
            httpx.post(f"{first.url}/datasets/jane/kept/releases/", json={"name": "r"}, headers=headers).status_code
            == 201
        )
        first.local.wait_for_releases()
        port = first.port
    with RunningServer(data_dir, port=port, database_url=database_url) as second:
        again = httpx.get(f"{second.url}/samples/{sample['uuid']}/", headers=headers)
        assert again.status_code == 200 and again.json()["name"] == "s"
        release = httpx.get(f"{second.url}/datasets/jane/kept/releases/r/", headers=headers).json()
        assert release["status"] == "SUCCEEDED"
        assert httpx.get(release["attributes"]["url"]).json()["dataset"]["samples"][0]["uuid"] == sample["uuid"]
    drop_database(database_url)
