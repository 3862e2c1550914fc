"""The packages' versions follow the contract's: ``info.version`` of openapi.yaml.

Run by `make generate` (writes the SDK's and the server's ``_version.py``; the generated client
takes the version from the spec itself) and by `make check-generated` with ``--check``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
VERSION_FILES = (
    ROOT / "wrapper" / "segments_client" / "_version.py",
    ROOT / "server" / "segments_server" / "_version.py",
)
TEMPLATE = '''"""The package's version: the contract's (``info.version`` of openapi.yaml), by scripts/versions.py."""

__version__ = "{version}"
'''


def contract_version(spec: Path = ROOT / "openapi.yaml") -> str:
    return str(yaml.safe_load(spec.read_text(encoding="utf-8"))["info"]["version"])


def main(argv: list[str]) -> int:
    version = contract_version()
    stale = [
        path for path in VERSION_FILES if not path.exists() or path.read_text() != TEMPLATE.format(version=version)
    ]
    if "--check" in argv:
        for path in stale:
            print(f"{path.relative_to(ROOT)} does not say version {version}: run 'make generate'")
        return 1 if stale else 0
    for path in stale:
        path.write_text(TEMPLATE.format(version=version))
        print(f"wrote {path.relative_to(ROOT)} ({version})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
