"""The breaking-change gate (scripts/compat.py), fed deliberately breaking and deliberately safe edits
of the contract and of the import surface, as a contributor would make them."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import compat
import pytest
import yaml
from import_surface import surface

from tests.spec_helpers import ROOT

Edit = Callable[[dict[str, Any]], None]
BASE_VERSION = "1.1.0"


def _remove_operation(spec: dict[str, Any]) -> None:
    del spec["paths"]["/datasets/{owner}/{dataset}/workunits/"]


def _remove_response_field(spec: dict[str, Any]) -> None:
    release = spec["components"]["schemas"]["Release"]
    release["required"].remove("samples_count")
    del release["properties"]["samples_count"]


def _new_required_input(spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["IssueCreate"]
    schema["properties"]["severity"] = {"type": "string"}
    schema.setdefault("required", []).append("severity")


def _narrow_enum(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["IssueStatus"]["enum"].remove("CLOSED")


def _remove_parameter(spec: dict[str, Any]) -> None:
    operation = spec["paths"]["/datasets/{owner}/{dataset}/samples/"]["get"]
    operation["parameters"] = [p for p in operation["parameters"] if p.get("name") != "name__contains"]


def _change_auth(spec: dict[str, Any]) -> None:
    spec["components"]["securitySchemes"]["ApiKeyAuth"]["name"] = "X-Api-Key"


def _narrow_type(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["IssueCreate"]["properties"]["description"]["maxLength"] = 10


BREAKING: dict[str, Edit] = {
    "removed operation": _remove_operation,
    "removed response field": _remove_response_field,
    "new required request field": _new_required_input,
    "narrowed enum": _narrow_enum,
    "removed parameter": _remove_parameter,
    "changed auth": _change_auth,
    "narrowed type": _narrow_type,
}


def _add_optional_field(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["IssueCreate"]["properties"]["severity"] = {"type": "string"}


def _add_operation(spec: dict[str, Any]) -> None:
    paths = spec["paths"]
    paths["/datasets/{owner}/{dataset}/tags/"] = copy.deepcopy(paths["/datasets/{owner}/{dataset}/workunits/"])
    paths["/datasets/{owner}/{dataset}/tags/"]["get"]["operationId"] = "list_tags"


def _reword(spec: dict[str, Any]) -> None:
    spec["paths"]["/user"]["get"]["description"] = "Who the API key belongs to."


SAFE: dict[str, tuple[Edit, str]] = {
    "optional request field": (_add_optional_field, "minor"),
    "new operation": (_add_operation, "minor"),
    "reworded description": (_reword, "patch"),
}


def _bump(version: str, level: str) -> str:
    major, minor, patch = map(int, version.split("."))
    return {"major": f"{major + 1}.0.0", "minor": f"{major}.{minor + 1}.0", "patch": f"{major}.{minor}.{patch + 1}"}[
        level
    ]


@pytest.fixture(scope="module")
def current_surface() -> dict[str, list[str]]:
    return surface()


@pytest.fixture
def workspace(tmp_path: Path, current_surface: dict[str, list[str]]) -> Path:
    """A released contract (today's, as BASE_VERSION) and its surface; the spec to edit beside it."""
    released = tmp_path / "released"
    released.mkdir()
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    spec["info"]["version"] = BASE_VERSION
    (released / f"{BASE_VERSION}.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    (released / f"{BASE_VERSION}.surface.json").write_text(json.dumps(current_surface))
    return tmp_path


def _check(
    workspace: Path, edit: Edit | None, version: str, changelog: str, surface_now: dict[str, list[str]]
) -> list[str]:
    spec = yaml.safe_load((workspace / "released" / f"{BASE_VERSION}.yaml").read_text())
    if edit is not None:
        edit(spec)
    spec["info"]["version"] = version
    (workspace / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    (workspace / "CHANGELOG.md").write_text(changelog)
    return compat.check(workspace / "openapi.yaml", workspace / "released", workspace / "CHANGELOG.md", surface_now)


@pytest.mark.parametrize("name", sorted(BREAKING))
def test_a_breaking_change_fails_until_the_major_version_and_changelog_say_so(
    workspace: Path, current_surface: dict[str, list[str]], name: str
) -> None:
    edit = BREAKING[name]
    minor = _bump(BASE_VERSION, "minor")
    problems = _check(workspace, edit, minor, f"## [{minor}]\n### Added\n- x\n", current_surface)
    assert any("need a major version bump" in p for p in problems), problems
    major = _bump(BASE_VERSION, "major")
    problems = _check(workspace, edit, major, f"## [{major}]\n### Added\n- x\n", current_surface)
    assert problems == ["CHANGELOG.md [2.0.0] must list the breaking changes under '### Breaking'"]
    assert _check(workspace, edit, major, f"## [{major}]\n### Breaking\n- {name}\n", current_surface) == []


@pytest.mark.parametrize("name", sorted(SAFE))
def test_a_safe_change_passes_with_the_bump_it_needs(
    workspace: Path, current_surface: dict[str, list[str]], name: str
) -> None:
    edit, level = SAFE[name]
    version = _bump(BASE_VERSION, level)
    assert _check(workspace, edit, version, f"## [{version}]\n### Added\n- {name}\n", current_surface) == []
    assert _check(workspace, edit, version, "# Changelog\n", current_surface) == [
        f"CHANGELOG.md has no section '## [{version}]'"
    ]
    if level == "minor":
        patch = _bump(BASE_VERSION, "patch")
        problems = _check(workspace, edit, patch, f"## [{patch}]\n- x\n", current_surface)
        assert any("need a minor version bump" in p for p in problems), problems


def test_an_unchanged_contract_passes_as_it_is(workspace: Path, current_surface: dict[str, list[str]]) -> None:
    assert _check(workspace, None, BASE_VERSION, "", current_surface) == []


@pytest.mark.parametrize(
    ("change", "breaking"),
    [
        (lambda s: s.pop("segments_api_client.models.IssueCreate"), True),  # a model renamed by the generator
        (lambda s: s["segments_client.SegmentsClient.add_issue"].remove("anchor?"), True),  # a parameter removed
        (lambda s: s["segments_client.SegmentsClient.add_issue"].append("severity"), True),  # a new required one
        (lambda s: s["segments_client.SegmentsClient.add_issue"].append("severity?"), False),  # an optional one
        (lambda s: s.__setitem__("segments_client.SegmentsClient.get_tags", ["dataset_identifier"]), False),
    ],
)
def test_the_import_surface_is_part_of_the_gate(
    workspace: Path,
    current_surface: dict[str, list[str]],
    change: Callable[[dict[str, list[str]]], object],
    breaking: bool,
) -> None:
    edited = copy.deepcopy(current_surface)
    change(edited)
    minor = _bump(BASE_VERSION, "minor")
    problems = _check(workspace, None, minor, f"## [{minor}]\n- x\n", edited)
    assert bool(problems) == breaking, problems


def test_the_repository_passes_its_own_gate(current_surface: dict[str, list[str]]) -> None:
    released, changelog = ROOT / "contracts" / "released", ROOT / "CHANGELOG.md"
    assert compat.check(ROOT / "openapi.yaml", released, changelog, current_surface) == []


ACCEPTED_NUL_RULE = """
- version: {version}
  reason: NUL was always refused.
  values:
    - '^[^\\x00]*$'
    - {{$ref: '#/components/schemas/Text'}}
    - {{$ref: '#/components/schemas/JsonValue'}}
"""


def _unstate_nul_rule(spec: dict[str, Any]) -> None:
    """IssueUpdate as the contract wrote it before it stated the NUL rule."""
    schema = spec["components"]["schemas"]["IssueUpdate"]
    del schema["properties"]["description"]["pattern"], schema["propertyNames"], schema["additionalProperties"]


@pytest.mark.parametrize(
    ("accepted_version", "revision_pattern", "breaking"),
    [
        ("1.1.1", r"^[^\x00]*$", False),  # the rule the server always enforced, listed as accepted
        (None, r"^[^\x00]*$", True),  # the same change, not listed: the tool's verdict stands
        ("1.1.0", r"^[^\x00]*$", True),  # listed for an earlier release: not this change
        ("1.1.1", r"^[a-z]*$", True),  # a real narrowing beside the accepted ones
    ],
)
def test_accepted_changes_pass_as_fixes_and_nothing_else_does(
    workspace: Path,
    current_surface: dict[str, list[str]],
    accepted_version: str | None,
    revision_pattern: str,
    breaking: bool,
) -> None:
    base_file = workspace / "released" / f"{BASE_VERSION}.yaml"
    base = yaml.safe_load(base_file.read_text())
    _unstate_nul_rule(base)
    base_file.write_text(yaml.safe_dump(base, sort_keys=False))
    accepted = workspace / "accepted-changes.yaml"
    accepted.write_text(ACCEPTED_NUL_RULE.format(version=accepted_version) if accepted_version else "[]\n")

    def state_rule(spec: dict[str, Any]) -> None:
        current = yaml.safe_load((ROOT / "openapi.yaml").read_text())["components"]["schemas"]["IssueUpdate"]
        spec["components"]["schemas"]["IssueUpdate"] = copy.deepcopy(current)
        spec["components"]["schemas"]["IssueUpdate"]["properties"]["description"]["pattern"] = revision_pattern

    spec = copy.deepcopy(base)
    state_rule(spec)
    spec["info"]["version"] = "1.1.1"
    (workspace / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    (workspace / "CHANGELOG.md").write_text("## [1.1.1]\n### Fixed\n- NUL stated\n")
    problems = compat.check(
        workspace / "openapi.yaml", workspace / "released", workspace / "CHANGELOG.md", current_surface, accepted
    )
    assert bool(problems) == breaking, problems
    if breaking:
        assert any("need a major version bump" in p for p in problems), problems
