"""RFC 9457 problem details: every error the server answers, with a Spanish `detail`.

Handlers turn `Problem`, FastAPI's own errors (bad paths, bad bodies) and database
outages into `application/problem+json`; nothing a client sends is meant to reach the
last-resort 500 handler, and the schemathesis test checks that.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol import PROBLEM_MEDIA_TYPE

log = logging.getLogger("participa.servidor")

_TITLES = {
    400: "Solicitud no válida", 401: "Sin autorización", 403: "No permitido",
    404: "No encontrado", 405: "Método no permitido", 409: "Conflicto",
    413: "Demasiado grande", 415: "Tipo de contenido no admitido",
    422: "Datos no válidos", 426: "Actualización necesaria",
    429: "Demasiados intentos", 500: "Error interno", 503: "Servicio no disponible",
}


class Problem(Exception):
    """An error answered as problem+json. `kind` names the problem type (a relative URI
    `/problemas/<kind>` the client can switch on); `extra` adds members to the body."""

    def __init__(self, status: int, kind: str, detail: str, *,
                 headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.kind = kind
        self.detail = detail
        self.headers = headers or {}
        self.extra = extra


def problem_response(status: int, kind: str, detail: str, *,
                     headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    body = {"type": f"/problemas/{kind}", "title": _TITLES.get(status, "Error"),
            "status": status, "detail": detail, **extra}
    return JSONResponse(body, status_code=status, headers=headers,
                        media_type=PROBLEM_MEDIA_TYPE)


def install(app: FastAPI) -> None:
    """Register the problem handlers on `app`."""

    @app.exception_handler(Problem)
    async def _problem(_request: Request, error: Problem) -> JSONResponse:
        return problem_response(error.status, error.kind, error.detail,
                                headers=error.headers, **error.extra)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        details = {404: "Esa dirección no existe en el servidor de Participa+.",
                   405: "Esa dirección no admite este método."}
        detail = details.get(error.status_code, str(error.detail))
        return problem_response(error.status_code, "http", detail,
                                headers=getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        fields = sorted({".".join(str(p) for p in e.get("loc", ())[1:]) or "cuerpo"
                         for e in error.errors()})
        return problem_response(
            400, "solicitud-invalida",
            f"La solicitud trae datos que faltan o no son válidos: {', '.join(fields)}.",
            campos=fields,
        )

    @app.exception_handler(OperationalError)
    async def _database_down(_request: Request, error: OperationalError) -> JSONResponse:
        log.warning("base de datos no disponible: %s", error)
        return problem_response(
            503, "base-de-datos",
            "El servidor no pudo usar su base de datos en este momento. Intente de nuevo "
            "en unos minutos.", headers={"Retry-After": "5"},
        )

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, error: Exception) -> JSONResponse:
        log.exception("error inesperado", exc_info=error)
        return problem_response(
            500, "interno",
            "Ocurrió un error inesperado en el servidor. Avise al equipo de soporte.",
        )
