"""The library file as created from empty: schema, revisions, pragmas."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from werkstatt.core.records import WorkshopDraft
from werkstatt.store import revisions
from werkstatt.store.library import LIBRARY_FILE, Library
from werkstatt.store.migrate import upgrade_to_head
from werkstatt.store.models import Base, personal_columns


def _pragma(library: Library, name: str) -> object:
    engine = library._engine
    assert engine is not None
    with engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_a_new_library_has_every_table_at_the_head_revision(data_dir: Path) -> None:
    with Library.open(data_dir):
        pass
    with sqlite3.connect(data_dir / LIBRARY_FILE) as connection:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        version = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    connection.close()
    assert tables == {
        "alembic_version",
        "workshops",
        "phases",
        "user_templates",
        "workshop_runs",
        "phase_timers",
        "cards",
        "feedback_entries",
        "clusters",
        "card_placements",
        "votes",
        "actions",
        "reality_checks",
        "photos",
        "cafe_setups",
        "table_notes",
        "agenda_slots",
        "agenda_spaces",
        "proposals",
        "session_reports",
        "workshop_logos",
    }
    assert version == [(revisions.HEAD_REVISION,)]
    assert application_id == revisions.APPLICATION_ID


def _by_migrations(path: Path) -> None:
    """An empty file brought to the head revision by running every migration."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            upgrade_to_head(connection)
    finally:
        engine.dispose()


def _schema(path: Path) -> dict[tuple[str, str], set[str]]:
    """Every table's and index's definition as a set of normalised lines (the column
    order and SQLite's quoting may differ between the two ways of building it)."""
    found: dict[tuple[str, str], set[str]] = {}
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        ).fetchall()
    connection.close()
    for kind, name, sql in rows:
        flat = sql.replace('"', "")
        flat = re.sub(r"DEFAULT \((.*?)\)( |,|$)", r"DEFAULT \1\2", flat)
        found[kind, name] = {" ".join(line.split()).rstrip(",") for line in flat.splitlines()}
    return found


def test_the_migrations_build_exactly_what_the_models_describe(tmp_path: Path) -> None:
    _by_migrations(tmp_path / "migrated.sqlite")
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.sqlite'}")
    try:
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_a_new_library_is_what_the_migrations_build_from_empty(
    data_dir: Path, tmp_path: Path
) -> None:
    """New libraries are created from the models (quicker); later migrations will run on
    them, so they must be the migrations' schema to the letter, check constraints
    included (which Alembic's comparison does not look at)."""
    with Library.open(data_dir):
        pass
    _by_migrations(tmp_path / "migrated.sqlite")
    created, migrated = _schema(data_dir / LIBRARY_FILE), _schema(tmp_path / "migrated.sqlite")
    assert created.keys() == migrated.keys()
    for key, lines in migrated.items():
        assert created[key] == lines, key


def test_revision_constants_equal_what_alembic_reports() -> None:
    scripts = ScriptDirectory(str(revisions.MIGRATIONS_DIR))
    assert scripts.get_heads() == [revisions.HEAD_REVISION]
    oldest_first = [script.revision for script in scripts.walk_revisions()][::-1]
    assert tuple(oldest_first) == revisions.KNOWN_REVISIONS


def test_foreign_keys_are_enforced(library: Library) -> None:
    assert _pragma(library, "foreign_keys") == 1
    engine = library._engine
    assert engine is not None
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO phases (workshop_id, position, kind, title, settings)"
                " VALUES (4711, 0, 'cards', 'Verwaiste Phase', '{}')"
            )
        )


def test_the_library_is_in_wal_mode_with_full_sync(library: Library) -> None:
    assert _pragma(library, "journal_mode") == "wal"
    assert _pragma(library, "synchronous") == 2  # FULL


def test_personal_data_columns_are_marked() -> None:
    marked = {f"{column.table.name}.{column.name}" for column in personal_columns()}
    assert {
        "workshops.moderators",
        "workshops.client",
        "workshops.notes",
        "cards.author",
        "feedback_entries.name",
    } <= marked
    assert "workshops.title" not in marked
    assert "cards.text" not in marked


@pytest.mark.slow
def test_creating_and_opening_a_library_do_not_import_alembic(data_dir: Path) -> None:
    created = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\nfrom pathlib import Path\nfrom werkstatt.store.library import Library\n"
            f"with Library.open(Path({str(data_dir)!r})):\n    pass\n"
            "print('alembic' in sys.modules)\n",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert created.stdout.strip() == "False"
    with Library.open(data_dir) as library:
        library.create_workshop(WorkshopDraft(title="Runder Tisch Seniorenarbeit", method=""), [])
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from werkstatt.store.library import Library\n"
        f"with Library.open(Path({str(data_dir)!r})) as library:\n"
        "    titles = [w.title for w in library.list_workshops()]\n"
        "print('alembic' in sys.modules, titles)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False ['Runder Tisch Seniorenarbeit']"


def test_every_migration_can_be_undone(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    engine = create_engine(f"sqlite:///{tmp_path / 'probe.sqlite'}")
    config = Config()
    config.set_main_option("script_location", str(revisions.MIGRATIONS_DIR))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            command.downgrade(config, "base")
            tables = set(inspect(connection).get_table_names())
    finally:
        engine.dispose()
    assert tables == {"alembic_version"}


def test_creating_a_library_another_werkstatt_just_created_changes_nothing(
    tmp_path: Path,
) -> None:
    """Two programs opening the same new folder both see an empty file; the second to get
    the write lock finds the tables there and leaves them."""
    from werkstatt.store.migrate import create_at_head

    engine = create_engine(f"sqlite:///{tmp_path / 'new.sqlite'}")
    try:
        for _ in range(2):
            with engine.begin() as connection:
                create_at_head(connection)
        with engine.connect() as connection:
            versions = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    finally:
        engine.dispose()
    assert versions == [(revisions.HEAD_REVISION,)]
