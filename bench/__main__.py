"""`make bench`: every benchmark, contenders interleaved, medians and ratios; writes reports/bench.json.

`python -m bench --tiny` runs the same harness with tiny sizes (part of `make test`, so it cannot rot).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

from . import body_memory, bulk, export, faults, listing, mixed, per_call, plugin, throughput, webhooks
from .harness import environment

FULL = {"calls": 2000, "call_rounds": 5, "bulk": 10_000, "bulk_rounds": 3, "rps_seconds": 5.0, "rps_rounds": 3,
        "list_small": 1000, "list_large": 100_000, "list_rounds": 7, "export_small": 10_000,
        "export_large": 100_000, "export_rounds": 2, "mixed_seconds": 30.0, "mixed_rounds": 3,
        "body_limit_mb": 100, "faults_settle": 3.0, "faults_stop": 5.0, "faults_outage": 30.0,
        "plugin_samples": 1000, "plugin_tests": 200, "plugin_rounds": 3}  # fmt: skip
TINY = {"calls": 30, "call_rounds": 2, "bulk": 300, "bulk_rounds": 1, "rps_seconds": 0.5, "rps_rounds": 1,
        "list_small": 1000, "list_large": 3000, "list_rounds": 2, "export_small": 100,
        "export_large": 1000, "export_rounds": 1, "mixed_seconds": 1.0, "mixed_rounds": 1,
        "body_limit_mb": 10, "faults_settle": 0.5, "faults_stop": 1.0, "faults_outage": 1.0,
        "plugin_samples": 100, "plugin_tests": 5, "plugin_rounds": 1}  # fmt: skip


def measure(sizes: dict[str, Any], workdir: Path) -> dict[str, Any]:
    def fresh(name: str) -> Path:
        path = workdir / name
        path.mkdir()
        return path

    mixed_load, mixed_load_cpu = mixed.run(fresh("mixed"), sizes["mixed_seconds"], sizes["mixed_rounds"])
    return {
        "per_call_us": per_call.run(fresh("per_call"), sizes["calls"], sizes["call_rounds"]),
        "bulk_samples_per_s": bulk.run(fresh("bulk"), sizes["bulk"], sizes["bulk_rounds"]),
        "server_rps": throughput.run(fresh("rps"), sizes["rps_seconds"], sizes["rps_rounds"]),
        "list_ms": listing.run(fresh("list"), sizes["list_small"], sizes["list_large"], sizes["list_rounds"]),
        "export": export.run(fresh("export"), sizes["export_small"], sizes["export_large"], sizes["export_rounds"]),
        "mixed_load": mixed_load,
        "mixed_load_cpu": mixed_load_cpu,
        "body_memory": body_memory.run(fresh("bodies"), sizes["body_limit_mb"]),
        "plugin": plugin.run(fresh("plugin"), sizes["plugin_samples"], sizes["plugin_tests"], sizes["plugin_rounds"]),
        "faults": faults.run(fresh("faults"), sizes["faults_settle"], sizes["faults_stop"], sizes["faults_outage"]),
        "webhooks": webhooks.run(fresh("webhooks"), sizes["mixed_seconds"], sizes["mixed_rounds"]),
        "machine": environment(),
        "sizes": sizes,
    }


def mixed_ratio(result: dict[str, Any]) -> float:
    runs = result["mixed_load"]
    return float(runs["postgres_2w"]["rps"] / max(runs["postgres_1w"]["rps"], 1e-9))


def goals(result: dict[str, Any]) -> list[tuple[str, float, str, bool]]:
    """(what, measured, target, met) for each target of the benchmark issue."""
    call, rate, rps = result["per_call_us"], result["bulk_samples_per_s"], result["server_rps"]
    listed, exported = result["list_ms"], result["export"]
    growth = exported["peak_rss_mb_100k"] - exported["idle_rss_mb"]
    targets = [
        ("wrapper / raw httpx per call", call["wrapper"] / call["httpx"], "<=", 1.15),
        ("wrapper / official SDK per call", call["wrapper"] / call["official_sdk"], "<=", 0.5),
        ("wrapper async / official SDK samples/s", rate["wrapper_async"] / rate["official_sdk"], ">=", 2.0),
        ("server / bare Starlette rps", rps["server"] / rps["bare_starlette"], ">=", 0.4),
        ("server / Starlette+sqlite3 lookup rps", rps["server"] / rps["lookup_baseline"], ">=", 0.3),
        ("server / Prism mock rps", rps["server"] / rps["prism"], ">=", 10.0),
        ("mixed load p99, SQLite, 1 worker (ms)", result["mixed_load"]["sqlite_1w"]["p99_ms"], "<=", 150.0),
        ("mixed load errors, all configurations", sum(m["errors"] for m in result["mixed_load"].values()), "<=", 0),
        ("mixed load rps, PostgreSQL 2 / 1 workers", mixed_ratio(result), ">=", 1.6),
        ("page 1 of 100k / page 1 of 1k", listed["page1_of_100k"] / listed["page1_of_1k"], "<=", 2.0),
        ("page 100 of 100k / page 1 of 1k", listed["page100_of_100k"] / listed["page1_of_1k"], "<=", 2.0),
        ("export 100k / 10k time", exported["s_100k"] / exported["s_10k"], "<=", 12.0),
        ("export peak RSS growth (MB)", growth, "<=", 100.0),
        (
            "large gzip bodies: memory per request / body limit",
            result["body_memory"]["growth_per_request_per_limit"],
            "<=",
            1.5,
        ),
    ]
    return [
        (what, value, f"{op} {limit:g}", value <= limit if op == "<=" else value >= limit)
        for what, value, op, limit in targets
        + fault_goals(result["faults"])
        + plugin_goals(result["plugin"])
        + [("webhooks: mixed p99 with a slow endpoint / without", result["webhooks"]["ratio"], "<=", 1.1)]
    ]


def plugin_goals(result: dict[str, Any]) -> list[tuple[str, float, str, float]]:
    """The targets of the test-suite issue, from bench/plugin.py."""
    return [
        (f"plugin: reset of {result['reset_samples']} samples (ms)", result["reset_ms"], "<=", 50.0),
        ("plugin: isolated / shared suite time", result["suite_isolated_s"] / result["suite_shared_s"], "<=", 1.5),
    ]


def fault_goals(result: dict[str, Any]) -> list[tuple[str, float, str, float]]:
    """The targets of the faults issue, from bench/faults.py's scenarios."""
    restart, stop, hung = result["restart"], result["stop"], result["hung"]
    untyped = sum(n for kind, n in stop["sdk_exception_types"].items() if kind != "ServiceUnavailableError")
    return [
        ("faults: DB restart, exceptions raised to SDK callers", restart["sdk_exceptions"], "<=", 0),
        ("faults: DB stopped, SDK errors not a typed 503", untyped, "<=", 0),
        ("faults: 500s seen during restart and stop", restart["raw_500s"] + stop["raw_500s"], "<=", 0),
        ("faults: acknowledged writes lost", restart["lost_writes"] + stop["lost_writes"], "<=", 0),
        (
            "faults: DB hung, no-DB p99 during / before",
            hung["no_db_p99_ms_during"] / hung["no_db_p99_ms_before"],
            "<=",
            3.0,
        ),
        ("faults: DB hung, 503 within (s)", hung["db_request_max_s"], "<=", faults.DATABASE_TIMEOUT + 2),
        (f"faults: log MB during a {result['outage_s']:g} s outage", result["log_bytes_outage"] / 1e6, "<=", 1.0),
    ]


