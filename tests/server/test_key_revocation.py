"""A revoked key is refused at once by every worker, though each had it verified in its cache."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.local_server import ServerProcess, drop_database, fresh_database_url


def test_revocation_is_seen_at_once_by_every_worker(tmp_path: Path) -> None:
    database_url = fresh_database_url()
    with ServerProcess(tmp_path / "data", workers=2, database_url=database_url) as server:
        server.create_user("jane")
        second_key = server.cli("keys", "create", "jane").strip()
        listed = [line.split("\t") for line in server.cli("keys", "list", "jane").splitlines()[1:]]
        assert [row[1] for row in listed] == ["jane", "jane"]
        headers = {"Authorization": f"APIKey {second_key}"}
        # New connections spread over both workers; each verifies and caches the key.
        for _ in range(20):
            assert httpx.get(f"{server.url}/user", headers=headers).status_code == 200
        revoked_id = listed[-1][0]
        assert "Revoked" in server.cli("keys", "revoke", revoked_id)
        statuses = {httpx.get(f"{server.url}/user", headers=headers).status_code for _ in range(20)}
        assert statuses == {401}
        remaining = [line.split("\t")[0] for line in server.cli("keys", "list").splitlines()[1:]]
        assert remaining == [listed[0][0]]
    drop_database(database_url)
