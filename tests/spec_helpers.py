"""Reading openapi.yaml in tests, independently of the server's own schema code."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from segments_server.schemas import standalone

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch")
FORMATS = FormatChecker()


@functools.cache
def load_spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text())


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in load_spec()["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def resolve(node: Any) -> Any:
    """Follow one local $ref."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = load_spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def validator(schema: dict[str, Any]) -> Draft202012Validator:
    """A JSON Schema (2020-12, OpenAPI 3.1's dialect) validator of a schema of the spec."""
    return Draft202012Validator(standalone(schema, load_spec()), format_checker=FORMATS)


def examples_of(media: dict[str, Any]) -> list[Any]:
    found = []
    if "example" in media:
        found.append(media["example"])
    for example in media.get("examples", {}).values():
        found.append(resolve(example)["value"])
    return found


def example_cases() -> list[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example) for every example in the spec: parameters, bodies, responses."""
    cases = []
    for path, method, op in operations():
        where = f"{method.upper()} {path}"
        for param in op.get("parameters", []):
            param = resolve(param)
            if "example" in param:
                cases.append((f"{where} param {param['name']}", param["schema"], param["example"]))
        if "requestBody" in op:
            media = resolve(op["requestBody"])["content"]["application/json"]
            cases += [(f"{where} body", media["schema"], example) for example in examples_of(media)]
        for code, response in op["responses"].items():
            response = resolve(response)
            if "content" in response:
                media = response["content"]["application/json"]
                cases += [(f"{where} {code}", media["schema"], example) for example in examples_of(media)]
    for name, param in load_spec()["components"]["parameters"].items():
        cases.append((f"parameter {name}", param["schema"], param["example"]))
    return cases


def readme_block(after: str, language: str) -> str:
    """The first fenced ``language`` block of README.md after the text ``after``."""
    text = (ROOT / "README.md").read_text()
    found = re.search(rf"```{language}\n(.*?)```", text[text.index(after) :], re.S)
    assert found, f"no {language} block after {after!r}"
    return found.group(1)
