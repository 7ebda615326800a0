"""Migrations: applied on open, after a backup made with SQLite's backup API."""

import sqlite3

from participa_desktop.core.store import Store
from participa_desktop.core.store import store as store_module
from participa_desktop.core.store.backup import take_backup


def _participants(path):
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT given_names FROM participant").fetchall()


def test_an_older_schema_is_backed_up_before_migrating(tmp_path, monkeypatch, adult):
    from participa_desktop.core.services import participants

    path = tmp_path / "campo.sqlite"
    with Store.open(path) as store, store.unit_of_work() as session:
        participants.register_participant(session, adult)
    current = store_module.head_schema()
    # This build pretends to ship one more migration than the file has.
    monkeypatch.setattr(store_module, "head_schema", lambda: current + 1)
    monkeypatch.setattr(store_module, "upgrade", lambda _connection: None)
    Store.open(path).close()
    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1
    assert f"esquema{current}" in backups[0].name
    assert _participants(backups[0]) == [("María José",)]
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == current + 1


def test_only_the_last_three_backups_are_kept(tmp_path):
    path = tmp_path / "campo.sqlite"
    Store.open(path).close()
    made = [take_backup(path, schema=1) for _ in range(5)]
    kept = sorted((tmp_path / "backups").iterdir())
    assert kept == sorted(made[-3:])
    with sqlite3.connect(kept[-1]) as connection:
        assert connection.execute("SELECT count(*) FROM territory").fetchone()[0] == 1123


def test_the_migrations_match_the_models(tmp_path):
    """A model change without its migration would make new and migrated files differ."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from participa_desktop.core.models import Base

    with Store.open(tmp_path / "campo.sqlite") as store, store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"render_as_batch": True})
        assert compare_metadata(context, Base.metadata) == []


def test_backups_of_another_file_with_a_similar_name_are_left_alone(tmp_path):
    campo, yumbo = tmp_path / "campo.sqlite", tmp_path / "campo-yumbo.sqlite"
    for path in (campo, yumbo):
        Store.open(path).close()
    theirs = [take_backup(yumbo, schema=1) for _ in range(3)]
    mine = take_backup(campo, schema=1)
    assert mine.exists() and all(path.exists() for path in theirs)
