"""The library: the one place that writes. Speaks in domain words, hands out records.

Every public method is one short transaction, committed before it returns, so that what
the screen shows as done is on disk. The GUI never sees a session or SQL.

Deleting is soft (``deleted_at``) so that undo can bring a workshop or phase back with
everything that hangs off it; workshops deleted more than :data:`PURGE_AFTER` ago are
removed for good when the library is opened exclusively (if the disk refuses that write,
it is logged and tried again at the next start).

Timestamps in the records are aware datetimes in UTC.

What happens on the day lives in small parts that share this class's transaction helper:
``library.run`` (store.running), ``library.cards`` (store.cards) and ``library.feedback``
(store.feedback); :meth:`Library.snapshot` reads a workshop for the protocol.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from filelock import FileLock, Timeout
from sqlalchemy import Connection, Engine, create_engine, delete, event, inspect, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from werkstatt.core.records import Phase, Workshop, WorkshopDraft, WorkshopStatus
from werkstatt.core.search import Query
from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.methods.templates import template_document, template_key
from werkstatt.store import logos, revisions, sqlite_file, validation
from werkstatt.store.cards import Cards
from werkstatt.store.db_errors import translated_errors
from werkstatt.store.errors import (
    DamagedLibraryError,
    DataDirUnusableError,
    DiskFullError,
    LibraryClosedError,
    LibraryInUseError,
    NoPhasesError,
    NotFoundError,
    StorageIOError,
)
from werkstatt.store.feedback import FeedbackEntries
from werkstatt.store.models import (
    ActionRow,
    AgendaSlotRow,
    AgendaSpaceRow,
    CardRow,
    ClusterRow,
    FeedbackEntryRow,
    PhaseRow,
    PhotoRow,
    ProposalRow,
    RealityCheckRow,
    SessionReportRow,
    UserTemplateRow,
    VoteRow,
    WorkshopRow,
)
from werkstatt.store.references import KindChange, ReferenceReset, reset_unfitting
from werkstatt.store.references import relink as _relink
from werkstatt.store.rows import checked_index as _index
from werkstatt.store.rows import live_phase_and_workshop as _live_phase_and_workshop
from werkstatt.store.rows import live_phases as _live_phases
from werkstatt.store.rows import live_workshop as _live_workshop
from werkstatt.store.rows import now as _now
from werkstatt.store.rows import phase_and_workshop as _phase_and_workshop
from werkstatt.store.rows import phase_record as _phase_record
from werkstatt.store.rows import workshop_record as _workshop_record
from werkstatt.store.running import PhaseRuns

if TYPE_CHECKING:
    from werkstatt.store.actions import Actions
    from werkstatt.store.agenda import Agendas
    from werkstatt.store.archive import Archives
    from werkstatt.store.board import Boards
    from werkstatt.store.cafe import Cafes
    from werkstatt.store.photos import Photos
    from werkstatt.store.reality_checks import RealityChecks
    from werkstatt.store.reports import SessionReports
    from werkstatt.store.votes import Votes

LIBRARY_FILE = "library.sqlite"
#: Own templates' keys start with this, so that they never clash with a built-in method's.
USER_TEMPLATE_PREFIX = "user_"
LOCK_FILE = "library.lock"
BACKUPS_DIR = "backups"
PURGE_AFTER = dt.timedelta(days=30)

_log = logging.getLogger(__name__)

# Execution option that makes a transaction start with BEGIN IMMEDIATE: a write
# transaction then waits for the write lock up front (busy_timeout) instead of failing
# half-way when another connection wrote since it started reading.
_WRITE_OPTION = "werkstatt_write"


class Library:
    """An open Werkstatt library (one SQLite file in a data folder)."""

    def __init__(self, data_dir: Path, engine: Engine, lock: FileLock | None) -> None:
        """Use :meth:`open`; this only assembles what it has prepared."""
        self._data_dir = data_dir
        self._path = data_dir / LIBRARY_FILE
        self._engine: Engine | None = engine
        self._write_engine = engine.execution_options(**{_WRITE_OPTION: True})
        self._lock = lock
        # The day's parts live in modules of their own and share the transaction helper.
        self.run = PhaseRuns(self._transaction)
        self.cards = Cards(self._transaction)
        self.feedback = FeedbackEntries(self._transaction)

    # The results' parts are made on first use: their modules (and the rules they bring
    # along) are not needed to show the library, and start-up is measured in tenths.
    @functools.cached_property
    def board(self) -> Boards:
        from werkstatt.store.board import Boards

        return Boards(self._transaction)

    @functools.cached_property
    def votes(self) -> Votes:
        from werkstatt.store.votes import Votes

        return Votes(self._transaction)

    @functools.cached_property
    def actions(self) -> Actions:
        from werkstatt.store.actions import Actions

        return Actions(self._transaction)

    @functools.cached_property
    def reality_checks(self) -> RealityChecks:
        from werkstatt.store.reality_checks import RealityChecks

        return RealityChecks(self._transaction)

    @functools.cached_property
    def photos(self) -> Photos:
        from werkstatt.store.photos import Photos

        return Photos(self._transaction)

    @functools.cached_property
    def archives(self) -> Archives:
        from werkstatt.store.archive import Archives

        return Archives(self._transaction)

    @functools.cached_property
    def cafe(self) -> Cafes:
        from werkstatt.store.cafe import Cafes

        return Cafes(self._transaction)

    @functools.cached_property
    def agenda(self) -> Agendas:
        from werkstatt.store.agenda import Agendas

        return Agendas(self._transaction)

    @functools.cached_property
    def reports(self) -> SessionReports:
        from werkstatt.store.reports import SessionReports

        return SessionReports(self._transaction)

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        exclusive: bool = True,
        connection_hook: sqlite_file.ConnectionHook | None = None,
    ) -> Library:
        """Open or create the library in ``data_dir``; migrate it (after a backup).

        ``exclusive`` takes the single-instance lock (the GUI does; read-only command-line
        use does not). ``connection_hook`` is called with every new sqlite3 connection
        after the library's own pragmas (tests use it to limit the file size). Raises the
        EnvironmentProblem subclasses of store.errors.
        """
        data_dir = Path(data_dir)
        _ensure_data_dir(data_dir)
        path = data_dir / LIBRARY_FILE
        lock = _take_lock(data_dir, path) if exclusive else None
        try:
            engine = _prepare(data_dir, path, lock, connection_hook)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        library = cls(data_dir, engine, lock)
        if exclusive:
            try:
                library._purge_deleted(_now() - PURGE_AFTER)
            except (DiskFullError, StorageIOError, DataDirUnusableError, LibraryInUseError) as exc:
                # Tidying up is no reason to refuse a library that reads fine: the rows
                # stay hidden, and the next start tries again.
                _log.warning("Purging deleted workshops failed, retried next start: %s", exc)
            except BaseException:
                library.close()
                raise
        return library

    @property
    def path(self) -> Path:
        return self._path

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    @property
    def closed(self) -> bool:
        return self._engine is None

    def close(self) -> None:
        """Close the connections and release the lock; closing twice is harmless."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else ("exclusive" if self._lock else "shared")
        return f"<Library {self._path} {state}>"

    def integrity_ok(self) -> bool:
        """Whether the database's own consistency check finds nothing wrong (it reads
        the whole file: seconds for a big library, so not for the GUI thread)."""
        try:
            with self._transaction(write=False) as session:
                if session.get_bind().dialect.name != "sqlite":
                    return True
                rows = session.execute(text("PRAGMA integrity_check")).scalars().all()
        except DamagedLibraryError:
            # Damage bad enough that the check itself stumbles is still an answer.
            return False
        return rows == ["ok"]

    # workshops ---------------------------------------------------------------
    def list_workshops(
        self, search: str = "", *, method_name: Callable[[str], str] | None = None
    ) -> list[Workshop]:
        """Live workshops matching every word of ``search`` as werkstatt.core.search
        defines it (title, method name, place, client, moderators; case, umlauts and ß
        do not matter). ``method_name`` turns a method's key into its display name; the
        key itself is searched without it.

        Order: newest date first, and within a date the later start first; workshops
        without a date come last; ties go to the most recently changed.
        """
        with self._transaction(write=False) as session:
            rows = session.scalars(select(WorkshopRow).where(WorkshopRow.deleted_at.is_(None)))
            workshops = [_workshop_record(row) for row in rows]
        # Filtered and sorted here rather than in SQL: SQLite's lower() and LIKE fold only
        # ASCII, and a library holds hundreds of workshops, not millions.
        query = Query(search)
        if query:
            name = method_name or (lambda key: key)
            workshops = [w for w in workshops if query.matches(w, name(w.method))]
        _sort_newest_first(workshops)
        return workshops

    def get_workshop(self, workshop_id: int) -> Workshop:
        with self._transaction(write=False) as session:
            return _workshop_record(_live_workshop(session, workshop_id))

    def create_workshop(self, draft: WorkshopDraft, phases: Sequence[PhaseDraft]) -> Workshop:
        values = validation.checked(
            validation.WORKSHOP_FIELDS,
            {name: getattr(draft, name) for name in validation.WORKSHOP_FIELDS},
        )
        phase_values = [_phase_draft_values(phase) for phase in phases]
        now = _now()
        with self._transaction(write=True) as session:
            row = WorkshopRow(
                uid=uuid.uuid4().hex,
                status=WorkshopStatus.PLANNED.value,
                created_at=now,
                changed_at=now,
                **values,
            )
            session.add(row)
            session.flush()
            for position, phase in enumerate(phase_values):
                session.add(PhaseRow(workshop_id=row.id, position=position, **phase))
            session.flush()
            return _workshop_record(row)

    def update_workshop(self, workshop_id: int, **changes: Any) -> Workshop:
        """Change any WorkshopDraft field or ``status``; an unknown name is an
        InvalidValueError. ``changed_at`` moves only if a value really changed."""
        values = validation.checked(validation.WORKSHOP_CHANGE_FIELDS, changes)
        with self._transaction(write=True) as session:
            row = _live_workshop(session, workshop_id)
            if "status" in values:
                values["status"] = values["status"].value
            if _assign(row, values):
                row.changed_at = _now()
                session.flush()
            return _workshop_record(row)

    def duplicate_workshop(self, workshop_id: int, title: str) -> Workshop:
        """A new planned workshop with ``title``, the same facts and a copy of the live
        phases (no actual times); it gets its own uid."""
        new_title = validation.title("title", title)
        now = _now()
        with self._transaction(write=True) as session:
            source = _live_workshop(session, workshop_id)
            copy = WorkshopRow(
                uid=uuid.uuid4().hex,
                title=new_title,
                method=source.method,
                date=source.date,
                start_time=source.start_time,
                place=source.place,
                client=source.client,
                moderators=source.moderators,
                expected_participants=source.expected_participants,
                notes=source.notes,
                status=WorkshopStatus.PLANNED.value,
                language=source.language,
                created_at=now,
                changed_at=now,
            )
            session.add(copy)
            session.flush()
            for position, phase in enumerate(_live_phases(session, source.id)):
                session.add(
                    PhaseRow(
                        workshop_id=copy.id,
                        position=position,
                        key=phase.key,
                        kind=phase.kind,
                        title=phase.title,
                        question=phase.question,
                        script=phase.script,
                        planned_minutes=phase.planned_minutes,
                        settings=validation.settings("settings", phase.settings),
                    )
                )
            session.flush()
            logos.copy_logo(session, source.id, copy.id)
            return _workshop_record(copy)

    def delete_workshop(self, workshop_id: int) -> None:
        """Hide the workshop (undo: :meth:`restore_workshop`); its phases stay as they are."""
        with self._transaction(write=True) as session:
            _live_workshop(session, workshop_id).deleted_at = _now()

    def restore_workshop(self, workshop_id: int) -> Workshop:
        """Bring a deleted workshop back with its phases; a live one is returned as is."""
        with self._transaction(write=True) as session:
            row = session.get(WorkshopRow, workshop_id)
            if row is None:
                raise NotFoundError("workshop", workshop_id)
            row.deleted_at = None
            session.flush()
            return _workshop_record(row)

    # phases ------------------------------------------------------------------
    def list_phases(self, workshop_id: int) -> list[Phase]:
        with self._transaction(write=False) as session:
            _live_workshop(session, workshop_id)
            return [_phase_record(row) for row in _live_phases(session, workshop_id)]

    def add_phase(self, workshop_id: int, draft: PhaseDraft, index: int | None = None) -> Phase:
        """Insert a phase at ``index`` (0..number of phases; None appends)."""
        values = _phase_draft_values(draft)
        with self._transaction(write=True) as session:
            workshop = _live_workshop(session, workshop_id)
            phases = _live_phases(session, workshop_id)
            at = len(phases) if index is None else _index("index", index, len(phases))
            row = PhaseRow(workshop_id=workshop_id, position=at, **values)
            session.add(row)
            phases.insert(at, row)
            _renumber(phases)
            workshop.changed_at = _now()
            session.flush()
            return _phase_record(row)

    def remove_phase(self, phase_id: int) -> tuple[ReferenceReset, ...]:
        """Hide the phase (undo: :meth:`restore_phase`); the others close the gap.

        References of other phases that named it are emptied in the same transaction;
        the returned resets are what undo hands to ``restore_phase(relink=...)``.
        """
        with self._transaction(write=True) as session:
            row, workshop = _phase_and_workshop(session, phase_id)
            if row.deleted_at is not None:
                raise NotFoundError("phase", phase_id)
            now = _now()
            row.deleted_at = now
            # row keeps its position: restore_phase puts it back there.
            remaining = [p for p in _live_phases(session, workshop.id) if p.id != row.id]
            _renumber(remaining)
            resets = reset_unfitting(remaining)
            workshop.changed_at = now
            return resets

    def restore_phase(self, phase_id: int, *, relink: Iterable[ReferenceReset] = ()) -> Phase:
        """Put a removed phase back at the position it had; a live one is returned as is.

        ``relink``: what :meth:`remove_phase` reset; set again where it fits now.
        """
        with self._transaction(write=True) as session:
            row, workshop = _phase_and_workshop(session, phase_id)
            changed = False
            phases = _live_phases(session, workshop.id)
            if row.deleted_at is not None:
                phases = [p for p in phases if p.id != row.id]
                phases.insert(min(row.position, len(phases)), row)
                row.deleted_at = None
                _renumber(phases)
                changed = True
            changed = _relink(phases, relink) or changed
            if changed:
                workshop.changed_at = _now()
                session.flush()
            return _phase_record(row)

    def move_phase(self, phase_id: int, index: int) -> list[Phase]:
        """Move a phase to ``index`` (0..number of phases - 1); return the new order."""
        with self._transaction(write=True) as session:
            row, workshop = _live_phase_and_workshop(session, phase_id)
            phases = [p for p in _live_phases(session, workshop.id) if p.id != row.id]
            phases.insert(_index("index", index, len(phases)), row)
            if _renumber(phases):
                workshop.changed_at = _now()
                session.flush()
            return [_phase_record(p) for p in phases]

    def update_phase(
        self, phase_id: int, *, relink: Iterable[ReferenceReset] = (), **changes: Any
    ) -> Phase:
        """Change kind, title, question, script, planned_minutes or settings.

        A new kind without new settings keeps the settings the new kind shares with the
        old one (if they still validate) and takes the defaults for the rest. References
        that stop fitting are emptied, as :meth:`change_kind` says; ``relink`` sets
        earlier resets again (undo of a change of kind).
        """
        return self._update_phase(phase_id, relink, changes).phase

    def change_kind(self, phase_id: int, kind: PhaseKind | str) -> KindChange:
        """Give the phase another kind (its settings as :meth:`update_phase` does) and
        empty the references, its own and other phases', that no longer fit; the
        returned resets are what undo hands to ``update_phase(relink=...)``."""
        return self._update_phase(phase_id, (), {"kind": kind})

    def _update_phase(
        self, phase_id: int, relink: Iterable[ReferenceReset], changes: Mapping[str, Any]
    ) -> KindChange:
        values = validation.checked(validation.PHASE_FIELDS, changes)
        with self._transaction(write=True) as session:
            row, workshop = _live_phase_and_workshop(session, phase_id)
            kind = values.get("kind", PhaseKind(row.kind))
            if "settings" in values:
                values["settings"] = validation.phase_settings(kind, values["settings"])
            elif "kind" in values:
                values["settings"] = validation.phase_settings(
                    kind, row.settings, keep_what_fits=True
                )
            if "kind" in values:
                values["kind"] = values["kind"].value
            changed = _assign(row, values)
            resets: tuple[ReferenceReset, ...] = ()
            if "kind" in values or relink:
                phases = _live_phases(session, workshop.id)
                if "kind" in values:
                    resets = reset_unfitting(phases)
                changed = _relink(phases, relink) or bool(resets) or changed
            if changed:
                workshop.changed_at = _now()
                session.flush()
            return KindChange(_phase_record(row), resets)

    # the cover's logo ----------------------------------------------------------
    def set_logo(self, workshop_id: int, data: bytes, filename: str) -> None:
        """Put the image file ``data`` (JPEG/PNG/WebP/GIF, at most 5 MB) on the workshop's
        protocol cover; the original bytes are kept. Raises core.photos.PhotoError
        subclasses for a file that is no such image, NotFoundError for no workshop."""
        prepared = logos.prepare_logo(data, filename)
        with self._transaction(write=True) as session:
            logos.set_logo(session, workshop_id, prepared)

    def clear_logo(self, workshop_id: int) -> None:
        """Take the logo off the workshop's cover (none: nothing happens)."""
        with self._transaction(write=True) as session:
            logos.clear_logo(session, workshop_id)

    def logo(self, workshop_id: int) -> tuple[bytes, str] | None:
        """The workshop's logo as (bytes, media type), or None."""
        with self._transaction(write=False) as session:
            return logos.read_logo(session, workshop_id)

    # the day ------------------------------------------------------------------
    def snapshot(self, workshop_id: int, *, method_name: str = "") -> WorkshopSnapshot:
        """The workshop as the protocol shows it, read in one transaction.
        ``method_name`` is the method's display name in the workshop's language (the
        store knows only the method's key)."""
        with self._transaction(write=False) as session:
            from werkstatt.store.snapshot import read_snapshot

            return read_snapshot(session, workshop_id, method_name)

    # own templates -----------------------------------------------------------
    def save_as_template(self, workshop_id: int, name: str) -> str:
        """Store the workshop's live phases as an own template called ``name``; return its
        key (``user_<slug>``, unique among the own templates).

        Raises NoPhasesError for a workshop without phases. Templates share the store's
        limits (werkstatt.methods.limits), so a TemplateError (carried out as itself)
        means a bug rather than a workshop the moderator could fix.
        """
        template_name = validation.title("name", name)
        with self._transaction(write=True) as session:
            workshop = _live_workshop(session, workshop_id)
            phases = [_phase_record(row) for row in _live_phases(session, workshop_id)]
            if not phases:
                raise NoPhasesError(workshop_id, workshop.title)
            taken = {
                key.removeprefix(USER_TEMPLATE_PREFIX)
                for key in session.scalars(select(UserTemplateRow.key))
            }
            key = USER_TEMPLATE_PREFIX + template_key(template_name, taken)
            document = template_document(key, template_name, workshop.language, phases)
            session.add(
                UserTemplateRow(key=key, name=template_name, document=document, created_at=_now())
            )
        return key

    def user_templates(self) -> list[Mapping[str, Any]]:
        """The own templates' documents, oldest first (fresh copies, safe to change)."""
        with self._transaction(write=False) as session:
            rows = session.scalars(
                select(UserTemplateRow).order_by(UserTemplateRow.created_at, UserTemplateRow.key)
            )
            return [row.document for row in rows]

    def delete_user_template(self, key: str) -> None:
        with self._transaction(write=True) as session:
            row = session.get(UserTemplateRow, key)
            if row is None:
                raise NotFoundError("template", key)
            session.delete(row)

    # internals ---------------------------------------------------------------
    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        if self._engine is None:
            raise LibraryClosedError(self._path)
        engine = self._write_engine if write else self._engine
        with (
            translated_errors(self._path),
            Session(engine, expire_on_commit=False, autoflush=False) as session,
            session.begin(),
        ):
            yield session

    def _purge_deleted(self, before: dt.datetime) -> None:
        """Remove for good what was deleted before ``before`` (a workshop's phases and a
        phase's cards, entries and timer go by cascade)."""
        models = (
            WorkshopRow,
            PhaseRow,
            CardRow,
            FeedbackEntryRow,
            ClusterRow,
            ActionRow,
            RealityCheckRow,
            PhotoRow,
            SessionReportRow,
            ProposalRow,
            AgendaSlotRow,
            AgendaSpaceRow,
        )
        # A proposal withdrawn after its session was reported stays while the report
        # does: its title is the report's heading (and the purge would cascade to it).
        reported = select(SessionReportRow.proposal_id).where(SessionReportRow.deleted_at.is_(None))
        stale = {
            model: [model.deleted_at < before]
            + ([ProposalRow.id.not_in(reported)] if model is ProposalRow else [])
            for model in models
        }
        with self._transaction(write=False) as session:
            # Looked up first so that an ordinary open does not take the write lock.
            found = [
                session.scalars(select(model.id).where(*where).limit(1)).first()
                for model, where in stale.items()
            ]
        if all(row is None for row in found):
            return
        with self._transaction(write=True) as session:
            for model, where in stale.items():
                session.execute(delete(model).where(*where))
            # Dots have no foreign key to their target (a cluster, card or proposal): those
            # of purged targets go too, so that a new row with a reused id starts at zero.
            for kind, target in (
                ("cluster", ClusterRow),
                ("card", CardRow),
                ("proposal", ProposalRow),
            ):
                session.execute(
                    delete(VoteRow).where(
                        VoteRow.target_kind == kind, VoteRow.target_id.not_in(select(target.id))
                    )
                )


