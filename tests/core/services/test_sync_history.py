"""The history of packages sent and received, as the sync screen reads it."""

import datetime as dt

from participa_desktop.core import replication
from participa_desktop.core.services import participants, sync_history
from participa_desktop.core.store import Store


def _history(store):
    with store.reading() as session:
        ids = sync_history.package_ids(session)
        return [sync_history.package_entries(session, ids)[i] for i in ids]


def test_sent_and_received_packages_newest_first(store, adult, tmp_path):
    with store.unit_of_work() as session:
        person = participants.register_participant(session, adult).id
    assert _history(store) == []
    first = replication.export(store, tmp_path / "uno.participa")
    with Store.open(tmp_path / "otro.sqlite", device_name="portátil de Luis") as other:
        replication.merge(other, first.path)
        with other.unit_of_work() as session:
            participants.update_participant(session, person, {"phone": "3105550101"})
        back = replication.export(other, tmp_path / "dos.participa")
    replication.merge(store, back.path)

    received, sent = _history(store)
    assert (received.direction, sent.direction) == ("received", "sent")
    assert sent.package_id == first.package_id and sent.status == "written"
    assert sent.rows == first.total_rows and sent.file == str(first.path)
    assert received.status == "merged" and received.peer_name == "portátil de Luis"
    assert received.rows == back.total_rows and "filas nuevas" in received.message
    assert isinstance(received.handled_at, dt.datetime) and received.handled_at.tzinfo
    with store.reading() as session:
        assert sync_history.package_ids(session, limit=1) == [back.package_id]
        assert sync_history.handled_ids(session) == {first.package_id: "sent",
                                                     back.package_id: "received"}
        assert sync_history.package_entries(session, ["no-existe"]) == {}
