"""Typed errors of the protocol renderers. They carry facts; werkstatt.messages words them."""

from __future__ import annotations

import errno
from pathlib import Path


class ProtocolError(Exception):
    """Base of everything the protocol renderers raise on purpose."""


class ExportCancelled(ProtocolError):  # noqa: N818 (the user's choice, not an error)
    """The user cancelled the export; nothing was written."""


class NoSeatingPlanError(ProtocolError):
    """Route cards or the plan were asked for before a seating plan was made."""

    def __init__(self, phase_id: int) -> None:
        super().__init__(f"phase {phase_id} has no seating plan")
        self.phase_id = phase_id


class ProtocolWriteError(ProtocolError, OSError):
    """The PDF could not be written to ``path`` (folder missing, not writable, disk full,
    the file open in another program). Nothing half-written is left behind.

    It is an OSError too, with ``filename``, ``errno`` and ``strerror`` of the cause, so
    that code that words OSErrors already says something sensible about it.
    """

    def __init__(self, path: Path, detail: str = "", error_number: int | None = None) -> None:
        OSError.__init__(self, error_number or 0, detail or str(path), str(path))
        self.path = path
        self.detail = detail

    @property
    def disk_full(self) -> bool:
        return self.errno in {errno.ENOSPC, errno.EDQUOT}

    def __str__(self) -> str:
        return f"{self.path}: {self.detail}" if self.detail else str(self.path)

    @classmethod
    def from_os_error(cls, path: Path, exc: OSError) -> ProtocolWriteError:
        return cls(path, exc.strerror or type(exc).__name__, exc.errno)
