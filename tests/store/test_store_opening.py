"""Opening a library in bad situations: foreign, damaged or newer files, unusable
folders. The rule: a clear typed error, and the file is left exactly as it was."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from werkstatt.core.records import WorkshopDraft
from werkstatt.methods.model import PhaseDraft
from werkstatt.store import revisions
from werkstatt.store.errors import (
    DamagedLibraryError,
    DataDirUnusableError,
    LibraryClosedError,
    LibraryTooNewError,
    NotALibraryError,
)
from werkstatt.store.library import LIBRARY_FILE, Library


def _filled_library(data_dir: Path, draft: WorkshopDraft, phases: list[PhaseDraft]) -> Path:
    """A closed library with enough rows to span many pages."""
    with Library.open(data_dir) as library:
        for number in range(12):
            library.create_workshop(
                WorkshopDraft(
                    title=f"{draft.title} {number}",
                    method=draft.method,
                    notes="Straßenbahnhaltestelle am Quartiersplatz verlegen. " * 60,
                ),
                phases,
            )
    path = data_dir / LIBRARY_FILE
    assert not Path(f"{path}-wal").exists()  # checkpointed on close: all in one file
    return path


def test_a_missing_data_folder_is_created(tmp_path: Path) -> None:
    data_dir = tmp_path / "USB-Stick" / "Werkstatt Daten"
    with Library.open(data_dir) as library:
        assert library.path == data_dir / LIBRARY_FILE
    assert (data_dir / LIBRARY_FILE).is_file()


def test_a_data_folder_that_cannot_be_created_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "Einstellungen.txt"
    blocker.write_text("kein Ordner", encoding="utf-8")
    with pytest.raises(DataDirUnusableError) as caught:
        Library.open(blocker / "werkstatt")
    assert caught.value.path == blocker / "werkstatt"
    assert blocker.read_text(encoding="utf-8") == "kein Ordner"


def test_a_regular_file_as_data_folder_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "werkstatt"
    blocker.write_bytes(b"")
    with pytest.raises(DataDirUnusableError):
        Library.open(blocker)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root writes into read-only folders anyway",
)
def test_a_read_only_data_folder_is_refused(data_dir: Path) -> None:
    data_dir.chmod(0o500)
    try:
        with pytest.raises(DataDirUnusableError):
            Library.open(data_dir)
    finally:
        data_dir.chmod(0o700)
    assert list(data_dir.iterdir()) == []


def test_a_folder_on_a_read_only_file_system_is_refused_even_as_root(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A read-only mount refuses root too; os.access is how the store asks the system.
    real_access = os.access

    def read_only_mount(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if Path(str(path)) == data_dir and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", read_only_mount)
    with pytest.raises(DataDirUnusableError) as caught:
        Library.open(data_dir)
    assert caught.value.path == data_dir
    assert list(data_dir.iterdir()) == []


def test_a_library_that_turns_read_only_is_refused_and_left_as_it_was(
    data_dir: Path, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    with Library.open(data_dir) as library:
        library.create_workshop(draft, phases)
    path = data_dir / LIBRARY_FILE
    before = path.read_bytes()

    def remounted_read_only(connection: sqlite3.Connection) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    with pytest.raises(DataDirUnusableError) as caught:
        Library.open(data_dir, connection_hook=remounted_read_only)
    assert caught.value.path == path
    assert path.read_bytes() == before


def test_an_empty_file_becomes_a_new_library(data_dir: Path) -> None:
    (data_dir / LIBRARY_FILE).touch()
    with Library.open(data_dir) as library:
        assert library.list_workshops() == []
        assert library.integrity_ok()


def test_a_text_file_is_not_a_library_and_stays_untouched(data_dir: Path) -> None:
    path = data_dir / LIBRARY_FILE
    content = "Teilnehmerliste Stadtteilkonferenz\nName;Straße\n" * 20
    path.write_text(content, encoding="utf-8")
    with pytest.raises(NotALibraryError) as caught:
        Library.open(data_dir)
    assert caught.value.path == path
    assert path.read_text(encoding="utf-8") == content
    assert sorted(p.name for p in data_dir.iterdir()) == ["library.lock", LIBRARY_FILE]


def test_a_foreign_sqlite_file_is_not_a_library_and_stays_untouched(data_dir: Path) -> None:
    path = data_dir / LIBRARY_FILE
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE adressen (name TEXT, strasse TEXT)")
    connection.execute("INSERT INTO adressen VALUES ('Przemysław Wójcik', 'Lindenstraße 4')")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NotALibraryError):
        Library.open(data_dir)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_a_garbled_library_is_damaged_and_stays_untouched(
    data_dir: Path, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    path = _filled_library(data_dir, draft, phases)
    original = path.read_bytes()
    page = 4096
    # Keep page 1 (header and schema), scramble every page after it.
    garbled = original[:page] + bytes((byte * 7 + 13) % 256 for byte in original[page:])
    path.write_bytes(garbled)
    with pytest.raises(DamagedLibraryError) as caught:
        Library.open(data_dir)
    assert caught.value.path == path
    assert path.read_bytes() == garbled


def test_a_truncated_library_is_damaged_and_stays_untouched(
    data_dir: Path, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    path = _filled_library(data_dir, draft, phases)
    truncated = path.read_bytes()[: 2 * 4096 + 100]
    path.write_bytes(truncated)
    with pytest.raises(DamagedLibraryError):
        Library.open(data_dir)
    assert path.read_bytes() == truncated


def test_damage_found_after_opening_is_reported_too(
    data_dir: Path, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    path = _filled_library(data_dir, draft, phases)
    data = bytearray(path.read_bytes())
    # The last pages hold workshop notes and phases; opening never reads them.
    data[-3 * 4096 :] = b"\xff" * (3 * 4096)
    path.write_bytes(bytes(data))
    with Library.open(data_dir) as library:
        assert library.integrity_ok() is False
        with pytest.raises(DamagedLibraryError):
            for workshop in library.list_workshops():
                library.list_phases(workshop.id)


def test_a_library_from_a_newer_werkstatt_is_refused_byte_identical(data_dir: Path) -> None:
    with Library.open(data_dir) as library:
        library.create_workshop(WorkshopDraft(title="Open Space Jugendbeteiligung", method=""), [])
    path = data_dir / LIBRARY_FILE
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0042_votes_per_card'")
    connection.commit()
    connection.close()
    assert not Path(f"{path}-wal").exists()
    before = path.read_bytes()
    with pytest.raises(LibraryTooNewError) as caught:
        Library.open(data_dir)
    assert caught.value.revision == "0042_votes_per_card"
    assert path.read_bytes() == before
    assert not (data_dir / "backups").exists()
    with pytest.raises(LibraryTooNewError):
        Library.open(data_dir, exclusive=False)
    assert path.read_bytes() == before


def test_a_library_can_be_opened_again_after_a_refusal(data_dir: Path) -> None:
    path = data_dir / LIBRARY_FILE
    path.write_text("kein SQLite", encoding="utf-8")
    with pytest.raises(NotALibraryError):
        Library.open(data_dir)
    path.unlink()
    # The refused attempt released the single-instance lock.
    with Library.open(data_dir) as library:
        assert library.list_workshops() == []


def test_a_closed_library_says_so(data_dir: Path) -> None:
    library = Library.open(data_dir)
    library.close()
    library.close()
    assert library.closed
    with pytest.raises(LibraryClosedError):
        library.list_workshops()


def test_plan_open_decides_from_the_revision(tmp_path: Path) -> None:
    path = tmp_path / LIBRARY_FILE
    head = revisions.HEAD_REVISION
    assert revisions.plan_open(path, []) is revisions.OpenStep.CREATE
    assert revisions.plan_open(path, [head]) is revisions.OpenStep.READY
    with pytest.raises(LibraryTooNewError):
        revisions.plan_open(path, ["9999"])
    with pytest.raises(LibraryTooNewError):
        revisions.plan_open(path, [head, head + "_branch"])
