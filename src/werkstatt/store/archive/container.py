"""Reading and writing the ``.werkstatt`` zip with the care a file from elsewhere needs.

A ``.werkstatt`` file may come from a colleague's laptop, a mail attachment or a broken
USB stick. Nothing in it is trusted: only the member names we write are read (no path
from the file is ever joined to a folder), sizes are checked against the limits before
anything is decompressed, and every read is capped, so a zip bomb, a truncated file or
a member that lies about its size is an ArchiveError, never a full disk or memory.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

from werkstatt.methods import limits
from werkstatt.store.archive.document import DOCUMENT_NAME
from werkstatt.store.errors import (
    ArchiveDamagedError,
    ArchiveTooLargeError,
    DiskFullError,
    NotAnArchiveError,
    StorageIOError,
)

#: The JSON document of one workshop: 2,000 cards of 500 characters are ~2 MB.
DOCUMENT_BYTES_MAX: Final = 64 * 1024 * 1024
#: All members together, uncompressed.
ARCHIVE_BYTES_MAX: Final = 2 * 1024 * 1024 * 1024
#: Members at most: the document and the photos of a workshop.
MEMBERS_MAX: Final = 20_000
#: How much a member may shrink when packed: text about 10 times, photos hardly at all; a
#: zip bomb thousands of times.
RATIO_MAX: Final = 100
_SLACK = 1024 * 1024
_READ_CHUNK = 1024 * 1024


def write_archive(path: Path, document: dict[str, Any], files: Iterable[tuple[str, bytes]]) -> None:
    """Write the archive to a temporary file beside ``path`` and move it into place, so
    that a full disk never leaves half a file under the final name."""
    payload = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=".werkstatt-", suffix=".part", dir=folder)
        # mkstemp makes the file private; a workshop file is for colleagues to read.
        mask = os.umask(0)
        os.umask(mask)
        Path(temporary).chmod(0o666 & ~mask)
    except OSError as exc:
        raise _environment_error(folder, exc) from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(DOCUMENT_NAME, payload)
                for name, data in files:
                    # Photos are compressed already: storing them is faster and no larger.
                    archive.writestr(name, data, compress_type=zipfile.ZIP_STORED)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise _environment_error(path, exc) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _environment_error(path: Path, exc: OSError) -> Exception:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(path, exc.strerror or "")
    return StorageIOError(path, exc.strerror or str(exc))


class ArchiveReader:
    """An open ``.werkstatt`` file: its checked document and capped reads of its photos."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._zip = zipfile.ZipFile(path)
        except FileNotFoundError as exc:
            raise StorageIOError(path, exc.strerror or "not found") from exc
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
            raise NotAnArchiveError(path) from exc
        except (NotImplementedError, UnicodeDecodeError, zlib.error) as exc:
            # a damaged directory: an unknown zip version, a garbled member name
            raise ArchiveDamagedError(path, str(exc)) from exc
        except OSError as exc:
            if exc.errno == errno.EINVAL:
                raise ArchiveDamagedError(path, str(exc)) from exc
            raise _environment_error(path, exc) from exc
        try:
            self._members = self._checked_members()
        except BaseException:
            self._zip.close()
            raise

    def __enter__(self) -> ArchiveReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    def _checked_members(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        if len(infos) > MEMBERS_MAX:
            raise ArchiveTooLargeError(self.path, "members", len(infos), MEMBERS_MAX)
        total = sum(info.file_size for info in infos)
        if total > ARCHIVE_BYTES_MAX:
            raise ArchiveTooLargeError(self.path, "bytes", total, ARCHIVE_BYTES_MAX)
        members = {info.filename: info for info in infos}
        if DOCUMENT_NAME not in members:
            raise NotAnArchiveError(self.path)
        file_size = self.path.stat().st_size
        for info in infos:
            if not 0 <= info.header_offset < file_size:
                raise ArchiveDamagedError(self.path, f"{info.filename}: offset")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                # Werkstatt writes only these; others bring their own decoder errors.
                raise ArchiveDamagedError(self.path, f"{info.filename}: compression")
            if info.compress_size and info.file_size > RATIO_MAX * info.compress_size + _SLACK:
                raise ArchiveTooLargeError(self.path, info.filename, info.file_size, _SLACK)
        return members

    def read(self, name: str, maximum: int) -> bytes:
        """Member ``name``, at most ``maximum`` bytes (whatever its header claims)."""
        info = self._members.get(name)
        if info is None:
            raise ArchiveDamagedError(self.path, f"missing {name}")
        if info.file_size > maximum:
            raise ArchiveTooLargeError(self.path, name, info.file_size, maximum)
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(_READ_CHUNK):
                    size += len(chunk)
                    if size > maximum:
                        raise ArchiveTooLargeError(self.path, name, size, maximum)
                    chunks.append(chunk)
        except ArchiveTooLargeError:
            raise
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            ValueError,
            NotImplementedError,
            RuntimeError,
        ) as exc:
            # bad CRC, damaged deflate data, truncated data, unknown compression, encrypted
            raise ArchiveDamagedError(self.path, f"{name}: {exc}") from exc
        except OSError as exc:
            if exc.errno == errno.EINVAL:  # a seek to where a damaged header points
                raise ArchiveDamagedError(self.path, f"{name}: {exc}") from exc
            raise _environment_error(self.path, exc) from exc
        return b"".join(chunks)

    def document(self) -> Any:
        """The parsed ``workshop.json`` (its shape is checked by the importer)."""
        data = self.read(DOCUMENT_NAME, DOCUMENT_BYTES_MAX)
        try:
            document = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
            # JSON may spell lone surrogates ("\\ud800"), which no database can store.
            json.dumps(document, ensure_ascii=False).encode("utf-8")
        except (
            UnicodeError,
            json.JSONDecodeError,
            RecursionError,
            ValueError,
            MemoryError,
        ) as exc:
            raise ArchiveDamagedError(self.path, f"{DOCUMENT_NAME}: {exc}") from exc
        return document

    def photo(self, name: str) -> bytes:
        return self.read(name, limits.PHOTO_BYTES_MAX)


def _no_constant(name: str) -> None:
    # NaN and Infinity are no JSON; Python's parser would accept them.
    raise ValueError(f"{name} is not JSON")
