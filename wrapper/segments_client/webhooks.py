"""Verify a webhook delivery from Segments.ai and read it as a typed event.

::

    from segments_client.webhooks import verify_webhook, WebhookVerificationError

    event = verify_webhook(request_body, request_headers, secret="whsec_...")
    if event.event_type == "release.created":
        start_training(event.dataset, event.object.name)

Deliveries are signed as Svix signs them (``svix-id``, ``svix-timestamp``, ``svix-signature``;
``webhook-*`` as Standard Webhooks names them works too). The signature is checked by the Standard
Webhooks library, never by code of ours. A delivery signed more than 5 minutes from now (a replay)
is refused, and so is a body that is not one of the contract's events.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import time
from collections.abc import Mapping
from typing import Any

from segments_api_client.models import Dataset, Issue, Label, Release, Sample
from standardwebhooks.webhooks import Webhook, WebhookVerificationError as _LibraryError

from ._schemas import problems
from .errors import SegmentsError

TOLERANCE_SECONDS = 5 * 60  # as Svix and Standard Webhooks
KINDS: dict[str, tuple[str, type[Any]]] = {
    "dataset": ("DatasetEvent", Dataset),
    "sample": ("SampleEvent", Sample),
    "label": ("LabelEvent", Label),
    "issue": ("IssueEvent", Issue),
    "release": ("ReleaseEvent", Release),
}


class WebhookVerificationError(SegmentsError):
    """A delivery that must not be trusted: answer it 400 and do not act on it."""


class InvalidSignatureError(WebhookVerificationError):
    """No signature matches the body with the endpoint's secret (tampered, or another secret)."""


class TimestampError(WebhookVerificationError):
    """Signed more than 5 minutes before or after now: a replay, or a badly wrong clock."""


class MalformedWebhookError(WebhookVerificationError):
    """A signature header is missing, or the body is not one of the contract's events."""


@dataclasses.dataclass(frozen=True)
class WebhookEvent:
    """One event: ``object`` is the dataset, sample, label, issue or release as the API returns it."""

    id: str
    event_type: str
    created_at: dt.datetime
    api_version: str
    dataset: str
    text: str
    object: Dataset | Sample | Label | Issue | Release
    raw: dict[str, Any]


def _header(headers: Mapping[str, str], name: str) -> str:
    lowered = {key.lower(): value for key, value in headers.items()}
    value = lowered.get(f"svix-{name}") or lowered.get(f"webhook-{name}")
    if not value:
        raise MalformedWebhookError(f"the delivery has no svix-{name} header")
    return value


def verify_webhook(body: bytes | str, headers: Mapping[str, str], secret: str) -> WebhookEvent:
    """The event of a delivery whose signature, timestamp and body check out; else a
    ``WebhookVerificationError`` (``InvalidSignatureError``, ``TimestampError``, ``MalformedWebhookError``)."""
    message_id, timestamp, signature = (_header(headers, name) for name in ("id", "timestamp", "signature"))
    try:
        signed_at = int(timestamp)
    except ValueError:
        raise MalformedWebhookError(f"svix-timestamp is not a number of seconds: {timestamp!r}") from None
    if abs(time.time() - signed_at) > TOLERANCE_SECONDS:
        raise TimestampError(f"signed at {signed_at}, more than {TOLERANCE_SECONDS} s from now: not accepted")
    try:
        Webhook(secret).verify(
            body,
            {"webhook-id": message_id, "webhook-timestamp": timestamp, "webhook-signature": signature},
            json_parse=False,
        )
    except (_LibraryError, ValueError) as error:  # ValueError: a signature that is not base64
        raise InvalidSignatureError(f"the signature does not match: {error}") from None
    try:
        payload = json.loads(body)
    except ValueError:
        raise MalformedWebhookError("the body is not JSON") from None
    kind = str(payload.get("event_type", "")).split(".")[0] if isinstance(payload, dict) else ""
    if kind not in KINDS:
        raise MalformedWebhookError(f"unknown event type {payload.get('event_type') if kind else payload!r}")
    schema, model = KINDS[kind]
    found = problems(schema, payload)
    if found:
        where, messages = next(iter(found.items()))
        raise MalformedWebhookError(f"the event does not match the contract: {where}: {messages[0]}")
    return WebhookEvent(
        id=message_id,
        event_type=payload["event_type"],
        created_at=dt.datetime.fromisoformat(payload["created_at"]),
        api_version=payload["api_version"],
        dataset=payload["dataset"],
        text=payload["text"],
        object=model.from_dict(payload["object"]),
        raw=payload,
    )
