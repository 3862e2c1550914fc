"""The package's version: the contract's (``info.version`` of openapi.yaml), by scripts/versions.py."""

__version__ = "1.1.0"
