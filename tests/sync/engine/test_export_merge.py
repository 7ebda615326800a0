"""Export and merge between devices: incremental packages, relays, conflicts, tombstones,
acknowledgements and the inbox."""

import datetime as dt
import json
import sqlite3

import pytest

from participa_desktop.core.dump import dump_lines
from participa_desktop.core.replication import export, inbox_folder, merge
from participa_desktop.core.services import organizations, participants
from participa_desktop.core.store import Store
from sync.engine.export import UnknownPeer


@pytest.fixture
def devices(tmp_path):
    opened = {}

    def device(name):
        if name not in opened:
            opened[name] = Store.open(tmp_path / f"{name}.sqlite", device_name=name)
        return opened[name]

    yield device
    for store in opened.values():
        store.close()


@pytest.fixture
def send(tmp_path):
    """Export from one device (for a peer or everything) and merge into another."""
    counter = iter(range(10_000))

    def send(source, target, peer=None):
        path = tmp_path / f"{source.device_name}-{next(counter)}.participa"
        summary = export(source, path, peer)
        return summary, merge(target, path)

    return send


def dump(store):
    with store.engine.connect() as connection:
        return "\n".join(dump_lines(connection))


def content(store):
    return json.loads(dump(store))


def person(**changes):
    values = {"given_names": "Luz Dary", "first_surname": "Caicedo",
              "consent_date": dt.date(2025, 1, 10), "consent_channel": "verbal",
              "consent_notice_version": "2025-1"}
    values.update(changes)
    return values


def run(store, fn, *args):
    with store.unit_of_work() as session:
        return fn(session, *args)


def test_two_devices_converge_and_a_second_merge_changes_nothing(devices, send):
    a, b = devices("a"), devices("b")
    run(a, organizations.create_organization, {"name": "JAC La Playita", "sector": "public"})
    run(b, participants.register_participant, person())
    send(a, b)
    send(b, a)
    assert dump(a) == dump(b)
    before = dump(b)
    _summary, again = send(a, b)
    assert (again.new, again.updated, again.archived) == (0, 0, 0)
    assert dump(b) == before


def test_edits_of_different_fields_on_two_devices_both_survive(devices, send):
    a, b = devices("a"), devices("b")
    p = run(a, participants.register_participant, person())
    send(a, b)
    run(a, participants.update_participant, p.id, {"phone": "3105551234"})
    run(b, participants.update_participant, p.id, {"email": "luz@example.org"})
    send(b, a, "a")
    send(a, b, "b")
    for store in (a, b):
        row = next(r for r in content(store)["tables"]["participant"] if r["id"] == p.id)
        assert (row["phone"], row["email"]) == ("3105551234", "luz@example.org")
    assert dump(a) == dump(b)


def test_concurrent_edits_of_one_field_keep_the_newest_and_archive_the_other(devices, send):
    a, b = devices("a"), devices("b")
    org = run(a, organizations.create_organization, {"name": "Colectivo", "sector": "public"})
    send(a, b)
    run(a, organizations.update_organization, org.id, {"name": "Colectivo Juvenil"})
    run(b, organizations.update_organization, org.id, {"name": "Colectivo de Mujeres"})
    _s, merged = send(a, b)
    send(b, a)
    live = {r["name"] for r in content(a)["tables"]["organization"]}
    archived = {r["value"] for r in content(a)["archive"] if r["column_name"] == "name"}
    assert live == {"Colectivo de Mujeres"}  # b edited last
    assert {"Colectivo", "Colectivo Juvenil"} <= archived
    assert merged.conflicts == 1
    assert dump(a) == dump(b)


def test_a_tombstone_wins_over_an_older_edit_and_is_kept(devices, send):
    a, b = devices("a"), devices("b")
    org = run(a, organizations.create_organization, {"name": "Mesa", "sector": "public"})
    send(a, b)
    run(b, organizations.update_organization, org.id, {"phone": "6022345678"})
    run(a, organizations.delete_organization, org.id)
    send(b, a)
    send(a, b)
    for store in (a, b):
        row = content(store)["tables"]["organization"][0]
        assert row["deleted"] == 1 and row["phone"] == "6022345678"


def test_incremental_package_carries_only_the_edit(devices, send):
    a, b = devices("a"), devices("b")
    for n in range(30):
        run(a, organizations.create_organization, {"name": f"Org {n}", "sector": "public"})
    send(a, b)
    send(b, a)  # b's package acknowledges everything a had
    org_id = content(a)["tables"]["organization"][0]["id"]
    run(a, organizations.update_organization, org_id, {"phone": "3001234567"})
    summary, merged = send(a, b, "b")
    assert summary.rows["organization"] == 1
    assert merged.updated == 1
    assert summary.compressed_bytes < 1024
    assert dump(a) == dump(b)


def test_a_device_never_gets_its_own_changes_back(devices, send):
    a, b = devices("a"), devices("b")
    for n in range(5):
        run(b, organizations.create_organization, {"name": f"Org {n}", "sector": "public"})
    send(b, a)
    summary, _merged = send(a, b, "b")
    assert summary.total_rows == 0


