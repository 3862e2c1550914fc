"""Deprecation, end to end: what the spec marks ``deprecated: true`` is exported for the SDK, which
warns (at the caller's line) when it is used, and the rendered reference shows it."""

from __future__ import annotations

import asyncio
import html
import re
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest
import yaml
from export_schemas import deprecations
from segments_client import AsyncSegmentsClient, SegmentsClient, _deprecations

from tests.docs.browser import OutboundTrap, render
from tests.local_server import RunningServer
from tests.spec_helpers import ROOT

IMAGE = {"image": {"url": "https://example.com/a.jpg"}}


def _deprecating_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    spec["paths"]["/datasets/{owner}/{dataset}/releases/"]["post"]["deprecated"] = True
    listing = spec["paths"]["/datasets/{owner}/{dataset}/samples/"]["get"]
    next(p for p in listing["parameters"] if p.get("name") == "name__contains")["deprecated"] = True
    anchor = {"allOf": [{"$ref": "#/components/schemas/IssueAnchor"}], "deprecated": True}  # 3.0: no $ref siblings
    spec["components"]["schemas"]["IssueCreate"]["properties"]["anchor"] = anchor
    return spec


def test_the_export_lists_deprecated_operations_parameters_and_fields() -> None:
    assert deprecations(yaml.safe_load((ROOT / "openapi.yaml").read_text())) == {"operations": [], "inputs": {}}
    assert deprecations(_deprecating_spec()) == {
        "operations": ["add_release"],
        "inputs": {"add_issue": ["anchor"], "list_samples": ["name__contains"]},
    }


@pytest.fixture
def deprecating(monkeypatch: pytest.MonkeyPatch) -> None:
    table = deprecations(_deprecating_spec())
    monkeypatch.setattr(_deprecations, "_table", lambda: table)


def _messages(caught: list[warnings.WarningMessage]) -> list[str]:
    assert all(w.filename == __file__ for w in caught), [w.filename for w in caught]  # the caller's line
    return [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]


def test_the_sdk_warns_when_a_deprecated_thing_is_used(
    deprecating: None, live: RunningServer, api_key: str, username: str
) -> None:
    with SegmentsClient(api_key, live.url) as client, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.add_dataset("d", task_type="vector")
        sample = client.add_sample(f"{username}/d", "a", IMAGE)
        client.get_samples(f"{username}/d")
        client.add_issue(sample.uuid, "no anchor")
        assert _messages(caught) == [], "nothing deprecated was used"
        client.get_samples(f"{username}/d", name="a")
        client.add_issue(sample.uuid, "anchored", anchor={"type": "basic"})
        client.add_release(f"{username}/d", "v1")
        assert _messages(caught) == [
            "'name' of list_samples is deprecated in the API contract",
            "'anchor' of add_issue is deprecated in the API contract",
            "add_release is deprecated in the API contract; see the changelog for what replaces it",
        ]


def test_the_async_sdk_warns_at_the_callers_line(deprecating: None, live: RunningServer, api_key: str) -> None:
    async def run() -> list[str]:
        async with AsyncSegmentsClient(api_key, live.url) as client:
            await client.add_dataset("ad", task_type="vector")
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                await client.add_release(f"{client_user}/ad", "v1")
            return _messages(caught)

    client_user = SegmentsClient(api_key, live.url).get_user().username
    assert asyncio.run(run()) == [
        "add_release is deprecated in the API contract; see the changelog for what replaces it"
    ]


def test_the_reference_shows_deprecated_operations(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(_deprecating_spec(), sort_keys=False))
    page = tmp_path / "index.html"
    command = [sys.executable, str(ROOT / "scripts" / "build_docs.py"), str(spec), str(page)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, timeout=300)
    trap = OutboundTrap()
    try:
        text = html.unescape(re.sub(r"<[^>]+>", " ", render(page.as_uri(), trap)))
    finally:
        trap.close()
    assert "Deprecated" not in text.split("Create a release")[0][-3000:], "only the deprecated operation is marked"
    marked = [part[:300] for part in text.split("Create a release")[1:]]
    assert any("Deprecated" in part for part in marked), "the deprecated operation is marked in the reference"
