"""Verification of a received package, read as untrusted input (invariants 8–10).

Nothing from the package is executed: it is opened read-only and immutable, with
`trusted_schema` off; only known tables and explicit column lists are read; every value's
type, every id and every stamp is checked in SQL before a merge may attach it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import zstandard

from .archive import ARCHIVE_COLUMNS
from .clock import parse_stamp
from .errors import PackageError, PackageHeld, PackageTooNew
from .ids import is_id
from .layout import ARCHIVE_TABLE
from .package import (
    FORMAT_VERSION,
    MANIFEST_TABLE,
    PACKAGE_APPLICATION_ID,
    TooLarge,
    checksum,
    content_tables,
    expand,
    table_columns,
)
from .schema import ReplicaSchema
from .versions import VERSION_SUFFIX, version_column

_DEVICE = re.compile(r"[0-9a-f]{16}")

#: The largest package, uncompressed, a replica accepts (a compression bomb stops here).
DEFAULT_SIZE_LIMIT = 2 << 30
#: Stamps further ahead of this computer's clock are held for review (invariant 10).
FUTURE_TOLERANCE = dt.timedelta(days=1)

_HEX = "[0-9a-f]"
UUID_GLOB = "-".join(_HEX * n for n in (8, 4, 4, 4, 12))
STAMP_GLOB = _HEX * 32
_KIND_CHECKS = {
    "text": "typeof({c}) = 'text'",
    "id": f"typeof({{c}}) = 'text' AND {{c}} GLOB '{UUID_GLOB}'",
    "integer": "typeof({c}) = 'integer'",
    "boolean": "typeof({c}) = 'integer' AND {c} IN (0, 1)",
    "real": "typeof({c}) IN ('integer', 'real')",
    "date": "typeof({c}) = 'text' AND {c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' "
            "AND date(julianday({c})) IS {c}",
    "time": "typeof({c}) = 'text' AND {c} GLOB '[0-2][0-9]:[0-5][0-9]:[0-5][0-9]*' "
            "AND time({c}) IS substr({c}, 1, 8)",
    "value": "typeof({c}) IN ('integer', 'real', 'text')",  # an archived value
}
#: The kinds in the words of the error messages.
_KIND_WORDS = {
    "text": "texto", "integer": "números enteros", "boolean": "sí o no (0 o 1)",
    "real": "números", "date": "fechas (aaaa-mm-dd)", "time": "horas (hh:mm:ss)",
    "value": "texto ni números",
}
REQUIRED_MANIFEST = (
    "format_version", "schema_version", "app_version", "package_id", "source_device",
    "source_name", "hlc_min", "hlc_max", "seq_from", "seq_to", "row_counts", "acks",
    "checksum",
)


@dataclass(frozen=True)
class Manifest:
    format_version: int
    schema_version: int
    app_version: str
    package_id: str
    source_device: str
    source_name: str
    created_at: str
    hlc_min: str
    hlc_max: str
    seq_from: int
    seq_to: int
    row_counts: dict[str, int]
    acks: dict[str, int]
    checksum: str
    target_device: str = ""
    """The peer the package was made for ("": everyone)."""

    def describe(self) -> str:
        """The manifest in plain Spanish, for `participa verify`."""
        lines = [
            f"Paquete {self.package_id}",
            f"  equipo de origen: {self.source_name} ({self.source_device})",
            f"  creado: {self.created_at}",
            f"  formato {self.format_version}, esquema {self.schema_version}, "
            f"Participa+ {self.app_version}",
            f"  cambios {self.seq_from + 1}–{self.seq_to} del equipo de origen",
            f"  relojes: {self.hlc_min} … {self.hlc_max}",
            "  filas:",
            *(f"    {t}: {n}" for t, n in sorted(self.row_counts.items())),
            f"  suma de verificación: {self.checksum}",
        ]
        return "\n".join(lines)


def expand_package(package: Path, into: Path, limit: int = DEFAULT_SIZE_LIMIT) -> Path:
    """The package's SQLite file, decompressed into the folder `into`."""
    if not package.is_file():
        raise PackageError(f"No existe el archivo «{package}».")
    raw = into / "paquete.sqlite"
    try:
        expand(package, raw, limit)
    except TooLarge:
        raise PackageError(
            f"El paquete «{package.name}» se expande a más de {limit // (1 << 20)} MB: "
            "no se abrió (puede ser un archivo malicioso o dañado)."
        ) from None
    except ValueError:
        raise PackageError(f"«{package.name}» no es un paquete de Participa+.") from None
    except zstandard.ZstdError as error:
        raise PackageError(
            f"El paquete «{package.name}» está dañado o incompleto ({error}). "
            "Vuelva a copiarlo o a exportarlo."
        ) from None
    return raw


