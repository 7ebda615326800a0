"""The user's preferences, kept in QSettings (an INI file in the user's config folder).

Tests point QSettings at a temporary folder (`QSettings.setPath`), never the user's.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"


class Settings:
    """Typed access to the few preferences the app keeps."""

    def __init__(self) -> None:
        self._qt = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                             "ParticipaPlus", "Participa+")

    def _text(self, key: str, default: str = "") -> str:
        value = self._qt.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def language(self) -> str:
        value = self._text("interfaz/idioma", DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._qt.setValue("interfaz/idioma", value)

    @property
    def language_chosen(self) -> bool:
        """Whether a language was ever chosen (else `language` is the default)."""
        return self._qt.contains("interfaz/idioma")

    @property
    def default_implementation(self) -> str:
        """The implementation a new workshop starts with (its id; "" for none): set from a
        provisioning file at the first run."""
        return self._text("talleres/implementacion_predeterminada")

    @default_implementation.setter
    def default_implementation(self, value: str) -> None:
        self._qt.setValue("talleres/implementacion_predeterminada", value)

    @property
    def last_database(self) -> str:
        """The data file opened last ("" before the first run)."""
        return self._text("datos/ultimo_archivo")

    @last_database.setter
    def last_database(self, value: str) -> None:
        self._qt.setValue("datos/ultimo_archivo", value)

    def window_geometry(self) -> QByteArray | None:
        value = self._qt.value("ventana/geometria")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._qt.setValue("ventana/geometria", geometry)

    def value(self, key: str, default: str = "") -> str:
        """A free-form text preference (a screen's last filter, say)."""
        return self._text(key, default)

    def set_value(self, key: str, value: str) -> None:
        self._qt.setValue(key, value)

    def sync(self) -> None:
        self._qt.sync()
