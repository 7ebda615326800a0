"""Alembic migrations of the local data file, applied by the store on open.

Revision ids start with the schema number (`0001_…`); the store sets `PRAGMA user_version`
to the number of the head it applied. Schema changes are additive (DESIGN.md, invariant 9).
"""
