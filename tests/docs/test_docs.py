"""The rendered API reference and console work offline, in a real browser."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.docs.browser import OutboundTrap, render
from tests.local_server import RunningServer
from tests.spec_helpers import ROOT, load_spec, operations

SUMMARIES = sorted({op["summary"] for _, _, op in operations()})
WEBHOOKS = sorted(item["post"]["summary"] for item in load_spec()["webhooks"].values())
REPORTS = ROOT / "reports"


@pytest.fixture
def trap() -> Iterator[OutboundTrap]:
    outbound = OutboundTrap()
    yield outbound
    outbound.close()


def _text(dom: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", dom))


@pytest.fixture(scope="module")
def built_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make docs`' command, into a fresh file."""
    output = tmp_path_factory.mktemp("docs") / "index.html"
    command = [sys.executable, str(ROOT / "scripts" / "build_docs.py"), "openapi.yaml", str(output)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, timeout=300)
    return output


def test_the_trap_sees_a_page_reaching_out(tmp_path: Path, trap: OutboundTrap) -> None:
    """What the docs tests rely on: a page that loads anything from elsewhere shows up in ``requests``."""
    page = tmp_path / "leaky.html"
    page.write_text('<img src="http://cdn.example.test/pixel.png"><p>leaky</p>')
    assert "leaky" in render(page.as_uri(), trap, budget_ms=3000)
    assert [line for line in trap.requests if "cdn.example.test" in line], trap.requests


def test_reference_page_is_self_contained(built_page: Path) -> None:
    page = built_page.read_text()
    assert len(page) > 500_000, "the renderer is inlined"
    assert not re.findall(r"<(?:script|link)[^>]+(?:src|href)=\"https?://", page), "no external scripts or styles"


def test_reference_page_renders_every_operation_offline(built_page: Path, trap: OutboundTrap) -> None:
    dom = render(built_page.as_uri(), trap, screenshot=REPORTS / "docs-reference.png")
    text = _text(dom)
    missing = [summary for summary in SUMMARIES + WEBHOOKS if summary not in text]
    assert not missing, f"not rendered: {missing}"
    assert "APIKey" in text and "Invalid page." in text
    compact = re.sub(r"\s+", "", text)  # highlighted code is split into tokens
    assert "segments_client" in text and 'client.get_dataset("jane/flowers")' in compact, "code samples are shown"
    assert trap.requests == [], f"requests left the machine: {trap.requests}"


def test_server_serves_docs_and_console(tmp_path: Path, trap: OutboundTrap) -> None:
    with RunningServer(tmp_path / "data") as server:
        docs = _text(render(f"{server.url}/docs", trap, screenshot=REPORTS / "docs-served.png"))
        assert [s for s in SUMMARIES if s not in docs] == []
        console = _text(render(f"{server.url}/ui/", trap, screenshot=REPORTS / "docs-console.png"))
        assert "Authorize" in console and "Segments.ai API" in console
        assert [s for s in SUMMARIES if s not in console] == []
    assert trap.requests == [], f"requests left the machine: {trap.requests}"
