"""Every expected failure of a sync, an export or an import gets a heading and words that
say what to do; anything else is left to the error dialog."""

from __future__ import annotations

import errno

import pytest

from participa_desktop.ui import sync_failures
from participa_desktop.ui.notice import Level
from sync.client.errors import (
    AppTooOld,
    Cancelled,
    NoConnection,
    NotEnrolled,
    PackageRejected,
    Refused,
)
from sync.engine.errors import PackageError, PackageHeld, PackageTooNew


@pytest.mark.parametrize(("error", "level", "heading"), [
    (Cancelled(), Level.INFO, "Sincronización cancelada"),
    (NoConnection("ConnectError"), Level.ERROR, "Sin conexión con el servidor"),
    (NotEnrolled("Inscríbalo de nuevo."), Level.ERROR, "Hay que inscribir este equipo de nuevo"),
    (Refused("No."), Level.ERROR, "El servidor no aceptó la solicitud"),
    (PackageRejected("Dañado."), Level.ERROR, "El servidor rechazó un paquete dañado"),
    (PackageTooNew("9.0", "esquema 9"), Level.WARNING,
     "El paquete es de una versión más nueva de Participa+"),
    (PackageHeld("3 días"), Level.WARNING, "Paquete retenido para revisión"),
    (PackageError("El paquete está dañado."), Level.ERROR,
     "El paquete está dañado o no es válido"),
])
def test_each_failure_has_a_heading_and_its_own_words(qapp, error, level, heading):
    explanation = sync_failures.explain(error)
    assert (explanation.level, explanation.heading) == (level, heading)
    assert explanation.text == str(error) and not explanation.rich


def test_in_english_a_cancelled_sync_and_no_connection_are_told_in_english(qapp):
    from participa_desktop.ui import i18n

    i18n.apply_language("en")
    try:
        cancelled = sync_failures.explain(Cancelled())
        offline = sync_failures.explain(NoConnection("ConnectError: [Errno 111]"))
    finally:
        i18n.apply_language("es")
    assert cancelled.heading == "Sync canceled"
    assert cancelled.text.startswith("Sync canceled. What was sent and received")
    assert offline.heading == "No connection to the server"
    assert offline.text.startswith("There is no connection to the server.")
    assert offline.text.endswith("(ConnectError: [Errno 111])")


def test_an_app_too_old_without_a_download_address_says_whom_to_ask(qapp):
    explanation = sync_failures.explain(AppTooOld("Instale Participa+ 2.0 o posterior.", "2.0",
                                                  ""))
    assert explanation.rich
    assert "Pida a su coordinador(a) el instalador de Participa+ 2.0" in explanation.text


def test_a_file_problem_names_the_file_and_the_stick(qapp):
    error = OSError(errno.ENOSPC, "No queda espacio", "E:/paquete.participa")
    explanation = sync_failures.explain(error)
    assert "E:/paquete.participa" in explanation.text and "tenga espacio" in explanation.text


def test_unexpected_errors_are_not_explained_here(qapp):
    assert sync_failures.explain(KeyError("x")) is None
