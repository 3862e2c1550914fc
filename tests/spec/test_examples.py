"""Every example in openapi.yaml is valid against its own schema."""

from __future__ import annotations

from typing import Any

import pytest

from tests.spec_helpers import example_cases, load_spec, resolve, validator

CASES = example_cases()


def test_there_are_examples_for_every_operation() -> None:
    assert len(CASES) > 200


@pytest.mark.parametrize(("where", "schema", "example"), CASES, ids=[c[0] for c in CASES])
def test_example_matches_schema(where: str, schema: dict[str, Any], example: Any) -> None:
    errors = [e.message for e in validator(schema).iter_errors(example)]
    assert not errors, f"{where}: {errors[:3]}"


def test_validator_rejects_a_broken_example() -> None:
    """The check above can fail: a dataset without its required fields does not pass."""
    schema = {"$ref": "#/components/schemas/Dataset"}
    assert list(validator(schema).iter_errors({"name": "x"}))
    assert not list(
        validator({"$ref": "#/components/schemas/Sample"}).iter_errors(
            {**resolve(load_spec()["components"]["examples"]["Sample"])["value"], "assigned_labeler": None}
        )
    )
