"""The central sync server (FastAPI): organisations, enrolled devices, push and pull of
packages in the engine's format, stored in SQLite or PostgreSQL through SQLAlchemy Core.

Like `sync.engine`, it knows the replicated tables only through the `ReplicaSchema` it is
given; it imports nothing from the desktop app."""
