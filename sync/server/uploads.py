"""Resumable uploads: a package arrives in chunks, kept in the database (so any server
process can take the next chunk) until it is complete and merged.

A chunk is accepted only at the offset where the previous one ended; a client that lost
the answer asks again and resumes where the server says. Nothing is merged until the
whole package is there and its SHA-256 matches the one declared.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.exc import IntegrityError

from .accounts import DeviceIdentity
from .database import Database, now
from .problems import Problem
from .tables import upload, upload_chunk

#: An upload nobody has finished in this many seconds is dropped (the device, if it comes
#: back, starts that package again).
ABANDONED_AFTER = 14 * 86400


def _received(connection: Connection, package_id: str) -> int:
    return connection.execute(
        select(func.coalesce(func.sum(upload_chunk.c.length), 0))
        .where(upload_chunk.c.package_id == package_id)
    ).scalar_one()


def _own_upload(connection: Connection, package_id: str, sender: DeviceIdentity):
    row = connection.execute(select(upload).where(upload.c.package_id == package_id)).first()
    if row is None:
        raise Problem(404, "envio-desconocido",
                      "El servidor no tiene ese envío: empiece el envío de nuevo.")
    if row.device_id != sender.device_id:
        raise Problem(403, "envio-ajeno", "Ese envío lo empezó otro equipo.")
    return row


def declare(db: Database, sender: DeviceIdentity, package_id: str, size: int, sha256: str,
            limit: int) -> int:
    """Start (or find) the upload of `package_id`; how many bytes the server has."""
    if size > limit:
        raise Problem(413, "paquete-demasiado-grande",
                      f"El paquete pesa {size / 1e6:.1f} MB y el servidor acepta hasta "
                      f"{limit / 1e6:.1f} MB. Sincronice más seguido o pida al "
                      "administrador que amplíe el límite.", limite=limit)
    with db.writing() as connection:
        for (stale,) in connection.execute(
            select(upload.c.package_id).where(upload.c.created_at < now() - ABANDONED_AFTER)
        ):
            forget(connection, stale)
        row = connection.execute(
            select(upload).where(upload.c.package_id == package_id)).first()
        if row is None:
            connection.execute(insert(upload).values(
                package_id=package_id, device_id=sender.device_id, size=size,
                sha256=sha256, created_at=now()))
            return 0
        if row.device_id != sender.device_id:
            raise Problem(403, "envio-ajeno", "Ese envío lo empezó otro equipo.")
        if (row.size, row.sha256) != (size, sha256):
            raise Problem(409, "envio-distinto",
                          "Ya se empezó un envío con ese identificador y otro contenido.")
        return _received(connection, package_id)


def append(db: Database, sender: DeviceIdentity, package_id: str, offset: int, data: bytes,
           declared_sha256: str) -> int:
    """Add one chunk at `offset`; the new number of bytes received. A chunk that does not
    start where the previous one ended gets 409 with the offset to resume from."""
    actual = hashlib.sha256(data).hexdigest()
    if actual != declared_sha256.lower():
        raise Problem(400, "trozo-danado",
                      "Un trozo del paquete llegó dañado (la suma de verificación no "
                      "coincide). Se volverá a enviar.", sha256_recibido=actual)
    try:
        with db.writing() as connection:
            row = _own_upload(connection, package_id, sender)
            have = _received(connection, package_id)
            if offset != have:
                raise Problem(409, "posicion-incorrecta",
                              f"El servidor esperaba el trozo que empieza en el byte {have}.",
                              offset=have)
            if have + len(data) > row.size:
                raise Problem(413, "trozo-de-mas",
                              "El envío trae más bytes de los anunciados.", offset=have)
            if data:
                connection.execute(insert(upload_chunk).values(
                    package_id=package_id, offset=offset, length=len(data), data=data))
            return have + len(data)
    except IntegrityError:
        # Another request wrote this chunk at the same moment: tell where to go on.
        with db.reading() as connection:
            have = _received(connection, package_id)
        raise Problem(409, "posicion-incorrecta",
                      f"El servidor esperaba el trozo que empieza en el byte {have}.",
                      offset=have) from None


def assemble(db: Database, sender: DeviceIdentity, package_id: str, into: Path) -> Path:
    """Write the complete upload to a file in `into`; 409 while incomplete, 400 when its
    checksum is not the one declared."""
    out = into / "subido.participa"
    with db.reading() as connection:
        row = _own_upload(connection, package_id, sender)
        have = _received(connection, package_id)
        if have != row.size:
            raise Problem(409, "envio-incompleto",
                          f"Faltan bytes del paquete ({have} de {row.size}): continúe el "
                          "envío.", offset=have)
        digest = hashlib.sha256()
        expected = 0
        # One statement: one consistent view of the chunks, even at READ COMMITTED.
        chunks = connection.execution_options(yield_per=8).execute(
            select(upload_chunk.c.offset, upload_chunk.c.data)
            .where(upload_chunk.c.package_id == package_id).order_by(upload_chunk.c.offset))
        with out.open("wb") as writer:
            for offset, piece in chunks:
                if offset != expected:
                    break
                writer.write(piece)
                digest.update(piece)
                expected += len(piece)
        if expected != row.size:
            raise Problem(404, "envio-desconocido",
                          "El envío cambió mientras se revisaba: sincronice de nuevo.")
    if digest.hexdigest() != row.sha256:
        discard(db, package_id)
        raise Problem(400, "paquete-danado",
                      "El paquete llegó completo pero dañado (la suma de verificación no "
                      "coincide). Se enviará de nuevo.")
    return out


def discard(db: Database, package_id: str) -> None:
    with db.writing() as connection:
        forget(connection, package_id)


def forget(connection: Connection, package_id: str) -> None:
    connection.execute(delete(upload_chunk).where(upload_chunk.c.package_id == package_id))
    connection.execute(delete(upload).where(upload.c.package_id == package_id))
