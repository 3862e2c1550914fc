"""``segments-contract check``: schemathesis against any deployment, with the bundled contract.

``--read-only`` (the default for any host that is not this machine) sends only GET requests: the
path parameters are found in the account's own data (its datasets and their samples, labels,
labelsets, releases, issues), and nothing is ever written. ``--write`` runs every phase and every
method against a throwaway account, then deletes every dataset the run created (also when it fails
or is interrupted). Findings are per operation and check; a ``--baseline`` file holds the accepted
ones, so a CI job fails only on new ones.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
NOT_IN_THE_API = ("control", "reference-server")  # the local server's own tags


def is_local(base_url: str) -> bool:
    return (urlsplit(base_url).hostname or "") in LOCAL_HOSTS


@dataclasses.dataclass(frozen=True)
class Finding:
    operation: str  # "GET /datasets/{owner}/{dataset}/"
    check: str  # schemathesis' failure title, e.g. "Response violates schema"
    message: str

    @property
    def key(self) -> str:
        return f"{self.operation} | {self.check}"


@dataclasses.dataclass
class Discovered:
    """Path parameters taken from the account's own data, by the operations that use them."""

    owner: str
    dataset: str | None = None
    sample_uuid: str | None = None
    labelset: str | None = None
    release_name: str | None = None
    issue_uuid: str | None = None

    def parameters(self) -> dict[str, dict[str, str]]:
        """schemathesis ``parameters`` per operationId (only the ones data was found for)."""
        by_operation: dict[str, dict[str, str]] = {
            "list_user_datasets": {"path.owner": self.owner},
            "get_user_by_username": {"path.username": self.owner},
        }
        if self.dataset is None:
            return by_operation
        dataset = {"path.owner": self.owner, "path.dataset": self.dataset}
        for operation in ("get_dataset", "list_samples", "list_labelsets", "list_releases", "list_issues"):
            by_operation[operation] = dict(dataset)
        by_operation["list_workunits"] = dict(dataset)
        by_operation["get_dataset_collaborator"] = {**dataset, "path.username": self.owner}
        if self.labelset is not None:
            by_operation["get_labelset"] = {**dataset, "path.labelset": self.labelset}
        if self.release_name is not None:
            by_operation["get_release"] = {**dataset, "path.release_name": self.release_name}
        if self.sample_uuid is not None:
            by_operation["get_sample"] = {"path.sample_uuid": self.sample_uuid}
            if self.labelset is not None:
                by_operation["get_label"] = {"path.sample_uuid": self.sample_uuid, "path.labelset": self.labelset}
        return by_operation


PAGE_SIZE = 100


def every_item(http: httpx.Client, path: str) -> Iterator[dict[str, Any]]:
    """The items of a paginated list, page after page, until a short one; an error answer raises.

    Stops too at a page that repeats the one before: a deployment that ignores ``page`` ends the loop."""
    page, previous = 1, None
    while True:
        items = http.get(path, params={"per_page": PAGE_SIZE, "page": page}).raise_for_status().json()
        if items == previous:
            return
        yield from items
        if len(items) < PAGE_SIZE:
            return
        page, previous = page + 1, items


def discover(http: httpx.Client) -> Discovered:
    """The account's username and, from its first dataset with samples, one of each object (GETs only)."""
    owner = http.get("/user").raise_for_status().json()["username"]
    found = Discovered(owner=owner)
    for dataset in every_item(http, "/user/datasets/"):
        name = dataset["name"]
        base = f"/datasets/{owner}/{name}"
        samples = http.get(f"{base}/samples/", params={"per_page": 1}).json()
        if found.dataset is None or (samples and found.sample_uuid is None):
            found.dataset, found.sample_uuid = name, samples[0]["uuid"] if samples else None
            labelsets = http.get(f"{base}/labelsets/").json()
            releases = http.get(f"{base}/releases/").json()
            found.labelset = labelsets[0]["name"] if labelsets else None
            found.release_name = releases[0]["name"] if releases else None
        if found.sample_uuid is not None:
            break
    return found


