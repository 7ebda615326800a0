"""`participa --smoke`: the check a build runs without a person, run here from source."""

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from participa_desktop.core.store.migrate import head_schema
from participa_desktop.ui.smoke import READY_MARKER, SHOWN_MARKER

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _smoke(data_folder: Path, *arguments: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PARTICIPA_DATA_DIR": str(data_folder),
                   "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", "import sys; from participa_desktop.cli import main; "
                               "sys.exit(main(sys.argv[1:]))", "--smoke", *arguments],
        env=environment, capture_output=True, text=True, timeout=180, check=False)


def _schema(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA user_version").fetchone()[0]


def test_on_a_fresh_data_folder_it_creates_the_data_file_and_shows_the_window(tmp_path):
    data = tmp_path / "datos"
    run = _smoke(data)
    assert run.returncode == 0, run.stderr
    shown, ready = run.stdout.splitlines()
    assert shown.startswith(SHOWN_MARKER)  # the window first, then its file
    assert ready.startswith(READY_MARKER) and str(data / "participa.sqlite") in ready
    assert _schema(data / "participa.sqlite") == head_schema()
    assert (data / "participa.log").is_file()


def test_a_data_file_of_the_previous_schema_is_migrated_and_shown(tmp_path):
    path = tmp_path / "campo.sqlite"
    shutil.copyfile(FIXTURES / "schema-1.sqlite", path)
    run = _smoke(tmp_path / "datos", "--database", str(path))
    assert run.returncode == 0, run.stderr
    assert f"«{path}»" in run.stdout
    assert _schema(path) == head_schema()


def test_a_file_that_is_not_a_data_file_fails_with_the_reason_and_is_kept(tmp_path):
    path = tmp_path / "notas.sqlite"
    path.write_text("Lista de asistentes, no una base de datos\n", encoding="utf-8")
    run = _smoke(tmp_path / "datos", "--database", str(path))
    assert run.returncode == 1
    assert READY_MARKER not in run.stdout
    assert "participa --smoke: no se pudo abrir el archivo de datos" in run.stderr
    assert path.read_text(encoding="utf-8") == "Lista de asistentes, no una base de datos\n"
