"""A full disk: the change is refused with DiskFullError and nothing else is lost.

The disk is 'filled' by capping the file's size (PRAGMA max_page_count) through the
connection hook, a few pages above what the library already needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from werkstatt.core.records import WorkshopDraft
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.errors import DiskFullError
from werkstatt.store.library import LIBRARY_FILE, Library

LONG_NOTES = "Die Straßenbahnhaltestelle am Quartiersplatz muss barrierefrei werden. " * 250


def _cap_size(connection: sqlite3.Connection) -> None:
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages + 1}")


def test_a_full_disk_rolls_the_change_back_and_keeps_the_rest(
    data_dir: Path, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    with Library.open(data_dir) as library:
        workshop = library.create_workshop(draft, phases)
        before = library.list_phases(workshop.id)

    with Library.open(data_dir, connection_hook=_cap_size) as library:
        with pytest.raises(DiskFullError) as caught:
            library.update_workshop(workshop.id, notes=LONG_NOTES)
        assert caught.value.path == data_dir / LIBRARY_FILE
        with pytest.raises(DiskFullError):
            library.add_phase(workshop.id, PhaseDraft(PhaseKind.CARDS, "Ideen", script=LONG_NOTES))
        # Nothing of the refused changes is visible, and small changes still fit.
        assert library.get_workshop(workshop.id) == workshop
        assert library.list_phases(workshop.id) == before
        renamed = library.update_workshop(workshop.id, place="Stadtteilbibliothek")

    with Library.open(data_dir) as library:
        assert library.get_workshop(workshop.id) == renamed
        assert library.list_phases(workshop.id) == before
        assert library.integrity_ok()
