"""The HTTP API of the central server (see `sync.protocol` for the conversation).

(No `from __future__ import annotations` here: FastAPI reads the handlers' annotations,
and those name dependencies local to `create_app`.)

`create_app(settings, schema)` builds the FastAPI application; `participa serve` runs it
on uvicorn. Handlers that touch the database are plain functions, which FastAPI runs in
its thread pool, so one slow merge does not stop other requests.
"""


import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Header, Query, Request, Response
from fastapi import Path as PathParam
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from sync import protocol
from sync.engine.errors import PackageError, PackageTooNew
from sync.engine.schema import ReplicaSchema
from sync.engine.verify import Manifest, expand_package, verify_package

from . import accounts, problems, releases, uploads
from .accounts import DeviceIdentity
from .changes import build_page
from .database import Database
from .merge import merge_package, previous_receipt
from .problems import Problem
from .settings import ServerSettings

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
PackageId = Annotated[str, PathParam(pattern=UUID_PATTERN)]
ChunkOffset = Annotated[int, PathParam(ge=0, le=1 << 50)]
EXPANSION_FACTOR = 20  # a package expands at most this much (sqlite pages compress well)


class Hello(BaseModel):
    server_id: str
    server_name: str
    app_version: str
    schema_version: int
    server_time_ms: int
    newest_app_version: str
    download_url: str


class NewestRelease(BaseModel):
    """The newest app version for the asking device's organisation and where to download
    it; both null when the server names none."""

    newest_app_version: str | None
    download_url: str | None


class EnrolRequest(BaseModel):
    code: str = Field(min_length=1, max_length=64)
    device_id: str = Field(pattern=r"^[0-9a-f]{16}$")
    device_name: str = Field("", max_length=120, pattern=r"^[^\x00-\x1f\x7f]*$")


class EnrolAnswer(BaseModel):
    token: str
    device_id: str
    organization_id: str
    organization_name: str
    role: str
    server_id: str
    server_name: str


class UploadDeclaration(BaseModel):
    size: int = Field(ge=1, le=1 << 50)
    sha256: str = Field(pattern=SHA256_PATTERN)


class UploadState(BaseModel):
    package_id: str
    offset: int
    size: int


class ChunkAnswer(BaseModel):
    offset: int
    received: int
    sha256: str


class CodeRequest(BaseModel):
    role: str = Field("facilitator", pattern=r"^(facilitator|coordinator|admin)$")
    expires_hours: int = Field(168, ge=1, le=24 * 90)


