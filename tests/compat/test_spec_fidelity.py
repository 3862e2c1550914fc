"""The spec against every model of the official SDK's ``segments.typing``, found by reflection.

For each SDK model with a schema of the same name: every SDK field is a property of the schema,
fields the SDK requires are required, fields the SDK accepts as null are nullable, fields the SDK may
omit are not required, and every SDK enum value or literal is in the spec's enum. A new SDK release
that adds a field, a null or an enum value fails here until the spec follows.
"""

from __future__ import annotations

import pytest
import segments.typing as sdk_typing

from tests.compat import sdk_models as sdk

PAIRS = sdk.model_pairs()
IDS = [sdk_name for sdk_name, _ in PAIRS]


def test_most_sdk_models_have_a_spec_schema() -> None:
    assert len(PAIRS) >= 80
    assert {"Dataset", "Sample", "Label", "User", "Issue", "Link", "OrthoImage", "SelectTaskLinkAttribute"} <= set(IDS)


@pytest.mark.parametrize(("sdk_name", "schema_name"), PAIRS, ids=IDS)
def test_every_sdk_field_is_a_property(sdk_name: str, schema_name: str) -> None:
    model = getattr(sdk_typing, sdk_name)
    missing = sorted(set(sdk.fields(model)) - set(sdk.properties(sdk.schemas()[schema_name])))
    assert not missing, f"{schema_name} lacks the SDK's fields {missing}"


@pytest.mark.parametrize(("sdk_name", "schema_name"), PAIRS, ids=IDS)
def test_required_fields_agree(sdk_name: str, schema_name: str) -> None:
    model = getattr(sdk_typing, sdk_name)
    spec_required = sdk.required(sdk.schemas()[schema_name])
    sdk_required = {name for name, field in sdk.fields(model).items() if field.is_required()}
    assert sdk_required <= spec_required, f"{schema_name} must require {sorted(sdk_required - spec_required)}"
    sdk_optional = set(sdk.fields(model)) - sdk_required
    assert not sdk_optional & spec_required, (
        f"{schema_name} requires {sorted(sdk_optional & spec_required)}, which the SDK lets the API omit"
    )


@pytest.mark.parametrize(("sdk_name", "schema_name"), PAIRS, ids=IDS)
def test_fields_the_sdk_accepts_as_null_are_nullable(sdk_name: str, schema_name: str) -> None:
    model = getattr(sdk_typing, sdk_name)
    properties = sdk.properties(sdk.schemas()[schema_name])
    not_nullable = sorted(
        name
        for name, field in sdk.fields(model).items()
        if name in properties and sdk.accepts_none(field.annotation) and not sdk.allows_null(properties[name])
    )
    assert not not_nullable, f"{schema_name}: the SDK accepts null for {not_nullable}; the spec must too"


@pytest.mark.parametrize(("sdk_name", "schema_name"), PAIRS, ids=IDS)
def test_sdk_enum_values_are_in_the_spec(sdk_name: str, schema_name: str) -> None:
    model = getattr(sdk_typing, sdk_name)
    properties = sdk.properties(sdk.schemas()[schema_name])
    for name, field in sdk.fields(model).items():
        values = sdk.enum_values(field.annotation)
        allowed = sdk.spec_enum(properties.get(name, {}))
        if values and allowed is not None:
            assert values <= allowed, f"{schema_name}.{name} lacks {sorted(values - allowed)}"


@pytest.mark.parametrize(("enum_name", "schema_name"), sdk.enum_pairs())
def test_sdk_enums_are_in_the_spec(enum_name: str, schema_name: str) -> None:
    values = {member.value for member in getattr(sdk_typing, enum_name)}
    allowed = sdk.spec_enum(sdk.schemas()[schema_name]) or set()
    assert values <= allowed, f"{schema_name} lacks {sorted(values - allowed)}"


def test_the_checks_see_what_they_must() -> None:
    """The reflection itself: a nullable ref, a null branch, an enum in a union, an omitted field."""
    schemas = sdk.schemas()
    assert sdk.allows_null(sdk.properties(schemas["Issue"])["anchor"])
    assert sdk.allows_null(schemas["Timestamp"])
    assert not sdk.allows_null(sdk.properties(schemas["Issue"])["description"])
    assert sdk.accepts_none(sdk_typing.Sample.model_fields["attributes"].annotation)
    assert not sdk.accepts_none(sdk_typing.Sample.model_fields["name"].annotation)
    assert "" in sdk.enum_values(sdk_typing.Dataset.model_fields["task_type"].annotation)
    sensors = ("MultiSensorPointcloudSequenceSampleAttributes", "MultiSensorImageSequenceSampleAttributes")
    assert set().union(*(sdk.spec_enum(sdk.properties(schemas[s])["task_type"]) or set() for s in sensors)) == {
        "pointcloud-cuboid-sequence",
        "pointcloud-vector-sequence",
        "pointcloud-segmentation-sequence",
        "image-vector-sequence",
        "image-segmentation-sequence",
    }
