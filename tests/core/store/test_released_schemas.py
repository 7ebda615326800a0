"""Every released schema opens in this build: the data files in tests/fixtures/, written by
the app that shipped each schema, are migrated with nothing lost (see its README)."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from participa_desktop.core.services import participant_search
from participa_desktop.core.store import Store
from participa_desktop.core.store.migrate import head_schema

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
RELEASED = sorted(FIXTURES.glob("schema-*.sqlite"))
COUNTED = ("participant", "workshop", "attendance", "agreement", "follow_up",
           "organization", "implementation")


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in COUNTED}


def _schema(path: Path) -> int:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        return connection.execute("PRAGMA user_version").fetchone()[0]


def test_there_is_a_fixture_for_every_schema_up_to_this_one():
    assert [int(path.stem.split("-")[1]) for path in RELEASED] == list(
        range(1, head_schema() + 1))


@pytest.mark.parametrize("fixture", RELEASED, ids=[path.stem for path in RELEASED])
def test_a_released_data_file_opens_with_everything_in_it(fixture, tmp_path):
    path = tmp_path / "campo.sqlite"
    shutil.copyfile(fixture, path)
    before = _counts(path)
    assert before["participant"] == 60 and before["attendance"] == 300

    with Store.open(path) as store, store.reading() as session:
        given, surname = session.connection().exec_driver_sql(
            "SELECT given_names, first_surname FROM participant WHERE deleted IS NOT 1 "
            "ORDER BY id LIMIT 1").one()
        found = participant_search.search(session, f"{given} {surname}")

    assert _schema(path) == head_schema()
    assert _counts(path) == before
    assert found, "the participant search finds people of a migrated file"
    backups = list((tmp_path / "backups").glob("*.sqlite"))
    if _schema(fixture) < head_schema():
        assert len(backups) == 1 and _counts(backups[0]) == before
    else:
        assert backups == []
