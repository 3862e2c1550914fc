"""Headless Chromium for rendering pages, with a trap that records any request leaving the machine."""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import threading
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--no-pings",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication",
]
# Chromium's own services (clock sync, component updates, sign-in), not requests of the page.
BROWSER_SERVICE_HOSTS = ("clients2.google.com", "update.googleapis.com", "accounts.google.com")


class OutboundTrap:
    """A proxy that answers every request with 403 and remembers it: Chromium sends all
    non-loopback traffic here, so an empty ``requests`` list means nothing left the machine."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(16)
        self.port = self._socket.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._socket.accept()
            except OSError:
                return
            with connection:
                connection.settimeout(2)
                try:
                    first_line = connection.recv(4096).split(b"\r\n", 1)[0].decode(errors="replace")
                    # Chromium preconnects to its proxy and may close the socket unused: no bytes, no request.
                    if first_line and not any(host in first_line for host in BROWSER_SERVICE_HOSTS):
                        self.requests.append(first_line)
                    connection.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                except OSError:
                    pass

    def close(self) -> None:
        self._socket.close()


def render(url: str, trap: OutboundTrap, screenshot: Path | None = None, budget_ms: int = 20000) -> str:
    """The DOM of ``url`` after its scripts ran (and a screenshot, if asked)."""
    with tempfile.TemporaryDirectory(prefix="chromium-") as profile:
        common = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"--proxy-server=http://127.0.0.1:{trap.port}",
                  f"--virtual-time-budget={budget_ms}", "--window-size=1400,2200"]  # fmt: skip
        dom = subprocess.run([*common, "--dump-dom", url], capture_output=True, text=True, timeout=180, check=True)
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([*common, f"--screenshot={screenshot}", url], capture_output=True, timeout=180, check=True)
    return dom.stdout
