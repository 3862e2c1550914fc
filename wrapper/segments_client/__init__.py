"""segments_client: an ergonomic SDK for the Segments.ai API.

Same method names as the official ``segments-ai`` SDK, plus auto-pagination (``iter_*``), typed
errors chosen from status codes, timeouts, retries, an asyncio twin and bulk helpers. It returns
the models of the generated ``segments_api_client`` package.
"""

from segments_api_client import models

from ._bulk import BulkFailure
from .async_client import AsyncSegmentsClient
from .client import SegmentsClient
from .errors import (
    AlreadyExistsError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BulkError,
    ConfigurationError,
    ConflictError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    ReleaseFailedError,
    ReleaseTimeoutError,
    SegmentsError,
    ServerError,
    ValidationError,
)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AlreadyExistsError",
    "AsyncSegmentsClient",
    "AuthenticationError",
    "BulkError",
    "BulkFailure",
    "ConfigurationError",
    "ConflictError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReleaseFailedError",
    "ReleaseTimeoutError",
    "SegmentsClient",
    "SegmentsError",
    "ServerError",
    "ValidationError",
    "models",
]