def open_untrusted(raw: Path) -> sqlite3.Connection:
    """A read-only, immutable connection to an expanded package."""
    connection = sqlite3.connect(f"{raw.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA query_only = ON")
    return connection


def verify_package(
    raw: Path, schema: ReplicaSchema, now: dt.datetime | None = None
) -> Manifest:
    """Check an expanded package completely; returns its manifest or raises PackageError
    (PackageTooNew for a newer app's package, PackageHeld for one from the future)."""
    connection = open_untrusted(raw)
    try:
        return _verify(connection, schema, now or dt.datetime.now(dt.UTC))
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:  # text that is not UTF-8
        raise PackageError(
            f"El paquete está dañado y no se puede leer ({error}). Vuelva a copiarlo."
        ) from None
    finally:
        connection.close()


def _verify(connection: sqlite3.Connection, schema: ReplicaSchema, now: dt.datetime) -> Manifest:
    if connection.execute("PRAGMA application_id").fetchone()[0] != PACKAGE_APPLICATION_ID:
        raise PackageError("El archivo no es un paquete de Participa+ (identificador de "
                           "aplicación distinto).")
    if connection.execute("PRAGMA encoding").fetchone()[0] != "UTF-8":
        # It could not even be attached to a data file (always UTF-8) to be merged.
        raise PackageError("El paquete no guarda el texto en UTF-8: no lo hizo Participa+ o "
                           "fue alterado.")
    problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise PackageError(f"El paquete está dañado ({'; '.join(problems[:2])}).")
    manifest = _read_manifest(connection, schema)
    objects = connection.execute(
        "SELECT type, name FROM main.sqlite_master"
    ).fetchall()
    for kind, name in objects:
        if kind != "table":
            raise PackageError(f"El paquete contiene un objeto no permitido ({kind} «{name}»).")
    counts: dict[str, int] = {}
    for table in content_tables(connection, "main"):
        counts[table] = _check_table(connection, schema, table)
    if counts != manifest.row_counts:
        raise PackageError("El paquete no trae las filas que anuncia su manifiesto: está "
                           "incompleto o fue alterado.")
    if checksum(connection, "main") != manifest.checksum:
        raise PackageError("La suma de verificación del paquete no coincide: fue alterado o "
                           "se dañó al copiarlo. Vuelva a exportarlo.")
    _check_clock(connection, now, manifest)
    return manifest


