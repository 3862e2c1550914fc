"""Property test: what the spec allows, the official SDK parses; what the SDK then writes, the spec allows.

For every SDK model with a schema of the same name, hypothesis draws values valid under
the spec's schema (read as JSON Schema, nulls and all); the SDK's pydantic model must parse each one,
and the SDK's own dump of it (as the SDK sends models: what was set, with the defaults it marks as
set) must validate against the same schema. A spec looser than the SDK (a null, an enum value or a shape the
SDK rejects) or stricter than what the SDK writes fails here with the value that shows it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import jsonschema_rs
import pydantic
import pytest
import segments.typing as sdk_typing
from hypothesis import HealthCheck, Phase, given, settings, strategies as st
from schemathesis.generation.jsonschema.builder import build
from segments_server.schemas import standalone

from tests.compat import sdk_models as sdk
from tests.spec_helpers import load_spec, validator

# The SDK's Base* classes are mixins holding part of a model's fields; only whole models roundtrip.
PAIRS = [(name, schema) for name, schema in sdk.model_pairs() if not name.startswith("Base")]


# Strategies for the spec's string formats (schemathesis' JSON Schema engine, pinned with it, draws the rest).
FORMATS = {
    "date-time": st.datetimes(timezones=st.just(dt.UTC)).map(lambda moment: moment.isoformat()),
    "uuid": st.uuids().map(str),
    "int32": st.integers(min_value=-(2**31), max_value=2**31 - 1),
}


def values_of(schema_name: str) -> st.SearchStrategy[Any]:
    """Every JSON value the spec's schema allows (nulls and unions included)."""
    return build(standalone(sdk.schemas()[schema_name], load_spec()), draft=jsonschema_rs.Draft202012, formats=FORMATS)


@pytest.mark.parametrize(("sdk_name", "schema_name"), PAIRS, ids=[name for name, _ in PAIRS])
def test_spec_values_parse_with_the_sdk_and_its_output_fits_the_spec(sdk_name: str, schema_name: str) -> None:
    model: type[pydantic.BaseModel] = getattr(sdk_typing, sdk_name)
    check = validator(sdk.schemas()[schema_name])

    @settings(
        max_examples=20,
        deadline=None,
        database=None,
        derandomize=True,  # the same cases on every run: CI never fails by chance
        # Shrinking a deep label through pydantic and jsonschema takes minutes; the unshrunk value is reported.
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )
    @given(value=values_of(schema_name))
    def roundtrip(value: Any) -> None:
        try:
            parsed = model.model_validate(value)
        except pydantic.ValidationError as error:
            pytest.fail(f"the spec allows a {schema_name} the SDK rejects: {value!r}\n{error}")
        # As the SDK sends models: only what was set (its HeightMap marks its defaults as set for this).
        written = parsed.model_dump(mode="json", by_alias=True, exclude_unset=True)
        problems = [e.message for e in check.iter_errors(written)]
        assert not problems, f"the SDK writes a {schema_name} the spec rejects: {written!r}: {problems[:3]}"

    roundtrip()


def test_the_strategies_reach_nulls_and_new_fields() -> None:
    """The drawn values cover what the fidelity fixes are about: nulls inside unions and new fields."""
    seen: dict[str, bool] = {"null attribute value": False, "ortho_images": False}

    @settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(link=values_of("Link"), attributes=values_of("PointcloudSampleAttributes"))
    def look(link: dict[str, Any], attributes: dict[str, Any]) -> None:
        seen["null attribute value"] |= None in (link.get("attributes") or {}).values()
        seen["ortho_images"] |= bool(attributes.get("ortho_images"))

    look()
    assert all(seen.values()), seen
