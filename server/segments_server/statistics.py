"""Planner statistics kept fresh on PostgreSQL while tables grow fast (a new database under a test suite).

PostgreSQL picks indexes from statistics that autovacuum gathers at most once a minute (by default).
Until then a table filled since it was created has none, all its indexes look alike to the planner,
and a lookup by primary or unique key can be planned as a walk over another index that reads every
row of the dataset: measured, a label looked up by its sample read all labels of the labelset, and
the check for a sample name read every sample, so each write got slower as the dataset grew. So each
worker looks every ``INTERVAL_SECONDS`` for our tables changed by more than ``GROWTH`` since they were
last analyzed (and by at least ``MINIMUM_CHANGES`` rows), and analyzes them: a handful of times in a
table's life, since each time it must grow by a fifth more. Plans the driver cached are made anew
once the statistics change.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, text

from .background import PostgresThread
from .tables import Base

INTERVAL_SECONDS = 2.0
GROWTH = 0.2
MINIMUM_CHANGES = 100
logger = logging.getLogger("segments_server")

_STALE = text(
    "SELECT relname FROM pg_stat_user_tables"
    " WHERE schemaname = current_schema() AND n_mod_since_analyze >= :minimum"
    " AND n_mod_since_analyze > :growth * GREATEST(n_live_tup - n_mod_since_analyze, 0)"
)


class StatisticsKeeper(PostgresThread):
    """Analyzes our tables that grew since their statistics were gathered (PostgreSQL only)."""

    thread_name = "planner-statistics"

    def analyze_stale_tables(self) -> list[str]:
        """Analyze the tables whose statistics are out of date; their names."""
        ours = set(Base.metadata.tables)

        def analyze(connection: Connection) -> list[str]:
            stale = connection.execute(_STALE, {"minimum": MINIMUM_CHANGES, "growth": GROWTH}).scalars()
            names = sorted(name for name in stale if name in ours)
            quote = connection.dialect.identifier_preparer.quote
            for name in names:
                connection.exec_driver_sql(f"ANALYZE {quote(name)}")
            return names

        return self._db.read(analyze)

    def _run(self) -> None:
        while not self._stop.wait(INTERVAL_SECONDS):
            try:
                self.analyze_stale_tables()
            except Exception as error:  # the database is down or busy: try again next time
                logger.debug("planner statistics not refreshed: %s", error)