def _read_manifest(connection: sqlite3.Connection, schema: ReplicaSchema) -> Manifest:
    try:
        values = dict(connection.execute(f"SELECT key, value FROM {MANIFEST_TABLE}"))
    except sqlite3.OperationalError:
        raise PackageError("El paquete no tiene manifiesto: no es un paquete de "
                           "Participa+ o está incompleto.") from None
    missing = [key for key in REQUIRED_MANIFEST if key not in values]
    if missing:
        raise PackageError(f"Al manifiesto del paquete le faltan datos: {', '.join(missing)}.")
    try:
        format_version = int(values["format_version"])
        schema_version = int(values["schema_version"])
        if format_version > FORMAT_VERSION or schema_version > schema.schema_version:
            raise PackageTooNew(
                str(values["app_version"]),
                f"formato {format_version}, esquema {schema_version}; esta versión lee hasta "
                f"el formato {FORMAT_VERSION}, esquema {schema.schema_version}",
            )
        manifest = Manifest(
            format_version=format_version, schema_version=schema_version,
            app_version=str(values["app_version"]), package_id=str(values["package_id"]),
            source_device=str(values["source_device"]),
            source_name=str(values["source_name"]),
            created_at=str(values.get("created_at", "")),
            hlc_min=str(values["hlc_min"]), hlc_max=str(values["hlc_max"]),
            seq_from=int(values["seq_from"]), seq_to=int(values["seq_to"]),
            row_counts={str(k): int(v) for k, v in json.loads(values["row_counts"]).items()},
            acks={str(k): int(v) for k, v in json.loads(values["acks"]).items()},
            checksum=str(values["checksum"]),
            target_device=str(values.get("target_device", "")),
        )
        parse_stamp(manifest.hlc_max)
        if not (is_id(manifest.package_id) and _DEVICE.fullmatch(manifest.source_device)
                and (manifest.target_device == "" or _DEVICE.fullmatch(manifest.target_device))
                and 0 <= manifest.seq_from <= manifest.seq_to
                and all(_DEVICE.fullmatch(k) and v >= 0 for k, v in manifest.acks.items())):
            raise ValueError("manifest identities")
    except PackageTooNew:
        raise
    except (ValueError, TypeError, AttributeError, OverflowError, RecursionError):
        raise PackageError("El manifiesto del paquete tiene datos ilegibles.") from None
    return manifest


def _check_table(connection: sqlite3.Connection, schema: ReplicaSchema, table: str) -> int:
    columns = table_columns(connection, "main", table)
    if table == ARCHIVE_TABLE:
        if sorted(columns) != sorted(ARCHIVE_COLUMNS):
            raise PackageError("El archivo de valores del paquete tiene columnas desconocidas.")
        known = " OR ".join(
            f"(table_name = '{t.name}' AND column_name IN "
            f"({', '.join(repr(c) for c in t.versioned)}))"
            for t in schema.tables
        )
        if connection.execute(
            f'SELECT 1 FROM "{table}" WHERE NOT ({known}) LIMIT 1'
        ).fetchone() is not None:
            raise PackageError("El archivo de valores del paquete nombra tablas o columnas "
                               "desconocidas: fue alterado.")
        kinds = {"table_name": "text", "row_id": "id", "column_name": "text",
                 "value_ver": "stamp", "value": "value"}
        nullable: set[str] = {"value"}
    else:
        spec = schema.table(table)
        if spec is None:
            raise PackageError(f"El paquete trae una tabla desconocida: «{table}».")
        known = set(spec.package_columns())
        unknown = [c for c in columns if c not in known]
        if unknown:
            raise PackageError(f"El paquete trae columnas desconocidas en «{table}»: "
                               f"{', '.join(unknown)}.")
        if "id" not in columns:
            raise PackageError(f"La tabla «{table}» del paquete no tiene identificadores.")
        missing = [c for c in spec.immutable if c not in columns and c not in spec.optional]
        if missing:  # a new row could not be created without them
            raise PackageError(f"A la tabla «{table}» del paquete le faltan las columnas que "
                               f"identifican sus filas: {', '.join(missing)}.")
        for column in spec.versioned:
            if (column in columns) != (version_column(column) in columns):
                raise PackageError(f"La tabla «{table}» del paquete trae «{column}» sin su "
                                   "versión (o al revés): fue alterado.")
        unstamped = " OR ".join(
            f'("{c}" IS NOT NULL AND "{version_column(c)}" IS NULL)'
            for c in spec.versioned if c in columns
        )
        if unstamped and connection.execute(
            f'SELECT 1 FROM "{table}" WHERE {unstamped} LIMIT 1'
        ).fetchone() is not None:
            raise PackageError(f"El paquete trae valores sin versión en «{table}»: fue "
                               "alterado.")
        kinds = {"id": "id"}
        for column in columns:
            if column.endswith(VERSION_SUFFIX) and column[: -len(VERSION_SUFFIX)] in spec.kinds:
                kinds[column] = "stamp"
            elif column != "id":
                kinds[column] = spec.kinds[column]
        # Natural-key values may be left out (NULL) for rows the receiver already has; the
        # merge refuses a package whose new rows lack them.
        nullable = {c for c in columns if c != "id"}
    conditions = {}
    for column, kind in kinds.items():
        check = (f"{{c}} GLOB '{STAMP_GLOB}' AND length({{c}}) = 32" if kind == "stamp"
                 else _KIND_CHECKS[kind])
        condition = check.format(c=f'"{column}"')
        if column in nullable:
            condition = f'"{column}" IS NULL OR ({condition})'
        conditions[column] = f"({condition})"
    # One pass over the table for all columns; the culprit is looked for only on failure.
    everything = " AND ".join(conditions.values())
    if connection.execute(
        f'SELECT 1 FROM "{table}" WHERE NOT ({everything}) LIMIT 1'
    ).fetchone() is not None:
        for column, condition in conditions.items():
            if connection.execute(
                f'SELECT 1 FROM "{table}" WHERE NOT {condition} LIMIT 1'
            ).fetchone() is not None:
                kind = kinds[column]
                what = "identificadores que no son UUID" if kind == "id" else (
                    "versiones mal formadas" if kind == "stamp"
                    else f"valores que no son {_KIND_WORDS[kind]}")
                raise PackageError(f"El paquete trae {what} en «{table}.{column}».")
    key = ", ".join(ARCHIVE_COLUMNS[:4]) if table == ARCHIVE_TABLE else '"id"'
    total, distinct = connection.execute(
        f'SELECT count(*), (SELECT count(*) FROM (SELECT DISTINCT {key} FROM "{table}")) '
        f'FROM "{table}"'
    ).fetchone()
    if total != distinct:
        raise PackageError(f"El paquete repite filas en «{table}»: fue alterado.")
    return total


