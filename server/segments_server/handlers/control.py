"""The control API (tag ``control``): reset, seed, accounts, determinism, journal, faults, snapshots.

Only served when the server has a control token, and only to callers who send it; see control.py.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session
from starlette.responses import Response

from ..accounts import AccountError, account_named, add_member, create_organization, create_user, person_named
from ..control import ControlState, reset_everything
from ..demo import seed_demo
from ..determinism import DETERMINISM
from ..errors import ApiError
from ..keys import issue_key
from ..serializers import timestamp
from ..services import Services
from ..tables import User
from ..webhooks import add_endpoint
from ._util import no_content


def _control(services: Services) -> ControlState:
    assert services.control is not None  # the endpoint answers 404 before a handler runs otherwise
    return services.control


def _refused(error: AccountError) -> ApiError:
    """An account that cannot be made: 409 when the name is taken, 400 otherwise."""
    message = str(error)
    return ApiError(409 if "already exists" in message else 400, f"{message[0].upper()}{message[1:]}.")


def _person(session: Session, username: str) -> User:
    try:
        return person_named(session, username)
    except AccountError as error:
        raise ApiError(404, f"No user named {username!r}.") from error


def control_reset(services: Services) -> Response:
    reset_everything(services)
    return no_content()


def control_create_user(body: dict[str, Any], services: Services) -> tuple[dict[str, Any], int]:
    try:
        with services.db.session() as session:
            user, key = create_user(session, body["username"], body.get("email"))
            return {"username": user.username, "email": user.email, "api_key": key}, 201
    except AccountError as error:
        raise _refused(error) from None


def control_create_key(body: dict[str, Any], services: Services) -> tuple[dict[str, Any], int]:
    name = body.get("name", "")
    with services.db.session() as session:
        user = _person(session, body["username"])
        return {"username": user.username, "name": name, "api_key": issue_key(session, user, name=name)}, 201


def control_add_webhook(body: dict[str, Any], services: Services) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        try:
            user = account_named(session, body["username"])
        except AccountError as error:
            raise ApiError(404, f"No user or organization named {body['username']!r}.") from error
        endpoint = add_endpoint(session, user, body["url"], body.get("events"))
        events = endpoint.events.split()
        return {"id": endpoint.id, "username": user.username, "url": endpoint.url, "events": events,
                "secret": endpoint.secret}, 201  # fmt: skip


def control_create_organization(body: dict[str, Any], services: Services) -> tuple[dict[str, Any], int]:
    members = body.get("members") or {}
    try:
        with services.db.session() as session:
            create_organization(session, body["name"], body["owner"])
            for username, role in members.items():
                add_member(session, body["name"], username, role)
    except AccountError as error:
        raise _refused(error) from None
    return {"name": body["name"], "owner": body["owner"], "members": members}, 201


def control_seed_demo(services: Services) -> tuple[dict[str, Any], int]:
    key = seed_demo(services.db, services.settings.data_dir)
    return {"username": "demo", "api_key": key, "dataset": "demo/demo-flowers"}, 201


def control_set_determinism(body: dict[str, Any], services: Services) -> dict[str, Any]:
    DETERMINISM.configure(body.get("seed"), body.get("now"))
    clock = DETERMINISM.clock
    return {"seed": DETERMINISM.seed, "now": timestamp(clock) if clock is not None else None}


def control_get_journal(services: Services, operation_id: str | None = None) -> dict[str, Any]:
    return {"entries": _control(services).entries(operation_id)}


def control_clear_journal(services: Services) -> Response:
    _control(services).clear_journal()
    return no_content()


def control_add_fault(body: dict[str, Any], services: Services) -> tuple[dict[str, Any], int]:
    if body.get("status") is None and not body.get("drop_connection") and not body.get("latency_seconds"):
        raise ApiError(400, "A fault needs a status, drop_connection or latency_seconds.")
    fault = _control(services).add_fault(
        operation_id=body.get("operation_id"),
        status=body.get("status"),
        retry_after=body.get("retry_after"),
        latency_seconds=float(body.get("latency_seconds") or 0),
        drop_connection=bool(body.get("drop_connection")),
        times=body.get("times"),
    )
    return fault.as_dict(), 201


def control_list_faults(services: Services) -> dict[str, Any]:
    return {"faults": [fault.as_dict() for fault in _control(services).faults]}


def control_clear_faults(services: Services) -> Response:
    _control(services).faults.clear()
    return no_content()


def control_create_snapshot(body: dict[str, Any], services: Services) -> tuple[dict[str, Any], int]:
    _control(services).snapshot(body["name"], services)
    return {"name": body["name"]}, 201


def control_restore_snapshot(name: str, services: Services) -> Response:
    if not _control(services).restore(name, services):
        raise ApiError(404, f"No snapshot named {name!r}.")
    return no_content()
