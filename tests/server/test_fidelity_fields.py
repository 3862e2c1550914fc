"""What the spec-fidelity fixes promise, through the real server: new fields are stored and returned,
nulls the SDK sends are accepted, the narrowed enums are enforced, 426, updated_at sort, big pages."""

from __future__ import annotations

import time
from typing import Any

import pytest
import segments.typing as sdk_typing

from tests.local_server import LocalServer

ORTHO = {
    "url": "https://x/ortho.png",
    "corners": {
        "top_left": {"x": 0, "y": 10},
        "top_right": {"x": 10, "y": 10},
        "bottom_right": {"x": 10, "y": 0},
        "bottom_left": {"x": 0, "y": 0},
    },
    "height_map": {"url": "https://x/height.png", "encoding": "rgb16", "offset": -2.5, "scale": 0.01},
}
FRAME = {"pcd": {"url": "https://x/0.pcd", "type": "pcd"}, "timestamp": None, "name": None, "bounds": None}


def _dataset(server: LocalServer, key: str, name: str, task_type: str, **extra: Any) -> None:
    response = server.http(key).post("/user/datasets/", json={"name": name, "task_type": task_type, **extra})
    assert response.status_code == 201, response.text


def test_ortho_images_and_sdk_nulls_are_stored_and_returned(server: LocalServer, jane: str) -> None:
    _dataset(server, jane, "cuboids", "pointcloud-cuboid-sequence")
    attributes = {"frames": [FRAME, {**FRAME, "ego_pose": None}], "ortho_images": [ORTHO]}
    created = server.http(jane).post("/datasets/jane/cuboids/samples/", json={"name": "s", "attributes": attributes})
    assert created.status_code == 201, created.text
    fetched = server.http(jane).get(f"/samples/{created.json()['uuid']}/").json()
    assert fetched["attributes"] == attributes
    parsed = sdk_typing.Sample.model_validate(fetched)
    assert parsed.attributes.ortho_images[0].height_map.scale == 0.01  # type: ignore[union-attr]
    bad = {**ORTHO, "height_map": {**ORTHO["height_map"], "encoding": "png"}}
    refused = server.http(jane).post(
        "/datasets/jane/cuboids/samples/", json={"name": "t", "attributes": {"frames": [FRAME], "ortho_images": [bad]}}
    )
    assert refused.status_code == 400 and "encoding" in refused.text


def test_link_frames_and_null_attribute_values_roundtrip(server: LocalServer, jane: str) -> None:
    _dataset(server, jane, "tracks", "pointcloud-cuboid-sequence")
    sample = server.http(jane).post(
        "/datasets/jane/tracks/samples/", json={"name": "s", "attributes": {"frames": [FRAME, FRAME]}}
    )
    cuboid = {
        "id": 1,
        "category_id": 1,
        "track_id": 1,
        "type": "cuboid",
        "position": {"x": 0, "y": 0, "z": 0},
        "dimensions": {"x": 1, "y": 1, "z": 1},
        "yaw": 0,
        "rotation": None,
        "velocity": None,
        "attributes": {"color": None},
    }
    link = {
        "from_id": 1,
        "to_id": 2,
        "attributes": {"kind": "tow", "note": None},
        "frames": [{"attributes": {"visible": True}}, {"attributes": {"visible": None}}],
    }
    label = {"format_version": None, "frames": [{"annotations": [cuboid], "image_attributes": None}], "links": [link]}
    put = server.http(jane).put(f"/labels/{sample.json()['uuid']}/ground-truth/", json={"attributes": label})
    assert put.status_code == 201, put.text
    assert put.json()["attributes"]["links"] == [link]
    assert put.json()["attributes"]["frames"][0]["annotations"][0]["attributes"] == {"color": None}
    parsed = sdk_typing.Label.model_validate(put.json())
    assert parsed.attributes.links[0].frames[1].attributes == {"visible": None}  # type: ignore[union-attr]


def test_task_attribute_definitions_follow_the_sdk(server: LocalServer, jane: str) -> None:
    def create(name: str, category: dict[str, Any]) -> Any:
        body = {"name": name, "task_attributes": {"format_version": "0.1", "categories": [{"id": 1, **category}]}}
        return server.http(jane).post("/user/datasets/", json=body)

    select = {"name": "color", "input_type": "select", "values": ["red"], "default_value": None}
    ok = create("ok", {"name": "car", "attributes": [select], "link_attributes": [{**select, "is_track_level": False}]})
    assert ok.status_code == 201, ok.text
    assert ok.json()["task_attributes"]["categories"][0]["link_attributes"][0]["is_track_level"] is False
    no_values = create("novalues", {"name": "car", "attributes": [{"name": "color", "input_type": "select"}]})
    assert no_values.status_code == 400 and "values" in no_values.json()["detail"]
    vector_link = create("vectorlink", {"name": "car", "link_attributes": [{"name": "v", "input_type": "vector3"}]})
    assert vector_link.status_code == 400
    nulls = create("nulls", {"name": "car", "attributes": None, "color": None, "dimensions": None})
    assert nulls.status_code == 201, nulls.text
    no_categories = server.http(jane).post(
        "/user/datasets/", json={"name": "nocat", "task_attributes": {"categories": None}}
    )
    assert no_categories.status_code == 201, no_categories.text
    patched = server.http(jane).patch("/datasets/jane/nocat/", json={"task_attributes": {"categories": None}})
    assert patched.status_code == 200, patched.text


