"""Why a package was not merged, in words for the person holding the USB stick."""

from __future__ import annotations


class PackageError(Exception):
    """A package that cannot be merged; the database was not changed. `str()` is Spanish."""


class PackageTooNew(PackageError):
    """Written by a newer app; kept in the inbox until this app is updated."""

    def __init__(self, needed_app: str, detail: str) -> None:
        self.needed_app = needed_app
        super().__init__(
            f"El paquete fue hecho con una versión más reciente de Participa+ ({detail}). "
            f"Instale Participa+ {needed_app} o posterior para recibirlo; el paquete quedó "
            "guardado en la bandeja de entrada."
        )


class PackageHeld(PackageError):
    """Stamped too far in the future: held for a coordinator to review."""

    def __init__(self, ahead: str) -> None:
        super().__init__(
            f"El paquete trae cambios fechados {ahead} en el futuro: el reloj del equipo que "
            "lo hizo está mal. Se retuvo para revisión y no se mezcló. Corrija la fecha y hora "
            "de ese equipo y vuelva a exportar."
        )
