"""The DIVIPOLA catalogue and its search: accents, case, department and DANE code."""

from __future__ import annotations

from participa_desktop.core.services.territories import all_territories, find
from participa_desktop.core.store.seed import reference_id


def test_the_catalogue_holds_every_municipality_by_name(store):
    with store.reading() as session:
        catalogue = all_territories(session)
    assert len(catalogue) == 1123
    names = [record.name for record in catalogue]
    assert names == sorted(names)
    buenaventura = next(r for r in catalogue if r.dane_code == "76109")
    assert buenaventura.id == reference_id("territory", "76109")
    assert buenaventura.department == "Valle del Cauca"


def test_search_ignores_accents_and_case_and_ranks_name_prefixes_first(store):
    with store.reading() as session:
        catalogue = all_territories(session)
    assert [r.name for r in find(catalogue, "BOGOTÁ")] == ["Bogotá D.C."]
    assert find(catalogue, "bogota")[0].dane_code == "11001"
    found = find(catalogue, "buenav")
    assert [r.name for r in found] == ["Buenaventura", "Buenavista", "Buenavista",
                                       "Buenavista", "San Sebastián de Buenavista"]
    # "San Sebastián de Buenavista" matches by a later word: after the name prefixes.
    assert found[-1].name == "San Sebastián de Buenavista"


def test_search_by_code_department_and_several_words(store):
    with store.reading() as session:
        catalogue = all_territories(session)
    assert [r.name for r in find(catalogue, "76109")] == ["Buenaventura"]
    assert all(r.dane_code.startswith("761") for r in find(catalogue, "761")[:3])
    valle = find(catalogue, "valle del cauca")
    assert len(valle) == 42 and {r.department for r in valle} == {"Valle del Cauca"}
    assert [r.name for r in find(catalogue, "buenaventura valle")] == ["Buenaventura"]
    assert find(catalogue, "zzzz") == []
    assert len(find(catalogue, "  ")) == len(catalogue)


def test_activity_counts_workshops_people_and_implementations(run, workshop, participant):
    from participa_desktop.core.services import territories

    buenaventura, yumbo = (reference_id("territory", code) for code in ("76109", "76892"))
    activity = run(territories.territory_activity, [buenaventura, yumbo])
    # The workshop takes its implementation's municipality.
    assert activity[buenaventura] == territories.TerritoryActivity(1, 1, 1)
    assert activity[yumbo] == territories.TerritoryActivity(0, 0, 0)
    assert run(territories.active_territory_ids) == {buenaventura}
