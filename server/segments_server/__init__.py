"""segments_server: a local reference server for the Segments.ai API, built from openapi.yaml."""

from ._version import __version__
from .app import create_app
from .settings import Settings

__all__ = ["Settings", "__version__", "create_app"]
