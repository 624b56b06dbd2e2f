"""Writing the PDF so that the target is either the old file or the whole new one.

The temporary file is created beside the target before rendering starts, so that a
missing or read-only folder is reported at once rather than after a minute of layout,
and renamed over the target only when every byte is on the disk.
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
from pathlib import Path

from werkstatt.protocol.errors import ProtocolWriteError

_log = logging.getLogger(__name__)


def reserve(target: Path) -> Path:
    """Create an empty temporary file beside ``target`` and return its path."""
    if target.is_dir():
        # Caught here, or the rename would fail only after the whole layout.
        raise ProtocolWriteError(target, os.strerror(errno.EISDIR), errno.EISDIR)
    # Hidden, and unique so that two exports to the same name never share a file.
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        _create_new(temporary)
    except OSError as exc:
        raise ProtocolWriteError.from_os_error(target, exc) from exc
    return temporary


def _create_new(path: Path) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    # 0o666 minus the umask: the PDF gets the permissions of any file the user saves.
    os.close(os.open(path, flags, 0o666))


def commit(temporary: Path, target: Path, data: bytes) -> None:
    """Write ``data`` to the reserved file, make sure it is on the disk, and put it in
    the place of ``target``. Raises ProtocolWriteError; the caller discards on failure."""
    try:
        with temporary.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # Fails on Windows while the old PDF is open in a viewer: reported, not hidden.
        temporary.replace(target)
    except OSError as exc:
        raise ProtocolWriteError.from_os_error(target, exc) from exc


def discard(temporary: Path) -> None:
    try:
        temporary.unlink(missing_ok=True)
    except OSError as exc:
        # Leaves a hidden .part file behind; the export itself is reported as failed.
        _log.warning("could not remove the unfinished protocol %s: %s", temporary, exc)
