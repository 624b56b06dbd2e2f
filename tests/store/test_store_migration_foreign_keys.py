"""Migrations run with foreign keys off and are checked before they commit.

A later revision that alters ``workshops`` in SQLite's batch mode copies the table, drops
the old one and renames the copy. With ``foreign_keys`` on, the drop would cascade and
delete every phase (and with them every card). These tests run throwaway revisions from a
temporary copy of the migration scripts."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from werkstatt.core.records import WorkshopDraft
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store import revisions
from werkstatt.store.errors import DamagedLibraryError
from werkstatt.store.library import LIBRARY_FILE, Library

NEXT = "9003"

BATCH_ALTER_WORKSHOPS = '''
"""Throwaway: make workshops.place nullable the way SQLite must (copy, drop, rename)."""
import sqlalchemy as sa
from alembic import op

revision = "{next}"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workshops", recreate="always") as batch:
        batch.alter_column("place", existing_type=sa.Text(), nullable=True)


def downgrade() -> None:
    pass
'''

ORPHAN_PHASE = '''
"""Throwaway: a broken migration that leaves a phase without its workshop."""
from alembic import op

revision = "{next}"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "INSERT INTO phases (workshop_id, position, key, kind, title, question, script, "
        "planned_minutes, settings, skipped) "
        "VALUES (4711, 0, '', 'briefing', 'Waise', '', '', 5, '{{}}', 0)"
    )


def downgrade() -> None:
    pass
'''


def _pretend_revision(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, source: str
) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(revisions.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = revisions.HEAD_REVISION
    (scripts / "versions" / f"{NEXT}_throwaway.py").write_text(
        source.format(next=NEXT, head=head), encoding="utf-8"
    )
    monkeypatch.setattr(revisions, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(revisions, "KNOWN_REVISIONS", (*revisions.KNOWN_REVISIONS, NEXT))
    monkeypatch.setattr(revisions, "HEAD_REVISION", NEXT)


def _filled_library(data_dir: Path) -> tuple[int, list[int]]:
    with Library.open(data_dir) as library:
        workshop = library.create_workshop(
            WorkshopDraft(
                title="Zukunftswerkstatt Quartiersentwicklungskonzept Nordstadt",
                method="zukunftswerkstatt",
                place="Bürgerhaus Nordstadt",
            ),
            [
                PhaseDraft(PhaseKind.BRIEFING, "Begrüßung"),
                PhaseDraft(PhaseKind.CARDS, "Kritikphase: Was stört uns?"),
            ],
        )
        phases = library.list_phases(workshop.id)
        library.cards.add(phases[1].id, "Zu wenig Bänke am Spielplatz")
        library.cards.add(phases[1].id, "Straßenbahn fährt abends zu selten")
        return workshop.id, [phase.id for phase in phases]


def _count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def _revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def test_a_batch_alter_of_workshops_keeps_phases_and_cards(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workshop_id, phase_ids = _filled_library(data_dir)
    _pretend_revision(monkeypatch, tmp_path, BATCH_ALTER_WORKSHOPS)

    with Library.open(data_dir) as library:
        assert [p.id for p in library.list_phases(workshop_id)] == phase_ids
        assert [c.text for c in library.cards.list(phase_ids[1])] == [
            "Zu wenig Bänke am Spielplatz",
            "Straßenbahn fährt abends zu selten",
        ]
        # The keys are on again after the migration, and still point to the new table.
        engine = library._engine
        assert engine is not None
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            parents = {
                row[2] for row in connection.exec_driver_sql("PRAGMA foreign_key_list(phases)")
            }
        assert parents == {"workshops"}
        assert library.integrity_ok()
    assert _revision(data_dir / LIBRARY_FILE) == NEXT


def test_a_migration_that_breaks_foreign_keys_is_rolled_back(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled_library(data_dir)
    path = data_dir / LIBRARY_FILE
    old_revision = _revision(path)
    _pretend_revision(monkeypatch, tmp_path, ORPHAN_PHASE)

    with pytest.raises(DamagedLibraryError) as caught:
        Library.open(data_dir)

    assert "foreign_key_check" in caught.value.detail
    assert _revision(path) == old_revision
    assert _count(path, "phases") == 2
