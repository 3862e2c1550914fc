"""`make release`: everything a release of the contract ships, in dist/VERSION/, checked.

* wheels and sdists of the three packages (segments-api-client, segments-client, segments-server),
  all of the contract's version (``info.version``);
* ``openapi-VERSION.yaml``, the TypeScript types ``segments-api-VERSION.d.ts`` and the rendered
  reference ``segments-api-reference-VERSION.html``;
* then the wheels are installed into a fresh virtual environment outside the checkout and imported,
  and each says the version;
* with ``--record``, the contract and its import surface are kept as the released ones
  (contracts/released/VERSION.yaml and .surface.json), which `make compat` compares against.
"""

from __future__ import annotations

import argparse
import shutil
import site
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from import_surface import render, surface  # noqa: E402
from versions import contract_version  # noqa: E402

PACKAGES = {"generated_client": "segments_api_client", "wrapper": "segments_client", "server": "segments_server"}
IGNORED = shutil.ignore_patterns("build", "dist", "*.egg-info", "__pycache__", ".ruff_cache")


def _run(*command: str | Path, **options: object) -> str:
    done = subprocess.run(command, capture_output=True, text=True, **options)  # type: ignore[call-overload]
    if done.returncode != 0:
        raise SystemExit(f"release: {' '.join(map(str, command))} failed:\n{done.stdout}{done.stderr}")
    return str(done.stdout)


def build_packages(dist: Path) -> None:
    """Wheels and sdists, built from a clean copy (an in-tree build leaves build/ behind)."""
    with tempfile.TemporaryDirectory(prefix="segments-release-") as scratch:
        for folder in PACKAGES:
            shutil.copytree(ROOT / folder, Path(scratch) / folder, ignore=IGNORED)
        # The server ships the spec and the reference page inside its package (its sdist too).
        shipped = Path(scratch) / "server" / "segments_server"
        shutil.copy(ROOT / "openapi.yaml", shipped / "openapi.yaml")
        shutil.copy(ROOT / "docs" / "index.html", shipped / "reference.html")
        for folder in PACKAGES:
            _run(
                sys.executable,
                "-m",
                "build",
                "--no-isolation",
                "--sdist",
                "--wheel",
                "--outdir",
                dist,
                Path(scratch) / folder,
            )


def install_in_fresh_venv(wheels: list[Path], venv: Path) -> Path:
    """A new virtual environment at ``venv`` with ``wheels`` installed (ours only: third-party
    dependencies come from this environment, so no network is needed); its python."""
    _run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    target = Path(_run(python, "-c", "import site; print(site.getsitepackages()[0])").strip())
    (target / "dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "-q", *map(str, wheels))
    return python


def check_wheels(dist: Path, version: str) -> None:
    """Install the wheels into a fresh environment outside the checkout and import them: each
    package reports ``version``."""
    with tempfile.TemporaryDirectory(prefix="segments-release-check-") as scratch:
        python = install_in_fresh_venv(sorted(dist.glob("*.whl")), Path(scratch) / "venv")
        probe = "; ".join(
            [f"import {module}" for module in PACKAGES.values()]
            + ["from importlib.metadata import version as v"]
            + ["import segments_server as s, segments_client as c"]
            + ["print(v('segments-api-client'), v('segments-client'), v('segments-server'))"]
            + ["print(c.__version__, s.__version__)"]
            + [f"assert '{ROOT}' not in {module}.__file__" for module in PACKAGES.values()]
        )
        reported = _run(python, "-c", probe, cwd=scratch).split()
        if reported != [version] * 5:
            raise SystemExit(f"release: the installed packages say {reported}, not {version}")


def release(dist_root: Path, record: bool) -> Path:
    version = contract_version()
    dist = dist_root / version
    if dist.exists():
        shutil.rmtree(dist)
    dist.mkdir(parents=True)
    build_packages(dist)
    shutil.copy(ROOT / "openapi.yaml", dist / f"openapi-{version}.yaml")
    typescript = ["npx", "--no-install", "openapi-typescript", "openapi.yaml", "--default-non-nullable", "false"]
    _run(*typescript, "-o", dist / f"segments-api-{version}.d.ts", cwd=ROOT)  # as `make typescript` does
    shutil.copy(ROOT / "docs" / "index.html", dist / f"segments-api-reference-{version}.html")
    check_wheels(dist, version)
    if record:
        released = ROOT / "contracts" / "released"
        shutil.copy(ROOT / "openapi.yaml", released / f"{version}.yaml")
        (released / f"{version}.surface.json").write_text(render(surface()))
    for path in sorted(dist.iterdir()):
        print(path)
    return dist


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Build and check a release of the contract and its packages.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--record", action="store_true", help="keep this contract as the released one")
    args = parser.parse_args(argv)
    release(args.dist.resolve(), args.record)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