def _config(discovered: Discovered, read_only: bool, reports: Path, seed: int | None = None) -> str:
    lines = [f"seed = {seed}"] if seed is not None else []
    lines += [
        'headers = { Authorization = "APIKey ${SEGMENTS_API_KEY}" }  # from the environment, never on disk',
        "[cache]",
        "enabled = false",
        "[generation]",
        'database = "none"',
        "[checks]",
        'positive_data_acceptance.expected-statuses = ["2XX", "404"]',
        "[reports.junit]",
        "enabled = true",
        f'path = "{reports / "junit.xml"}"',
    ]
    if read_only:
        lines += ["[phases]", "stateful.enabled = false"]
    for operation_id, parameters in discovered.parameters().items():
        pinned = ", ".join(f'"{name}" = {json.dumps(value)}' for name, value in parameters.items())
        lines += ["[[operations]]", f'include-operation-id = "{operation_id}"', f"parameters = {{ {pinned} }}"]
    # Documented refusals the schema cannot state: an outdated lib_version is 426 Upgrade Required;
    # a workunit time on February 29 of a non-leap year is 400.
    lines += ["[[operations]]", 'include-operation-id = "get_api_status"']
    lines += ['checks.positive_data_acceptance.expected-statuses = ["2XX", "426"]']
    lines += ["[[operations]]", 'include-operation-id = "list_workunits"']
    lines += ['checks.positive_data_acceptance.expected-statuses = ["2XX", "404", "400"]']
    for tag in NOT_IN_THE_API:
        lines += ["[[operations]]", f'include-tag = "{tag}"', "enabled = false"]
    return "\n".join(lines) + "\n"


def findings_of_junit(path: Path) -> tuple[list[str], list[Finding]]:
    """(operations run, findings) of schemathesis' JUnit report: one finding per failure title."""
    root = ElementTree.parse(path).getroot()
    operations, found = [], []
    for case in root.iter("testcase"):
        operations.append(case.get("name", ""))
        for failure in list(case.findall("failure")) + list(case.findall("error")):
            text = failure.text or failure.get("message") or ""
            for title in _titles(text):
                found.append(Finding(case.get("name", ""), title, text.strip()[:2000]))
    return operations, found


def _titles(text: str) -> Iterator[str]:
    """The failure titles in a schemathesis failure text (lines starting with "- ")."""
    titles = [line.strip()[2:].strip() for line in text.splitlines() if line.strip().startswith("- ")]
    yield from dict.fromkeys(titles or [text.strip().splitlines()[0] if text.strip() else "failure"])


def read_baseline(path: Path | None) -> set[str]:
    if path is None or not path.exists():
        return set()
    return set(json.loads(path.read_text(encoding="utf-8")).get("accepted", []))


def write_baseline(path: Path, findings: list[Finding]) -> None:
    accepted = sorted({finding.key for finding in findings})
    path.write_text(json.dumps({"accepted": accepted}, indent=2) + "\n", encoding="utf-8")


@dataclasses.dataclass
class CheckResult:
    operations: list[str]
    findings: list[Finding]
    baseline: set[str]
    requests_written: int = 0

    @property
    def new(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.key not in self.baseline]

    def summary(self) -> str:
        failed = {finding.operation for finding in self.findings}
        lines = []
        for operation in self.operations:
            mine = [f for f in self.findings if f.operation == operation]
            lines.append(f"{'FAIL' if mine else 'ok  '} {operation}")
            for finding in mine:
                known = " (in the baseline)" if finding.key in self.baseline else ""
                lines.append(f"     {finding.check}{known}")
        lines.append(
            f"{len(self.operations)} operations, {len(failed)} with findings, {len(self.new)} new "
            f"(not in the baseline)."
        )
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {
            "operations": self.operations,
            "findings": [{**dataclasses.asdict(f), "new": f.key not in self.baseline} for f in self.findings],
        }


