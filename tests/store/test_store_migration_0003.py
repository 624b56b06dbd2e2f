"""A library written by the release that ran the day (schema 0002), with cards, opened by
this Werkstatt: backed up, migrated to 0003, every card kept, the new tables usable."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, insert, text

from werkstatt.core import clustering
from werkstatt.core.records import Card
from werkstatt.store import revisions, sqlite_file
from werkstatt.store.library import BACKUPS_DIR, LIBRARY_FILE, Library
from werkstatt.store.models import PhaseRow, WorkshopRow

CREATED = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)
NEW_TABLES = {"clusters", "card_placements", "votes", "actions", "reality_checks", "photos"}
# Deleted shortly before the update (older deleted rows are purged on opening).
DELETED = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
CARDS = [
    ("Radweg in der Bahnhofstraße endet im Nichts", "blue", "Jürgen Weiß", None),
    ("Quartiersentwicklungskonzept liegt in der Schublade", "", "", None),
    ("Gençler için buluşma yeri yok", "pink", "Ayşe Yılmaz", None),
    ("Zu wenig Sitzbänke am Marktplatz", "", "", DELETED),
]


def _pragmas(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA foreign_keys = ON")


def _library_at_0002(data_dir: Path) -> Path:
    """A library file as the 0002 release left it: a workshop with a card collection
    and a clustering phase planned after it."""
    path = data_dir / LIBRARY_FILE
    sqlite_file.create_library_file(path)
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda connection, _record: _pragmas(connection))
    config = Config()
    config.set_main_option("script_location", str(revisions.MIGRATIONS_DIR))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0002")
            connection.execute(
                insert(WorkshopRow),
                {
                    "id": 1,
                    "uid": "0b6f2d4c8e1a4f3b9c7d5e3f1a2b4c6d",
                    "title": "Zukunftswerkstatt Ortsmitte Großbeeren",
                    "method": "zukunftswerkstatt",
                    "moderators": "Przemysław Wójcik",
                    "status": "running",
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
                        [("cards", "Kritikphase"), ("cluster", "Kritik clustern")]
                    )
                ],
            )
            # Written as the 0002 schema has them: no origin column yet.
            for n, (card_text, colour, author, deleted_at) in enumerate(CARDS):
                connection.execute(
                    text(
                        "INSERT INTO cards (id, phase_id, position, text, colour, author,"
                        " created_at, deleted_at) VALUES (:id, 10, :position, :text, :colour,"
                        " :author, :created_at, :deleted_at)"
                    ),
                    {
                        "id": 100 + n,
                        "position": min(n, 2),
                        "text": card_text,
                        "colour": colour,
                        "author": author,
                        "created_at": CREATED.replace(tzinfo=None) + dt.timedelta(minutes=n),
                        "deleted_at": deleted_at and deleted_at.replace(tzinfo=None),
                    },
                )
    finally:
        engine.dispose()
    return path


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


def test_a_0002_library_with_cards_is_backed_up_and_migrated_without_loss(
    data_dir: Path,
) -> None:
    path = _library_at_0002(data_dir)
    assert _revision(path) == "0002"
    assert not NEW_TABLES & _tables(path)

    with Library.open(data_dir) as library:
        cards = library.cards.list(10)
        assert cards == [
            Card(
                id=100 + n,
                phase_id=10,
                position=n,
                text=card_text,
                colour=colour,
                author=author,
                created_at=CREATED + dt.timedelta(minutes=n),
                origin="",
            )
            for n, (card_text, colour, author, _deleted) in enumerate(CARDS[:3])
        ]
        # The deleted card is still there to be restored, with an empty origin too.
        restored = library.cards.restore(103)
        assert (restored.text, restored.origin, restored.position) == (CARDS[3][0], "", 2)
        # The old workshop's clustering phase gets a board of its cards.
        state = library.board.load(11)
        assert state.source_phase_id == 10
        assert state.board.unsorted == (100, 101, 103, 102)
        edit = clustering.create_cluster(
            state.board, library.board.new_cluster_id(), "Treffpunkte", card_ids=[102]
        )
        assert library.board.apply(11, edit.change).board.cards_in(edit.change.added[0].id) == (
            102,
        )

    assert _revision(path) == revisions.HEAD_REVISION
    assert _tables(path) >= NEW_TABLES
    (backup,) = (data_dir / BACKUPS_DIR).iterdir()
    assert backup.name.startswith("library-0002-")
    assert _revision(backup) == "0002"
    assert not NEW_TABLES & _tables(backup)
    connection = sqlite3.connect(backup)
    try:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(cards)")}
        texts = [r[0] for r in connection.execute("SELECT text FROM cards ORDER BY id")]
    finally:
        connection.close()
    assert "origin" not in columns
    assert texts == [card_text for card_text, *_rest in CARDS]

    with Library.open(data_dir) as library:
        assert [c.id for c in library.cards.list(10)] == [100, 101, 103, 102]
        assert [c.title for c in library.board.load(11).board.clusters] == ["Treffpunkte"]
    assert len(list((data_dir / BACKUPS_DIR).iterdir())) == 1
