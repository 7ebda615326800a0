"""The history table of packages sent and received: newest first, in words, a sound
model."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, Qt

from participa_desktop.core import replication
from participa_desktop.ui import i18n
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
    with qtbot.waitSignal(history.refreshed):
        history.refresh()
    model = history.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert [r[1:5] for r in rows] == [
        ["recibido", "portátil de Luis", "mezclado", str(back.total_rows)],
        ["enviado", "cualquier equipo (USB)", "paquete escrito", str(sent.total_rows)],
    ]
    assert re.fullmatch(r"\d+ filas nuevas, \d+ actualizadas, \d+ sin cambios; \d+ valores en "
                        r"conflicto guardados para revisión\.", rows[0][5]), rows[0][5]
    assert rows[1][5].endswith("para-luis.participa")
    assert "(2)" in history.heading.text()
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Hecho: ")
    qtmodeltester.check(model)

    # In English, the engine's Spanish record of the merge is told in English.
    i18n.apply_language("en")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert [model.index(0, c).data() for c in range(1, 4)] == [
        "received", "portátil de Luis", "merged"]
    assert re.fullmatch(r"\d+ new rows, \d+ updated, \d+ unchanged; \d+ conflicting values "
                        r"kept for review\.", model.index(0, 5).data()), model.index(0, 5).data()
