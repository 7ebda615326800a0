"""Opening data files: new ones are set up; foreign, damaged or newer ones are refused and
left byte-for-byte as they were."""

import sqlite3

import pytest

from participa_desktop import __version__
from participa_desktop.core.store import (
    DatabaseCorrupt,
    DatabaseTooNew,
    NotAParticipaDatabase,
    Store,
)
from participa_desktop.core.store import store as store_module
from participa_desktop.core.store.file_check import APPLICATION_ID
from participa_desktop.core.store.migrate import head_schema


def _tables(path):
    with sqlite3.connect(path) as connection:
        return {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}


@pytest.mark.parametrize("start", ["missing", "empty"])
def test_a_new_file_gets_the_whole_schema_and_reference_data(tmp_path, start):
    path = tmp_path / "nuevo.sqlite"
    if start == "empty":
        path.write_bytes(b"")
    with Store.open(path) as store, store.reading() as session:
        count = session.connection().exec_driver_sql("SELECT count(*) FROM territory").scalar()
    assert count == 1123
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("PRAGMA user_version").fetchone()[0] == head_schema()
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"participant", "workshop", "attendance", "alembic_version"} <= _tables(path)


def test_reopening_keeps_the_device_and_takes_no_backup(tmp_path):
    path = tmp_path / "campo.sqlite"
    with Store.open(path, device_name="portátil 1") as first:
        device = first.device_id
    with Store.open(path, device_name="otro nombre") as again:
        assert again.device_id == device
        assert again.device_name == "portátil 1"
    assert not (tmp_path / "backups").exists()


def test_each_new_file_gets_its_own_device_id(tmp_path):
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        assert a.device_id != b.device_id
        assert len(a.device_id) == 16


def test_foreign_keys_are_enforced(store):
    with pytest.raises(Exception, match="FOREIGN KEY"), store.unit_of_work() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO attendance (id, workshop_id, participant_id, status, deleted) "
            "VALUES ('a', 'no-such-workshop', 'no-such-person', 'present', 0)"
        )


def _refused_untouched(path, error_type, *words):
    before = path.read_bytes()
    with pytest.raises(error_type) as raised:
        Store.open(path)
    assert path.read_bytes() == before
    message = str(raised.value)
    assert "No se modificó" in message or "no se modificó" in message
    for word in words:
        assert word in message
    return message


def test_a_text_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notas.sqlite"
    path.write_text("Lista de asistentes del taller\n" * 20, encoding="utf-8")
    _refused_untouched(path, NotAParticipaDatabase, "no es una base de datos de Participa+")


def test_another_programs_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "otro.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contactos (nombre TEXT)")
        connection.execute("INSERT INTO contactos VALUES ('Ana')")
    connection.close()
    _refused_untouched(path, NotAParticipaDatabase, "otro programa")


def test_a_database_of_a_newer_app_is_refused_naming_the_version_to_install(tmp_path):
    path = tmp_path / "futuro.sqlite"
    Store.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {head_schema() + 5}")
        connection.execute("UPDATE app_meta SET value = '9.4.0' WHERE key = 'app_version'")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    message = _refused_untouched(path, DatabaseTooNew, "9.4.0", __version__)
    assert "Instale Participa+ 9.4.0" in message


def _checkpointed_new_file(path):
    Store.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def test_a_database_with_a_damaged_schema_is_refused_and_untouched(tmp_path):
    path = tmp_path / "dañado.sqlite"
    _checkpointed_new_file(path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[100:page_size] = b"\xa5" * (page_size - 100)  # the schema table's first page
    path.write_bytes(bytes(data))
    _refused_untouched(path, DatabaseCorrupt, "está dañado", "backups")


def test_a_damaged_database_is_not_migrated_nor_backed_up(tmp_path, monkeypatch):
    path = tmp_path / "dañado.sqlite"
    _checkpointed_new_file(path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size * 4 : page_size * 8] = b"\xa5" * (page_size * 4)  # table pages
    path.write_bytes(bytes(data))
    current = store_module.head_schema()
    monkeypatch.setattr(store_module, "head_schema", lambda: current + 1)
    _refused_untouched(path, DatabaseCorrupt, "está dañado")
    assert not (tmp_path / "backups").exists()


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(NotAParticipaDatabase, match="carpeta"):
        Store.open(tmp_path)


def test_a_file_open_in_another_process_can_be_opened_again(tmp_path):
    """The newest header may still be in the -wal file (not checkpointed yet)."""
    path = tmp_path / "abierto.sqlite"
    first = Store.open(path)
    try:
        with Store.open(path) as second:
            assert second.device_id == first.device_id
    finally:
        first.close()
