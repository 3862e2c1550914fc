"""Write the spec's component schemas as JSON Schema for the SDK's input and response checks.

Run by `make generate` (and compared by `make check-generated`): the SDK validates what users pass
against the same schemas the server enforces, without a second copy written by hand.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml
from segments_server.schemas import nullable_to_json_schema


def export(spec_path: Path) -> str:
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    schemas = nullable_to_json_schema(spec["components"]["schemas"])
    document = {
        "description": f"Generated from {spec_path.name} by scripts/export_schemas.py; do not edit.",
        "components": {"schemas": schemas},
    }
    return json.dumps(document, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    target.write_text(export(source), encoding="utf-8")
    print(f"wrote {target}")
