"""`make docs`: the API reference as one self-contained HTML page (Redoc, inlined; no other host).

Redoc's standalone bundle (npm `redoc`, pinned in package-lock.json) and the spec are inlined, so
the page renders with no network at all (the Redocly CLI's page, and Redoc's credit logo, would
load an image from a CDN).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "node_modules" / "redoc" / "bundles" / "redoc.standalone.js"
# Redoc's "API docs by Redocly" credit shows a logo fetched from a CDN; offline, it is drawn inline.
CDN_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"
INLINE_LOGO = (
    "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='60' height='14'>"
    "<text x='0' y='11' font-family='sans-serif' font-size='11' fill='%23555'>Redocly</text></svg>"
)
OPTIONS = {
    "hideDownloadButton": False,
    "expandResponses": "200,201",
    "jsonSampleExpandLevel": 3,
    "pathInMiddlePanel": True,
}

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} reference</title>
<style>body {{ margin: 0; padding: 0; }}</style>
</head>
<body>
<div id="redoc"></div>
<script>{bundle}</script>
<script>Redoc.init({spec}, {options}, document.getElementById("redoc"));</script>
</body>
</html>
"""


def _inline(text: str) -> str:
    """Script text that cannot end the <script> element it sits in (`<\\/` means `</` in JS)."""
    return re.sub(r"</(?=script)", r"<\\/", text, flags=re.IGNORECASE)


def build(spec_path: Path, output: Path) -> None:
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    bundle = BUNDLE.read_text(encoding="utf-8")
    if CDN_LOGO not in bundle:
        raise SystemExit(f"{BUNDLE} changed: check that the page still needs no other host")
    page = PAGE.format(
        title=spec["info"]["title"],
        bundle=_inline(bundle.replace(CDN_LOGO, INLINE_LOGO)),
        spec=json.dumps(spec).replace("</", "<\\/"),
        options=json.dumps(OPTIONS),
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")


if __name__ == "__main__":
    spec_arg, output_arg = (sys.argv[1:] + ["openapi.yaml", "docs/index.html"][len(sys.argv[1:]) :])[:2]
    build(ROOT / spec_arg, ROOT / output_arg)
    print(f"wrote {output_arg}")
