"""Several organisations on one server: devices of one organisation converge through it;
no device ever receives, or may send, another organisation's rows."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import func, select

from participa_desktop.core import replication
from participa_desktop.core.demo import activity
from participa_desktop.core.dump import dump_lines
from participa_desktop.core.services import participants
from sync.client.errors import Refused
from sync.server.tables import upload


def _dump(store) -> str:
    with store.engine.connect() as connection:
        return "\n".join(dump_lines(connection))


def _edit_offline(store, seed: int, edits: int = 15, deletes: int = 3) -> None:
    with store.unit_of_work() as session:
        rng = random.Random(seed)
        activity.edit_random(session, rng, edits)
        activity.delete_random(session, rng, deletes)


def _ids(store) -> set[str]:
    with store.engine.connect() as connection:
        return {row[0] for row in connection.exec_driver_sql("SELECT id FROM participant")}


@pytest.fixture
def three_devices(live_server, open_store, fill_demo, enrolled):
    """Two facilitators of «Fundación Uno», one of «Colectivo Dos», all enrolled."""
    uno = live_server.organization("Fundación Uno")
    dos = live_server.organization("Colectivo Dos")
    stores = []
    for name, seed, org in (("ana", 1, uno), ("beto", 2, uno), ("carla", 3, dos)):
        store = open_store(name)
        fill_demo(store, seed=seed, participants=25, workshops=3)
        enrolled(store, live_server, org)
        stores.append(store)
    return stores


def test_one_organisation_converges_and_the_other_stays_apart(three_devices, sync_now):
    ana, beto, carla = three_devices
    carla_before = _ids(carla)
    for store in (ana, beto, carla):
        sync_now(store)
    # Offline edits on every laptop, some on the same records, then sync in turns.
    _edit_offline(ana, seed=10)
    _edit_offline(beto, seed=11)
    _edit_offline(carla, seed=12)
    for store in (ana, beto, carla, ana, beto):
        sync_now(store)

    assert _dump(ana) == _dump(beto)
    assert _ids(ana) >= _ids(beto)
    assert _ids(carla) == carla_before  # nothing of Fundación Uno reached her
    assert not _ids(carla) & _ids(ana)


def test_a_device_cannot_push_rows_of_another_organisation(three_devices, sync_now, live_server,
                                                            tmp_path):
    ana, _beto, carla = three_devices
    sync_now(ana)
    sync_now(carla)
    own = sorted(_ids(carla))[0]
    # Carla is handed a USB package of Ana's organisation and merges it.
    replication.export(ana, tmp_path / "de-ana.participa")
    replication.merge(carla, tmp_path / "de-ana.participa")
    with carla.unit_of_work() as session:
        participants.update_participant(session, own, {"given_names": "Dorotea"})
    with pytest.raises(Refused, match="otra organización"):
        sync_now(carla)
    with live_server.db.reading() as connection:  # the refused upload was not kept
        assert connection.execute(select(func.count()).select_from(upload)).scalar_one() == 0
    # Refused whole: Carla's own edit did not reach the server either, and Ana's
    # organisation received nothing from her.
    assert sync_now(ana).rows_received == 0
    assert "Dorotea" not in _dump(ana)
