"""The home summary: workshops of today and the next days, agreements due or overdue, the
last sync and the changes waiting to be sent, read from a real data file."""

from __future__ import annotations

import datetime as dt
import time

from participa_desktop.core import replication
from participa_desktop.core.services import agreements, organizations, overview, workshops

TODAY = dt.date.today()


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def summary(store, server_id=None) -> overview.HomeSummary:
    with store.reading() as session:
        return overview.home_summary(session, TODAY, server_id=server_id)


def new_workshop(run, values, title: str, when: dt.date, start: str | None = None):
    changed = {**values, "title": title, "date": when, "start_time": start, "end_time": None}
    return run(workshops.create_workshop, changed)


def test_lists_todays_and_the_next_two_weeks_workshops_in_order(run, store, workshop_values):
    later = new_workshop(run, workshop_values, "Mesa de seguimiento", days(3))
    afternoon = new_workshop(run, workshop_values, "Taller de la tarde", TODAY, "14:00")
    morning = new_workshop(run, workshop_values, "Taller de la mañana", TODAY, "08:00")
    new_workshop(run, workshop_values, "Ayer", days(-1))
    new_workshop(run, workshop_values, "Muy lejos", days(15))
    gone = new_workshop(run, workshop_values, "Cancelado", days(1))
    run(workshops.delete_workshop, gone.id)

    home = summary(store)

    assert home.workshop_ids == [morning.id, afternoon.id, later.id]
    assert (home.workshops_today, home.workshops_upcoming) == (2, 1)


def test_counts_overdue_and_due_agreements_and_leaves_out_closed_ones(
    run, store, workshop_values, organization
):
    held = new_workshop(run, workshop_values, "Taller pasado", days(-40))

    def agreement(text: str, due: dt.date, status: str = "pending", **extra):
        return run(agreements.create_agreement, {
            "workshop_id": held.id, "text": text, "due_date": due, "status": status, **extra})

    late = agreement("Enviar el acta", days(-5), responsible_organization_id=organization.id)
    later_late = agreement("Convocar a la mesa", days(-1), "in_progress",
                           responsible_person="Luz Dary")
    soon = agreement("Radicar la propuesta", days(10))
    agreement("Ya cumplido", days(-3), "done")
    agreement("Cancelado", days(-3), "cancelled")
    agreement("Para el otro mes", days(30))
    run(agreements.create_agreement, {"workshop_id": held.id, "text": "Sin fecha"})

    home = summary(store)

    assert home.agreement_ids == [late.id, later_late.id, soon.id]
    assert (home.agreements_overdue, home.agreements_due) == (2, 1)
    with store.reading() as session:
        rows = overview.agreement_rows(session, home.agreement_ids, TODAY)
    assert rows[late.id].overdue and rows[later_late.id].overdue
    assert not rows[soon.id].overdue
    assert rows[late.id].responsible == organization.name
    assert rows[later_late.id].responsible == "Luz Dary"
    assert rows[soon.id].workshop_title == "Taller pasado"


def test_agreements_of_a_deleted_workshop_are_not_due(run, store, workshop_values):
    held = new_workshop(run, workshop_values, "Taller borrado", days(-10))
    run(agreements.create_agreement,
        {"workshop_id": held.id, "text": "Algo", "due_date": days(-2)})
    run(workshops.delete_workshop, held.id)

    assert summary(store).agreement_ids == []


def test_without_a_server_pending_changes_are_those_not_exported_yet(
    run, store, tmp_path, organization_values
):
    assert summary(store).sync == overview.SyncStatus(False, None, 0)

    organization = run(organizations.create_organization, organization_values)
    assert summary(store).sync.pending_changes == 1

    replication.export(store, tmp_path / "a-usb.participa")
    after_export = summary(store).sync
    assert after_export.pending_changes == 0
    assert after_export.last_sync is not None
    assert dt.datetime.now(dt.UTC) - after_export.last_sync < dt.timedelta(minutes=1)

    run(organizations.update_organization, organization.id, {"phone": "3105550000"})
    run(organizations.create_organization, {**organization_values, "name": "Otra", "nit": None})
    assert summary(store).sync.pending_changes == 2


def test_with_a_server_pending_changes_are_those_it_has_not_acknowledged(
    run, store, live_server, enrolled, sync_now, workshop
):
    link = enrolled(store, live_server, live_server.organization("Pacífico"))
    before = summary(store, link.server_id).sync
    # organisation, implementation, workshop and its component link
    assert before == overview.SyncStatus(True, None, 4)

    sync_now(store)
    synced = summary(store, link.server_id).sync
    assert synced.pending_changes == 0
    assert synced.last_sync is not None

    # A sync with nothing to send or receive still counts as the last sync.
    time.sleep(1.1)
    sync_now(store)
    assert summary(store, link.server_id).sync.last_sync > synced.last_sync

    run(workshops.update_workshop, workshop.id, {"title": "Taller de liderazgo (2.ª sesión)"})
    assert summary(store, link.server_id).sync.pending_changes == 1
    # An export to a USB stick does not count as sent to the server.
    replication.export(store, store.path.parent / "usb.participa")
    assert summary(store, link.server_id).sync.pending_changes == 1
