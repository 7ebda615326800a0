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
    from participa_desktop.core.store.migrate import include_name

    with Store.open(tmp_path / "campo.sqlite") as store, store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"render_as_batch": True, "include_name": include_name}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_backups_of_another_file_with_a_similar_name_are_left_alone(tmp_path):
    campo, yumbo = tmp_path / "campo.sqlite", tmp_path / "campo-yumbo.sqlite"
    for path in (campo, yumbo):
        Store.open(path).close()
    theirs = [take_backup(yumbo, schema=1) for _ in range(3)]
    mine = take_backup(campo, schema=1)
    assert mine.exists() and all(path.exists() for path in theirs)


def _back_to_schema_1(path):
    """Make `path` what an app of schema 1 left: migration 0002 (the search index)
    undone, the schema number set back."""
    from alembic import command

    from participa_desktop.core.store.engine import make_engine
    from participa_desktop.core.store.migrate import alembic_config

    engine = make_engine(path)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001_initial")
        connection.exec_driver_sql("PRAGMA user_version = 1")
        connection.exec_driver_sql("UPDATE app_meta SET value = '1' WHERE key = 'schema'")
    engine.dispose()


def test_people_of_a_schema_1_file_are_searchable_after_migrating(tmp_path, adult):
    from participa_desktop.core.services import participant_search, participants

    path = tmp_path / "campo.sqlite"
    with Store.open(path) as store, store.unit_of_work() as session:
        maria = participants.register_participant(session, adult).id
        gone = participants.register_participant(
            session, {**adult, "given_names": "Marta", "document_number": "31555777"}).id
        participants.delete_participant(session, gone)
    _back_to_schema_1(path)
    with sqlite3.connect(path) as connection:
        names = {n for (n,) in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert not any(name.startswith("participant_search") for name in names)

    with Store.open(path) as store, store.reading() as session:
        assert participant_search.search(session, "mar angulo") == [maria]
        assert participant_search.search(session, "ang") == [maria]
        assert participant_search.search(session, "1130") == [maria]
        assert participant_search.search(session, "marta") == []
        pending = session.connection().exec_driver_sql(
            "SELECT count(*) FROM participant_search_pending").scalar()
    assert pending == 0
    [backup] = (tmp_path / "backups").iterdir()
    assert "esquema1" in backup.name
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 2
    connection.close()


def test_the_search_triggers_survive_every_migration(tmp_path):
    """A migration that rebuilds `participant` (a batch "move and copy") drops its
    triggers: it must create them again, or the index stops following the data."""
    with Store.open(tmp_path / "campo.sqlite") as store, store.engine.connect() as connection:
        triggers = {name for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'participant'")}
    assert triggers == {"participant_search_insert", "participant_search_update",
                        "participant_search_delete"}


def test_the_newest_schema_number_is_alembics_head():
    """head_schema() reads file names (Alembic stays unimported on an everyday start)."""
    from alembic.script import ScriptDirectory

    from participa_desktop.core.store.migrate import alembic_config, head_schema

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None and head_schema() == int(head.split("_", 1)[0])
