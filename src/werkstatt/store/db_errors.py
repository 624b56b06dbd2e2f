"""The one place where database and file-system errors become the store's typed errors.

Everything that talks to the database runs inside :func:`translated_errors`; what it
does not recognise is re-raised unchanged, because that is our bug and should show as one.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from werkstatt.store.errors import (
    DamagedLibraryError,
    DataDirUnusableError,
    DiskFullError,
    EnvironmentProblem,
    LibraryInUseError,
    StorageIOError,
)

# Primary result codes (https://sqlite.org/rescode.html); Python reports extended codes,
# whose low byte is the primary one.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_BY_CODE: dict[int, type[EnvironmentProblem]] = {
    SQLITE_FULL: DiskFullError,
    SQLITE_CORRUPT: DamagedLibraryError,
    SQLITE_NOTADB: DamagedLibraryError,
    SQLITE_PERM: DataDirUnusableError,
    SQLITE_READONLY: DataDirUnusableError,
    SQLITE_CANTOPEN: DataDirUnusableError,
    SQLITE_IOERR: StorageIOError,
    SQLITE_BUSY: LibraryInUseError,
    SQLITE_LOCKED: LibraryInUseError,
}

# For sqlite3 errors that come without a code (raised by the module itself).
_BY_MESSAGE: tuple[tuple[str, type[EnvironmentProblem]], ...] = (
    ("database or disk is full", DiskFullError),
    ("database disk image is malformed", DamagedLibraryError),
    ("file is not a database", DamagedLibraryError),
    ("attempt to write a readonly database", DataDirUnusableError),
    ("unable to open database file", DataDirUnusableError),
    ("disk i/o error", StorageIOError),
    ("database is locked", LibraryInUseError),
)

_BY_ERRNO: dict[int, type[EnvironmentProblem]] = {
    errno.ENOSPC: DiskFullError,
    errno.EDQUOT: DiskFullError,
    errno.EACCES: DataDirUnusableError,
    errno.EPERM: DataDirUnusableError,
    errno.EROFS: DataDirUnusableError,
    errno.ENOTDIR: DataDirUnusableError,
    errno.EIO: StorageIOError,
}


def translate(exc: BaseException, path: Path) -> EnvironmentProblem | None:
    """The typed error for ``exc`` about the library at ``path``, or None if it is ours."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    error_class: type[EnvironmentProblem] | None = None
    detail = str(original)
    if isinstance(original, sqlite3.Error):
        code = getattr(original, "sqlite_errorcode", None)
        if code is not None:
            error_class = _BY_CODE.get(code & 0xFF)
            detail = getattr(original, "sqlite_errorname", detail)
        if error_class is None:
            message = str(original).lower()
            error_class = next((cls for text, cls in _BY_MESSAGE if text in message), None)
    elif isinstance(original, OSError) and original.errno is not None:
        error_class = _BY_ERRNO.get(original.errno)
        detail = errno.errorcode.get(original.errno, detail)
    if error_class is None:
        return None
    return error_class(path, detail)


@contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Raise the store's typed error instead of a recognised database or OS error."""
    try:
        yield
    except (DBAPIError, sqlite3.Error, OSError) as exc:
        mapped = translate(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
