"""Make folder DST the same as folder SRC, touching only files whose content differs (and removing
those SRC does not have), so that a regeneration that changes nothing changes no timestamp either.

`make generate` writes the client into a temporary folder and syncs it into generated_client/: the
generator rewrites every file, and a new timestamp on setup.py would reinstall every locked package.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

IGNORED = {"__pycache__", ".ruff_cache", "build"}


def _files(root: Path) -> set[Path]:
    return {
        path.relative_to(root)
        for path in root.rglob("*")
        if path.is_file() and not IGNORED & set(path.relative_to(root).parts) and ".egg-info" not in str(path)
    }


def sync(source: Path, target: Path) -> list[str]:
    """Copy changed and new files, delete stale ones; what changed."""
    changed = []
    wanted = _files(source)
    for relative in sorted(wanted):
        new, old = source / relative, target / relative
        if not old.is_file() or old.read_bytes() != new.read_bytes():
            old.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(new, old)
            changed.append(f"updated {relative}")
    for relative in sorted(_files(target) - wanted):
        (target / relative).unlink()
        changed.append(f"removed {relative}")
    for folder in sorted((p for p in target.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
    return changed


if __name__ == "__main__":
    for line in sync(Path(sys.argv[1]), Path(sys.argv[2])):
        print(line)