def test_sensors_take_only_sequence_task_types(server: LocalServer, jane: str) -> None:
    _dataset(server, jane, "multi", "multisensor-sequence")
    sensor = {"name": "lidar", "task_type": "pointcloud-cuboid-sequence", "attributes": {"frames": [FRAME]}}
    good = server.http(jane).post(
        "/datasets/jane/multi/samples/", json={"name": "a", "attributes": {"sensors": [sensor]}}
    )
    assert good.status_code == 201, good.text
    for wrong in ("bboxes", "pointcloud-cuboid", "multisensor-sequence", ""):
        body = {"name": f"b{wrong}", "attributes": {"sensors": [{**sensor, "task_type": wrong}]}}
        assert server.http(jane).post("/datasets/jane/multi/samples/", json=body).status_code == 400, wrong


def test_a_dataset_without_task_type_takes_any_documented_format(server: LocalServer, jane: str) -> None:
    _dataset(server, jane, "untyped", "")
    dataset = server.http(jane).get("/datasets/jane/untyped/").json()
    assert dataset["task_type"] == "" and dataset["insights_urls"] is None
    assert sdk_typing.Dataset.model_validate(dataset).task_type == sdk_typing.TaskType.EMPTY
    for name, attributes in (("img", {"image": {"url": "https://x/a.png"}}), ("pc", FRAME)):
        created = server.http(jane).post(
            "/datasets/jane/untyped/samples/", json={"name": name, "attributes": attributes}
        )
        assert created.status_code == 201, created.text
    label = {
        "format_version": "0.1",
        "annotations": [{"id": 1, "category_id": 1, "type": "bbox", "points": [[0, 0], [1, 1]]}],
    }
    sample = server.http(jane).get("/datasets/jane/untyped/samples/?name__contains=img").json()[0]
    assert (
        server.http(jane).put(f"/labels/{sample['uuid']}/ground-truth/", json={"attributes": label}).status_code == 201
    )
    junk = server.http(jane).post("/datasets/jane/untyped/samples/", json={"name": "junk", "attributes": {"what": 1}})
    assert junk.status_code == 400


def test_api_status_answers_426_to_an_outdated_sdk(server: LocalServer, jane: str) -> None:
    http = server.http(jane)
    outdated = http.get("/api_status/?lib_version=0.9.1")
    assert outdated.status_code == 426 and "0.9.1" in outdated.json()["detail"]
    for fine in ("1.33.0", "2.0.0rc1", "not-a-version", ""):
        assert http.get(f"/api_status/?lib_version={fine}").status_code == 200, fine
    assert server.http("wrong-key").get("/api_status/?lib_version=0.9.1").status_code == 401


@pytest.mark.parametrize("direction", ["", "-"])
def test_samples_sort_by_updated_at(server: LocalServer, jane: str, direction: str) -> None:
    _dataset(server, jane, "sorted", "bboxes")
    http = server.http(jane)
    uuids = {}
    for name in ("a", "b", "c"):
        uuids[name] = http.post("/datasets/jane/sorted/samples/", json={"name": name}).json()["uuid"]
    time.sleep(0.01)
    assert http.patch(f"/samples/{uuids['a']}/", json={"priority": 5}).status_code == 200
    names = [s["name"] for s in http.get(f"/datasets/jane/sorted/samples/?sort={direction}updated_at").json()]
    assert names == (["b", "c", "a"] if not direction else ["a", "c", "b"])


def test_organization_members_are_shown_to_members_only(server: LocalServer, jane: str, john: str) -> None:
    server.create_user("mia")
    server.create_org("acme", "jane", {"john": "labeler"})
    seen_by_john = server.http(john).get("/users/acme").json()
    assert {m["username"]: m["organization_role"] for m in seen_by_john["members"]} == {
        "jane": "admin",
        "john": "labeler",
    }
    parsed = sdk_typing.User.model_validate(seen_by_john)
    assert parsed.members is not None and parsed.members[1].organization_role == sdk_typing.Role.LABELER
    stranger_key = server.create_user("stranger")
    assert "members" not in server.http(stranger_key).get("/users/acme").json()
    own = server.http(jane).get("/user").json()
    assert own["insights_urls"] is None and own["organizations"][0]["organization_role"] == "admin"
