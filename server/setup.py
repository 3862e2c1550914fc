"""Ships the spec and its rendered reference inside the package, so an installed wheel serves them.

They live at the top of the repository (``openapi.yaml``, and ``docs/index.html`` from ``make docs``);
building a wheel copies them into ``segments_server/`` (an sdist made by ``make release`` carries them
there already). An editable install reads them in
place instead (``settings.py`` looks in the package first, then the repository).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = {"openapi.yaml": ROOT / "openapi.yaml", "reference.html": ROOT / "docs" / "index.html"}


class BuildWithSpec(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "segments_server"
        for name, source in SHIPPED.items():
            if source.is_file():
                shutil.copyfile(source, target / name)
            elif not (target / name).is_file():  # a wheel built from our sdist has them in the package
                raise SystemExit(f"{source} is missing; build it first (make docs)")


setup(cmdclass={"build_py": BuildWithSpec})
