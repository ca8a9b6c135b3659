"""Row versions for team mode: who changed an actor, tie or cluster last, and in which version.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TABLES = ("actor", "tie", "cluster")


def upgrade() -> None:
    for table in _TABLES:
        # Plain ADD COLUMNs (constant defaults), so SQLite needs no table rebuild.
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))
            batch.add_column(sa.Column("changed_by", sa.Text, nullable=False, server_default=""))
            batch.add_column(sa.Column("changed_at", sa.DateTime, nullable=True))
            batch.add_column(sa.Column("edit_session", sa.String(32), nullable=False, server_default=""))


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            for column in ("edit_session", "changed_at", "changed_by", "version"):
                batch.drop_column(column)
