"""What the operator's commands show and do with users and keys (the CLI prints these lines)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .accounts import AccountError, person_named
from .keys import issue_key
from .permissions import find_user
from .tables import ApiKey, User


def when(moment: dt.datetime | None) -> str:
    """A moment as the operator commands print it (``never`` for none)."""
    return "never" if moment is None else f"{moment:%Y-%m-%dT%H:%M:%SZ}"


def list_users(session: Session) -> Iterator[str]:
    """``USERNAME  user|organization  CREATED  KEYS`` per account, by name, with a header line."""
    keys = func.count(ApiKey.id)
    query = select(User, keys).outerjoin(ApiKey, ApiKey.user_id == User.id).group_by(User.id).order_by(User.username)
    yield "username\tkind\tcreated\tkeys"
    for user, count in session.execute(query):
        kind = "organization" if user.is_organization else "user"
        yield f"{user.username}\t{kind}\t{when(user.created_at)}\t{count}"


def create_key(session: Session, username: str, name: str = "") -> str:
    """A new key for an existing user (not an organization)."""
    return issue_key(session, person_named(session, username), name=name)


def list_keys(session: Session, username: str | None = None) -> Iterator[str]:
    """``ID  USER  NAME  CREATED  LAST-USED`` per key (never the key itself), with a header line."""
    query = select(ApiKey, User.username).join(User, User.id == ApiKey.user_id)
    if username:
        if find_user(session, username) is None:
            raise AccountError(f"no user named {username!r}")
        query = query.where(User.username == username)
    yield "id\tuser\tname\tcreated\tlast_used"
    for key, owner in session.execute(query.order_by(ApiKey.id)):
        yield f"{key.id}\t{owner}\t{key.name or '-'}\t{when(key.created_at)}\t{when(key.last_used_at)}"
