"""USB packages: file names, finding packages in folders, importing many with an outcome
each (a damaged one never stops the others)."""

import datetime as dt

from participa_desktop.core import replication, usb
from participa_desktop.core.services import participants
from participa_desktop.core.store import Store


def test_a_package_name_is_safe_on_any_usb_stick():
    name = usb.package_file_name("Portátil de Ñusta / Tumaco", dt.datetime(2025, 3, 4, 15, 30))
    assert name == "participa-portatil-de-nusta-tumaco-2025-03-04-1530.participa"
    assert usb.package_file_name("¿?", dt.datetime(2025, 1, 2, 3, 4)).startswith(
        "participa-equipo-2025-01-02-0304")


def test_a_second_package_within_the_minute_gets_its_own_name(tmp_path):
    now = dt.datetime(2025, 3, 4, 15, 30)
    first = usb.new_package_path(tmp_path, "Ana", now)
    first.write_text("x")
    second = usb.new_package_path(tmp_path, "Ana", now)
    assert second.name == "participa-ana-2025-03-04-1530-2.participa"


def test_folders_stand_for_the_packages_in_them(tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    for name in ("b.participa", "A.participa", "notas.txt"):
        (stick / name).write_text("x")
    (stick / "sub").mkdir()
    loose = tmp_path / "renombrado.bin"
    loose.write_text("x")
    found = usb.package_files([loose, stick, stick / "b.participa"])
    assert [p.name for p in found] == ["renombrado.bin", "A.participa", "b.participa"]


def test_import_many_reports_each_and_goes_on_after_a_damaged_one(store, adult, tmp_path):
    with store.unit_of_work() as session:
        participants.register_participant(session, adult)
    good = replication.export(store, tmp_path / "bueno.participa").path
    damaged = tmp_path / "danado.participa"
    damaged.write_bytes(good.read_bytes()[:-40])
    text = tmp_path / "carta.participa"
    text.write_text("no soy un paquete")
    seen = []
    with Store.open(tmp_path / "coordinacion.sqlite") as other:
        outcomes = usb.import_packages(
            other, [damaged, good, text, good],
            progress=lambda name, done, total: seen.append((name, done, total)))
    kinds = [o.kind for o in outcomes]
    assert kinds == [usb.FAILED, usb.MERGED, usb.FAILED, usb.ALREADY]
    assert "dañado" in outcomes[0].message
    assert "no es un paquete" in outcomes[2].message
    assert outcomes[1].new > 0 and outcomes[1].changed and not outcomes[3].changed
    assert outcomes[1].source_name == "portátil de prueba"
    assert seen[0] == ("danado.participa", 0, 4) and seen[-1] == ("", 4, 4)


def test_cancel_between_packages_skips_the_rest(store, adult, tmp_path):
    with store.unit_of_work() as session:
        participants.register_participant(session, adult)
    first = replication.export(store, tmp_path / "uno.participa").path
    second = replication.export(store, tmp_path / "dos.participa").path
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # cancelled after the first package

    with Store.open(tmp_path / "coordinacion.sqlite") as other:
        outcomes = usb.import_packages(other, [first, second], cancelled=cancelled)
    assert [o.kind for o in outcomes] == [usb.MERGED, usb.SKIPPED]


def test_a_package_made_here_is_not_merged_back(store, adult, tmp_path):
    from participa_desktop.core.services import sync_history

    with store.unit_of_work() as session:
        participants.register_participant(session, adult)
    own = replication.export(store, tmp_path / "propio.participa").path
    [outcome] = usb.import_packages(store, [own])
    assert outcome.kind == usb.OWN
    with store.reading() as session:  # the history still says it was sent
        assert set(sync_history.handled_ids(session).values()) == {"sent"}
