"""``segments-contract``: check the contract against recorded traffic (``drift``).

``segments-contract drift traffic.har [more.har ...]`` validates every recorded exchange (HAR from
browser devtools, a proxy, ``SegmentsClient(record_to=...)`` or ``segments-server proxy --record``)
against the contract and exits 1 when anything disagrees.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..settings import DEFAULT_SPEC_PATH
from .drift import Contract, DriftReport, exchanges_of_har


def _drift(args: argparse.Namespace) -> int:
    report = DriftReport(Contract(args.spec), args.base_url)
    for path in args.traffic:
        try:
            document = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            print(f"segments-contract: cannot read {path}: {error}", file=sys.stderr)
            return 2
        for exchange in exchanges_of_har(document):
            report.add(exchange)
    print(report.summary())
    if args.json:
        Path(args.json).write_text(json.dumps(report.as_dict(), indent=2), encoding="utf-8")
    return 1 if report.findings else 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="segments-contract", description=__doc__.splitlines()[0])
    commands = main.add_subparsers(dest="command", required=True)
    drift = commands.add_parser("drift", help="check recorded traffic (HAR files) against the contract")
    drift.add_argument("traffic", nargs="+", help="HAR files")
    drift.add_argument("--spec", type=Path, default=DEFAULT_SPEC_PATH, help="the contract (default: the bundled one)")
    drift.add_argument(
        "--base-url", help="the API's URL: exchanges with other hosts are skipped (default: every host, API at /)"
    )
    drift.add_argument("--json", help="also write the report as JSON to this file")
    drift.set_defaults(run=_drift)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    code: int = args.run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
