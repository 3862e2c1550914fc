"""In a real browser: an uploaded file never runs as a page of the API's origin (where the console
keeps the API key in localStorage)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import httpx

from tests.docs.browser import CHROMIUM, FLAGS, OutboundTrap
from tests.local_server import RunningServer
from tests.server.test_file_security import upload

MARKER = "SCRIPT-RAN"
# The marker is put together by the script, so it is in the page only if the script ran.
STEAL = "document.body.textContent = ['SCRIPT', 'RAN'].join('-') + JSON.stringify(window.localStorage);"
PAGES = {
    "x.html": f"<html><body><p>static</p><script>{STEAL}</script></body></html>",
    "x.svg": f'<svg xmlns="http://www.w3.org/2000/svg"><script>{STEAL}</script></svg>',
    # A page disguised as an image: a browser that sniffed the content would run it.
    "x.png": f"<html><body><script>{STEAL}</script></body></html>",
    "x.txt": f"<html><body><script>{STEAL}</script></body></html>",
}
# A file served as a download opens no page: headless Chromium then waits for ever, so it is stopped.
LOAD_SECONDS = 12


def test_uploaded_pages_do_not_run_in_a_browser(tmp_path: Path) -> None:
    trap = OutboundTrap()
    with RunningServer(tmp_path / "d") as running:
        key = running.local.create_user("mallory")
        with httpx.Client(base_url=running.url) as http:
            urls = {name: upload(http, key, name, page.encode()) for name, page in PAGES.items()}
        with tempfile.TemporaryDirectory(prefix="chromium-") as profiles:
            browsers = {
                name: subprocess.Popen(
                    [
                        CHROMIUM,
                        *FLAGS,
                        f"--user-data-dir={profiles}/{index}",
                        f"--proxy-server=http://127.0.0.1:{trap.port}",
                        "--virtual-time-budget=3000",
                        "--dump-dom",
                        url,
                    ],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    text=True,
                )
                for index, (name, url) in enumerate(urls.items())
            }
            doms = {}
            for name, browser in browsers.items():
                try:
                    doms[name] = browser.communicate(timeout=LOAD_SECONDS)[0]
                except subprocess.TimeoutExpired:
                    browser.kill()
                    doms[name] = browser.communicate()[0]
    trap.close()
    for name, dom in doms.items():
        assert MARKER not in dom, f"{name} ran as a page of the API's origin: {dom[:300]}"
    assert "static" not in doms["x.html"], "the HTML upload was rendered as a page"
    assert "<script>" in doms["x.txt"] or "&lt;script&gt;" in doms["x.txt"], "plain text is shown as text"
