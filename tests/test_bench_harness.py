"""The benchmark harness runs end to end (tiny sizes), so `make bench` cannot rot."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_runs_with_tiny_sizes(tmp_path: Path) -> None:
    output = tmp_path / "bench.json"
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--tiny", "--output", str(output)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(output.read_text())
    assert set(report["per_call_us"]) == {"httpx", "generated", "wrapper", "official_sdk"}
    assert set(report["bulk_samples_per_s"]) == {"official_sdk", "wrapper_sync", "wrapper_async"}
    assert set(report["server_rps"]) == {"bare_starlette", "lookup_baseline", "prism", "server"}
    assert set(report["list_ms"]) == {"page1_of_1k", "page1_of_100k", "page100_of_100k"}
    assert set(report["export"]) == {"s_10k", "s_100k", "idle_rss_mb", "peak_rss_mb_100k"}
    assert all(value > 0 for section in ("per_call_us", "bulk_samples_per_s", "server_rps", "list_ms")
               for value in report[section].values())  # fmt: skip
    assert set(report["mixed_load"]) == {"sqlite_1w", "sqlite_2w", "postgres_1w", "postgres_2w"}
    for run in report["mixed_load"].values():
        assert set(run) == {"rps", "p50_ms", "p99_ms", "errors"} and run["rps"] > 0 and run["errors"] == 0
    for cpu in report["mixed_load_cpu"].values():
        assert set(cpu) == {"busy_fraction", "server_ms_per_request", "postgres_ms_per_request"}
        assert 0 < cpu["busy_fraction"] <= 1.05 and cpu["server_ms_per_request"] > 0
    assert report["mixed_load_cpu"]["postgres_1w"]["postgres_ms_per_request"] > 0
    assert set(report["webhooks"]) == {"p99_ms_without", "p99_ms_slow_endpoint", "ratio"}
    assert all(value > 0 for value in report["webhooks"].values())
    assert set(report["body_memory"]) == {
        "limit_mb",
        "compressed_kb",
        "idle_rss_mb",
        "peak_rss_mb",
        "growth_per_request_per_limit",
    }
    faults = report["faults"]
    assert set(faults) == {"restart", "stop", "hung", "log_bytes_outage", "outage_s"}
    assert faults["restart"]["writes"] > 0 and faults["hung"]["db_request_max_s"] > 0
    plugin = report["plugin"]
    assert plugin["reset_ms"] > 0 and plugin["suite_isolated_s"] > 0 and plugin["suite_shared_s"] > 0
    assert len(report["goals"]) == 24 and "machine" in report
    assert "wrapper / raw httpx per call" in result.stdout
