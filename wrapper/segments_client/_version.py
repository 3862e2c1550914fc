"""The SDK's version (also the package's, read by setuptools)."""

__version__ = "0.2.0"
