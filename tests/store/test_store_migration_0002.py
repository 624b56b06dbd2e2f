"""A library written by the foundation release (schema 0001) opened by this Werkstatt:
backed up, migrated to 0002, nothing lost, and the day can run on its old workshops."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, insert

from werkstatt.core.records import PhaseRun, WorkshopStatus
from werkstatt.store import revisions, sqlite_file
from werkstatt.store.library import BACKUPS_DIR, LIBRARY_FILE, Library
from werkstatt.store.models import PhaseRow, WorkshopRow

CREATED = dt.datetime(2025, 1, 20, 17, 45, tzinfo=dt.UTC)
NEW_TABLES = {"workshop_runs", "phase_timers", "cards", "feedback_entries"}


def _library_at_0001(data_dir: Path) -> Path:
    """A library file as the 0001 release left it, with one planned workshop."""
    path = data_dir / LIBRARY_FILE
    sqlite_file.create_library_file(path)
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda connection, _record: _pragmas(connection))
    config = Config()
    config.set_main_option("script_location", str(revisions.MIGRATIONS_DIR))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0001")
            connection.execute(
                insert(WorkshopRow),
                {
                    "id": 1,
                    "uid": "5f0c2b7e9d4a4c0e8a1b3c5d7e9f1a2b",
                    "title": "Bürgerforum Verkehrswende Lüneburg",
                    "method": "world_cafe",
                    "moderators": "Przemysław Wójcik",
                    "status": "planned",
                    "created_at": CREATED,
                    "changed_at": CREATED,
                },
            )
            connection.execute(
                insert(PhaseRow),
                [
                    {
                        "id": 10 + n,
                        "workshop_id": 1,
                        "position": n,
                        "kind": kind,
                        "title": title,
                        "settings": {},
                    }
                    for n, (kind, title) in enumerate(
                        [("briefing", "Begrüßung"), ("cards", "Sammlung der Anliegen")]
                    )
                ],
            )
    finally:
        engine.dispose()
    return path


def _pragmas(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA foreign_keys = ON")


def _tables(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    finally:
        connection.close()


def _revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def test_a_0001_library_is_backed_up_and_migrated_without_loss(data_dir: Path) -> None:
    path = _library_at_0001(data_dir)
    assert _revision(path) == "0001"
    assert not NEW_TABLES & _tables(path)

    with Library.open(data_dir) as library:
        (workshop,) = library.list_workshops()
        assert (workshop.title, workshop.moderators) == (
            "Bürgerforum Verkehrswende Lüneburg",
            "Przemysław Wójcik",
        )
        assert workshop.created_at == CREATED
        assert [p.title for p in library.list_phases(1)] == ["Begrüßung", "Sammlung der Anliegen"]
        # The day runs on the old workshop.
        assert library.run.current_phase(1) is None
        library.run.start_phase(11, at=dt.datetime(2025, 2, 3, 18, 0, tzinfo=dt.UTC))
        card = library.cards.add(11, "Tempo 30 vor der Grundschule")
        assert library.cards.list(11) == [card]
        assert library.get_workshop(1).status is WorkshopStatus.RUNNING

    assert _revision(path) == revisions.HEAD_REVISION
    assert _tables(path) >= NEW_TABLES
    (backup,) = (data_dir / BACKUPS_DIR).iterdir()
    assert backup.name.startswith("library-0001-")
    assert _revision(backup) == "0001"
    assert not NEW_TABLES & _tables(backup)
    connection = sqlite3.connect(backup)
    try:
        titles = [r[0] for r in connection.execute("SELECT title FROM workshops")]
    finally:
        connection.close()
    assert titles == ["Bürgerforum Verkehrswende Lüneburg"]

    # At head now: opening again keeps everything and writes no second backup.
    with Library.open(data_dir) as library:
        assert library.run.phase_runs(1)[11] == PhaseRun(
            11, actual_start=dt.datetime(2025, 2, 3, 18, 0, tzinfo=dt.UTC)
        )
        assert library.run.current_phase(1) == 11
    assert len(list((data_dir / BACKUPS_DIR).iterdir())) == 1


def test_downgrading_0002_keeps_the_plan(tmp_path: Path) -> None:
    """Undoing 0002 drops only the day's tables; workshops and phases stay."""
    path = _library_at_0001(tmp_path)
    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", str(revisions.MIGRATIONS_DIR))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0002")
            command.downgrade(config, "0001")
    finally:
        engine.dispose()
    assert not NEW_TABLES & _tables(path)
    connection = sqlite3.connect(path)
    try:
        phases = connection.execute("SELECT count(*) FROM phases").fetchone()[0]
    finally:
        connection.close()
    assert phases == 2
