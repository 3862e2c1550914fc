"""Creating users and organizations (the CLI and the tests use this; the API has no sign-up)."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from .keys import issue_key
from .permissions import find_user
from .tables import OrganizationMember, User

USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,149}$")


class AccountError(ValueError):
    """A username that is taken or not allowed."""


def _check_name(session: Session, username: str) -> None:
    if not USERNAME.match(username):
        raise AccountError(f"invalid username {username!r}: letters, digits, '_', '.', '-' (max 150)")
    if find_user(session, username) is not None:
        raise AccountError(f"username {username!r} already exists")


def person_named(session: Session, username: str) -> User:
    """The user (not organization) ``username``; AccountError if there is none."""
    user = find_user(session, username)
    if user is None or user.is_organization:
        raise AccountError(f"no user named {username!r}")
    return user


def account_named(session: Session, name: str) -> User:
    """The user or organization ``name``; AccountError if there is none."""
    account = find_user(session, name)
    if account is None:
        raise AccountError(f"no user or organization named {name!r}")
    return account


def create_user(session: Session, username: str, email: str | None = None) -> tuple[User, str]:
    """Create a user and return it with its new API key (shown once, stored hashed)."""
    _check_name(session, username)
    user = User(username=username, email=email or f"{username}@example.com")
    session.add(user)
    session.flush()
    return user, issue_key(session, user)


def create_organization(session: Session, name: str, owner: str) -> User:
    """Create an organization administered by the existing user ``owner``."""
    _check_name(session, name)
    admin = person_named(session, owner)
    org = User(username=name, is_organization=True, email=None)
    session.add(org)
    session.flush()
    session.add(OrganizationMember(organization_id=org.id, user_id=admin.id, role="admin"))
    return org


ROLES = ("labeler", "reviewer", "manager", "admin")


def add_member(session: Session, organization: str, username: str, role: str) -> None:
    """Add ``username`` to ``organization`` with ``role`` (a dataset role name)."""
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}: one of {', '.join(ROLES)}")
    org = find_user(session, organization)
    if org is None or not org.is_organization:
        raise AccountError(f"no organization named {organization!r}")
    member = person_named(session, username)
    already = session.scalar(
        select(OrganizationMember.id).where(
            OrganizationMember.organization_id == org.id, OrganizationMember.user_id == member.id
        )
    )
    if already is not None:
        raise AccountError(f"{username!r} is already a member of {organization!r}")
    session.add(OrganizationMember(organization_id=org.id, user_id=member.id, role=role))
