"""The library's tables as SQLAlchemy 2.0 typed models. Only the store sees them.

Dialect-neutral on purpose: an organisation will point Werkstatt at PostgreSQL one day, so
there is no SQLite-only type or SQL here (the SQLite pragmas live in ``sqlite_file``).
Times are stored in UTC; texts are ``Text`` except titles and keys, whose lengths the
store limits anyway.

How the later issues fit without reshaping these tables: everything a phase produces on
the day hangs off ``phases(id)`` with ``ON DELETE CASCADE`` and its own ``deleted_at``
where undo needs it. Since revision 0002 these are ``cards``, ``feedback_entries`` and
``phase_timers``, with the current phase in ``workshop_runs``; later ones, for example

- ``clusters(id, phase_id -> phases, position, title)``, and
  ``cards.cluster_id -> clusters ON DELETE SET NULL`` (a new nullable column)
- ``votes(id, phase_id -> phases, card_id -> cards | cluster_id -> clusters, dots)``
- ``tables(id, phase_id -> phases, name, host [personal])`` and
  ``rounds(id, phase_id -> phases, number, question)`` with
  ``table_notes(id, table_id -> tables, round_id -> rounds, text)``
- ``sessions(id, phase_id -> phases [the agenda wall], title, convener [personal], room,
  slot)`` and ``reports(id, session_id -> sessions, key_points, results, ...)``
- ``actions(id, phase_id -> phases, what, who [personal], due, first_step, status)``
- ``photos(id, phase_id -> phases, image bytes, caption, taken_at)``: the bytes live in
  the database so that a workshop travels as one file.

A purged workshop takes its phases along by cascade, and the phases take all of the
above. A soft-deleted phase hides its children without touching them, so restoring it
brings them back. ``workshops.uid`` is the identity a workshop keeps when it is exported
to a colleague's library and imported again. Columns that may hold personal data carry
``info={"personal": True}``; :func:`personal_columns` lists them for anonymisation.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from werkstatt.methods import limits

# Named constraints: SQLite's batch migrations can only drop or alter what has a name.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

PERSONAL = {"personal": True}

# The column sizes are the limits the store checks (werkstatt.methods.limits).
TITLE_LENGTH = limits.TITLE_MAX
KEY_LENGTH = limits.KEY_MAX
LANGUAGE_LENGTH = limits.LANGUAGE_MAX
STATUS_LENGTH = 16
KIND_LENGTH = 32
COLOUR_LENGTH = 20


class UtcDateTime(TypeDecorator[dt.datetime]):
    """An aware UTC datetime in every dialect (SQLite keeps no zone, so store UTC there)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the library; pass an aware one")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class WorkshopRow(Base):
    __tablename__ = "workshops"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(TITLE_LENGTH))
    method: Mapped[str] = mapped_column(String(KEY_LENGTH), server_default="")
    date: Mapped[dt.date | None] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(Text, server_default="")
    # The client (Auftraggeber) is mostly an office, but can be a named person.
    client: Mapped[str] = mapped_column(Text, server_default="", info=PERSONAL)
    moderators: Mapped[str] = mapped_column(Text, server_default="", info=PERSONAL)
    expected_participants: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, server_default="", info=PERSONAL)
    status: Mapped[str] = mapped_column(String(STATUS_LENGTH), server_default="planned")
    language: Mapped[str] = mapped_column(String(LANGUAGE_LENGTH), server_default="de")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)


