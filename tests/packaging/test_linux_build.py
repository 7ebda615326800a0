"""The Linux build (`packaging/build`): made from a clean virtual environment with
PyInstaller, then run as a partner's facilitator would, offscreen. Marked `build`: these
run in CI and with `--run-build` (building takes a minute or two)."""

import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook

from participa_desktop import __version__
from participa_desktop.core.store.migrate import head_schema
from participa_desktop.ui.smoke import READY_MARKER, SHOWN_MARKER

pytestmark = [
    pytest.mark.build,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="la compilación de Linux"),
]

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"


@pytest.fixture(scope="module")
def build() -> dict[str, Path]:
    """Runs packaging/build once for this module: {"folder": dist/participa, "archive": …}."""
    run = subprocess.run(["bash", str(REPO / "packaging" / "build")], cwd=REPO,
                         capture_output=True, text=True, timeout=1800, check=False)
    assert run.returncode == 0, run.stderr[-4000:]
    made = dict(line.split("\t")[:2] for line in run.stdout.splitlines() if "\t" in line)
    return {kind: Path(path) for kind, path in made.items()}


def _run(build: dict[str, Path], tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PARTICIPA_DATA_DIR": str(tmp_path / "datos"),
                   "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(build["folder"] / "participa"), *arguments], env=environment,
                          capture_output=True, text=True, timeout=300, check=False)


def _schema(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA user_version").fetchone()[0]


def test_the_build_is_a_folder_and_a_tar_gz_named_for_the_version(build):
    assert (build["folder"] / "participa").is_file()
    assert build["archive"].name == f"participa-{__version__}-linux-x86_64.tar.gz"


def test_smoke_on_a_fresh_data_folder(build, tmp_path):
    run = _run(build, tmp_path, "--smoke")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(SHOWN_MARKER)
    assert READY_MARKER in run.stdout
    assert _schema(tmp_path / "datos" / "participa.sqlite") == head_schema()


@pytest.mark.parametrize("schema", range(1, head_schema()))
def test_smoke_on_a_copy_of_a_previous_schema(build, tmp_path, schema):
    path = tmp_path / "campo.sqlite"
    shutil.copyfile(FIXTURES / f"schema-{schema}.sqlite", path)
    run = _run(build, tmp_path, "--smoke", "--database", str(path))
    assert run.returncode == 0, run.stderr
    assert _schema(path) == head_schema()


def test_the_built_app_writes_the_results_report_and_a_printout(build, tmp_path):
    """openpyxl with lxml, the report's charts and Qt's PDF writer all made it in."""
    path = tmp_path / "campo.sqlite"
    shutil.copyfile(FIXTURES / f"schema-{head_schema()}.sqlite", path)
    with sqlite3.connect(path) as connection:
        workshop = connection.execute("SELECT id FROM workshop ORDER BY id LIMIT 1").fetchone()[0]
    report = _run(build, tmp_path, "report", str(path), str(tmp_path / "informe.xlsx"))
    assert report.returncode == 0, report.stderr
    with closing(load_workbook(tmp_path / "informe.xlsx", read_only=True)) as book:
        assert "Resumen" in book.sheetnames
    sheet = _run(build, tmp_path, "print-attendance", str(path), workshop,
                 str(tmp_path / "asistencia.pdf"))
    assert sheet.returncode == 0, sheet.stderr
    assert (tmp_path / "asistencia.pdf").read_bytes().startswith(b"%PDF")


def test_the_archive_installs_a_menu_entry_without_administrator_rights(build, tmp_path):
    with tarfile.open(build["archive"]) as archive:
        names = set(archive.getnames())
        links = [member for member in archive.getmembers() if member.issym()]
        archive.extractall(tmp_path / "apps", filter="tar")
    for name in ("participa", "participa.desktop", "participa.png", "instalar.sh",
                 "_internal/resources/translations/participa_en.qm",
                 "_internal/resources/data/divipola.csv",
                 "_internal/participa_desktop/core/migrations/versions/0001_initial.py",
                 # dead keys and Compose (á, é, ñ on Spanish keyboards), and IBus
                 *(f"_internal/PySide6/Qt/plugins/platforminputcontexts/lib{plugin}"
                   "platforminputcontextplugin.so" for plugin in ("compose", "ibus"))):
        assert f"participa/{name}" in names
    for link in links:  # none left dangling by the libraries the spec leaves out
        target = os.path.normpath(os.path.join(os.path.dirname(link.name), link.linkname))
        assert target in names, f"{link.name} -> {link.linkname}"
    home = tmp_path / "home"
    environment = {key: value for key, value in os.environ.items() if key != "XDG_DATA_HOME"}
    run = subprocess.run([str(tmp_path / "apps" / "participa" / "instalar.sh")],
                         env={**environment, "HOME": str(home)}, capture_output=True,
                         text=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    entry = (home / ".local/share/applications/participa-plus.desktop").read_text()
    executable = tmp_path / "apps" / "participa" / "participa"
    assert f'Exec="{executable}"' in entry.splitlines()
    icon = next(line for line in entry.splitlines() if line.startswith("Icon="))[5:]
    assert Path(icon).is_file()
