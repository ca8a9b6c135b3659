"""The first schema of a NetMap project.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "project_info",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("town", sa.Text, nullable=False),
        sa.Column("topic", sa.Text, nullable=False),
        sa.Column("facilitator", sa.Text, nullable=False),
        sa.Column("workshop_date", sa.Date, nullable=True),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
    )
    op.create_table(
        "catalogue_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("label_de", sa.Text, nullable=False),
        sa.Column("label_en", sa.Text, nullable=False),
        sa.Column("colour", sa.String(16), nullable=False),
        sa.Column("rank", sa.Integer, nullable=False),
        sa.Column("style", sa.String(16), nullable=False),
        sa.UniqueConstraint("kind", "key", name="uq_catalogue_kind_key"),
    )
    op.create_table(
        "actor",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("category", sa.String(200), nullable=False),
        sa.Column("district", sa.String(200), nullable=False),
        sa.Column("fields", sa.JSON, nullable=False),
        sa.Column("stage", sa.String(200), nullable=False),
        sa.Column("influence", sa.Integer, nullable=False),
        sa.Column("attitude", sa.String(16), nullable=False),
        sa.Column("reached", sa.Boolean, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("x", sa.Float, nullable=False),
        sa.Column("y", sa.Float, nullable=False),
        sa.Column("dots", sa.Integer, nullable=False),
        sa.Column("is_key", sa.Boolean, nullable=False),
        sa.Column("extra", sa.JSON, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "contact_person",
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("actor.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("email", sa.Text, nullable=False),
        sa.Column("phone", sa.Text, nullable=False),
    )
    op.create_table(
        "tie",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(64), nullable=False, unique=True),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("actor.id", ondelete="CASCADE"), nullable=False),
        sa.Column("target_id", sa.Integer, sa.ForeignKey("actor.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(200), nullable=False),
        sa.Column("direction", sa.String(16), nullable=False),
        sa.Column("strength", sa.Integer, nullable=False),
        sa.Column("field", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("extra", sa.JSON, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_tie_source_id", "tie", ["source_id"])
    op.create_index("ix_tie_target_id", "tie", ["target_id"])
    op.create_table(
        "cluster",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("dots", sa.Integer, nullable=False),
        sa.Column("colour", sa.String(16), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "cluster_member",
        sa.Column("cluster_id", sa.Integer, sa.ForeignKey("cluster.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("actor.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "snapshot",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("label", sa.String(500), nullable=False, unique=True),
        sa.Column("taken_on", sa.Date, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("content", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    for table in ("snapshot", "cluster_member", "cluster", "tie", "contact_person", "actor", "catalogue_entry",
                  "project_info"):
        op.drop_table(table)
