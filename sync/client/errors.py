"""Why a sync did not finish, in words for a facilitator: what happened and what to do.

Every error leaves the local data as it was before the step that failed: a package is
acknowledged only on the server's receipt, a page is applied with its cursor or not at all.
"""

from __future__ import annotations


class SyncError(Exception):
    """A sync that stopped; `str()` is a Spanish sentence saying what to do."""


class InsecureServer(SyncError):
    def __init__(self, url: str) -> None:
        super().__init__(
            f"La dirección «{url}» no es segura (http:// sin cifrar). Use la dirección "
            "https:// del servidor; solo para pruebas en una red de confianza, use --insecure."
        )


class NoConnection(SyncError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            "No hay conexión con el servidor. Revise el internet y vuelva a intentarlo; lo "
            f"que falte por enviar se reanudará donde quedó. ({detail})"
        )


class Cancelled(SyncError):
    def __init__(self) -> None:
        super().__init__("Sincronización cancelada. Lo enviado y recibido hasta ahora quedó "
                         "guardado; la próxima vez continúa donde quedó.")


class NotEnrolled(SyncError):
    """No credential, or the server refused it (401): enrol again."""


class ClockWrong(SyncError):
    """The server refused the computer's clock (more than five minutes off)."""

    def __init__(self, detail: str, offset_seconds: int | None) -> None:
        super().__init__(detail)
        self.offset_seconds = offset_seconds


class AppTooOld(SyncError):
    """426: this app must be updated before it can sync."""

    def __init__(self, detail: str, version: str, url: str) -> None:
        super().__init__(detail)
        self.version = version
        self.url = url


class Refused(SyncError):
    """403 (or another refusal): the server will not take this from this device."""


class PackageRejected(SyncError):
    """400 on a package: it was damaged or not valid; nothing of it was merged."""


class ServerProblem(SyncError):
    """Any other error answer of the server."""

    def __init__(self, detail: str, status: int, kind: str, body: dict | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.kind = kind
        self.body = body or {}
