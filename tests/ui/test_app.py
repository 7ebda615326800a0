"""Starting the app: the store is opened and closed, a bad file is refused with a message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from participa_desktop.core.store import Store
from participa_desktop.ui import app as app_module


def test_run_app_opens_the_file_and_returns_the_loop_exit_code(
    qapp: QApplication, tmp_path: Path
) -> None:
    database = tmp_path / "campo.sqlite"
    QTimer.singleShot(0, lambda: qapp.exit(0))

    assert app_module.run_app(database) == 0

    assert qapp.applicationName() == "Participa+"
    assert qapp.organizationName() == "ParticipaPlus"
    with Store.open(database) as store:  # created, and released by run_app
        assert store.device_id


def test_run_app_refuses_a_file_that_is_not_a_participa_database(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    foreign = tmp_path / "notas.sqlite"
    foreign.write_bytes(b"esto no es una base de datos " * 100)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )

    assert app_module.run_app(foreign) == 1

    assert len(shown) == 1
    assert "notas.sqlite" in shown[0]
    assert foreign.read_bytes() == b"esto no es una base de datos " * 100
