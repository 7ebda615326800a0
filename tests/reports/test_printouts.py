"""Printouts of a workshop: the attendance sheet and the agreements record (acta), as PDFs
that render page by page, from the library and from `participa print-…`."""

import datetime as dt

import pytest
from sqlalchemy import select

from participa_desktop.cli import main
from participa_desktop.core.models import Participant
from participa_desktop.core.services import NotFound, agreements, attendance, workshops
from participa_desktop.reports import printout_data, printouts


@pytest.fixture
def workshop(open_store, fill_demo):
    """(store, workshop id): a workshop with 60 people expected and two agreements."""
    store = open_store("printouts")
    fill_demo(store, seed=5, participants=80, workshops=2)
    with store.unit_of_work() as session:
        record = workshops.create_workshop(session, {
            "title": "Cabildo abierto sobre el agua", "date": dt.date(2025, 3, 7),
            "start_time": dt.time(8, 0), "end_time": dt.time(12, 0),
            "place": "Caseta comunal", "facilitators": "Ana Ruiz",
        })
        people = session.scalars(
            select(Participant.id).where(Participant.deleted.is_(False))
            .order_by(Participant.id).limit(60)).all()
        for person in people:
            attendance.mark(session, record.id, person)
        agreements.create_agreement(session, {
            "workshop_id": record.id, "text": "Pedir a la alcaldía el informe del acueducto",
            "responsible_person": "Junta de Acción Comunal", "due_date": dt.date(2025, 4, 1)})
        agreements.create_agreement(session, {
            "workshop_id": record.id, "text": "Convocar la segunda sesión"})
    return store, record.id


def test_the_sheet_lists_the_roster_with_phones_and_the_heading(workshop):
    store, workshop_id = workshop
    with store.reading() as session:
        heading = printout_data.workshop_heading(session, workshop_id)
        people = printout_data.expected_people(session, workshop_id)
        roster = attendance.roster(session, workshop_id)
        phones = dict(session.execute(select(Participant.id, Participant.phone)).all())
    assert heading.title == "Cabildo abierto sobre el agua"
    assert heading.time == "08:00 – 12:00"
    assert (heading.place, heading.facilitators) == ("Caseta comunal", "Ana Ruiz")
    assert [p.name for p in people] == [e.full_name for e in roster]
    assert len(people) == 60
    assert [p.phone for p in people] == [phones[e.participant_id] or "" for e in roster]


def test_the_acta_lists_agreements_by_due_date_with_status_in_spanish(workshop):
    store, workshop_id = workshop
    with store.reading() as session:
        listed = printout_data.workshop_agreements(session, workshop_id)
    assert [a.text for a in listed] == ["Pedir a la alcaldía el informe del acueducto",
                                        "Convocar la segunda sesión"]
    assert listed[0].responsible == "Junta de Acción Comunal"
    assert listed[0].due_date == dt.date(2025, 4, 1)
    assert {a.status for a in listed} == {"pendiente"}


def test_a_sixty_person_roster_takes_two_pages_or_more(workshop, tmp_path, pages_of):
    store, workshop_id = workshop
    out = tmp_path / "asistencia.pdf"
    pages = printouts.write_attendance_sheet(store, workshop_id, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert pages >= 2
    assert pages_of(out) == pages


def test_an_empty_roster_still_prints_one_page_of_blank_rows(open_store, tmp_path, pages_of):
    store = open_store("vacia")
    with store.unit_of_work() as session:
        record = workshops.create_workshop(
            session, {"title": "Taller sin inscritos", "date": dt.date(2025, 5, 2)})
    out = tmp_path / "vacia.pdf"
    assert printouts.write_attendance_sheet(store, record.id, out) == 1
    assert pages_of(out) == 1


def test_blank_rows_fill_the_last_page_but_never_add_one(workshop, tmp_path, monkeypatch):
    store, workshop_id = workshop
    counted: list[int] = []
    original = printouts._attendance_html

    def spy(heading, people, blank):
        counted.append(blank)
        return original(heading, people, blank)

    monkeypatch.setattr(printouts, "_attendance_html", spy)
    pages = printouts.write_attendance_sheet(store, workshop_id, tmp_path / "a.pdf")
    used = counted[-1]
    assert used >= printouts.MIN_BLANK_ROWS
    with store.reading() as session:
        heading = printout_data.workshop_heading(session, workshop_id)
        people = printout_data.expected_people(session, workshop_id)
    document = printouts.PagedDocument(printouts._footer(printouts.CONSENT_NOTICE), "x")
    assert document.page_count(original(heading, people, used)) == pages
    assert document.page_count(original(heading, people, used + 1)) == pages + 1


def test_the_agreements_record_is_a_pdf(workshop, tmp_path, pages_of):
    store, workshop_id = workshop
    out = tmp_path / "acta.pdf"
    assert printouts.write_agreements_record(store, workshop_id, out) == 1
    assert out.read_bytes().startswith(b"%PDF")
    assert pages_of(out) == 1


def test_a_deleted_workshop_is_not_printed(workshop, tmp_path):
    store, workshop_id = workshop
    with store.unit_of_work() as session:
        workshops.delete_workshop(session, workshop_id)
    out = tmp_path / "acta.pdf"
    with pytest.raises(NotFound, match="No se encontró el taller"):
        printouts.write_agreements_record(store, workshop_id, out)
    assert list(tmp_path.glob("*.pdf*")) == []


@pytest.mark.parametrize("command", ["print-attendance", "print-agreements"])
def test_cli_prints_a_workshop(workshop, tmp_path, capsys, command, pages_of):
    _store, workshop_id = workshop
    database = tmp_path / "printouts.sqlite"  # the store of the `workshop` fixture
    out = tmp_path / "salida.pdf"
    assert main([command, str(database), workshop_id, str(out)]) == 0
    assert "→" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")
    assert pages_of(out) >= 1


@pytest.mark.parametrize("command", ["print-attendance", "print-agreements"])
def test_cli_refuses_an_unknown_workshop_and_writes_nothing(workshop, tmp_path, capsys,
                                                            command):
    out = tmp_path / "salida.pdf"
    database = tmp_path / "printouts.sqlite"
    assert main([command, str(database), "no-existe", str(out)]) != 0
    assert "No se encontró el taller" in capsys.readouterr().err
    assert list(tmp_path.glob("salida*")) == []
    assert list(tmp_path.glob(".salida*")) == []


def test_cli_names_an_unwritable_output(workshop, tmp_path, capsys):
    _store, workshop_id = workshop
    out = tmp_path / "no-existe" / "acta.pdf"
    assert main(["print-agreements", str(tmp_path / "printouts.sqlite"), workshop_id,
                 str(out)]) != 0
    assert f"«{out}»" in capsys.readouterr().err
    assert not out.parent.exists()

