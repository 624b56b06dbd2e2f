"""Backups before migrations, and what a migration does to an older library.

They pretend a revision beyond the real head by patching the revision constants and the
migration runner, so that they do not depend on what the real migrations do (those are
tested in test_store_migration_0002.py)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from werkstatt.core.records import WorkshopDraft
from werkstatt.store import migrate, revisions, sqlite_file
from werkstatt.store.errors import DamagedLibraryError, LibraryInUseError
from werkstatt.store.library import BACKUPS_DIR, LIBRARY_FILE, Library

TITLE = "Demografie-Strategie Landkreis Görlitz"
#: A revision this Werkstatt does not really have.
NEXT = "9999"


def _titles(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT title FROM workshops")]
    finally:
        connection.close()


def _revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def test_backup_copies_what_is_still_in_the_wal(library: Library, tmp_path: Path) -> None:
    library.create_workshop(WorkshopDraft(title=TITLE, method="world_cafe"), [])
    wal = Path(f"{library.path}-wal")
    assert wal.stat().st_size > 0
    plain_copy = tmp_path / "kopie.sqlite"
    shutil.copyfile(library.path, plain_copy)
    assert TITLE.encode() not in plain_copy.read_bytes()  # why a file copy is not enough

    backup = sqlite_file.backup_library(library.path, tmp_path / "backups", "0001")

    assert re.fullmatch(r"library-0001-\d{8}T\d{12}Z\.sqlite", backup.name)
    assert [p.name for p in backup.parent.iterdir()] == [backup.name]
    assert _titles(backup) == [TITLE]
    assert sqlite_file.is_existing_library(backup)
    assert library.list_workshops()[0].title == TITLE


def test_a_new_library_needs_no_backup(data_dir: Path) -> None:
    with Library.open(data_dir):
        pass
    assert not (data_dir / BACKUPS_DIR).exists()


def _pretend_newer_head(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Pretend this Werkstatt knows a revision NEXT beyond the real head. Returns the
    log of fake migration runs: the backup files present when each run started."""
    monkeypatch.setattr(revisions, "KNOWN_REVISIONS", (*revisions.KNOWN_REVISIONS, NEXT))
    monkeypatch.setattr(revisions, "HEAD_REVISION", NEXT)
    runs: list[list[str]] = []

    def fake_upgrade(connection: Connection) -> None:
        data_dir = Path(str(connection.engine.url.database)).parent
        backups = data_dir / BACKUPS_DIR
        runs.append(sorted(p.name for p in backups.iterdir()) if backups.exists() else [])
        connection.execute(text(f"UPDATE alembic_version SET version_num = '{NEXT}'"))

    monkeypatch.setattr(migrate, "upgrade_to_head", fake_upgrade)
    return runs


def _old_library(data_dir: Path) -> Path:
    with Library.open(data_dir) as library:
        library.create_workshop(WorkshopDraft(title=TITLE, method="open_space"), [])
    return data_dir / LIBRARY_FILE


def test_a_pending_migration_is_preceded_by_a_backup(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _old_library(data_dir)
    old_revision = revisions.HEAD_REVISION
    runs = _pretend_newer_head(monkeypatch)

    with Library.open(data_dir) as library:
        assert [w.title for w in library.list_workshops()] == [TITLE]

    assert len(runs) == 1
    (backup_name,) = runs[0]
    assert backup_name.startswith(f"library-{old_revision}-")
    assert _titles(data_dir / BACKUPS_DIR / backup_name) == [TITLE]
    assert _revision(data_dir / BACKUPS_DIR / backup_name) == old_revision
    assert _revision(path) == NEXT

    # At the new head now: opening again neither migrates nor backs up.
    Library.open(data_dir).close()
    assert len(runs) == 1
    assert len(list((data_dir / BACKUPS_DIR).iterdir())) == 1


def test_a_failed_migration_leaves_the_old_schema(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _old_library(data_dir)
    old_revision = revisions.HEAD_REVISION
    monkeypatch.setattr(revisions, "KNOWN_REVISIONS", (*revisions.KNOWN_REVISIONS, NEXT))
    monkeypatch.setattr(revisions, "HEAD_REVISION", NEXT)

    def broken_upgrade(connection: Connection) -> None:
        connection.execute(text("CREATE TABLE future_things (id INTEGER PRIMARY KEY, title TEXT)"))
        connection.execute(text(f"UPDATE alembic_version SET version_num = '{NEXT}'"))
        raise RuntimeError(f"migration {NEXT} failed half-way")

    monkeypatch.setattr(migrate, "upgrade_to_head", broken_upgrade)
    with pytest.raises(RuntimeError):
        Library.open(data_dir)

    # The DDL was part of the rolled-back transaction, not autocommitted.
    assert _revision(path) == old_revision
    connection = sqlite3.connect(path)
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "future_things" not in tables
    assert _titles(path) == [TITLE]


def test_a_damaged_older_library_is_neither_backed_up_nor_migrated(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library.open(data_dir) as library:
        for number in range(8):
            library.create_workshop(
                WorkshopDraft(title=f"{TITLE} {number}", method="", notes="Lärmschutz " * 900),
                [],
            )
    path = data_dir / LIBRARY_FILE
    data = bytearray(path.read_bytes())
    data[-2 * 4096 :] = b"\x00\x17" * 4096
    path.write_bytes(bytes(data))
    runs = _pretend_newer_head(monkeypatch)

    with pytest.raises(DamagedLibraryError):
        Library.open(data_dir)
    assert runs == []
    assert not (data_dir / BACKUPS_DIR).exists()
    assert path.read_bytes() == bytes(data)


def test_a_shared_open_does_not_migrate_a_library_in_use(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _old_library(data_dir)
    old_revision = revisions.HEAD_REVISION
    with Library.open(data_dir):
        runs = _pretend_newer_head(monkeypatch)
        with pytest.raises(LibraryInUseError):
            Library.open(data_dir, exclusive=False)
    assert runs == []
    assert _revision(path) == old_revision
