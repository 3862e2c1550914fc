"""The breaking-change gate (`make compat`): the working contract against the last released one.

Two comparisons, each rating what changed by the semantic-version bump it needs:

* the contract: Redocly's ``diff`` (pinned in package-lock.json, rules ``diff-recommended``: a
  removed operation, parameter or response field, a new required input, a narrowed type or enum,
  changed security, ... is major);
* the import surface (scripts/import_surface.py): a removed or renamed module, function, model,
  SDK name or method, a removed parameter or a new required one is major.

A diff tool rates by shape, not by what the server did: stating a rule the server always enforced
(a pattern that excludes NUL) reads as a narrowed input. Such changes are listed, with the reason, in
``contracts/accepted-changes.yaml`` and count as fixes; nothing else is let through.

It passes when ``info.version`` is bumped at least as far as the changes need (while 0.x, a minor
bump stands for a major one) and CHANGELOG.md has a section for that version, whose
``### Breaking`` part lists the breaking changes when there are any. Exit status 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from import_surface import surface  # noqa: E402
from versions import contract_version  # noqa: E402

RELEASED = ROOT / "contracts" / "released"
DIFF_CONFIG = ROOT / "contracts" / "redocly-diff.yaml"
ACCEPTED = ROOT / "contracts" / "accepted-changes.yaml"
LEVELS = {"none": 0, "patch": 1, "minor": 2, "major": 3}


def released_versions(folder: Path = RELEASED) -> list[Version]:
    return sorted(Version(path.stem) for path in folder.glob("*.yaml"))


def contract_changes(base: Path, revision: Path) -> list[dict[str, Any]]:
    """Redocly's rated changes of ``revision`` against ``base``."""
    command = ["npx", "--no-install", "redocly", "diff", str(base), str(revision), "--format", "json"]
    command += ["--config", str(DIFF_CONFIG), "--fail-on", "none"]
    environment = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=environment, check=False)
    start = done.stdout.find("{")
    if done.returncode != 0 or start < 0:
        raise RuntimeError(f"redocly diff failed: {done.stderr.strip()[-2000:]}")
    report = json.loads(done.stdout[start:])
    changes: list[dict[str, Any]] = report["changes"]
    return changes


def accepted_values(accepted: Path, spec: Path, base: Version, current: Version) -> list[tuple[Any, str]]:
    """(new value, reason) of the accepted changes made after ``base`` up to ``current``; a
    ``$ref`` value stands for the schema it names in ``spec``."""
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    entries = yaml.safe_load(accepted.read_text(encoding="utf-8")) if accepted.exists() else []
    found = []
    for entry in entries or []:
        if base < Version(str(entry["version"])) <= current:
            reason = f"{entry['reason'].strip()} ({entry['version']})"
            for value in entry["values"]:
                found.append((value, reason))
                if isinstance(value, dict) and "$ref" in value:  # the tool shows a value resolved, inner refs not
                    schema = document["components"]["schemas"][value["$ref"].rsplit("/", 1)[-1]]
                    found.append((schema, reason))
                    # ... and, where it replaced a schema of any value, each of its keywords as added
                    found += [(part, reason) for part in schema.values() if isinstance(part, dict)]
    return found


def rate_all(changes: list[dict[str, Any]], accepted: list[tuple[Any, str]]) -> list[tuple[str, str]]:
    """(impact, description) of each change. An accepted one is a patch, whatever the tool said; so
    is a subschema of a union the tool reports removed and added again (it cannot pair them) when
    the two differ only by accepted values."""
    values = [value for value, _ in accepted]

    def without_accepted(node: Any) -> Any:
        if isinstance(node, list):
            return [without_accepted(item) for item in node]
        if not isinstance(node, dict):
            return node
        kept = {key: value for key, value in node.items() if value not in values}
        if kept.get("additionalProperties") is True:  # the same as no additionalProperties
            del kept["additionalProperties"]
        return {key: without_accepted(value) for key, value in kept.items()}

    removed = {c["path"]: c["base"].get("value") for c in changes if c["kind"] == "removed" and "base" in c}
    added = {c["path"]: c["revision"].get("value") for c in changes if c["kind"] == "added" and "revision" in c}
    reshaped = {
        path
        for path, before in removed.items()
        if path in added and without_accepted(before) == without_accepted(added[path])
    }
    rated = []
    for change in changes:
        new_value = change.get("revision", {}).get("value", object())
        reason = next((reason for value, reason in accepted if new_value == value), None)
        if reason is None and change["path"] in reshaped:
            reason = accepted[0][1] if accepted else None
        if reason is not None and change["impact"] != "patch":
            rated.append(("patch", f"{_describe(change)} [accepted: {reason}]"))
        else:
            rated.append((change["impact"], _describe(change)))
    return rated


