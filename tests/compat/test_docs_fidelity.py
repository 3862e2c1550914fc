"""The contract against the public documentation (docs.segments.ai, "Categories and attributes"):
what the documentation's examples show validates and every field they show is declared; the server
stores it and the generated client reads it back."""

from __future__ import annotations

from typing import Any

from segments_api_client.models import TaskAttributes

from tests.local_server import LocalServer
from tests.spec_helpers import load_spec

# The documentation's cuboid category and multi-sensor attribute, with a key the editor does not know.
DOCS_TASK_ATTRIBUTES: dict[str, Any] = {
    "format_version": "0.1",
    "categories": [
        {
            "name": "car",
            "id": 1,
            "color": [0, 113, 188],
            "dimensions": {"x": 4.5, "y": 1.8, "z": 1.6},
            "lock_dimensions": True,
            "lock_rotation": False,
            "lock_position": False,
            "attributes": [
                {"name": "color", "input_type": "select", "values": ["red", "blue"], "sensors": "3D"},
                {"name": "occluded", "input_type": "checkbox", "sensors": "2D"},
                {"name": "note", "input_type": "text", "sensors": "all"},
            ],
            "an_unknown_key": "kept and ignored",
        }
    ],
}


def _properties(name: str) -> set[str]:
    return set(load_spec()["components"]["schemas"][name]["properties"])


def test_every_field_the_documentation_shows_is_declared() -> None:
    assert {"lock_dimensions", "lock_rotation", "lock_position", "dimensions"} <= _properties("TaskAttributeCategory")
    assert "sensors" in _properties("TaskAttributeFields")
    category = load_spec()["components"]["schemas"]["TaskAttributeCategory"]
    unknown_keys = category.get("additionalProperties")
    assert unknown_keys == {"$ref": "#/components/schemas/JsonValue"}, "the docs say unknown keys are ignored"


def test_the_documentation_example_is_stored_and_read_back(server: LocalServer, jane: str) -> None:
    http = server.http(jane)
    body = {"name": "cars", "task_type": "pointcloud-cuboid", "task_attributes": DOCS_TASK_ATTRIBUTES}
    assert http.post("/user/datasets/", json=body).status_code == 201
    stored = http.get("/datasets/jane/cars/").json()["task_attributes"]
    assert stored == DOCS_TASK_ATTRIBUTES
    parsed = TaskAttributes.from_dict(stored)
    assert parsed.to_dict() == DOCS_TASK_ATTRIBUTES, "the generated client keeps every field"
    bad = {**DOCS_TASK_ATTRIBUTES, "categories": [{"name": "car", "id": 1, "lock_rotation": "yes"}]}
    refused = http.post("/user/datasets/", json={**body, "name": "bad", "task_attributes": bad})
    assert refused.status_code == 400 and "lock_rotation" in refused.text