def _check_clock(connection: sqlite3.Connection, now: dt.datetime, manifest: Manifest) -> None:
    """Hold the package if any stamp in it, or the clock its manifest announces (which the
    receiver's clock will observe), is more than a day ahead of `now`. Refuse it if a
    table holds a stamp newer than that announced clock: the receiver's clock would not
    move past it, and its next local edit of that value would lose."""
    limit_ms = int((now + FUTURE_TOLERANCE).timestamp() * 1000)
    limit = f"{limit_ms:012x}" + "f" * 20
    newest = ""  # of the replicated tables (the archive's losers are not announced)
    for table in content_tables(connection, "main"):
        columns = [c for c in table_columns(connection, "main", table)
                   if c.endswith(VERSION_SUFFIX)]
        if not columns:
            continue
        maxima = ", ".join(f'max("{c}")' for c in columns)
        tops = connection.execute(f'SELECT {maxima} FROM "{table}"').fetchone()
        for top in tops:
            if top is None:
                continue
            if top > limit:
                _hold(top, now)
            if table != ARCHIVE_TABLE:
                newest = max(newest, top)
    if manifest.hlc_max > limit:
        _hold(manifest.hlc_max, now)
    if newest > manifest.hlc_max:
        raise PackageError("El manifiesto del paquete no coincide con su contenido (anuncia "
                           "relojes anteriores a sus cambios): fue alterado. Vuelva a "
                           "exportarlo.")


def _hold(stamp: str, now: dt.datetime) -> None:
    days = (parse_stamp(stamp)[0] / 1000 - now.timestamp()) / 86400
    raise PackageHeld(f"{days:.0f} días" if days >= 2 else "más de un día")
