"""What ``segments-server webhooks ...`` shows and does: endpoints, and the events sent or waiting.

Each function yields the lines the CLI prints (tab-separated), or raises ``ValueError`` with the
one-line reason it cannot do what was asked.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from .accounts import account_named
from .operators import when
from .tables import User, WebhookEndpoint, WebhookMessage, utcnow
from .webhooks import add_endpoint, claimable


def add(session: Session, account: str, url: str, events: list[str] | None) -> Iterator[str]:
    """Register ``url`` for the user or organization ``account``; the signing secret comes last."""
    endpoint = add_endpoint(session, account_named(session, account), url, events)
    yield f"endpoint {endpoint.id}: {endpoint.url} ({endpoint.events or 'all events'}); signing secret:"
    yield endpoint.secret


def endpoints(session: Session) -> Iterator[str]:
    """``ID  ACCOUNT  URL  EVENTS`` per endpoint (never the secret)."""
    rows = session.execute(
        select(WebhookEndpoint.id, User.username, WebhookEndpoint.url, WebhookEndpoint.events)
        .join(User)
        .order_by(WebhookEndpoint.id)
    )
    for row in rows:
        yield f"{row.id}\t{row.username}\t{row.url}\t{row.events or 'all events'}"


def remove(session: Session, endpoint_id: int) -> Iterator[str]:
    """Delete an endpoint and the events still waiting for it."""
    endpoint = session.get(WebhookEndpoint, endpoint_id)
    if endpoint is None:
        raise ValueError(f"no webhook endpoint {endpoint_id}")
    session.delete(endpoint)
    yield f"endpoint {endpoint_id} removed"


def messages(session: Session, endpoint_id: int | None = None, limit: int = 50) -> Iterator[str]:
    """The newest events (of one endpoint, if given), newest first, with a header line:
    ``MESSAGE  ENDPOINT  EVENT  DATASET  CREATED  STATE`` where STATE is ``delivered TIME`` or
    ``waiting: attempt N, next TIME, last error ...``."""
    query = select(WebhookMessage).order_by(WebhookMessage.id.desc()).limit(limit)
    if endpoint_id is not None:
        query = query.where(WebhookMessage.endpoint_id == endpoint_id)
    yield "message\tendpoint\tevent\tdataset\tcreated\tstate"
    for message in session.scalars(query):
        if message.delivered_at is not None:
            state = f"delivered {when(message.delivered_at)}"
        else:
            state = f"waiting: {message.attempts} attempt(s), next {when(message.next_attempt_at)}"
            state += f", last error {message.last_error}" if message.last_error else ""
        yield (
            f"{message.message_id}\t{message.endpoint_id}\t{message.event_type}\t{message.dataset}\t"
            f"{when(message.created_at)}\t{state}"
        )


def replay(session: Session, message_id: str) -> Iterator[str]:
    """Send an event again (same ``svix-id``, as Svix resends), now and with a fresh count of attempts."""
    message = session.scalar(select(WebhookMessage).where(WebhookMessage.message_id == message_id))
    if message is None:
        raise ValueError(f"no webhook message {message_id!r} (delivered ones are kept for a week)")
    if not claimable(message.claim, time.time()):
        raise ValueError(f"message {message_id} is being sent right now: see 'webhooks messages' in a moment")
    message.delivered_at, message.claim, message.attempts = None, None, 0
    message.next_attempt_at, message.last_error = utcnow(), ""
    yield f"message {message_id} queued to be sent again"
