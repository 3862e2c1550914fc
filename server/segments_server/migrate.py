"""The database schema, managed by Alembic: ``segments-server migrate`` and every start upgrade it.

A database made before migrations existed (segments-server 0.1.0: tables, no ``alembic_version``)
is recognised as the first revision and upgraded from there, so no data is left behind.
"""

from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
FIRST_REVISION = "0001"
# Alembic's migration context is a module-level global: two servers started at once in one process
# (threads) would run their migrations on each other's connections.
_ONE_AT_A_TIME = threading.Lock()


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head() -> str:
    """The newest revision this version of the server knows."""
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None
    return revision


def current(engine: Engine) -> str | None:
    """The database's revision (None for an empty database, or one from before migrations)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (default: the newest), creating it in an empty database."""
    with _ONE_AT_A_TIME, engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Outside any transaction, as SQLite requires: a rebuilt table must not cascade deletes.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with connection.begin():
                config = _config(connection)
                unversioned = MigrationContext.configure(connection).get_current_revision() is None
                if unversioned and inspect(connection).has_table("users"):
                    command.stamp(config, FIRST_REVISION)
                command.upgrade(config, revision)
        finally:
            if sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
