"""GET /user, GET /users/{username}."""

from __future__ import annotations

from typing import Any

from ..errors import not_found
from ..permissions import caller, find_user
from ..serializers import user_json
from ..services import Services


def get_user(user: int, services: Services) -> tuple[dict[str, Any], int]:
    with services.db.session(readonly=True) as session:
        return user_json(session, caller(session, user), private=True), 200


def get_user_by_username(username: str, user: int, services: Services) -> tuple[dict[str, Any], int]:
    with services.db.session(readonly=True) as session:
        found = find_user(session, username)
        if found is None:
            raise not_found()
        return user_json(session, found, private=found.id == user, viewer_id=user), 200