def _describe(change: dict[str, Any]) -> str:
    verdicts = [v["message"] for v in change.get("verdicts", []) if v.get("impact") == change["impact"]]
    where = change["path"].replace("~1", "/").replace("#/", "")
    return f"{where}: {'; '.join(verdicts) or change['kind']}"


def surface_changes(released: dict[str, list[str]], current: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(impact, what) for every difference of two import surfaces."""
    found: list[tuple[str, str]] = []
    for name, before in released.items():
        if name not in current:
            found.append(("major", f"{name} was removed (or renamed)"))
            continue
        after = current[name]
        names_before = [p.rstrip("?") for p in before]
        names_after = [p.rstrip("?") for p in after]
        for parameter in before:
            if parameter.rstrip("?") not in names_after:
                found.append(("major", f"{name}: {parameter.rstrip('?')} was removed"))
        for parameter in after:
            if not parameter.endswith("?") and not parameter.startswith("=") and f"{parameter}?" in before:
                found.append(("major", f"{name}: {parameter} became required"))
            elif not parameter.endswith("?") and not parameter.startswith("=") and parameter not in names_before:
                found.append(("major", f"{name}: new required {parameter}"))
            elif parameter.rstrip("?") not in names_before:
                found.append(("minor", f"{name}: {parameter.rstrip('?')} added"))
        kept = [p for p in names_after if p in names_before]
        if kept != [p for p in names_before if p in names_after]:
            found.append(("major", f"{name}: parameters reordered"))
    found += [("minor", f"{name} added") for name in current if name not in released]
    return found


def bump_of(base: Version, current: Version) -> str:
    """The bump from ``base`` to ``current``; while 0.x a minor bump counts as major, a patch as minor."""
    if current < base:
        return "backwards"
    if current.major > base.major or (base.major == 0 and current.minor > base.minor):
        return "major"
    if current.minor > base.minor:
        return "minor"
    return "patch" if current > base else "none"


def changelog_section(changelog: Path, version: str) -> str | None:
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
    found = re.search(rf"^## \[?{re.escape(version)}\]?.*?$(.*?)(?=^## |\Z)", text, re.M | re.S)
    return found.group(1) if found else None


def check(
    spec: Path,
    released_dir: Path,
    changelog: Path,
    current_surface: dict[str, list[str]],
    accepted_file: Path = ACCEPTED,
) -> list[str]:
    """The problems that fail the gate (empty: it passes); prints what changed."""
    versions = released_versions(released_dir)
    if not versions:
        return [f"no released contract in {released_dir}"]
    base_version = versions[-1]
    base = released_dir / f"{base_version}.yaml"
    current_version = Version(contract_version(spec))
    accepted = accepted_values(accepted_file, spec, base_version, current_version)
    impacts = rate_all(contract_changes(base, spec), accepted)
    released_surface_file = released_dir / f"{base_version}.surface.json"
    if released_surface_file.exists():
        impacts += surface_changes(json.loads(released_surface_file.read_text()), current_surface)
    needed = max((LEVELS[impact] for impact, _ in impacts), default=0)
    needed_name = next(name for name, level in LEVELS.items() if level == needed)
    made = bump_of(base_version, current_version)
    print(f"contract {current_version} against released {base_version}: changes need a {needed_name} bump, made {made}")
    for impact, what in impacts:
        if impact == "major":
            print(f"  breaking: {what}")
    if any("[accepted: " in what for _, what in impacts):
        print(f"  {sum('[accepted: ' in what for _, what in impacts)} changes accepted by {accepted_file.name}")
    problems = []
    if made == "backwards":
        problems.append(f"info.version {current_version} is older than the released {base_version}")
    elif LEVELS.get(made, 0) < needed:
        level = "minor (0.x)" if needed_name == "major" and base_version.major == 0 else needed_name
        problems.append(
            f"the changes since {base_version} need a {level} version bump; info.version is {current_version}"
        )
    if made not in ("none", "backwards"):
        section = changelog_section(changelog, str(current_version))
        if section is None:
            problems.append(f"{changelog.name} has no section '## [{current_version}]'")
        elif needed == LEVELS["major"] and "### Breaking" not in section:
            problems.append(f"{changelog.name} [{current_version}] must list the breaking changes under '### Breaking'")
    return problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--released", type=Path, default=RELEASED)
    parser.add_argument("--changelog", type=Path, default=ROOT / "CHANGELOG.md")
    parser.add_argument("--accepted", type=Path, default=ACCEPTED)
    args = parser.parse_args(argv)
    problems = check(args.spec, args.released, args.changelog, surface(), args.accepted)
    for problem in problems:
        print(f"compat: {problem}", file=sys.stderr)
    if not problems:
        print("compat: ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
