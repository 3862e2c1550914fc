"""A page of samples reads about a page of rows, whatever the order or label filter, however big the dataset.

Found under load: a listing sorted by ``-created_at`` asked PostgreSQL for ``DESC NULLS LAST`` on a
column that is never null. An ascending index read backwards gives ``DESC NULLS FIRST``, so every
page sorted the whole dataset (2.3 ms of PostgreSQL per page at 8,600 samples, growing per sample).
The statements are the ones the server sent, planned by the database the suite runs on.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from bench.harness import seed_samples
from tests.local_server import LocalServer

ROWS = 3000
PER_PAGE = 50
SORTS = ["name", "-name", "created_at", "-created_at", "created", "-created", "priority", "-priority"]
QUERIES = [
    "",  # the default order, by name
    *(f"sort={sort}" for sort in SORTS),
    "label_status=LABELED",
    "label_status=LABELED&sort=-created_at",
    "labelset=ground-truth&sort=-priority",
]


@pytest.fixture
def big(server: LocalServer, jane: str) -> LocalServer:
    """The server with a dataset of ``ROWS`` labeled samples whose statistics the planner knows."""
    seed_samples(server.settings.data_dir, "jane", "big", ROWS, labeled=True, database_url=server.settings.database_url)
    with server.services.db.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
    return server


def _listing_statement(server: LocalServer, key: str, query: str) -> tuple[str, Any]:
    """The statement (and its parameters) the server sends for one page of the listing."""
    sent: list[tuple[str, Any]] = []

    def capture(_connection: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().startswith("SELECT samples.id") and "ORDER BY" in statement:
            sent.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", capture)
    try:
        response = server.http(key).get(f"/datasets/jane/big/samples/?per_page={PER_PAGE}&{query}")
    finally:
        event.remove(Engine, "before_cursor_execute", capture)
    assert response.status_code == 200, response.text
    assert len(response.json()) == PER_PAGE
    assert len(sent) == 1, sent
    return sent[0]


def _nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from _nodes(child)


@pytest.mark.parametrize("query", QUERIES)
def test_a_page_reads_a_page_of_rows(big: LocalServer, jane: str, query: str) -> None:
    statement, parameters = _listing_statement(big, jane, query)
    with big.services.db.engine.connect() as connection:
        if big.services.db.is_sqlite:
            steps = [row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)]
            assert not any("TEMP B-TREE FOR ORDER BY" in step for step in steps), steps
            assert any("USING INDEX" in step or "USING COVERING INDEX" in step for step in steps), steps
            return
        explained = connection.exec_driver_sql(f"EXPLAIN (ANALYZE, FORMAT JSON) {statement}", parameters).scalar()
    assert isinstance(explained, list), explained  # psycopg parses json
    plan = explained[0]["Plan"]
    read = {node["Node Type"]: node["Actual Rows"] + node.get("Rows Removed by Filter", 0) for node in _nodes(plan)}
    assert max(read.values()) <= 2 * PER_PAGE, f"{query}: {read}"
