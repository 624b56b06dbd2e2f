"""Everything that knows the library is an SQLite file: its header, its pragmas, backups.

The rest of the store speaks dialect-neutral SQLAlchemy; if the library one day lives in
PostgreSQL, this module is what does not apply.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from werkstatt.store import revisions
from werkstatt.store.db_errors import translated_errors
from werkstatt.store.errors import DataDirUnusableError, NotALibraryError

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
# Offset of the application_id in the database header (https://sqlite.org/fileformat.html).
APPLICATION_ID_OFFSET = 68
BUSY_TIMEOUT_MS = 5000

ConnectionHook = Callable[[sqlite3.Connection], None]


def is_existing_library(path: Path) -> bool:
    """True for a Werkstatt library, False if there is none yet (missing or empty file).

    Reads the 100-byte header with plain file I/O, so a foreign file is recognised without
    SQLite ever opening it (and so without anything being written to it). Raises
    NotALibraryError for a non-empty file that is not SQLite or not ours.
    """
    try:
        with path.open("rb") as file:
            header = file.read(HEADER_SIZE)
    except FileNotFoundError:
        return False
    except IsADirectoryError as exc:
        raise NotALibraryError(path, "a folder") from exc
    except OSError as exc:
        raise DataDirUnusableError(path, exc.strerror or str(exc)) from exc
    if not header:
        return False
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise NotALibraryError(path, "not an SQLite file")
    found = int.from_bytes(header[APPLICATION_ID_OFFSET : APPLICATION_ID_OFFSET + 4], "big")
    if found != revisions.APPLICATION_ID:
        raise NotALibraryError(path, f"application_id {found:#x}")
    return True


def create_library_file(path: Path) -> None:
    """Write an empty SQLite file that already says it is a Werkstatt library.

    The application_id goes in before WAL is switched on, so it is in the main file (not
    only in a WAL) from the first moment: a crash during the first migration leaves a
    file that is still recognised as ours and is simply migrated again.
    """
    with translated_errors(path):
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            connection.execute(f"PRAGMA application_id = {int(revisions.APPLICATION_ID)}")
            connection.execute("PRAGMA journal_mode = WAL")
        finally:
            connection.close()


def configure_connection(connection: sqlite3.Connection) -> None:
    """The pragmas every connection to the library gets, in the one connect hook."""
    # SQLAlchemy emits BEGIN itself (see Library), so DDL and reads are transactional too.
    connection.isolation_level = None
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA journal_mode = WAL").fetchall()
    # FULL: a commit survives a power cut, not only a crash of the program.
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")


def backup_file_name(revision: str, when: dt.datetime) -> str:
    stamp = when.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return f"library-{revision}-{stamp}.sqlite"


def backup_library(source: Path, backups_dir: Path, revision: str) -> Path:
    """Copy the library with SQLite's backup API into ``backups_dir``; return the copy.

    A plain file copy would miss what is still in the WAL. The copy is written under a
    temporary name and renamed when complete, so a half-written backup never looks like a
    good one.
    """
    with translated_errors(backups_dir):
        backups_dir.mkdir(parents=True, exist_ok=True)
        target = backups_dir / backup_file_name(revision, dt.datetime.now(dt.UTC))
        partial = target.with_name(target.name + ".partial")
        try:
            _copy_database(source, partial)
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
        _fsync_folder(backups_dir)
    return target


def _copy_database(source: Path, target: Path) -> None:
    source_connection = sqlite3.connect(source, isolation_level=None)
    try:
        target_connection = sqlite3.connect(target, isolation_level=None)
        try:
            source_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            source_connection.backup(target_connection)
            # A backup is one plain file: no WAL beside it that could be left behind.
            target_connection.execute("PRAGMA journal_mode = DELETE").fetchall()
            target_connection.execute("PRAGMA synchronous = FULL")
        finally:
            target_connection.close()
    finally:
        source_connection.close()
    with target.open("rb") as file:
        os.fsync(file.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); folders cannot be opened like this on Windows."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