# opening ---------------------------------------------------------------------
def _ensure_data_dir(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirUnusableError(data_dir, exc.strerror or str(exc)) from exc
    # os.access also reports a read-only file system; as root it allows everything else.
    if not os.access(data_dir, os.W_OK | os.X_OK):
        raise DataDirUnusableError(data_dir, "not writable")


def _take_lock(data_dir: Path, path: Path) -> FileLock:
    """The single-instance lock: an OS file lock, so it dies with the process."""
    lock = FileLock(data_dir / LOCK_FILE, timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise LibraryInUseError(path) from exc
    except OSError as exc:
        raise DataDirUnusableError(data_dir, exc.strerror or str(exc)) from exc
    return lock


@contextmanager
def _writing(data_dir: Path, path: Path, lock: FileLock | None) -> Iterator[None]:
    """Hold the single-instance lock for a change to the file's schema: a shared opener
    takes it just for that, so it never migrates a library another Werkstatt is using."""
    if lock is not None:
        yield
        return
    temporary = _take_lock(data_dir, path)
    try:
        yield
    finally:
        temporary.release()


def _make_engine(path: Path, hook: sqlite_file.ConnectionHook | None) -> Engine:
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        sqlite_file.configure_connection(dbapi_connection)
        if hook is not None:
            hook(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(_WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _read_revisions(engine: Engine) -> list[str]:
    with engine.begin() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return []
        return list(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())


def _prepare(
    data_dir: Path,
    path: Path,
    lock: FileLock | None,
    hook: sqlite_file.ConnectionHook | None,
) -> Engine:
    """Create or check and migrate the file; return an engine on a library at head."""
    if not sqlite_file.is_existing_library(path):
        with _writing(data_dir, path, lock):
            # Another shared opener may have created it while we waited for the lock.
            if not sqlite_file.is_existing_library(path):
                sqlite_file.create_library_file(path)
    engine = _make_engine(path, hook)
    try:
        with translated_errors(path):
            step = revisions.plan_open(path, _read_revisions(engine))
            if step is not revisions.OpenStep.READY:
                with _writing(data_dir, path, lock):
                    _migrate(engine, data_dir, path, step)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _migrate(engine: Engine, data_dir: Path, path: Path, step: revisions.OpenStep) -> None:
    from werkstatt.store.migrate import create_at_head, upgrade_to_head

    if step is revisions.OpenStep.MIGRATE:
        # Never migrate (or back up as if good) a damaged file: say so instead.
        with engine.begin() as connection:
            if connection.exec_driver_sql("PRAGMA quick_check").scalars().all() != ["ok"]:
                raise DamagedLibraryError(path, "quick_check failed")
        (old,) = _read_revisions(engine)
        sqlite_file.backup_library(path, data_dir / BACKUPS_DIR, old)
    with engine.connect() as connection:
        # Off for the migration: SQLite's batch mode copies a table, drops the old one and
        # renames the copy, and dropping ``workshops`` with foreign keys on would cascade
        # and delete every phase. The pragma is a no-op inside a transaction, so it is set
        # on the raw connection before BEGIN, and the keys are checked before COMMIT.
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.execution_options(**{_WRITE_OPTION: True}).begin():
                if step is revisions.OpenStep.CREATE:
                    create_at_head(connection)
                else:
                    upgrade_to_head(connection)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    # Raised inside the transaction: the whole migration is rolled back.
                    table, rowid, parent, _ = broken[0]
                    raise DamagedLibraryError(
                        path,
                        f"foreign_key_check after migration: {len(broken)} rows, "
                        f"first {table} row {rowid} -> {parent}",
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


# records -----------------------------------------------------------------------
def _phase_draft_values(draft: PhaseDraft) -> dict[str, Any]:
    values = validation.checked(
        validation.PHASE_FIELDS,
        {name: getattr(draft, name) for name in validation.PHASE_FIELDS},
    )
    values["settings"] = validation.phase_settings(values["kind"], values["settings"])
    values["kind"] = values["kind"].value
    return values


# queries and helpers ---------------------------------------------------------
def _renumber(phases: Sequence[PhaseRow]) -> bool:
    """Positions 0..n-1 in list order; True if any changed."""
    changed = False
    for position, phase in enumerate(phases):
        if phase.position != position:
            phase.position = position
            changed = True
    return changed


def _assign(row: WorkshopRow | PhaseRow, values: Mapping[str, Any]) -> bool:
    """Set what differs; True if anything did."""
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def _sort_newest_first(workshops: list[Workshop]) -> None:
    """Newest date first, later start first within a date, undated last; ties go to the
    most recently changed. Two stable sorts, because dates and times cannot be negated."""
    workshops.sort(key=lambda w: (w.changed_at, w.id), reverse=True)
    workshops.sort(
        key=lambda w: (
            w.date is not None,
            w.date or dt.date.min,
            w.start_time is not None,
            w.start_time or dt.time.min,
        ),
        reverse=True,
    )