def table(result: dict[str, Any]) -> str:
    lines = [f"machine: {result['machine']}", ""]
    lines.append(f"{'plugin':20} {result['plugin']}")
    lines.append(f"{'webhooks':20} {result['webhooks']}")
    for name, scenario in result["faults"].items():
        if isinstance(scenario, dict):
            lines.append(f"{'faults ' + name:20} {scenario}")
    for section in ("per_call_us", "bulk_samples_per_s", "server_rps", "list_ms", "export", "body_memory"):
        values = ", ".join(f"{name} {value:,.1f}" for name, value in result[section].items())
        lines.append(f"{section:20} {values}")
    for name, run in result["mixed_load"].items():
        values = ", ".join(f"{key} {value:,.1f}" for key, value in run.items())
        cpu = ", ".join(f"{key} {value:,.2f}" for key, value in result["mixed_load_cpu"][name].items())
        lines.append(f"{'mixed_load ' + name:20} {values}; cpu: {cpu}")
    lines += ["", f"{'goal':42} {'measured':>10}  {'target':>8}  met"]
    lines += [
        f"{what:42} {ratio:10.2f}  {goal:>8}  {'yes' if met else 'NO'}" for what, ratio, goal, met in goals(result)
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--tiny", action="store_true", help="tiny sizes: checks the harness, measures nothing")
    parser.add_argument("--output", type=Path, default=Path("reports/bench.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-") as workdir:
        result = measure(TINY if args.tiny else FULL, Path(workdir))
    result["goals"] = [{"what": w, "measured": r, "target": g, "met": m} for w, r, g, m in goals(result)]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2))
    print(table(result))
    print(f"\nwrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
