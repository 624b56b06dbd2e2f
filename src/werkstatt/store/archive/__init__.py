"""The portable workshop file ``.werkstatt``: a zip of ``workshop.json`` and the photos.

``library.archives.export(workshop_id, path)`` writes one; ``library.archives.import_file
(path, on_existing)`` reads one back into the library in one transaction. The format is
described in ``document`` and by ``resources/schema/werkstatt-workshop-1.schema.json``.
"""

from __future__ import annotations

from pathlib import Path

from werkstatt.core.records import Workshop
from werkstatt.paths import WORKSHOP_FILE_SUFFIX
from werkstatt.store.archive.container import ArchiveReader, write_archive
from werkstatt.store.archive.document import encode
from werkstatt.store.archive.importing import (
    CheckedWorkshop,
    OnExisting,
    read_workshop,
    write_workshop,
)
from werkstatt.store.rows import Transactions
from werkstatt.store.snapshot import read_snapshot

SUFFIX = WORKSHOP_FILE_SUFFIX


class Archives:
    """``library.archives``: export and import of ``.werkstatt`` files."""

    def __init__(self, transaction: Transactions) -> None:
        self._transaction = transaction

    def export(self, workshop_id: int, path: Path, *, method_name: str = "") -> None:
        """Write the workshop (as the protocol would show it now) to ``path``."""
        with self._transaction(write=False) as session:
            snapshot = read_snapshot(session, workshop_id, method_name)
        document, files = encode(snapshot)
        write_archive(path, document, files)

    def import_file(self, path: Path, on_existing: OnExisting = OnExisting.ASK) -> Workshop:
        """The workshop of the file at ``path``, added to the library: all of it, or (on an
        ArchiveError or WorkshopExistsError) nothing."""
        return self.add(read_file(path), on_existing)

    def add(self, workshop: CheckedWorkshop, on_existing: OnExisting = OnExisting.ASK) -> Workshop:
        """Write a workshop that :func:`read_file` checked, in one transaction (quick: the
        slow reading and checking is done)."""
        with self._transaction(write=True) as session:
            return write_workshop(session, workshop, on_existing)


def read_file(path: Path) -> CheckedWorkshop:
    """Read and check the workshop of a ``.werkstatt`` file, photos included, without
    touching a library: the slow half of an import, for a worker thread."""
    with ArchiveReader(path) as reader:
        return read_workshop(reader)


__all__ = ["SUFFIX", "Archives", "CheckedWorkshop", "OnExisting", "read_file"]
