"""The interface language: Spanish (Colombia) by default, English on request, switched
without restarting.

The source strings of the app are Spanish, so Spanish needs only Qt's own translation
(standard buttons and dialogs, `qtbase_es`); English loads `participa_en.qm`, built from
`resources/translations/participa_en.ts` with Qt Linguist (`scripts/translations`).
Installing or removing a translator makes Qt send a LanguageChange event to every widget;
screens answer it with `retranslate()`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from participa_desktop.paths import resource_path

TRANSLATIONS = resource_path("translations")

_installed: list[QTranslator] = []


def apply_language(language: str) -> bool:
    """Make `language` ("es" or "en") the interface language of the running app.

    Returns False when a translation file is missing (the app then stays usable in the
    strings it has: Spanish sources, English Qt). Must run on the GUI thread.
    """
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    complete = True
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        complete = _install(app, "participa", "en", str(TRANSLATIONS))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Colombia))
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        complete = _install(app, "qtbase", "es", folder)
    return complete


def current_language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "es"


def _install(app: QCoreApplication, name: str, language: str, folder: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(f"{name}_{language}", folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
