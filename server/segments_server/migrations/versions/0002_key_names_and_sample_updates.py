"""Named API keys with their last-used time; samples know when they last changed (sort=updated_at).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: no table is rebuilt, on SQLite either.
    op.add_column("api_keys", sa.Column("name", sa.String(length=200), nullable=False, server_default=""))
    op.add_column("api_keys", sa.Column("last_used_at", sa.DateTime(), nullable=True))
    op.add_column("samples", sa.Column("updated_at", sa.DateTime(), nullable=True))
    # Existing samples last changed, as far as anyone knows, when they were made.
    op.execute("UPDATE samples SET updated_at = created_at")


def downgrade() -> None:
    with op.batch_alter_table("samples") as table:
        table.drop_column("updated_at")
    with op.batch_alter_table("api_keys") as table:
        table.drop_column("last_used_at")
        table.drop_column("name")
