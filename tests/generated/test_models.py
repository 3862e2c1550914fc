"""The generated client imports, has every operation, and its models load every response example."""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

import pytest
import segments_api_client.models as models
from segments_api_client import AuthenticatedClient

from tests.spec_helpers import examples_of, operations, resolve


def _normalise(value: Any) -> Any:
    """Same data: timestamps compared as instants (the models re-format them)."""
    if isinstance(value, dict):
        return {key: _normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normalise(item) for item in value]
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] == "T":
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def _response_cases() -> list[tuple[str, str, bool, Any]]:
    cases = []
    for path, method, op in operations():
        for code, response in op["responses"].items():
            response = resolve(response)
            if not code.startswith("2") or "content" not in response:
                continue
            media = response["content"]["application/json"]
            schema = media["schema"]
            is_list = schema.get("type") == "array"
            ref = (schema["items"] if is_list else schema)["$ref"]
            for example in examples_of(media):
                cases.append((f"{method.upper()} {path} {code}", ref.rsplit("/", 1)[1], is_list, example))
    return cases


CASES = _response_cases()


@pytest.mark.parametrize(("where", "model_name", "is_list", "example"), CASES, ids=[c[0] for c in CASES])
def test_response_example_round_trips(where: str, model_name: str, is_list: bool, example: Any) -> None:
    model = getattr(models, model_name)
    items = example if is_list else [example]
    for item in items:
        assert _normalise(model.from_dict(item).to_dict()) == _normalise(item), where


def test_round_trip_keeps_the_label_attribute_shape() -> None:
    """anyOf unions parse into the right member: a cuboid label keeps its cuboid fields."""
    label = {
        "sample_uuid": "602a3eec-a61c-4a77-9fcc-3037ce5e9606",
        "label_type": "pointcloud-cuboid",
        "label_status": "LABELED",
        "labelset": "ground-truth",
        "created_at": "2024-05-03T10:00:00.000000Z",
        "created_by": "jane",
        "updated_at": "2024-05-03T10:00:00.000000Z",
        "attributes": {
            "format_version": "0.2",
            "annotations": [
                {
                    "id": 1,
                    "category_id": 1,
                    "type": "cuboid",
                    "position": {"x": 1.0, "y": 2.0, "z": 0.5},
                    "dimensions": {"x": 4.0, "y": 2.0, "z": 1.5},
                    "yaw": 0.3,
                }
            ],
        },
    }
    parsed = models.Label.from_dict(label)
    assert isinstance(parsed.attributes, models.PointcloudCuboidLabelAttributes)
    assert _normalise(parsed.to_dict()) == _normalise(label)


def test_every_operation_has_a_generated_function() -> None:
    for _, _, op in operations():
        module = importlib.import_module(
            f"segments_api_client.api.{op['tags'][0].replace('-', '_')}.{op['operationId']}"
        )
        for name in ("sync_detailed", "asyncio_detailed"):
            assert callable(getattr(module, name))


def test_authenticated_client_sends_the_api_key_header() -> None:
    import httpx

    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(200, json={"status": "ok"})

    from segments_api_client.api.status import get_api_status

    client = AuthenticatedClient(
        base_url="http://x", token="k3y", prefix="APIKey", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    assert get_api_status.sync(client=client).status == "ok"  # type: ignore[union-attr]
    assert seen == ["APIKey k3y"]
