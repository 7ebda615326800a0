"""The sync package (invariant 8): one SQLite file, zstd-compressed for transport.

Inside the SQLite file (its `application_id` is PACKAGE_APPLICATION_ID):

* `manifest(key, value)` — format and schema versions, app version, package id, source
  device, HLC range, change-sequence range, row counts per table (JSON), acknowledgements
  (JSON: device id → how far the source has that device's changes) and `checksum`;
* one table per replicated table that has rows, holding `id`, the natural-key columns and,
  for each versioned column some row changed, the value and its stamp. A NULL stamp (or
  a missing column) means "no opinion": the column is left as the receiver has it;
* `archived_value` — archived values new to the receiver.

Tables have no keys nor indexes (they would only repeat the ids); the reader checks that
ids are unique. The checksum is a SHA-256 over the content in a canonical order (tables by
name, rows by id, values as JSON), so it proves the rows, not the file's layout.
"""

from __future__ import annotations

import filecmp
import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import zstandard

from .archive import ARCHIVE_COLUMNS
from .layout import ARCHIVE_TABLE

PACKAGE_APPLICATION_ID = 0x502B504B  # "P+PK"
FORMAT_VERSION = 1
MANIFEST_TABLE = "manifest"
SQLITE_MAGIC = b"SQLite format 3\x00"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
PACKAGE_SUFFIX = ".participa"
#: Below this size (uncompressed) packages get zstd's strongest level: it costs
#: milliseconds, and a one-record package is what crosses a slow link most often.
SMALL_PACKAGE = 4 << 20


def content_tables(connection: sqlite3.Connection, schema_name: str) -> list[str]:
    """Names of the content tables of an attached package, sorted (manifest excluded)."""
    return sorted(
        name for (name,) in connection.execute(
            f"SELECT name FROM {schema_name}.sqlite_master WHERE type = 'table'"
        ) if name != MANIFEST_TABLE
    )


def table_columns(connection: sqlite3.Connection, schema_name: str, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA {schema_name}.table_info({table!r})")]


def checksum(connection: sqlite3.Connection, schema_name: str) -> str:
    """SHA-256 of the package content in canonical order (see module docstring)."""
    digest = hashlib.sha256()
    for table in content_tables(connection, schema_name):
        columns = sorted(table_columns(connection, schema_name, table))
        digest.update(json.dumps([table, columns]).encode())
        order = ", ".join(ARCHIVE_COLUMNS[:4]) if table == ARCHIVE_TABLE else "id"
        quoted = ", ".join(f'"{c}"' for c in columns)
        cursor = connection.execute(
            f'SELECT {quoted} FROM {schema_name}."{table}" ORDER BY {order}'
        )
        while rows := cursor.fetchmany(2_000):
            digest.update(
                "\n".join(
                    json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in rows
                ).encode()
            )
    return digest.hexdigest()


def compress(source: Path, target: Path) -> None:
    """Write `source` zstd-compressed to `target` atomically (temp file, fsync, rename)."""
    partial = target.with_name(target.name + ".parcial")
    level = 19 if source.stat().st_size < SMALL_PACKAGE else 6
    with source.open("rb") as reader, partial.open("wb") as writer:
        # The frame's checksum catches damage the content checksum cannot see (a flipped
        # byte in free space inside the SQLite file) right at decompression.
        zstandard.ZstdCompressor(level=level, write_checksum=True).copy_stream(reader, writer)
        writer.flush()
        os.fsync(writer.fileno())
    os.replace(partial, target)
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


class TooLarge(Exception):
    pass


def expand(source: Path, target: Path, limit: int) -> None:
    """Decompress (or copy, if not compressed) `source` to `target`, at most `limit` bytes.

    Raises TooLarge past the limit (a compression bomb stops there), ValueError when the
    file is neither a zstd stream nor a SQLite file, zstandard.ZstdError when it is damaged.
    """
    with source.open("rb") as reader:
        magic = reader.read(16)
        reader.seek(0)
        if magic.startswith(ZSTD_MAGIC):
            stream: Iterable[bytes] = _zstd_chunks(reader)
        elif magic == SQLITE_MAGIC:
            stream = iter(lambda: reader.read(1 << 20), b"")
        else:
            raise ValueError("not a package")
        written = 0
        with target.open("wb") as writer:
            for chunk in stream:
                written += len(chunk)
                if written > limit:
                    raise TooLarge(written)
                writer.write(chunk)


#: Compressed bytes fed to the decompressor at a time: small, because one call's output
#: is not bounded otherwise (zstd can expand 1 KB to about 32 MB).
_ZSTD_INPUT = 1 << 10


def _zstd_chunks(reader: BinaryIO) -> Iterable[bytes]:
    """The decompressed content of every frame in `reader`; raises zstandard.ZstdError when
    the stream ends inside a frame (a truncated file: zstd's stream reader says nothing)."""
    decompressor = zstandard.ZstdDecompressor()
    frame = decompressor.decompressobj()
    while data := reader.read(_ZSTD_INPUT):
        while data:
            if frame.eof:
                frame = decompressor.decompressobj()
            yield frame.decompress(data)
            data = frame.unused_data if frame.eof else b""
    if not frame.eof:
        raise zstandard.ZstdError("el archivo termina antes de tiempo")


def copy_into(folder: Path, package: Path, name: str) -> Path:
    """Keep a copy of a received package in `folder` (the inbox); returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / name
    number = 1
    # Another package may be waiting under the same name (exports are often named alike):
    # never replace nor drop either; an identical copy is not kept twice.
    while kept.exists() and not filecmp.cmp(kept, package, shallow=False):
        number += 1
        kept = folder / f"{Path(name).stem}-{number}{Path(name).suffix}"
    if not kept.exists():
        partial = kept.with_name(kept.name + ".parcial")
        shutil.copyfile(package, partial)
        os.replace(partial, kept)
    return kept
