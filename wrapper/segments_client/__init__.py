"""segments_client: an ergonomic SDK for the Segments.ai API.

Same method names as the official ``segments-ai`` SDK, plus auto-pagination (``iter_*``), typed
errors chosen from status codes, timeouts, retries, logging, proxies, an asyncio twin and bulk
helpers. It returns the models of the generated ``segments_api_client`` package.
"""

from segments_api_client import models

from . import types
from ._bulk import BulkFailure
from ._call import NOT_GIVEN
from ._logging import configure_from_environment
from ._request import RetryPolicy
from ._version import __version__
from .async_client import AsyncSegmentsClient
from .client import SegmentsClient
from .errors import (
    AlreadyExistsError,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BulkError,
    ConfigurationError,
    ConflictError,
    InsufficientStorageError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    ReleaseFailedError,
    ReleaseTimeoutError,
    SegmentsError,
    ServerError,
    ServiceUnavailableError,
    ValidationError,
)

configure_from_environment()

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AlreadyExistsError",
    "AsyncSegmentsClient",
    "AuthenticationError",
    "BadRequestError",
    "BulkError",
    "BulkFailure",
    "ConfigurationError",
    "ConflictError",
    "InsufficientStorageError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReleaseFailedError",
    "ReleaseTimeoutError",
    "RetryPolicy",
    "SegmentsClient",
    "SegmentsError",
    "ServerError",
    "ServiceUnavailableError",
    "ValidationError",
    "__version__",
    "models",
    "types",
]
