"""The tables of a project file (SQLAlchemy 2.x typed mappings).

Changing anything here needs a migration in `migrations/versions/`; a test compares this
metadata with the migrated database so the two cannot drift apart.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Versioned:
    """Optimistic concurrency for rows two users may edit at once (migration 0002).

    `version` grows with every write; an edit based on an older version than the stored one was
    made without seeing someone else's change, and is checked (`netmap.storage.versions`).
    `changed_by` ("user@host"), `changed_at` and `edit_session` (one open Project) say whose
    change it was, so a conflict can name it and a session may undo its own edits.
    """

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    changed_by: Mapped[str] = mapped_column(Text, default="", server_default="")
    changed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    edit_session: Mapped[str] = mapped_column(String(32), default="", server_default="")
    # Who changed which attribute last (migration 0003): {attribute: [user@host, time, session]}.
    authors: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class ProjectInfoRow(Base):
    __tablename__ = "project_info"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    town: Mapped[str] = mapped_column(Text, default="")
    topic: Mapped[str] = mapped_column(Text, default="")
    facilitator: Mapped[str] = mapped_column(Text, default="")
    workshop_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    language: Mapped[str] = mapped_column(String(8), default="de")
    revision: Mapped[int] = mapped_column(Integer, default=0)
    # Migration 0004: the workshop itself (see ProjectInfo).
    participants: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    open_questions: Mapped[str] = mapped_column(Text, default="", server_default="")
    workshop_step: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    dots_each: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    next_workshop: Mapped[date | None] = mapped_column(Date, nullable=True)
    look_back: Mapped[str] = mapped_column(Text, default="", server_default="")


class CatalogueEntryRow(Base):
    __tablename__ = "catalogue_entry"
    __table_args__ = (UniqueConstraint("kind", "key", name="uq_catalogue_kind_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(200))
    label_de: Mapped[str] = mapped_column(Text)
    label_en: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(16), default="#888888")
    rank: Mapped[int] = mapped_column(Integer, default=0)
    style: Mapped[str] = mapped_column(String(16), default="solid")


class ActorRow(Versioned, Base):
    __tablename__ = "actor"
    # AUTOINCREMENT: an id is never reused, so undo can restore a deleted actor under its old id.
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(200), default="")
    district: Mapped[str] = mapped_column(String(200), default="")
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    stage: Mapped[str] = mapped_column(String(200), default="")
    influence: Mapped[int] = mapped_column(Integer, default=0)
    attitude: Mapped[str] = mapped_column(String(16), default="neutral")
    reached: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    dots: Mapped[int] = mapped_column(Integer, default=0)
    is_key: Mapped[bool] = mapped_column(Boolean, default=False)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sources: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, default=list, nullable=True)  # migration 0004


class ContactPersonRow(Base):
    """Personal data (GDPR) lives only here and in snapshot documents, so it can be left out
    of exports and erased in one place."""

    __tablename__ = "contact_person"

    actor_id: Mapped[int] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")


class TieRow(Versioned, Base):
    __tablename__ = "tie"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(200), default="")
    direction: Mapped[str] = mapped_column(String(16), default="undirected")
    strength: Mapped[int] = mapped_column(Integer, default=1)
    field: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sources: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, default=list, nullable=True)  # migration 0004


class ClusterRow(Versioned, Base):
    __tablename__ = "cluster"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text)
    dots: Mapped[int] = mapped_column(Integer, default=0)
    colour: Mapped[str] = mapped_column(String(16), default="")


class ClusterMemberRow(Base):
    __tablename__ = "cluster_member"

    cluster_id: Mapped[int] = mapped_column(ForeignKey("cluster.id", ondelete="CASCADE"), primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), primary_key=True)


class SnapshotRow(Base):
    """A frozen copy of the whole map: a JSON document, read-only by construction."""

    __tablename__ = "snapshot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(500), unique=True)
    taken_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)


class ProposalRow(Base):
    """What a participant proposed from a phone in a workshop (migration 0005): kept in the project
    so that nothing is lost when the laptop crashes, and decided on later (netmap.participation).

    `content` is the validated proposal as plain JSON text values; `device` a hash of the random
    per-device token (no participant is named); `outcome` records what a decision did, so that
    it can be undone."""

    __tablename__ = "proposal"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    device: Mapped[str] = mapped_column(String(64), index=True)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    outcome: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class VoteRow(Base):
    """One anonymous rating of an actor by the room (migration 0005). Keyed by the actor's uid, not
    a foreign key: restoring the map (undo) rewrites the actor rows, and the votes must survive it."""

    __tablename__ = "vote"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_uid: Mapped[str] = mapped_column(String(64), index=True)
    influence: Mapped[int | None] = mapped_column(Integer, nullable=True)
    attitude: Mapped[str] = mapped_column(String(16), default="")
    proposal_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cast_at: Mapped[datetime] = mapped_column(DateTime)


# -- the tables as SQLAlchemy Core sees them -------------------------------------------------
# Storage reads and writes with Core (see rows.py); `__table__` is typed as any FromClause, so
# each table is taken once here as the Table it is.


def _table(row: type[Base]) -> Table:
    table = row.__table__
    assert isinstance(table, Table)
    return table


info_table = _table(ProjectInfoRow)
catalogue_table = _table(CatalogueEntryRow)
actor_table = _table(ActorRow)
contact_table = _table(ContactPersonRow)
tie_table = _table(TieRow)
cluster_table = _table(ClusterRow)
member_table = _table(ClusterMemberRow)
snapshot_table = _table(SnapshotRow)
