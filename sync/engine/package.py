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
ids are unique. The checksum is a SHA-256 over the content (tables by name, each as the
sum of its rows' hashes), so it proves the rows, not the file's layout or row order.
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

PACKAGE_APPLICATION_ID = 0x502B504B  # "P+PK"
FORMAT_VERSION = 1
MANIFEST_TABLE = "manifest"
SQLITE_MAGIC = b"SQLite format 3\x00"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
PACKAGE_SUFFIX = ".participa"
#: zstd levels by uncompressed size: the strongest for small packages (a one-record
#: package is what crosses a slow link most often), cheaper ones as packages grow, so that
#: compressing never costs more than building.
SMALL_PACKAGE = 256 << 10
MEDIUM_PACKAGE = 32 << 20


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
    """SHA-256 over the package content, independent of row order (see module docstring).

    Each table contributes its name, its sorted column names and the sum, modulo 2**256,
    of the SHA-256 of each row (as JSON, columns sorted). Reading in storage order avoids
    sorting unindexed tables; duplicated rows are refused elsewhere.
    """
    digest = hashlib.sha256()
    modulus = 1 << 256
    for table in content_tables(connection, schema_name):
        columns = sorted(table_columns(connection, schema_name, table))
        quoted = ", ".join(f'"{c}"' for c in columns)
        total = 0
        cursor = connection.execute(f'SELECT {quoted} FROM {schema_name}."{table}"')
        while rows := cursor.fetchmany(2_000):
            for row in rows:
                encoded = json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode()
                total += int.from_bytes(hashlib.sha256(encoded).digest(), "big")
        digest.update(json.dumps([table, columns]).encode())
        digest.update((total % modulus).to_bytes(32, "big"))
    return digest.hexdigest()


def is_package_file(path: Path) -> bool:
    """True when `path` starts like a package (a zstd stream or a SQLite file)."""
    with path.open("rb") as handle:
        magic = handle.read(16)
    return magic.startswith(ZSTD_MAGIC) or magic == SQLITE_MAGIC


def compress(source: Path, target: Path) -> None:
    """Write `source` zstd-compressed to `target` atomically (temp file, fsync, rename)."""
    partial = target.with_name(target.name + ".parcial")
    size = source.stat().st_size
    level = 19 if size < SMALL_PACKAGE else 9 if size < MEDIUM_PACKAGE else 3
    with source.open("rb") as reader, partial.open("wb") as writer:
        # The frame's checksum catches damage the content checksum cannot see (a flipped
        # byte in free space inside the SQLite file) right at decompression.
        # The size lets zstd size its tables to the input: level 19 on a 3 KB package
        # takes 0.04 ms with it and ~60 ms without.
        zstandard.ZstdCompressor(level=level, write_checksum=True).copy_stream(
            reader, writer, size=size
        )
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
