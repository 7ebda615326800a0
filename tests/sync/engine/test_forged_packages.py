"""Packages forged to slip past the checks: impossible dates, stamps without values,
manifests that point outside the inbox or claim impossible acknowledgements."""

import pytest

from participa_desktop.core import replication
from sync.engine.errors import PackageError


def refused(store, package, snapshot):
    before = snapshot(store)
    with pytest.raises(PackageError) as caught:
        replication.merge(store, package)
    assert snapshot(store) == before
    return str(caught.value)


@pytest.mark.parametrize("statement", [
    "UPDATE workshop SET date = '2024-02-30'",
    "UPDATE workshop SET start_time = '29:00:00.000000' WHERE start_time IS NOT NULL",
])
def test_dates_and_times_that_do_not_exist_are_refused(
    receiver, snapshot, demo_package, rebuild_package, statement
):
    message = refused(receiver, rebuild_package(demo_package, [statement]), snapshot)
    assert "El paquete trae valores que no son" in message


def test_a_stamp_without_its_value_column_is_refused(
    receiver, snapshot, demo_package, rebuild_package
):
    bad = rebuild_package(demo_package, ["ALTER TABLE workshop DROP COLUMN title"])
    assert "sin su versión" in refused(receiver, bad, snapshot)


def test_a_value_without_a_stamp_is_refused(receiver, snapshot, demo_package, rebuild_package):
    bad = rebuild_package(demo_package, ["UPDATE workshop SET title_ver = NULL"])
    assert "valores sin versión" in refused(receiver, bad, snapshot)


@pytest.mark.parametrize("key, value", [
    ("package_id", "../../fuera"),
    ("source_device", "../x"),
    ("seq_from", "9"), ("acks", '{"0123456789abcdef": 1e400}'),
])
def test_manifest_identities_are_checked(
    receiver, snapshot, demo_package, rebuild_package, tmp_path, key, value
):
    bad = rebuild_package(demo_package, [
        f"UPDATE manifest SET value = '{value}' WHERE key = '{key}'",
        *(["UPDATE manifest SET value = '5' WHERE key = 'seq_to'"] if key == "seq_from"
          else []),
    ])
    assert "ilegibles" in refused(receiver, bad, snapshot)
    assert not (tmp_path.parent / "fuera.participa").exists()


def test_archive_entries_must_name_known_columns(
    receiver, snapshot, demo_package, rebuild_package
):
    bad = rebuild_package(demo_package, [
        "CREATE TABLE IF NOT EXISTS archived_value "
        "(table_name, row_id, column_name, value_ver, value)",
        "INSERT INTO archived_value SELECT 'participant; DROP', id, 'title', title_ver, "
        "title FROM workshop LIMIT 1",
    ])
    assert "desconocidas" in refused(receiver, bad, snapshot)


def test_a_forged_acknowledgement_cannot_run_ahead_of_our_changes(
    open_store, fill_demo, tmp_path
):
    import sqlite3

    a, b = open_store("a"), open_store("b")
    fill_demo(a)
    replication.export(a, tmp_path / "a.participa")
    replication.merge(b, tmp_path / "a.participa")
    replication.export(b, tmp_path / "b.participa", "a")
    raw = sqlite3.connect(a.path)
    last = raw.execute("SELECT last_seq FROM local_state").fetchone()[0]
    raw.close()
    replication.merge(a, tmp_path / "b.participa")
    raw = sqlite3.connect(a.path)
    acked = raw.execute("SELECT max(acked_seq) FROM sync_peer").fetchone()[0]
    raw.close()
    assert acked <= last
