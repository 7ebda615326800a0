"""Alembic environment: always run by the store, on the connection it hands over."""

from alembic import context

from participa_desktop.core.models import Base
from participa_desktop.core.store.migrate import include_name

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
