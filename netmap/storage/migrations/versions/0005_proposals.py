"""Proposals from participants' phones and the room's anonymous votes (issue 19).

Revision ID: 0005_proposals
Revises: 0004_provenance

Two new tables only, nothing changed in the existing ones.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_proposals"
down_revision = "0004_provenance"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "proposal",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("content", sa.JSON, nullable=False),
        sa.Column("device", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=True),
        sa.Column("outcome", sa.JSON, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_proposal_device", "proposal", ["device"])
    op.create_index("ix_proposal_status", "proposal", ["status"])
    op.create_table(
        "vote",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("actor_uid", sa.String(64), nullable=False),
        sa.Column("influence", sa.Integer, nullable=True),
        sa.Column("attitude", sa.String(16), nullable=False),
        sa.Column("proposal_id", sa.Integer, nullable=True),
        sa.Column("cast_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_vote_actor_uid", "vote", ["actor_uid"])


def downgrade() -> None:
    op.drop_table("vote")
    op.drop_table("proposal")
