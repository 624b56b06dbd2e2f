"""The 30-day purge on open is a write; when the disk refuses it, the library still opens.

The connection hook installs a temporary trigger that makes deleting a workshop fail with
the error SQLite gives for a full disk, a failing drive or a read-only file: every other
write still works, so what is tested is exactly the purge's failure."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from werkstatt.core.records import WorkshopDraft
from werkstatt.methods.model import PhaseDraft
from werkstatt.store.errors import NotFoundError
from werkstatt.store.library import LIBRARY_FILE, Library


def _set_deleted_at(data_dir: Path, workshop_id: int, when: dt.datetime) -> None:
    connection = sqlite3.connect(data_dir / LIBRARY_FILE)
    connection.execute(
        "UPDATE workshops SET deleted_at = ? WHERE id = ?",
        (when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f"), workshop_id),
    )
    connection.commit()
    connection.close()


def _refusing_deletes(message: str) -> Callable[[sqlite3.Connection], None]:
    def hook(connection: sqlite3.Connection) -> None:
        connection.execute(
            "CREATE TEMP TRIGGER refuse_purge BEFORE DELETE ON main.workshops "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )

    return hook


@pytest.mark.parametrize(
    "message",
    ["database or disk is full", "disk I/O error", "attempt to write a readonly database"],
)
def test_a_failing_purge_does_not_stop_the_library_from_opening(
    data_dir: Path,
    draft: WorkshopDraft,
    phases: list[PhaseDraft],
    message: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with Library.open(data_dir) as library:
        old = library.create_workshop(dataclasses.replace(draft, title="Lange gelöscht"), phases)
        kept = library.create_workshop(dataclasses.replace(draft, title="Lebendig"), phases)
        library.delete_workshop(old.id)
    _set_deleted_at(data_dir, old.id, dt.datetime.now(dt.UTC) - dt.timedelta(days=31))

    with (
        caplog.at_level(logging.WARNING, logger="werkstatt.store.library"),
        Library.open(data_dir, connection_hook=_refusing_deletes(message)) as library,
    ):
        assert [w.title for w in library.list_workshops()] == ["Lebendig"]
        assert len(library.list_phases(kept.id)) == len(phases)
        # Other writes still work: only the tidying up failed.
        library.update_workshop(kept.id, place="Stadtteilbibliothek Süd")
    assert any("Purging" in record.getMessage() for record in caplog.records)

    # The next start without trouble tries again and succeeds.
    with Library.open(data_dir) as library:
        with pytest.raises(NotFoundError):
            library.restore_workshop(old.id)
        assert library.get_workshop(kept.id).place == "Stadtteilbibliothek Süd"
