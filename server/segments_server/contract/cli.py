"""``segments-contract``: check a deployment (``check``) or recorded traffic (``drift``) against the contract.

``segments-contract check --base-url URL`` (the key in ``SEGMENTS_API_KEY``) runs schemathesis with
the bundled contract: only GET requests unless ``--write`` (the default for a server on this
machine), findings per operation, a ``--baseline`` of accepted ones.

``segments-contract drift traffic.har [more.har ...]`` validates every recorded exchange (HAR from
browser devtools, a proxy, ``SegmentsClient(record_to=...)`` or ``segments-server proxy --record``)
against the contract and exits 1 when anything disagrees.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import httpx

from ..settings import DEFAULT_SPEC_PATH
from .check import is_local, run_check, write_baseline
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


def _check(args: argparse.Namespace) -> int:
    key = os.environ.get("SEGMENTS_API_KEY", "")
    if not key:
        print("segments-contract: set SEGMENTS_API_KEY to the API key of the account to check with", file=sys.stderr)
        return 2
    read_only = not args.write if (args.write or args.read_only) else not is_local(args.base_url)
    mode = "read-only: GET requests only" if read_only else "writing: every method, created datasets deleted after"
    print(f"segments-contract: checking {args.base_url} ({mode})", flush=True)
    try:
        result = run_check(
            args.base_url,
            key,
            read_only=read_only,
            spec=args.spec,
            max_examples=args.max_examples,
            baseline=args.baseline,
            junit=args.junit,
            seed=args.seed,
        )
    except (RuntimeError, httpx.HTTPError) as error:  # no schemathesis, a wrong key, a host that does not answer
        print(f"segments-contract: {error}", file=sys.stderr)
        return 2
    print(result.summary())
    if args.json:
        Path(args.json).write_text(json.dumps(result.as_dict(), indent=2), encoding="utf-8")
    if args.update_baseline:
        if args.baseline is None:
            print("segments-contract: --update-baseline needs --baseline FILE", file=sys.stderr)
            return 2
        write_baseline(args.baseline, result.findings)
        print(f"segments-contract: {len(result.findings)} finding(s) written to {args.baseline}")
        return 0
    return 1 if result.new else 0


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
    check = commands.add_parser("check", help="run the contract tests against a deployment")
    check.add_argument("--base-url", required=True, help="the API, e.g. https://api.segments.ai")
    mode = check.add_mutually_exclusive_group()
    mode.add_argument("--read-only", action="store_true", help="GET requests only (default unless the host is local)")
    mode.add_argument("--write", action="store_true", help="every method, on a throwaway account (default for local)")
    check.add_argument("--max-examples", type=int, default=10, help="generated cases per operation and phase")
    check.add_argument("--baseline", type=Path, help="accepted findings (JSON): only new ones fail the run")
    check.add_argument("--update-baseline", action="store_true", help="write this run's findings to --baseline")
    check.add_argument("--junit", type=Path, help="write a JUnit XML report")
    check.add_argument("--seed", type=int, help="the same cases run after run (default: new ones each run)")
    check.add_argument("--json", help="write the findings as JSON")
    check.add_argument("--spec", type=Path, default=DEFAULT_SPEC_PATH, help="the contract (default: the bundled one)")
    check.set_defaults(run=_check)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    code: int = args.run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
