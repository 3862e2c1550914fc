"""segments_server: a local reference server for the Segments.ai API, built from openapi.yaml."""

import warnings

# Connexion imports Starlette's TestClient at import time; its deprecation notice is noise here.
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")

from .app import create_app  # noqa: E402
from .settings import Settings  # noqa: E402

__all__ = ["Settings", "create_app"]
