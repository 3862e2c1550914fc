"""Every field the official SDK's models require is required in the matching spec schema."""

from __future__ import annotations

import pydantic
import pytest
import segments.typing as sdk_typing

from tests.spec_helpers import load_spec, resolve

# SDK model -> spec schema, where the names differ.
ALIASES = {
    "URL": "Url",
    "XYZW": "Quaternion",
    "Velocity": "MotionValue",
    "Acceleration": "MotionValue",
    "IssueAnchor2DCoordinates": "IssueAnchor2DCoordinates",
    "SegmentsDatasetCategory": "TaskAttributeCategory",
    "BaseTaskAttribute": "TaskAttribute",
}


def _required(schema: dict) -> set[str]:
    schema = resolve(schema)
    required = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        required |= _required(part)
    return required


def _pairs() -> list[tuple[str, str]]:
    schemas = load_spec()["components"]["schemas"]
    pairs = []
    for name in dir(sdk_typing):
        model = getattr(sdk_typing, name)
        if (
            isinstance(model, type)
            and issubclass(model, pydantic.BaseModel)
            and model.__module__ == sdk_typing.__name__
        ):
            target = ALIASES.get(name, name)
            if target in schemas:
                pairs.append((name, target))
    return pairs


PAIRS = _pairs()


def test_most_sdk_models_have_a_spec_schema() -> None:
    assert len(PAIRS) >= 60


@pytest.mark.parametrize(("sdk_name", "schema_name"), PAIRS, ids=[p[0] for p in PAIRS])
def test_sdk_required_fields_are_required_in_the_spec(sdk_name: str, schema_name: str) -> None:
    model = getattr(sdk_typing, sdk_name)
    needed = {field.alias or field_name for field_name, field in model.model_fields.items() if field.is_required()}
    spec_required = _required(load_spec()["components"]["schemas"][schema_name])
    assert needed <= spec_required, f"{schema_name} must require {sorted(needed - spec_required)}"
