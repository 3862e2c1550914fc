"""The whole permission table: every role against one representative operation per column."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from starlette.testclient import TestClient

from tests.local_server import LocalServer
from tests.task_examples import LABELS, SAMPLES

# caller -> expected status for: read, write label/issue, write samples/labelsets/releases, settings, delete
TABLE = {
    "owner": (200, 200, 201, 200, 204),
    "org_admin": (200, 200, 201, 200, 204),
    "admin": (200, 200, 201, 200, 403),
    "manager": (200, 200, 201, 403, 403),
    "reviewer": (200, 200, 403, 403, 403),
    "labeler": (200, 200, 403, 403, 403),
    "stranger_public": (200, 403, 403, 403, 403),
    "stranger_private": (404, 404, 404, 404, 404),
    "org_member_labeler": (200, 200, 403, 403, 403),
}
COLUMNS = ("read", "label", "write", "settings", "delete")


def _setup(server: LocalServer, caller: str) -> tuple[TestClient, str, str]:
    """The caller's client, the dataset's full name, and a sample uuid in it."""
    owner_key = server.create_user("owner")
    org_owned = caller.startswith("org_")
    if org_owned:
        server.create_org("acme", owner="owner")
    keys = {"owner": owner_key}
    for name in ("admin", "manager", "reviewer", "labeler", "stranger", "member"):
        keys[name] = server.create_user(name)
    if org_owned:
        server.create_org("other", owner="member")  # member is admin elsewhere, which must not matter
        server.create_org("acme-two", owner="owner", members={"member": "labeler"})
    http = server.http(owner_key)
    owner = "owner"
    public = caller == "stranger_public"
    if org_owned:
        from segments_server.accounts import add_member

        with server.services.db.session() as session:
            add_member(session, "acme", "member", "labeler")
        http.post("/organizations/acme/datasets/", json={"name": "ds", "task_type": "bboxes"})
        owner = "acme"
    else:
        assert (
            http.post("/user/datasets/", json={"name": "ds", "task_type": "bboxes", "public": public}).status_code
            == 201
        )
        for role in ("admin", "manager", "reviewer", "labeler"):
            http.post("/datasets/owner/ds/collaborators/", json={"user": role, "role": role})
    sample = http.post(f"/datasets/{owner}/ds/samples/", json={"name": "s", "attributes": SAMPLES["bboxes"]}).json()
    caller_key = {
        "owner": keys["owner"], "org_admin": keys["owner"], "org_member_labeler": keys["member"],
        "stranger_public": keys["stranger"], "stranger_private": keys["stranger"],
    }.get(caller, keys.get(caller, ""))  # fmt: skip
    return server.http(caller_key), f"{owner}/ds", sample["uuid"]


OPERATIONS: dict[str, Callable[[TestClient, str, str], int]] = {
    "read": lambda c, ds, s: c.get(f"/datasets/{ds}/samples/").status_code,
    "label": lambda c, ds, s: c.patch(f"/labels/{s}/ground-truth/", json={"label_status": "LABELED"}).status_code,
    "write": lambda c, ds, s: (
        c.post(f"/datasets/{ds}/samples/", json={"name": "new", "attributes": SAMPLES["bboxes"]}).status_code
    ),
    "settings": lambda c, ds, s: c.patch(f"/datasets/{ds}/", json={"description": "changed"}).status_code,
    "delete": lambda c, ds, s: c.delete(f"/datasets/{ds}/").status_code,
}


@pytest.mark.parametrize("caller", sorted(TABLE))
def test_permission_table(server: LocalServer, caller: str) -> None:
    client, dataset, sample = _setup(server, caller)
    # A label must exist so that PATCHing it measures permission, not existence.
    owner_http = server.http(_owner_key(server))
    assert owner_http.put(f"/labels/{sample}/ground-truth/", json={"attributes": LABELS["bboxes"]}).status_code == 201
    results = tuple(OPERATIONS[column](client, dataset, sample) for column in COLUMNS)
    assert results == TABLE[caller], dict(zip(COLUMNS, results, strict=True))
    if results[0] == 404:
        assert client.get(f"/datasets/{dataset}/").json() == {"detail": "Not found."}
    if results[3] == 403:
        response = client.patch(f"/datasets/{dataset}/", json={"description": "x"})
        assert response.json() == {"detail": "You do not have permission to perform this action."}


def _owner_key(server: LocalServer) -> str:
    from segments_server.keys import issue_key
    from segments_server.permissions import find_user

    with server.services.db.session() as session:
        owner = find_user(session, "owner")
        assert owner is not None
        return issue_key(session, owner)


def test_anonymous_and_bad_key_never_reach_data(server: LocalServer) -> None:
    _, dataset, sample = _setup(server, "owner")
    for headers in ({}, {"Authorization": "APIKey wrong"}):
        client = server.http()
        for path in (f"/datasets/{dataset}/", f"/samples/{sample}/", f"/labels/{sample}/ground-truth/"):
            assert client.get(path, headers=headers).status_code == 401
