"""Alembic environment: migrations always run on the connection NetMap hands in."""

from alembic import context

from netmap.storage.schema import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
