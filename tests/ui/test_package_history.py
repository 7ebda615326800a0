"""The history table of packages sent and received: newest first, in words, a sound
model."""

from __future__ import annotations

from PySide6.QtCore import Qt

from participa_desktop.core import replication
from participa_desktop.ui.package_history import PackageHistory


def test_history_lists_sent_and_received_newest_first(qtbot, qtmodeltester, open_store,
                                                      fill_demo, app_context, tmp_path):
    field = open_store("campo")
    fill_demo(field, participants=10, workshops=1)
    sent = replication.export(field, tmp_path / "para-luis.participa")
    luis = open_store("luis", device="portátil de Luis")
    replication.merge(luis, sent.path)
    back = replication.export(luis, tmp_path / "de-luis.participa")
    replication.merge(field, back.path)

    context = app_context(field)
    history = PackageHistory(field, context.runner)
    qtbot.addWidget(history)
    with qtbot.waitSignal(history.refreshed, timeout=10_000):
        history.refresh()
    model = history.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert [r[1:5] for r in rows] == [
        ["recibido", "portátil de Luis", "mezclado", str(back.total_rows)],
        ["enviado", "cualquier equipo (USB)", "paquete escrito", str(sent.total_rows)],
    ]
    assert "filas nuevas" in rows[0][5] and rows[1][5].endswith("para-luis.participa")
    assert "(2)" in history.heading.text()
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Hecho: ")
    qtmodeltester.check(model)
