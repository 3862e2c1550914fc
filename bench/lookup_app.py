"""The "plain Python" baseline: Starlette + sqlite3 doing what GET /samples/{uuid}/ must do at least.

It checks the key's hash, reads the sample with one SELECT from the same database file and answers
``json.dumps`` of it: no validation, no permissions beyond the key, no framework of ours.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

DATABASE = os.environ.get("BENCH_DATABASE", ":memory:")
_local = threading.local()
QUERY = (
    "SELECT s.uuid, s.name, s.attributes, s.metadata, s.created_at, s.created_by, s.priority, s.assigned_labeler, "
    "s.assigned_reviewer, s.readme, d.name FROM samples s JOIN datasets d ON d.id = s.dataset_id WHERE s.uuid = ?"
)


def _connection() -> sqlite3.Connection:
    if not hasattr(_local, "connection"):
        _local.connection = sqlite3.connect(DATABASE, check_same_thread=False)
    connection: sqlite3.Connection = _local.connection
    return connection


async def sample(request: Request) -> Response:
    key = request.headers.get("authorization", "").partition(" ")[2]
    connection = _connection()
    digest = hashlib.sha256(key.encode()).hexdigest()
    if connection.execute("SELECT user_id FROM api_keys WHERE key_hash = ?", (digest,)).fetchone() is None:
        return Response(b'{"detail": "Invalid token."}', status_code=401, media_type="application/json")
    row = connection.execute(QUERY, (request.path_params["uuid"],)).fetchone()
    if row is None:
        return Response(b'{"detail": "Not found."}', status_code=404, media_type="application/json")
    names = ("uuid", "name", "attributes", "metadata", "created_at", "created_by", "priority", "assigned_labeler")
    body = dict(zip((*names, "assigned_reviewer", "readme", "dataset"), row, strict=True))
    body["attributes"], body["metadata"] = json.loads(body["attributes"]), json.loads(body["metadata"])
    return Response(json.dumps(body), media_type="application/json")


async def ready(_request: Request) -> Response:
    return Response(b"{}", media_type="application/json")


app = Starlette(routes=[Route("/samples/{uuid}/", sample), Route("/openapi.json", ready)])
