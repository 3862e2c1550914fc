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
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import orjson
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session
from standardwebhooks.webhooks import Webhook

from .db import Database
from .tables import User, WebhookEndpoint, WebhookMessage, utcnow

logger = logging.getLogger(__name__)
API_VERSION = "2021-08-01"  # what the hosted API writes (docs.segments.ai, webhooks)
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
KEEP_DELIVERED = dt.timedelta(days=7)  # delivered events stay this long (`webhooks messages`, `webhooks replay`)
PRUNE_EVERY_SECONDS = 300.0
# A claim outlives a post that keeps to its timeout, and the write after it; a process killed while posting holds
# its messages no longer than this, so a restart sends them within seconds, not a minute.
CLAIM_SECONDS = SEND_TIMEOUT + 5
PARALLEL_POSTS = 8  # messages in flight at once, per server process
HEADS_READ = 500  # due messages read per round (one per endpoint and dataset, so far more than are in flight)
MAX_BACKOFF_SECONDS = 3600.0


def new_secret() -> str:
    """An endpoint's signing secret in Svix's form."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


def emit(session: Session, owner: User, dataset: str, event_type: str, obj: dict[str, Any], subject: str = "") -> None:
    """Queue ``event_type`` about ``obj`` in ``owner``'s dataset for each of the owner's endpoints.

    ``subject`` names the object for the summary (``Sample rose.png``); a dataset event needs none."""
    endpoints = session.scalars(select(WebhookEndpoint).where(WebhookEndpoint.user_id == owner.id)).all()
    identifier = f"{owner.username}/{dataset}"
    text = summary(event_type, identifier, subject)
    for endpoint in endpoints:
        if endpoint.events and event_type not in endpoint.events.split():
            continue
        payload = {
            "event_type": event_type,
            # As the hosted API writes it (Python's isoformat): 2021-08-09T14:40:19.987691+00:00
            "created_at": utcnow().replace(tzinfo=dt.UTC).isoformat(timespec="microseconds"),
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


def summary(event_type: str, dataset: str, subject: str) -> str:
    """The event's one-line ``text``, in the hosted API's words: ``Sample rose.png created in dataset
    jane/flowers.``"""
    happened = event_type.split(".")[1]
    if event_type.startswith("dataset."):
        return f"Dataset {dataset} {happened}."
    return f"{subject} {happened} in dataset {dataset}."


class WebhookSender:
    """The background sender of one server process; several processes share the outbox safely."""

    def __init__(self, db: Database, interval: float = 0.2, base_backoff: float = 1.0) -> None:
        self.db = db
        self.interval = interval
        self.base_backoff = base_backoff
        self.token = secrets.token_hex(6)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._http: httpx.Client | None = None
        self._posts: ThreadPoolExecutor | None = None
        self._in_flight: set[int] = set()
        self._lock = threading.Lock()

    def start(self) -> None:
        self._http = httpx.Client(timeout=SEND_TIMEOUT)
        self._posts = ThreadPoolExecutor(max_workers=PARALLEL_POSTS, thread_name_prefix="webhook-post")
        self._thread = threading.Thread(target=self._run, name="webhook-sender", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=SEND_TIMEOUT + 5)
        if self._posts is not None:
            self._posts.shutdown(cancel_futures=True)
        if self._http is not None:
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
                    logger.warning("webhook sender waits: %s", _first_line(error))
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
        assert self._posts is not None, "start() first"
        # Posted in parallel and not awaited here: an endpoint that hangs until the timeout delays no other
        # endpoint's events. No more are claimed than there are free posting threads, so none waits in a
        # queue while its claim runs out.
        with self._lock:
            room = PARALLEL_POSTS - len(self._in_flight)
        claimed = self._claim(room) if room > 0 else []
        with self._lock:
            self._in_flight.update(claimed)
        for message_id in claimed:
            self._posts.submit(self._post, message_id)
        return len(claimed)

    def _post(self, message_id: int) -> None:
        try:
            self._send(message_id)
        except Exception as error:  # the database went away: the claim runs out and the message is sent later
            logger.warning("webhook message %d waits: %s", message_id, _first_line(error))
        finally:
            with self._lock:
                self._in_flight.discard(message_id)

    def _claim(self, limit: int) -> list[int]:
        now = utcnow()
        # The oldest undelivered message of each endpoint and dataset: one that is down holds back only its own.
        heads = (
            select(func.min(WebhookMessage.id))
            .where(WebhookMessage.delivered_at.is_(None))
            .group_by(WebhookMessage.endpoint_id, WebhookMessage.dataset)
        )
        # Read without the write lock (API writes queue behind it on SQLite); write only to claim.
        with self.db.session(readonly=True) as session:
            rows = session.execute(
                select(WebhookMessage.id, WebhookMessage.claim)
                .where(WebhookMessage.id.in_(heads), WebhookMessage.next_attempt_at <= now)
                .order_by(WebhookMessage.id)
                .limit(HEADS_READ)
            ).all()
        # Not in flight, here or in another worker.
        free = [row for row in rows if claimable(row.claim, time.time())][:limit]
        won: list[int] = []
        if not free:
            return won
        with self.db.session() as session:
            for row in free:
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
        assert self._http is not None
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


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else repr(error)


def claimable(claim: str | None, now: float) -> bool:
    """Whether a message is free to take: never claimed, or its claim ran out."""
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
