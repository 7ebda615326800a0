"""The `participa` command's headless contract: demo and dump."""

import json
import sqlite3
import subprocess
import sys

import pytest

from participa_desktop.cli import main
from participa_desktop.core.models import REPLICATED_MODELS
from sync.engine.clock import parse_stamp


def _dump(capsys, path):
    capsys.readouterr()
    assert main(["dump", str(path)]) == 0
    return capsys.readouterr().out


def _demo(path, *extra):
    return main(["demo", str(path), "--device", "portátil", "--seed", "7",
                 "--participants", "300", "--workshops", "20", *extra])


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert _demo(path, "--edits", "40", "--deletes", "10") == 0
    return path


def test_demo_then_dump_shows_the_field_activity(demo_db, capsys):
    content = json.loads(_dump(capsys, demo_db))["tables"]
    assert set(content) == {m.__tablename__ for m in REPLICATED_MODELS}
    people = content["participant"]
    assert len(people) == 300
    assert len(content["workshop"]) == 20
    assert len(content["attendance"]) > 1000
    assert content["agreement"] and content["follow_up"]
    assert content["knowledge_note"] and content["milestone"]
    assert sum(row["deleted"] for table in content.values() for row in table) >= 10
    assert any("ñ" in p["first_surname"] or "é" in p["given_names"] for p in people)
    assert all(not key.endswith("_seq") for p in people for key in p)


def test_demo_registers_about_two_percent_twice_with_small_differences(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", str(path), "--device", "a", "--seed", "3",
                 "--participants", "2000", "--workshops", "1"]) == 0
    people = json.loads(_dump(capsys, path))["tables"]["participant"]
    by_birth_and_phone = {}
    for person in people:
        key = (person["birth_year"], person.get("phone"), person["consent_date"])
        by_birth_and_phone.setdefault(key, []).append(person)
    twins = [group for group in by_birth_and_phone.values() if len(group) > 1]
    assert 20 <= len(twins) <= 70
    first, second = twins[0][:2]
    names = ("given_names", "first_surname", "second_surname")
    assert [first[n] for n in names] != [second[n] for n in names]


def test_dump_is_byte_identical_for_the_same_content_written_in_another_order(
    demo_db, tmp_path, capsys
):
    other = tmp_path / "otro.sqlite"
    assert main(["demo", str(other), "--device", "b", "--participants", "0",
                 "--workshops", "0"]) == 0
    with sqlite3.connect(other) as connection:
        connection.execute("ATTACH DATABASE ? AS source", (str(demo_db),))
        tables = [m.__tablename__ for m in REPLICATED_MODELS] + ["archived_value"]
        for table in tables:  # parents first, rows in reverse order
            connection.execute(f"INSERT INTO {table} SELECT * FROM source.{table} "
                               "ORDER BY rowid DESC")
            connection.execute(f"UPDATE {table} SET row_seq = 999")
    connection.close()
    assert _dump(capsys, other) == _dump(capsys, demo_db)


def test_reference_data_only(tmp_path, capsys):
    path = tmp_path / "vacío.sqlite"
    assert main(["demo", str(path), "--device", "a", "--participants", "0",
                 "--workshops", "0"]) == 0
    content = json.loads(_dump(capsys, path))["tables"]
    assert all(rows == [] for rows in content.values())
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM territory").fetchone() == (1123,)
        assert connection.execute("SELECT count(*) FROM component").fetchone() == (3,)


def test_edits_reach_records_that_came_from_another_device(tmp_path, capsys):
    mine, theirs = tmp_path / "mío.sqlite", tmp_path / "ajeno.sqlite"
    assert main(["demo", str(mine), "--device", "a", "--participants", "0",
                 "--workshops", "0"]) == 0
    assert main(["demo", str(theirs), "--device", "b", "--seed", "1",
                 "--participants", "200", "--workshops", "10"]) == 0
    with sqlite3.connect(mine) as connection:
        connection.execute("ATTACH DATABASE ? AS theirs", (str(theirs),))
        for model in REPLICATED_MODELS:
            table = model.__tablename__
            connection.execute(f"INSERT INTO {table} SELECT * FROM theirs.{table}")
        device = connection.execute("SELECT device_id FROM local_state").fetchone()[0]
    connection.close()
    assert main(["demo", str(mine), "--device", "a", "--participants", "0",
                 "--workshops", "0", "--edits", "60", "--seed", "2"]) == 0
    content = json.loads(_dump(capsys, mine))["tables"]
    edited_here = [
        row for rows in content.values() for row in rows
        if any(k.endswith("_ver") and parse_stamp(v)[2] == device for k, v in row.items())
    ]
    assert len(edited_here) >= 50  # a few edits may land on the same record