def test_relay_through_a_coordinator_reaches_the_server(devices, send):
    field, coordinator, server = devices("campo"), devices("coordinación"), devices("servidor")
    p = run(field, participants.register_participant, person())
    send(field, coordinator)
    send(coordinator, server)
    assert p.id in {r["id"] for r in content(server)["tables"]["participant"]}
    run(server, participants.update_participant, p.id, {"phone": "3201112233"})
    send(server, coordinator, "coordinación")
    send(coordinator, field, "campo")
    assert dump(field) == dump(coordinator) == dump(server)


def test_export_for_an_unknown_peer_is_refused(devices, tmp_path):
    with pytest.raises(UnknownPeer, match="No se conoce el equipo"):
        export(devices("a"), tmp_path / "x.participa", "nadie")
    assert not (tmp_path / "x.participa").exists()


def test_received_packages_are_kept_until_another_replica_acknowledges_them(devices, send):
    a, b, c = devices("a"), devices("b"), devices("c")
    run(a, organizations.create_organization, {"name": "JAC", "sector": "public"})
    send(a, b)
    inbox = inbox_folder(b)
    assert len(list(inbox.iterdir())) == 1
    send(b, a)
    send(a, b, "b")  # the sender's own acknowledgement proves nothing new
    assert len(list(inbox.iterdir())) == 2
    send(b, c)
    send(c, b, "b")  # c acknowledges what b had, including a's package
    assert [p for p in inbox.iterdir() if p.stem in _merged_ids(b, "a")] == []
    with sqlite3.connect(b.path) as connection:
        statuses = connection.execute(
            "SELECT direction, status FROM sync_package ORDER BY handled_at").fetchall()
    assert ("received", "merged") in statuses and ("sent", "written") in statuses


def test_duplicate_links_sync_like_data_and_unlinking_too(devices, send):
    from participa_desktop.core.services import duplicates

    a, b = devices("a"), devices("b")
    one = run(a, participants.register_participant, person(phone="3105550000"))
    other = run(b, participants.register_participant, person(phone="3105550000"))
    send(a, b)
    send(b, a, "a")
    run(b, duplicates.link, one.id, other.id)
    send(b, a, "a")
    with a.reading() as session:
        assert duplicates.canonical_id(session, other.id) == min(one.id, other.id)
    run(a, duplicates.unlink, one.id, other.id)
    send(a, b, "b")
    with b.reading() as session:
        assert duplicates.canonical_id(session, other.id) == other.id
    assert dump(a) == dump(b)


def test_a_package_is_never_written_over_the_data_file_or_another_file(devices, tmp_path):
    from sync.engine.errors import PackageError

    a = devices("a")
    before = a.path.read_bytes()
    with pytest.raises(PackageError, match="archivo de datos"):
        export(a, a.path)
    assert a.path.read_bytes() == before
    notes = tmp_path / "notas.txt"
    notes.write_text("no me borres", encoding="utf-8")
    with pytest.raises(PackageError, match="no es un paquete"):
        export(a, notes)
    assert notes.read_text(encoding="utf-8") == "no me borres"


def test_an_ambiguous_peer_name_is_refused(devices, send, tmp_path):
    from sync.engine.state import AmbiguousPeer

    a, b, c = devices("a"), devices("b"), devices("c")
    for other in (b, c):
        with sqlite3.connect(other.path) as connection:
            connection.execute("UPDATE local_state SET device_name = 'portátil'")
        connection.close()
        send(other, a)
    with pytest.raises(AmbiguousPeer, match="varios equipos"):
        export(a, tmp_path / "x.participa", "portátil")


def _merged_ids(store, source_name):
    with sqlite3.connect(store.path) as connection:
        ids = {row[0] for row in connection.execute(
            "SELECT package_id FROM sync_package WHERE direction = 'received' "
            "AND peer_name = ?", (source_name,))}
    connection.close()
    return ids


def test_a_restored_copy_must_take_a_new_identity_before_it_syncs(devices, send, tmp_path):
    import shutil

    from participa_desktop.core.replication import new_device
    from sync.engine.errors import PackageError

    a, b = devices("a"), devices("b")
    run(a, organizations.create_organization, {"name": "Antes", "sector": "public"})
    send(a, b)
    with sqlite3.connect(a.path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    shutil.copy(a.path, tmp_path / "copia.sqlite")
    run(a, organizations.create_organization, {"name": "Después", "sector": "public"})
    copy = Store.open(tmp_path / "copia.sqlite")
    try:
        with pytest.raises(PackageError, match="new-device"):
            send(a, copy)
        assert new_device(copy) != a.device_id
        run(copy, organizations.create_organization, {"name": "En la copia", "sector": "public"})
        send(a, copy)
        send(copy, a)
        send(copy, b)
        send(a, b)
        names = {r["name"] for r in content(b)["tables"]["organization"]}
        assert names == {"Antes", "Después", "En la copia"}
    finally:
        copy.close()
