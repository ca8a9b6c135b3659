"""The workshop and where the map came from: participants, open questions, the guided step reached.

Revision ID: 0004_provenance
Revises: 0003_authors

Only new columns with constant defaults.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_provenance"
down_revision = "0003_authors"
branch_labels = None
depends_on = None

_INFO = (
    ("participants", sa.Integer, "0"),
    ("open_questions", sa.Text, ""),
    ("workshop_step", sa.Integer, "0"),
    ("dots_each", sa.Integer, "0"),
    ("look_back", sa.Text, ""),
)


def upgrade() -> None:
    # Plain ADD COLUMNs (constant defaults), so SQLite needs no table rebuild.
    with op.batch_alter_table("project_info") as batch:
        for name, kind, default in _INFO:
            batch.add_column(sa.Column(name, kind, nullable=False, server_default=default))
        batch.add_column(sa.Column("next_workshop", sa.Date, nullable=True))
    for table in ("actor", "tie"):  # where each came from: a list of {kind, on, detail}
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("sources", sa.JSON, nullable=True))


def downgrade() -> None:
    for table in ("actor", "tie"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("sources")
    with op.batch_alter_table("project_info") as batch:
        batch.drop_column("next_workshop")
        for name, _kind, _default in reversed(_INFO):
            batch.drop_column(name)
