"""Typed errors of the store. They carry facts, not sentences: werkstatt.messages words
them for the command line and the GUI in the user's language."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base of everything the store raises on purpose."""


class EnvironmentProblem(StoreError):  # noqa: N818 (a problem of the machine, not an error of ours)
    """The machine's fault, not ours: tell the user, lose nothing."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = path
        self.detail = detail


class DataDirUnusableError(EnvironmentProblem):
    """The data folder is missing and cannot be created, or is not writable."""


class DiskFullError(EnvironmentProblem):
    """The disk (or the library's size limit) is full; the last change was not kept."""


class NotALibraryError(EnvironmentProblem):
    """The file is not a Werkstatt library (another SQLite file, or not SQLite at all)."""


class DamagedLibraryError(EnvironmentProblem):
    """The file was a Werkstatt library but is damaged."""


class LibraryInUseError(EnvironmentProblem):
    """Another Werkstatt has this library open."""


class LibraryTooNewError(EnvironmentProblem):
    """The library was written by a newer Werkstatt whose schema this one does not know."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(path, f"unknown schema revision {revision}")
        self.revision = revision


class NotFoundError(StoreError):
    """A workshop, phase or template id that does not (or no longer) exist."""

    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"{what} {key!r} not found")
        self.what = what
        self.key = key


class InvalidValueError(StoreError):
    """A value outside what the library accepts (empty title, absurd length or count)."""

    def __init__(self, field: str, value: object, limit: object = None) -> None:
        super().__init__(f"{field}={value!r} (limit {limit!r})")
        self.field = field
        self.value = value
        self.limit = limit


class TooLongError(InvalidValueError):
    """A text longer than the library keeps; ``value`` is its length, ``limit`` the most
    characters allowed (the text itself is not kept: it may be megabytes)."""

    def __init__(self, field: str, length: int, maximum: int) -> None:
        super().__init__(field, length, maximum)
        self.length = length
        self.maximum = maximum


class NoPhasesError(StoreError):
    """'Save as template' of a workshop that has no phases: a template needs at least one."""

    def __init__(self, workshop_id: int, title: str) -> None:
        super().__init__(f"workshop {workshop_id} ({title!r}) has no phases")
        self.workshop_id = workshop_id
        self.title = title


class StorageIOError(EnvironmentProblem):
    """Reading or writing the library failed below SQLite (an I/O error of the disk or
    the file system, e.g. a USB stick pulled out)."""


class LibraryClosedError(StoreError):
    """The library was used after close(): a bug of the caller, not of the machine."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: library is closed")
        self.path = path


class ArchiveError(EnvironmentProblem):
    """A ``.werkstatt`` file that cannot be imported; nothing of it was written."""


class NotAnArchiveError(ArchiveError):
    """The file is no ``.werkstatt`` file (not a zip, or a zip without a workshop)."""


class ArchiveDamagedError(ArchiveError):
    """A ``.werkstatt`` file that is truncated or damaged (``detail`` says where)."""


class ArchiveTooLargeError(ArchiveError):
    """A part of the file (``what``: a member, "bytes" or "members") exceeds the limit."""

    def __init__(self, path: Path, what: str, size: int, maximum: int) -> None:
        super().__init__(path, f"{what}: {size} > {maximum}")
        self.what = what
        self.size = size
        self.maximum = maximum


class ArchiveTooNewError(ArchiveError):
    """The file was written by a newer Werkstatt, in a format version this one does not read."""

    def __init__(self, path: Path, version: object) -> None:
        super().__init__(path, f"format version {version!r}")
        self.version = version


class ArchiveContentError(ArchiveError):
    """The workshop in the file breaks a rule (a wrong type, a value out of range, a
    reference to nothing); ``where`` is the place in workshop.json, e.g. phases[3].cards[7].text."""

    def __init__(self, path: Path, where: str, problem: str) -> None:
        super().__init__(path, f"{where}: {problem}")
        self.where = where
        self.problem = problem


class WorkshopExistsError(StoreError):
    """The workshop of an imported file is in the library already (same uid): the caller
    asks whether to keep both or to replace it, and imports again saying which."""

    def __init__(self, uid: str, workshop_id: int, title: str) -> None:
        super().__init__(f"workshop {uid} exists as {workshop_id} ({title!r})")
        self.uid = uid
        self.workshop_id = workshop_id
        self.title = title