class PhaseRow(Base):
    __tablename__ = "phases"
    __table_args__ = (Index("ix_phases_workshop_id_position", "workshop_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    # Dense 0..n-1 among the live phases; a removed phase keeps the position it had, so
    # that restoring it can put it back there.
    position: Mapped[int] = mapped_column(Integer)
    # The phase's name within its template ("kritik-karten"), which phase_ref settings of
    # other phases hold; empty for a phase the moderator added by hand.
    key: Mapped[str] = mapped_column(String(KEY_LENGTH), server_default="")
    kind: Mapped[str] = mapped_column(String(KIND_LENGTH))
    title: Mapped[str] = mapped_column(String(TITLE_LENGTH))
    question: Mapped[str] = mapped_column(Text, server_default="")
    script: Mapped[str] = mapped_column(Text, server_default="")
    planned_minutes: Mapped[int] = mapped_column(Integer, server_default="0")
    settings: Mapped[dict[str, Any]] = mapped_column(JSON)
    actual_start: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    actual_end: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    skipped: Mapped[bool] = mapped_column(Boolean, server_default=false())
    # Indexed so that the purge on open does not read every phase's texts.
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)


class WorkshopRunRow(Base):
    """Where a workshop stands on the day: its current phase. A table of its own rather
    than a column of ``workshops``, because SQLite can add a foreign key to an existing
    table only by copying it, and dropping the old ``workshops`` would cascade to every
    phase."""

    __tablename__ = "workshop_runs"

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True
    )
    # SET NULL: a purged phase simply stops being current.
    current_phase_id: Mapped[int | None] = mapped_column(
        ForeignKey("phases.id", ondelete="SET NULL"), index=True
    )
    # The UTC offset where the workshop was started: its actual times read the same on
    # every machine (core.clock). None until the first phase starts.
    utc_offset_minutes: Mapped[int | None] = mapped_column(default=None)


class PhaseTimerRow(Base):
    """The phase timer as last saved: enough to resume after a restart (core.timer)."""

    __tablename__ = "phase_timers"

    phase_id: Mapped[int] = mapped_column(
        ForeignKey("phases.id", ondelete="CASCADE"), primary_key=True
    )
    duration_seconds: Mapped[int] = mapped_column(Integer)
    elapsed_seconds: Mapped[float] = mapped_column(Float)
    running_since: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    muted: Mapped[bool] = mapped_column(Boolean, server_default=false())
    # the +1/+5 extensions, apart from the plan: the time box follows later plan changes
    extra_seconds: Mapped[int] = mapped_column(Integer, server_default="0")


class CardRow(Base):
    """A card of a card collection. ``position`` is dense 0..n-1 among the phase's live
    cards; a deleted card keeps the position it had, so that restoring it puts it back."""

    __tablename__ = "cards"
    # Serves the phase's cards in order, the position arithmetic and the phase's cascade.
    __table_args__ = (Index("ix_cards_phase_id_position", "phase_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(COLOUR_LENGTH), server_default="")
    author: Mapped[str] = mapped_column(Text, server_default="", info=PERSONAL)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)
    # The statement this card was turned from (a criticism reformulated as a vision): its
    # text, and the cluster or card it was while that exists.
    origin: Mapped[str] = mapped_column(Text, server_default="")
    origin_cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("clusters.id", ondelete="SET NULL"), index=True
    )
    origin_card_id: Mapped[int | None] = mapped_column(
        ForeignKey("cards.id", ondelete="SET NULL"), index=True
    )


class FeedbackEntryRow(Base):
    """One line and/or rating of a feedback round; positions as for cards."""

    __tablename__ = "feedback_entries"
    __table_args__ = (Index("ix_feedback_entries_phase_id_position", "phase_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, server_default="")
    rating: Mapped[int | None] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text, server_default="", info=PERSONAL)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)


