"""Alembic environment: always run by the store, on the connection it hands over."""

from alembic import context

from participa_desktop.core.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
