"""schemathesis' pytest integration, in-process: one test per operation, positive and negative data.

The same schemathesis.toml as the CLI runs (test_contract.py, `make contract`) drives it, against the
app itself (no sockets). The coverage and stateful phases run in the CLI run, not again here.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from tests.contract.seed import seed
from tests.local_server import LocalServer
from tests.spec_helpers import ROOT


def _prepare() -> tuple[LocalServer, SchemathesisConfig]:
    """A fresh server with seeded data, and the committed configuration pointing at it."""
    work = Path(tempfile.mkdtemp(prefix="contract-pytest-"))
    local = LocalServer(work / "data")
    keys = {role: local.create_user(name) for role, name in (("owner", "alice"), ("stranger", "mallory"))}
    for name in ("carol", "dave", "erin"):
        local.create_user(name)
    local.create_org("acme", owner="alice")
    env = seed(local.http(keys["owner"]), "alice", ("carol", "dave", "erin"))
    auth = [
        {"name": role, "fixedHeaders": [{"name": "Authorization", "value": f"APIKey {key}"}]}
        for role, key in keys.items()
    ]
    (work / "wfc.json").write_text(json.dumps({"auth": auth}))
    os.environ.update(env, CONTRACT_WFC_FILE=str(work / "wfc.json"), CONTRACT_ORG="acme", CONTRACT_REPORT_DIR=str(work))
    text = (ROOT / "schemathesis.toml").read_text()
    # Phases the CLI run covers; reports are the CLI's job (the plugin's JUnit writer needs allure).
    text = text.replace("stateful.enabled = false", "stateful.enabled = false\ncoverage.enabled = false", 1)
    text = text[: text.index("[reports.junit]")] + text[text.index("# Path parameters hit") :]
    return local, SchemathesisConfig.from_str(text)


LOCAL, CONFIG = _prepare()
schema = schemathesis.openapi.from_path(ROOT / "openapi.yaml", config=CONFIG)
schema.app = LOCAL.app


@pytest.fixture(scope="module", autouse=True)
def _close_server() -> Iterator[None]:
    yield
    LOCAL.close()


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
def test_operation_conforms(case: schemathesis.Case) -> None:
    case.call_and_validate()
