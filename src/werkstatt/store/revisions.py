"""What this Werkstatt knows about library files, kept as constants.

Opening a library that is already at the head revision must not import Alembic (it costs
about a third of a second at start-up), so the revision chain is written down here as
well as in ``migrations/versions/``. tests/store/test_store_schema.py
(test_revision_constants_equal_what_alembic_reports) checks that the two agree; a new
migration means a new entry at the end of ``KNOWN_REVISIONS``.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import Enum
from pathlib import Path
from typing import Final

from werkstatt.store.errors import LibraryTooNewError

#: PRAGMA application_id of every Werkstatt library: b"WKST" read as a big-endian int.
APPLICATION_ID: Final = 0x574B5354

#: Every schema revision this Werkstatt can read, oldest first.
KNOWN_REVISIONS: Final[tuple[str, ...]] = ("0001", "0002", "0003", "0004")

#: The revision this Werkstatt writes; a library at an earlier one is migrated on open.
HEAD_REVISION: Final = KNOWN_REVISIONS[-1]

MIGRATIONS_DIR: Final = Path(__file__).resolve().parent / "migrations"


class OpenStep(Enum):
    """What opening a library at a given revision has to do before it can be used."""

    READY = "ready"
    CREATE = "create"  # nothing there yet: create the tables at the head revision
    MIGRATE = "migrate"  # an older library: back it up, then run the pending migrations


def plan_open(path: Path, found: Collection[str]) -> OpenStep:
    """Decide from the revision(s) in the file's alembic_version; refuse unknown ones.

    Reads the module constants at call time, so a test can pretend a newer head.
    """
    unknown = sorted(set(found) - set(KNOWN_REVISIONS))
    if unknown or len(found) > 1:
        # Several heads is a branched history, which only a newer Werkstatt could write.
        raise LibraryTooNewError(path, ",".join(unknown or sorted(found)))
    if not found:
        return OpenStep.CREATE
    (revision,) = found
    return OpenStep.READY if revision == HEAD_REVISION else OpenStep.MIGRATE
