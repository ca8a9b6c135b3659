"""Who changed which attribute last: a conflict names the person who changed that attribute.

Revision ID: 0003_authors
Revises: 0002

Each actor, tie and cluster row gets `authors`, a JSON object {attribute: [user@host, time,
edit session]} written with every change of that attribute; "*" holds who created the row.
Rows written before this revision have none: their row-level `changed_by` stands for every
attribute until it is changed again.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_authors"
down_revision = "0002"
branch_labels = None
depends_on = None

_TABLES = ("actor", "tie", "cluster")


def upgrade() -> None:
    for table in _TABLES:
        # A nullable column without a default: a plain ADD COLUMN, no table rebuild on SQLite.
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("authors", sa.JSON, nullable=True))


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("authors")