class Cleanup:
    """What the account had before a writing run, and the deletion of what the run added."""

    def __init__(self, http: httpx.Client, before: set[str] | None = None) -> None:
        self.http = http
        if before is None:
            # Every dataset the account has must be known before anything is written: one left out
            # would look created by the run, and be deleted.
            try:
                before = set(self._datasets())
            except (httpx.HTTPError, ValueError) as error:
                raise RuntimeError(f"cannot list the account's datasets, so nothing is written: {error}") from None
        self.before = before

    def _datasets(self) -> Iterator[str]:
        return (f"{d['owner']['username']}/{d['name']}" for d in every_item(self.http, "/user/datasets/"))

    def run(self) -> list[str]:
        """Delete every dataset created since (those it could list, if listing fails); the names deleted."""
        now: set[str] = set()
        try:
            now.update(self._datasets())
        except (httpx.HTTPError, ValueError) as error:
            print(f"segments-contract: could not list every dataset to delete: {error}", file=sys.stderr)
        created = sorted(now - self.before)
        for identifier in created:
            self.http.delete(f"/datasets/{identifier}/")
        return created


def run_check(
    base_url: str,
    api_key: str,
    *,
    read_only: bool,
    spec: Path,
    max_examples: int = 10,
    baseline: Path | None = None,
    junit: Path | None = None,
    seed: int | None = None,
    extra: list[str] | None = None,
) -> CheckResult:
    """schemathesis against ``base_url`` with the account of ``api_key``; what it found."""
    headers = {"Authorization": f"APIKey {api_key}"}
    with (
        httpx.Client(base_url=base_url.rstrip("/"), headers=headers, timeout=60) as http,
        tempfile.TemporaryDirectory(prefix="segments-contract-") as folder,
    ):
        reports = Path(folder)
        discovered = discover(http)
        (reports / "schemathesis.toml").write_text(_config(discovered, read_only, reports, seed), encoding="utf-8")
        st = Path(sys.executable).parent / "st"
        if not st.exists():
            raise RuntimeError("segments-contract check runs schemathesis: pip install 'segments-server[contract]'")
        command = [str(st), "--config-file", str(reports / "schemathesis.toml"), "run"]
        command += [str(spec), "--url", base_url, "--max-examples", str(max_examples), "--workers", "1"]
        if read_only:
            command += ["--include-method", "GET", "--phases", "examples,coverage,fuzzing"]
        command += extra or []
        environment = {**os.environ, "SEGMENTS_API_KEY": api_key}
        guard = None if read_only else _start_guard(base_url, Cleanup(http).before, environment)
        previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            run = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if guard is not None:
                _tell(guard, {"pid": run.pid})
            _, errors = run.communicate()
        finally:
            signal.signal(signal.SIGTERM, previous)
            if guard is not None:  # closing the pipe starts the cleanup; wait for it
                guard.stdin.close()  # type: ignore[union-attr]
                guard.wait()
        if not (reports / "junit.xml").exists():
            raise RuntimeError(f"schemathesis did not run: {errors.decode(errors='replace')[-2000:]}")
        operations, findings = findings_of_junit(reports / "junit.xml")
        if junit is not None:
            shutil.copyfile(reports / "junit.xml", junit)
    return CheckResult(operations, findings, read_baseline(baseline))


def _start_guard(base_url: str, before: set[str], environment: dict[str, str]) -> subprocess.Popen[str]:
    """The cleanup process (guard.py), in a session of its own so that a Ctrl-C or a kill of this
    process does not reach it; it cleans up when our end of its pipe closes, however we end."""
    command = [sys.executable, "-m", "segments_server.contract.guard", base_url]
    guard = subprocess.Popen(command, stdin=subprocess.PIPE, env=environment, text=True, start_new_session=True)
    _tell(guard, {"before": sorted(before)})
    return guard


def _tell(guard: subprocess.Popen[str], message: dict[str, Any]) -> None:
    assert guard.stdin is not None
    guard.stdin.write(json.dumps(message) + "\n")
    guard.stdin.flush()


def _interrupt(_signal: int, _frame: Any) -> None:
    raise KeyboardInterrupt  # the cleanup in run_check's finally still runs
