"""segments_server: a local reference server for the Segments.ai API, built from openapi.yaml."""

from .app import create_app
from .settings import Settings

__all__ = ["Settings", "create_app"]