class ClusterRow(Base):
    """A heading on a cluster phase's pinboard. ``position`` is the clusters' order
    (core.clustering.Cluster.order; gaps allowed). A deleted cluster keeps its id, so that
    undo brings the same cluster back (and the placements and votes that name it)."""

    __tablename__ = "clusters"
    __table_args__ = (Index("ix_clusters_phase_id_position", "phase_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(TITLE_LENGTH))
    colour: Mapped[str] = mapped_column(String(COLOUR_LENGTH), server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)


class CardPlacementRow(Base):
    """Which cluster of a cluster phase a card hangs in. No row: the card is unsorted.
    A table of its own (not ``cards.cluster_id``) because two cluster phases may sort the
    same card phase differently."""

    __tablename__ = "card_placements"

    phase_id: Mapped[int] = mapped_column(
        ForeignKey("phases.id", ondelete="CASCADE"), primary_key=True
    )
    card_id: Mapped[int] = mapped_column(
        ForeignKey("cards.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    cluster_id: Mapped[int] = mapped_column(
        ForeignKey("clusters.id", ondelete="CASCADE"), index=True
    )


class VoteRow(Base):
    """The dots one target (a cluster or a card, by ``target_kind``) got under one
    criterion in a vote phase. No foreign key to the target: it is one of two tables, and
    a vanished target's count is simply not shown."""

    __tablename__ = "votes"

    phase_id: Mapped[int] = mapped_column(
        ForeignKey("phases.id", ondelete="CASCADE"), primary_key=True
    )
    target_kind: Mapped[str] = mapped_column(String(STATUS_LENGTH), primary_key=True)
    target_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    criterion: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    dots: Mapped[int] = mapped_column(Integer)


class ActionRow(Base):
    """A row of an action plan; positions as for cards."""

    __tablename__ = "actions"
    __table_args__ = (Index("ix_actions_phase_id_position", "phase_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    what: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(Text, server_default="", info=PERSONAL)
    due: Mapped[str] = mapped_column(Text, server_default="")
    first_step: Mapped[str] = mapped_column(Text, server_default="")
    resources: Mapped[str] = mapped_column(Text, server_default="")
    status: Mapped[str] = mapped_column(String(STATUS_LENGTH), server_default="open")
    source: Mapped[str] = mapped_column(Text, server_default="")
    source_cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("clusters.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)


class RealityCheckRow(Base):
    """The reality check of one idea; positions as for cards."""

    __tablename__ = "reality_checks"
    __table_args__ = (Index("ix_reality_checks_phase_id_position", "phase_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    idea: Mapped[str] = mapped_column(Text)
    resources: Mapped[str] = mapped_column(Text, server_default="")
    allies: Mapped[str] = mapped_column(Text, server_default="", info=PERSONAL)
    obstacles: Mapped[str] = mapped_column(Text, server_default="")
    source_cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("clusters.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)


class PhotoRow(Base):
    """A photo of a phase, its file's bytes in the library so that a workshop travels as
    one file. Listing photos must not load ``data`` (deferred by the store's queries)."""

    __tablename__ = "photos"
    __table_args__ = (Index("ix_photos_phase_id_position", "phase_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str] = mapped_column(Text, server_default="")
    filename: Mapped[str] = mapped_column(String(TITLE_LENGTH), server_default="")
    media_type: Mapped[str] = mapped_column(String(KEY_LENGTH))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    byte_size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)


class CafeSetupRow(Base):
    """The set-up of a rounds phase (World Café): participants, tables, the seating plan.
    Read and written whole, so kept as JSON; see core.records.CafeSetup."""

    __tablename__ = "cafe_setups"

    phase_id: Mapped[int] = mapped_column(
        ForeignKey("phases.id", ondelete="CASCADE"), primary_key=True
    )
    participants: Mapped[int] = mapped_column(Integer)
    # badge number - 1 -> name or pseudonym
    names: Mapped[list[str]] = mapped_column(JSON, info=PERSONAL)
    # [{"name": ..., "host": ...}] by table; hosts' names are personal
    tables: Mapped[list[dict[str, str]]] = mapped_column(JSON, info=PERSONAL)
    seed: Mapped[int | None] = mapped_column(Integer)
    # {"rounds": [[[badge, ...] per table] per round], "hosts": [badge per table] | null}
    plan: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # Where the rounds stand on the day, so that a restart resumes them: the round shown
    # (from 0), the stage ("" waiting, "talking", "rotating", "finished"), and the stage's
    # start and length (None: not running).
    current_round: Mapped[int] = mapped_column(Integer, server_default="0")
    stage: Mapped[str] = mapped_column(String(STATUS_LENGTH), server_default="")
    stage_started_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    stage_seconds: Mapped[int | None] = mapped_column(Integer)


class WorkshopLogoRow(Base):
    """The logo on a workshop's protocol cover (the client's or the project's), as the
    image file's bytes; a table of its own so that listing workshops never loads it."""

    __tablename__ = "workshop_logos"

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True
    )
    media_type: Mapped[str] = mapped_column(String(KEY_LENGTH))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class TableNoteRow(Base):
    """A host's key points of one table in one round (indexes from 0)."""

    __tablename__ = "table_notes"
    __table_args__ = (
        Index(
            "ix_table_notes_phase_id_table_round",
            "phase_id",
            "table_index",
            "round_index",
            unique=True,
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phases.id", ondelete="CASCADE"))
    table_index: Mapped[int] = mapped_column(Integer)
    round_index: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AgendaSlotRow(Base):
    """A time slot (row) of an agenda wall phase; ``position`` is its order."""

    __tablename__ = "agenda_slots"
    __table_args__ = (Index("ix_agenda_slots_phase_id_position", "phase_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[dt.time] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text, server_default="")
    is_break: Mapped[bool] = mapped_column(Boolean, server_default=false())
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)


class AgendaSpaceRow(Base):
    """A space (column) of an agenda wall phase: room, capacity, equipment tags."""

    __tablename__ = "agenda_spaces"
    __table_args__ = (Index("ix_agenda_spaces_phase_id_position", "phase_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(TITLE_LENGTH))
    capacity: Mapped[int | None] = mapped_column(Integer)
    # tags separated by commas, as typed ("Beamer, barrierefrei")
    equipment: Mapped[str] = mapped_column(Text, server_default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)


class ProposalRow(Base):
    """A proposal of the Open Space marketplace, and where it hangs on the agenda wall
    (slot and space; None: not placed). A proposal merged into another session keeps
    its row, hidden behind ``merged_into_id``, so that undo can split them again."""

    __tablename__ = "proposals"
    __table_args__ = (Index("ix_proposals_phase_id_position", "phase_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(TITLE_LENGTH))
    convener: Mapped[str] = mapped_column(Text, server_default="", info=PERSONAL)
    description: Mapped[str] = mapped_column(Text, server_default="")
    expected: Mapped[int | None] = mapped_column(Integer)
    needs: Mapped[str] = mapped_column(Text, server_default="")
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("proposals.id", ondelete="SET NULL"), index=True
    )
    slot_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_slots.id", ondelete="SET NULL"), index=True
    )
    space_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_spaces.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)


class SessionReportRow(Base):
    """The report of one session (a proposal) in a reports phase."""

    __tablename__ = "session_reports"
    __table_args__ = (
        Index("ix_session_reports_phase_id_proposal_id", "phase_id", "proposal_id", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phases.id", ondelete="CASCADE"))
    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("proposals.id", ondelete="CASCADE"), index=True
    )
    participants: Mapped[int | None] = mapped_column(Integer)
    names: Mapped[str] = mapped_column(Text, server_default="", info=PERSONAL)
    key_points: Mapped[str] = mapped_column(Text, server_default="")
    results: Mapped[str] = mapped_column(Text, server_default="")
    next_steps: Mapped[str] = mapped_column(Text, server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)


class UserTemplateRow(Base):
    """A moderator's own method template ('save as template'), as the same document shape
    the built-in template files have."""

    __tablename__ = "user_templates"

    key: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    name: Mapped[str] = mapped_column(String(TITLE_LENGTH))
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


def personal_columns(metadata: MetaData = Base.metadata) -> list[Column[Any]]:
    """Every column marked as possibly holding personal data, for anonymisation."""
    return [
        column
        for table in metadata.sorted_tables
        for column in table.columns
        if column.info.get("personal")
    ]
