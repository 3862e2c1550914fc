"""Webhooks: events written to an outbox in the transaction of the change, sent by a background sender.

``emit`` adds one outbox row per endpoint of the dataset's owner that wants the event, in the caller's
session, so an event exists exactly when its change was committed (a crash loses nothing). The
``WebhookSender`` thread claims due rows (an UPDATE that only one worker can win), signs them with
the Standard Webhooks library (the same scheme as Svix: ``svix-id``, ``svix-timestamp``,
``svix-signature``), posts them, and retries failures with backoff. Per endpoint and dataset, events
go out in the order they happened: a later one waits while an earlier one is undelivered.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import secrets
import threading
import time
from typing import Any

import httpx
import orjson
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session
from standardwebhooks.webhooks import Webhook

from .db import Database
from .serializers import timestamp
from .tables import User, WebhookEndpoint, WebhookMessage, utcnow

logger = logging.getLogger(__name__)
API_VERSION = "1.0"
EVENT_TYPES = (
    "dataset.created",
    "dataset.updated",
    "dataset.deleted",
    "sample.created",
    "sample.updated",
    "sample.deleted",
    "label.updated",
    "label.deleted",
    "issue.created",
    "issue.updated",
    "release.created",
)
SEND_TIMEOUT = 15.0
KEEP_DELIVERED = dt.timedelta(days=7)  # delivered events stay this long (for `webhooks list` and debugging)
PRUNE_EVERY_SECONDS = 300.0
CLAIM_SECONDS = 60.0
MAX_BACKOFF_SECONDS = 3600.0


def new_secret() -> str:
    """An endpoint's signing secret in Svix's form."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


def emit(session: Session, owner: User, dataset: str, event_type: str, obj: dict[str, Any], text: str) -> None:
    """Queue ``event_type`` about ``obj`` in ``owner``'s dataset for each of the owner's endpoints."""
    endpoints = session.scalars(select(WebhookEndpoint).where(WebhookEndpoint.user_id == owner.id)).all()
    for endpoint in endpoints:
        if endpoint.events and event_type not in endpoint.events.split():
            continue
        identifier = f"{owner.username}/{dataset}"
        payload = {
            "event_type": event_type,
            "created_at": timestamp(utcnow()),
            "api_version": API_VERSION,
            "dataset": identifier,
            "object": obj,
            "text": text,
        }
        session.add(
            WebhookMessage(
                endpoint_id=endpoint.id,
                message_id=f"msg_{secrets.token_hex(12)}",
                dataset=identifier,
                event_type=event_type,
                payload=orjson.dumps(payload).decode(),
            )
        )


class WebhookSender:
    """The background sender of one server process; several processes share the outbox safely."""

    def __init__(self, db: Database, interval: float = 0.2, base_backoff: float = 1.0) -> None:
        self.db = db
        self.interval = interval
        self.base_backoff = base_backoff
        self.token = secrets.token_hex(6)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._http = httpx.Client(timeout=SEND_TIMEOUT)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="webhook-sender", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=SEND_TIMEOUT + 5)
        self._http.close()

    def _run(self) -> None:
        said = pruned = 0.0
        while not self._stop.is_set():
            try:
                if time.monotonic() - pruned > PRUNE_EVERY_SECONDS:
                    self.prune()
                    pruned = time.monotonic()
                sent = self.send_due()
            except Exception as error:  # the database may be away: said once a minute, tried again in a second
                if time.monotonic() - said > 60:
                    logger.warning("webhook sender waits: %s", str(error).splitlines()[0] if str(error) else error)
                    said = time.monotonic()
                self._stop.wait(1.0)
                continue
            if not sent:
                self._stop.wait(self.interval)

    def prune(self) -> None:
        """Forget events delivered more than a week ago: the outbox does not grow for ever."""
        with self.db.session() as session:
            session.execute(delete(WebhookMessage).where(WebhookMessage.delivered_at < utcnow() - KEEP_DELIVERED))

    def send_due(self) -> int:
        """Claim and send the due messages (the first undelivered one per endpoint and dataset)."""
        claimed = self._claim()
        for message_id in claimed:
            self._send(message_id)
        return len(claimed)

    def _claim(self) -> list[int]:
        now = utcnow()
        with self.db.session() as session:
            rows = session.execute(
                select(WebhookMessage.id, WebhookMessage.endpoint_id, WebhookMessage.dataset, WebhookMessage.claim,
                       WebhookMessage.next_attempt_at)
                .where(WebhookMessage.delivered_at.is_(None))
                .order_by(WebhookMessage.id)
                .limit(500)
            ).all()  # fmt: skip
            first: dict[tuple[int, str], Any] = {}
            for row in rows:
                first.setdefault((row.endpoint_id, row.dataset), row)
            won = []
            for row in first.values():
                if row.next_attempt_at > now or not _claimable(row.claim, time.time()):
                    continue
                claim = f"{time.time() + CLAIM_SECONDS:.0f}:{self.token}"
                done = session.execute(
                    update(WebhookMessage)
                    .where(WebhookMessage.id == row.id)
                    .where(WebhookMessage.claim.is_(None) if row.claim is None else WebhookMessage.claim == row.claim)
                    .values(claim=claim)
                )
                if done.rowcount:  # type: ignore[attr-defined]
                    won.append(row.id)
        return won

    def _send(self, message_id: int) -> None:
        with self.db.session(readonly=True) as session:
            message = session.get(WebhookMessage, message_id)
            endpoint = session.get(WebhookEndpoint, message.endpoint_id) if message is not None else None
            if message is None or endpoint is None:
                return
            body, msg_id, url, secret = message.payload, message.message_id, endpoint.url, endpoint.secret
        signed_at = dt.datetime.now(dt.UTC)
        headers = {
            "content-type": "application/json",
            "svix-id": msg_id,
            "svix-timestamp": str(int(signed_at.timestamp())),
            "svix-signature": Webhook(secret).sign(msg_id, signed_at, body),
        }
        error = ""
        try:
            answer = self._http.post(url, content=body.encode(), headers=headers)
            if not answer.is_success:
                error = f"{url} answered {answer.status_code}"
        except httpx.HTTPError as exc:
            error = f"{url}: {exc}"
        with self.db.session() as session:
            message = session.get(WebhookMessage, message_id)
            if message is None:
                return
            message.claim = None
            if not error:
                message.delivered_at = utcnow()
                return
            message.attempts += 1
            wait = min(self.base_backoff * 2 ** (message.attempts - 1), MAX_BACKOFF_SECONDS)
            message.next_attempt_at = utcnow() + dt.timedelta(seconds=wait)
            message.last_error = error[:1000]
            logger.info("webhook %s not delivered (attempt %d): %s", msg_id, message.attempts, error)


def _claimable(claim: str | None, now: float) -> bool:
    return claim is None or float(claim.split(":", 1)[0]) < now


def add_endpoint(session: Session, user: User, url: str, events: list[str] | None = None) -> WebhookEndpoint:
    """Register ``url`` for ``user``'s datasets (all events unless ``events``); its secret is new."""
    unknown = sorted(set(events or []) - set(EVENT_TYPES))
    if unknown:
        raise ValueError(f"unknown event types: {', '.join(unknown)} (known: {', '.join(EVENT_TYPES)})")
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"the endpoint must be an http(s) URL, not {url!r}")
    endpoint = WebhookEndpoint(user_id=user.id, url=url, secret=new_secret(), events=" ".join(events or []))
    session.add(endpoint)
    session.flush()
    return endpoint