def create_app(settings: ServerSettings, schema: ReplicaSchema) -> FastAPI:
    db = Database(settings.database_url())

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        db.create()
        yield
        db.dispose()

    app = FastAPI(title="Participa+ servidor de sincronización", version=schema.app_version,
                  lifespan=lifespan)
    app.state.db = db
    app.state.settings = settings
    problems.install(app)
    bearer = HTTPBearer(auto_error=False)

    def negotiate(
        request: Request,
        app_version: Annotated[str, Header(alias=protocol.HEADER_APP_VERSION, max_length=40)],
        schema_version: Annotated[int, Header(alias=protocol.HEADER_SCHEMA, ge=0, le=1 << 31)],
        clock: Annotated[int, Header(alias=protocol.HEADER_CLOCK, ge=0, le=1 << 50)],
    ) -> None:
        """Refuse clients of another schema (426 when they must update) or whose clock is
        off by more than the tolerance (409). A 426 names the release of the device's
        organisation when the request carries its token (else the server-wide one)."""
        if schema_version < schema.schema_version:
            release = _release_of(request)
            needed = releases.at_least(release, schema.app_version)
            raise Problem(426, "actualizacion-necesaria",
                          f"Esta versión de Participa+ ({app_version}) ya no puede sincronizar "
                          f"con el servidor. Instale Participa+ {needed} o posterior.",
                          headers={"Upgrade": f"Participa/{needed}"},
                          version_requerida=needed,
                          # the release's page only when it is that release's
                          descarga=release.url if release and release.version == needed
                          else settings.download_url)
        if schema_version > schema.schema_version:
            raise Problem(409, "servidor-antiguo",
                          "El servidor tiene una versión anterior a la de este equipo. Avise "
                          "al administrador para que lo actualice; mientras tanto, use "
                          "paquetes en USB.", version_servidor=schema.app_version)
        offset = clock / 1000 - time.time()
        if abs(offset) > settings.clock_tolerance_seconds:
            direction = "adelantado" if offset > 0 else "atrasado"
            raise Problem(409, "reloj-desfasado",
                          f"El reloj de este equipo está {direction} {_duration(abs(offset))} "
                          "respecto al servidor. Corrija la fecha, la hora y la zona horaria "
                          "del equipo y vuelva a sincronizar.",
                          diferencia_segundos=round(offset),
                          hora_servidor_ms=int(time.time() * 1000))

    def _release_of(request: Request) -> releases.Release | None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        found = (accounts.authenticate(db, token.strip())
                 if scheme.lower() == "bearer" and token.strip() else None)
        with db.reading() as connection:
            if found is None:
                return releases.server_release(connection, settings)
            return releases.release_for(connection, settings, found.organization_id)

    def device(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> DeviceIdentity:
        if credentials is None:
            raise Problem(401, "sin-credencial",
                          "Falta la credencial del equipo: inscríbalo con un código de su "
                          "coordinador(a).", headers={"WWW-Authenticate": "Bearer"})
        found = accounts.authenticate(db, credentials.credentials)
        if found is None:
            raise Problem(401, "credencial-invalida",
                          "La credencial de este equipo no es válida (fue retirada o el "
                          "servidor cambió). Inscriba el equipo de nuevo.",
                          headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
        return found

    def coordinator(found: Annotated[DeviceIdentity, Depends(device)]) -> DeviceIdentity:
        if found.role not in ("coordinator", "admin"):
            raise Problem(403, "rol-insuficiente",
                          "Esta acción es para coordinadores. Pídasela a su coordinador(a).")
        return found

    syncing = [Depends(negotiate)]

    def pause() -> None:
        if settings.debug_merge_pause:
            time.sleep(settings.debug_merge_pause)

    @app.get(f"{protocol.API_PREFIX}/hola", response_model=Hello)
    def hello() -> Hello:
        with db.reading() as connection:
            release = releases.server_release(connection, settings)
        return Hello(server_id=db.server_id, server_name=settings.server_name,
                     app_version=schema.app_version, schema_version=schema.schema_version,
                     server_time_ms=int(time.time() * 1000),
                     newest_app_version=release.version if release else schema.app_version,
                     download_url=release.url if release else "")

    @app.get(f"{protocol.API_PREFIX}/version", response_model=NewestRelease,
             dependencies=syncing)
    def newest_release(sender: Annotated[DeviceIdentity, Depends(device)]) -> NewestRelease:
        with db.reading() as connection:
            release = releases.release_for(connection, settings, sender.organization_id)
        if release is None:
            return NewestRelease(newest_app_version=None, download_url=None)
        return NewestRelease(newest_app_version=release.version,
                             download_url=release.url or None)

    @app.post(f"{protocol.API_PREFIX}/enrol", response_model=EnrolAnswer, dependencies=syncing)
    def enrol(body: EnrolRequest, request: Request) -> EnrolAnswer:
        client = request.client.host if request.client else "desconocido"
        done = accounts.enrol(db, body.code, body.device_id, body.device_name, client,
                              attempts=settings.enrol_attempts,
                              window=settings.enrol_window_seconds)
        return EnrolAnswer(token=done.token, device_id=done.device.device_id,
                           organization_id=done.device.organization_id,
                           organization_name=done.device.organization_name,
                           role=done.device.role, server_id=db.server_id,
                           server_name=settings.server_name)

    @app.put(f"{protocol.API_PREFIX}/uploads/{{package_id}}", response_model=UploadState,
             dependencies=syncing)
    def declare_upload(package_id: PackageId, body: UploadDeclaration,
                       sender: Annotated[DeviceIdentity, Depends(device)]) -> UploadState:
        with db.reading() as connection:
            if previous_receipt(connection, package_id) is not None:
                return UploadState(package_id=package_id, offset=body.size, size=body.size)
        offset = uploads.declare(db, sender, package_id, body.size, body.sha256,
                                 settings.max_package_bytes)
        return UploadState(package_id=package_id, offset=offset, size=body.size)

    @app.put(f"{protocol.API_PREFIX}/uploads/{{package_id}}/chunks/{{offset}}",
             response_model=ChunkAnswer, dependencies=syncing)
    async def put_chunk(
        package_id: PackageId, offset: ChunkOffset,
        request: Request, sender: Annotated[DeviceIdentity, Depends(device)],
        chunk_sha256: Annotated[str, Header(alias=protocol.HEADER_CHUNK_SHA256,
                                            pattern=SHA256_PATTERN)],
    ) -> ChunkAnswer:
        data = await _read_limited(request, settings.max_chunk_bytes)
        received = await run_in_threadpool(uploads.append, db, sender, package_id, offset,
                                           data, chunk_sha256)
        return ChunkAnswer(offset=received, received=len(data), sha256=chunk_sha256)

    def _verified(received: Path, folder: Path, package_id: str,
                  sender: DeviceIdentity) -> tuple[Path, Manifest]:
        """The expanded package and its manifest; Problem when it is not a valid package
        of this upload, made by the device sending it."""
        try:
            raw = expand_package(received, folder, settings.max_package_bytes * EXPANSION_FACTOR)
            manifest = verify_package(raw, schema)
        except PackageTooNew as error:
            raise Problem(409, "servidor-antiguo", str(error)) from None
        except PackageError as error:
            raise Problem(400, "paquete-invalido", str(error)) from None
        if manifest.package_id != package_id:
            raise Problem(400, "paquete-invalido",
                          "El paquete no es el que se anunció al empezar el envío.")
        if manifest.source_device != sender.device_id:
            raise Problem(403, "paquete-de-otro-equipo",
                          "El paquete lo hizo otro equipo: cada equipo sincroniza sus propios "
                          "datos.")
        return raw, manifest

    @app.post(f"{protocol.API_PREFIX}/uploads/{{package_id}}/commit", dependencies=syncing)
    def commit_upload(package_id: PackageId,
                      sender: Annotated[DeviceIdentity, Depends(device)]) -> dict:
        with db.reading() as connection:
            repeat = previous_receipt(connection, package_id)
        if repeat is not None:
            return repeat.to_json()
        with tempfile.TemporaryDirectory(prefix="participa-servidor-") as folder:
            try:
                received = uploads.assemble(db, sender, package_id, Path(folder))
            except Problem:
                # A repeated commit that crossed the first one's merge: the upload is
                # gone because that merge committed; answer its receipt.
                with db.reading() as connection:
                    repeat = previous_receipt(connection, package_id)
                if repeat is None:
                    raise
                return repeat.to_json()
            try:
                raw, manifest = _verified(received, Path(folder), package_id, sender)
                with db.writing() as connection:
                    receipt = merge_package(connection, schema, raw, manifest, sender,
                                            checkpoint=pause)
                    uploads.forget(connection, package_id)
            except Problem:
                uploads.discard(db, package_id)  # refused whole: nothing of it is kept
                raise
        return receipt.to_json()

    @app.get(f"{protocol.API_PREFIX}/changes", dependencies=syncing,
             responses={200: {"content": {protocol.PACKAGE_MEDIA_TYPE: {}}},
                        204: {"description": "Nada nuevo"}})
    def pull(after: Annotated[int, Query(ge=0, le=1 << 62)],
             sender: Annotated[DeviceIdentity, Depends(device)]) -> Response:
        with tempfile.TemporaryDirectory(prefix="participa-pagina-") as folder:
            with db.reading() as connection:
                page = build_page(connection, schema, db.server_id, settings.server_name,
                                  sender, after, settings.page_bytes, Path(folder))
            if page is None:
                return Response(status_code=204)
            return Response(
                content=page.path.read_bytes(), media_type=protocol.PACKAGE_MEDIA_TYPE,
                headers={protocol.HEADER_PAGE_TO: str(page.seq_to),
                         protocol.HEADER_PAGE_MORE: "1" if page.more else "0"},
            )

    @app.get(f"{protocol.API_PREFIX}/devices")
    def devices(found: Annotated[DeviceIdentity, Depends(coordinator)]) -> list[dict]:
        return accounts.list_devices(db, found.organization_id)

    @app.post(f"{protocol.API_PREFIX}/enrolment-codes")
    def new_code(body: CodeRequest,
                 found: Annotated[DeviceIdentity, Depends(coordinator)]) -> dict:
        if body.role != "facilitator" and found.role != "admin":
            raise Problem(403, "rol-insuficiente",
                          "Solo un administrador puede crear códigos para coordinadores.")
        code = accounts.create_code(db, found.organization_id, body.role,
                                    body.expires_hours * 3600)
        return {"code": code, "role": body.role, "expires_hours": body.expires_hours}

    return app


async def _read_limited(request: Request, limit: int) -> bytes:
    """The request body, or 413 as soon as it passes `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _chunk_too_large(limit)
    body = bytearray()
    try:
        async for piece in request.stream():
            body += piece
            if len(body) > limit:
                raise _chunk_too_large(limit)
    except ClientDisconnect:  # the link was cut mid-chunk: the client will resume
        raise Problem(400, "trozo-incompleto",
                      "El trozo llegó incompleto (se cortó la conexión).") from None
    return bytes(body)


def _chunk_too_large(limit: int) -> Problem:
    return Problem(413, "trozo-demasiado-grande",
                   f"Cada trozo del envío puede pesar hasta {limit // 1024} KB.", limite=limit)


def _duration(seconds: float) -> str:
    if seconds < 3600:
        return f"{seconds / 60:.0f} minutos"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.1f} horas"
    return f"{seconds / 86400:.0f} días"
