"""Another Python generator: datamodel-code-generator (pinned) makes pydantic models of openapi.yaml,
and every example of the spec validates with them without losing content, nulls included."""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest

from tests.spec_helpers import SPEC_PATH, example_cases

BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    output = tmp_path_factory.mktemp("dmcg") / "spec_models.py"
    command = [str(BIN / "datamodel-codegen"), "--input", str(SPEC_PATH), "--input-file-type", "openapi"]
    command += ["--output-model-type", "pydantic_v2.BaseModel", "--target-python-version", "3.11"]
    command += ["--formatters", "ruff-format", "--output", str(output)]
    subprocess.run(command, check=True, capture_output=True)
    spec = importlib.util.spec_from_file_location("spec_models", output)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["spec_models"] = module
    spec.loader.exec_module(module)
    return module


def _adapter(models: ModuleType, schema: dict[str, Any]) -> pydantic.TypeAdapter[Any] | None:
    """The generated type of a schema that names a component (or an array of one)."""
    is_array = schema.get("type") == "array"
    name = (schema["items"] if is_array else schema).get("$ref", "").rsplit("/", 1)[-1]
    model = getattr(models, name, None)
    if model is None:
        return None
    return pydantic.TypeAdapter(list[model] if is_array else model)  # type: ignore[valid-type]


def _same_moments(value: Any) -> Any:
    """Date-times as instants: the generated models write ``.000000Z`` as ``Z``, the same time."""
    if isinstance(value, dict):
        return {key: _same_moments(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_same_moments(item) for item in value]
    if isinstance(value, str) and len(value) >= 20 and value[10:11] == "T" and value.endswith("Z"):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


CASES = [case for case in example_cases() if "$ref" in case[1] or "$ref" in case[1].get("items", {})]


def test_most_examples_name_a_component() -> None:
    assert len(CASES) >= 100


@pytest.mark.parametrize(("where", "schema", "example"), CASES, ids=[c[0] for c in CASES])
def test_every_example_validates_without_losing_content(
    models: ModuleType, where: str, schema: dict[str, Any], example: Any
) -> None:
    adapter = _adapter(models, schema)
    assert adapter is not None, f"{where}: datamodel-code-generator made no model for {schema}"
    parsed = adapter.validate_python(example)
    written = adapter.dump_python(parsed, mode="json", by_alias=True, exclude_unset=True)
    assert _same_moments(written) == _same_moments(example)


def test_null_is_null_not_any_object(models: ModuleType) -> None:
    """The NullValue trap: an object is not a null, and a null attribute value survives a roundtrip."""
    null = pydantic.TypeAdapter(models.NullValue)  # a one-value enum (3.1) or a root model: either way, null only
    with pytest.raises(pydantic.ValidationError):
        null.validate_python({"foo": 1})
    assert null.dump_python(null.validate_python(None), mode="json") is None
    assert models.AttributeValue.model_validate(None).model_dump(mode="json") is None
    link = {"from_id": 1, "to_id": 2, "attributes": {"kind": None}, "frames": [{"attributes": {"seen": None}}]}
    assert models.Link.model_validate(link).model_dump(mode="json", exclude_unset=True) == link
