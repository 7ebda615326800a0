"""What a coordinator compares for two rows that may be one person: each row's own
attendance, and how the two stand (linked directly, through others, not linked)."""

import datetime as dt

from participa_desktop.core.services import attendance, duplicates, participants, workshops
from participa_desktop.core.services.duplicate_review import (
    PairState,
    attendance_ids,
    attended_workshops,
    pair_state,
)


def _person(run, adult, **more):
    return run(participants.register_participant,
               {**adult, "document_number": None, "document_type_id": None, **more}).id


def test_each_row_shows_its_own_attendance_newest_workshop_first(run, store, adult,
                                                                  workshop_values, workshop):
    later = run(workshops.create_workshop, {**workshop_values, "title": "Segundo encuentro",
                                            "date": "10/04/2025"}, []).id
    gone = run(workshops.create_workshop, {**workshop_values, "title": "Cancelado"}, []).id
    ana = _person(run, adult, birth_year=1990)
    other = _person(run, adult, birth_year=1990)
    run(attendance.mark, workshop.id, ana)
    run(attendance.mark, later, ana, "excused")
    run(attendance.mark, gone, ana)
    run(workshops.delete_workshop, gone)
    run(attendance.mark, later, other)
    run(duplicates.link, ana, other)  # linked, yet each row keeps its own list
    with store.reading() as session:
        ids = attendance_ids(session, ana)
        rows = attended_workshops(session, ids)
        assert [(rows[i].title, rows[i].date, rows[i].status) for i in ids] == [
            ("Segundo encuentro", dt.date(2025, 4, 10), "excused"),
            ("Taller de liderazgo juvenil", dt.date(2025, 3, 4), "present"),
        ]
        assert len(attendance_ids(session, other)) == 1
        assert attended_workshops(session, []) == {}


def test_pairs_are_linked_directly_through_others_or_not(run, store, adult):
    a, b, c = (_person(run, adult, birth_year=1990) for _ in range(3))
    run(duplicates.link, a, b)
    run(duplicates.link, b, c)

    def state(x, y):
        with store.reading() as session:
            return pair_state(session, x, y)

    assert state(b, a) == PairState.LINKED
    assert state(a, c) == PairState.LINKED_THROUGH_OTHERS
    run(duplicates.unlink, a, b)
    assert state(a, b) == PairState.NOT_LINKED
    assert state(a, c) == PairState.NOT_LINKED