def test_bad_files_and_arguments_get_clear_errors_and_change_nothing(tmp_path, capsys):
    notes = tmp_path / "notas.sqlite"
    notes.write_text("no soy una base de datos", encoding="utf-8")
    assert _demo(notes) == 1
    assert "no es una base de datos de Participa+" in capsys.readouterr().err
    assert notes.read_text(encoding="utf-8") == "no soy una base de datos"

    missing = tmp_path / "no-existe.sqlite"
    assert main(["dump", str(missing)]) == 1
    assert "No existe el archivo" in capsys.readouterr().err
    assert not missing.exists()

    with pytest.raises(SystemExit) as exit_:
        main(["demo", str(tmp_path / "x.sqlite"), "--device", "a", "--participants", "-3"])
    assert exit_.value.code == 2
    assert "cero o más" in capsys.readouterr().err


def test_the_console_script_runs_headless(tmp_path):
    path = tmp_path / "demo.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "participa_desktop.cli", "demo", str(path), "--device", "a",
         "--participants", "5", "--workshops", "1"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "5 personas" in done.stdout


def test_export_verify_merge_and_duplicates_from_the_command_line(tmp_path, capsys):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    package = tmp_path / "a.participa"
    assert main(["demo", str(a), "--device", "a", "--seed", "4", "--participants", "400",
                 "--workshops", "5"]) == 0
    assert main(["demo", str(b), "--device", "b", "--participants", "0",
                 "--workshops", "0"]) == 0
    capsys.readouterr()
    assert main(["export", str(a), str(package)]) == 0
    assert "filas" in capsys.readouterr().out
    assert main(["verify", str(package)]) == 0
    shown = capsys.readouterr().out
    assert "equipo de origen: a" in shown and "participant: 400" in shown
    assert main(["merge", str(b), str(package), str(package)]) == 0
    said = capsys.readouterr().out.splitlines()
    assert "filas nuevas" in said[0]
    assert " 0 filas nuevas, 0 actualizadas" in said[1]
    assert _dump(capsys, a) == _dump(capsys, b)

    assert main(["duplicates", str(b)]) == 0
    groups = json.loads(capsys.readouterr().out)
    assert groups and all(len(g["people"]) >= 2 for g in groups)
    first, second = (p["id"] for p in groups[0]["people"][:2])
    assert main(["link", str(b), first, second]) == 0
    assert f"canónica de {first}: {min(first, second)}" in capsys.readouterr().out
    assert main(["unlink", str(b), first, second]) == 0
    assert main(["unlink", str(b), first, second]) == 1
    assert "vínculo" in capsys.readouterr().err


def test_merge_of_a_missing_or_foreign_file_says_why(tmp_path, capsys):
    db = tmp_path / "b.sqlite"
    assert main(["demo", str(db), "--device", "b", "--participants", "0",
                 "--workshops", "0"]) == 0
    text = tmp_path / "notas.participa"
    text.write_text("hola", encoding="utf-8")
    capsys.readouterr()
    assert main(["merge", str(db), str(text), str(tmp_path / "nada.participa")]) == 1
    err = capsys.readouterr().err
    assert "no es un paquete de Participa+" in err and "No existe el archivo" in err


def test_export_into_a_missing_folder_says_why(tmp_path, capsys):
    db = tmp_path / "a.sqlite"
    assert main(["demo", str(db), "--device", "a", "--participants", "1",
                 "--workshops", "0"]) == 0
    capsys.readouterr()
    assert main(["export", str(db), str(tmp_path / "no-hay" / "p.participa")]) == 1
    assert "no se pudo usar el archivo" in capsys.readouterr().err
