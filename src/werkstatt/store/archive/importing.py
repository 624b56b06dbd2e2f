"""Importing a ``.werkstatt`` file: check every value of the document, read and check the
photos, then write the whole workshop in one transaction — all of it or nothing.

The checks are the store's own validators (the same that guard every edit in the GUI),
so an imported workshop can hold nothing the program could not have written itself.
A broken rule names its place in the document (``phases[3].cards[7].text``).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.core import agenda, seating
from werkstatt.core import photos as core_photos
from werkstatt.core.records import ActionStatus, Workshop, WorkshopStatus
from werkstatt.methods import limits
from werkstatt.methods.model import PhaseKind
from werkstatt.store import logos, validation
from werkstatt.store.archive.container import ArchiveReader
from werkstatt.store.archive.document import FORMAT, VERSION, logo_member, photo_member
from werkstatt.store.errors import (
    ArchiveContentError,
    ArchiveTooNewError,
    InvalidValueError,
    NotAnArchiveError,
    WorkshopExistsError,
)
from werkstatt.store.models import (
    ActionRow,
    AgendaSlotRow,
    AgendaSpaceRow,
    CafeSetupRow,
    CardPlacementRow,
    CardRow,
    ClusterRow,
    FeedbackEntryRow,
    PhaseRow,
    PhotoRow,
    ProposalRow,
    RealityCheckRow,
    SessionReportRow,
    TableNoteRow,
    VoteRow,
    WorkshopRow,
    WorkshopRunRow,
)
from werkstatt.store.rows import now, workshop_record
from werkstatt.store.running import UTC_OFFSET_MAX

PHASES_MAX = 500
#: Dates and moments outside these years can only be damage (and would overflow when a
#: time zone is applied near year 1 or 9999).
YEARS = (1900, 2200)
ITEMS_PER_PHASE_MAX = 10_000
_PHOTO_MEMBER = re.compile(r"photos/[1-9][0-9]{0,5}\.(jpg|png|webp|gif)")
_LOGO_MEMBER = re.compile(r"logo\.(jpg|png|webp|gif)")


class OnExisting(StrEnum):
    """What to do when the library has a workshop with the file's uid already."""

    ASK = "ask"  # raise WorkshopExistsError; the caller asks and imports again
    KEEP_BOTH = "keep_both"  # the imported copy gets a new uid
    REPLACE = "replace"  # the library's workshop goes to the trash, the file's takes its place


# --- checking ------------------------------------------------------------------------------


class _Check:
    """Checks values of the document at a place, raising ArchiveContentError there."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> ArchiveContentError:
        return ArchiveContentError(self.path, where, problem)

    def record(
        self, value: object, where: str, required: Sequence[str], optional: Sequence[str] = ()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "must be an object")
        missing = [name for name in required if name not in value]
        if missing:
            raise self.fail(where, f"lacks {', '.join(missing)}")
        unknown = sorted(set(value) - set(required) - set(optional))
        if unknown:
            raise self.fail(where, f"has unknown members {', '.join(map(str, unknown))}")
        return value

    def items(self, value: object, where: str, maximum: int) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, "must be a list")
        if len(value) > maximum:
            raise self.fail(where, f"has {len(value)} entries, at most {maximum} allowed")
        return value

    def valid(self, validator: Callable[[str, object], Any], value: object, where: str) -> Any:
        try:
            return validator(where, value)
        except InvalidValueError as exc:
            raise self.fail(where, f"is not accepted ({exc})") from None

    def integer(self, value: object, where: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(where, f"must be a whole number from {low} to {high}")
        return value

    def optional_integer(self, value: object, where: str, low: int, high: int) -> int | None:
        return None if value is None else self.integer(value, where, low, high)

    def flag(self, value: object, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where, "must be true or false")
        return value

    def moment(self, value: object, where: str) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, str) or len(value) > 40:
            raise self.fail(where, "must be a point in time (ISO 8601) or null")
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(where, "must be a point in time (ISO 8601) or null") from None
        if moment.utcoffset() is None:
            raise self.fail(where, "must name its time zone")
        if not YEARS[0] <= moment.year <= YEARS[1]:
            raise self.fail(where, f"must lie in the years {YEARS[0]} to {YEARS[1]}")
        return moment.astimezone(dt.UTC)

    def date(self, value: object, where: str) -> dt.date | None:
        if value is None:
            return None
        if not isinstance(value, str) or len(value) != 10:
            raise self.fail(where, "must be a date (YYYY-MM-DD) or null")
        try:
            date = dt.date.fromisoformat(value)
        except ValueError:
            raise self.fail(where, "must be a date (YYYY-MM-DD) or null") from None
        if not YEARS[0] <= date.year <= YEARS[1]:
            raise self.fail(where, f"must lie in the years {YEARS[0]} to {YEARS[1]}")
        return date

    def time(self, value: object, where: str) -> dt.time | None:
        if value is None:
            return None
        if not isinstance(value, str) or len(value) > 8:
            raise self.fail(where, "must be a time (HH:MM) or null")
        try:
            moment = dt.time.fromisoformat(value)
        except ValueError:
            raise self.fail(where, "must be a time (HH:MM) or null") from None
        if moment.tzinfo is not None:
            raise self.fail(where, "must be a local time without zone")
        return moment

    def choice(self, value: object, where: str, choices: Sequence[str]) -> str:
        if not isinstance(value, str) or value not in choices:
            raise self.fail(where, f"must be one of {', '.join(choices)}")
        return value


# --- the checked workshop ----------------------------------------------------------------



#: The members of a proposal in the file, on the wall and withdrawn alike.
_PROPOSAL_FIELDS = ("id", "title", "convener", "description", "expected", "needs")

@dataclass
class _Phase:
    values: dict[str, Any]
    cards: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    #: (card, origin cluster, origin card) numbers of the cards turned from another
    card_origins: list[tuple[int, int | None, int | None]] = field(default_factory=list)
    feedback: list[dict[str, Any]] = field(default_factory=list)
    clusters: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    placements: list[tuple[int, int]] = field(default_factory=list)
    votes: list[tuple[str, int, str, int]] = field(default_factory=list)
    actions: list[tuple[dict[str, Any], int | None]] = field(default_factory=list)
    reality_checks: list[tuple[dict[str, Any], int | None]] = field(default_factory=list)
    photos: list[tuple[dict[str, Any], core_photos.PreparedPhoto]] = field(default_factory=list)
    #: a rounds phase: the CafeSetupRow's values, and (table, round, text, created) notes
    cafe: dict[str, Any] | None = None
    table_notes: list[tuple[int, int, str, dt.datetime]] = field(default_factory=list)
    #: an agenda wall: (number, values) of slots and spaces; proposals with the numbers
    #: of what they refer to: (number, values, merged into, slot, space)
    slots: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    spaces: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    proposals: list[tuple[int, dict[str, Any], int | None, int | None, int | None]] = field(
        default_factory=list
    )
    #: proposals withdrawn from the wall whose report is kept: (number, values)
    withdrawn: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    #: a reports phase: (proposal number, values)
    reports: list[tuple[int, dict[str, Any]]] = field(default_factory=list)


@dataclass
class CheckedWorkshop:
    """A workshop read from a file and checked, ready to be written."""

    uid: str
    values: dict[str, Any]
    utc_offset_minutes: int | None
    phases: list[_Phase]
    #: the logo on the protocol cover, checked; None: the file has none
    logo: core_photos.PreparedPhoto | None = None


_WORKSHOP_MEMBERS = (
    "uid", "title", "method", "method_name", "date", "start_time", "place", "client",
    "moderators", "expected_participants", "notes", "status", "language", "created_at",
    "changed_at", "utc_offset_minutes",
)  # fmt: skip
_WORKSHOP_OPTIONAL = ("logo",)
_PHASE_REQUIRED = (
    "key", "kind", "title", "question", "script", "planned_minutes", "settings",
    "actual_start", "actual_end", "skipped", "cards", "feedback",
)  # fmt: skip
_PHASE_OPTIONAL = (
    "clusters", "placements", "votes", "actions", "reality_checks", "photos", "cafe", "agenda",
    "reports",
)  # fmt: skip
_UID = re.compile(r"[0-9a-f]{32}")


def read_workshop(reader: ArchiveReader) -> CheckedWorkshop:
    """The checked workshop of an open archive, photos read and checked (slow: run it off
    the GUI thread). Raises ArchiveError subclasses."""
    check = _Check(reader.path)
    document = reader.document()
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise NotAnArchiveError(reader.path)
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise check.fail("version", "must be a whole number from 1")
    if version > VERSION:
        raise ArchiveTooNewError(reader.path, version)
    check.record(document, "", ("format", "version", "workshop", "phases"))
    workshop = check.record(document["workshop"], "workshop", _WORKSHOP_MEMBERS, _WORKSHOP_OPTIONAL)
    uid = workshop["uid"]
    if not isinstance(uid, str) or not _UID.fullmatch(uid):
        raise check.fail("workshop.uid", "must be 32 hexadecimal digits")
    values = {
        "title": check.valid(validation.title, workshop["title"], "workshop.title"),
        "method": check.valid(validation.short_key, workshop["method"], "workshop.method"),
        "date": check.date(workshop["date"], "workshop.date"),
        "start_time": check.time(workshop["start_time"], "workshop.start_time"),
        "expected_participants": check.valid(
            validation.participants,
            workshop["expected_participants"],
            "workshop.expected_participants",
        ),
        "notes": check.valid(validation.long_text, workshop["notes"], "workshop.notes"),
        "status": check.choice(workshop["status"], "workshop.status", tuple(WorkshopStatus)),
        "language": check.valid(validation.language, workshop["language"], "workshop.language"),
    }
    for name in ("place", "client", "moderators"):
        values[name] = check.valid(validation.line, workshop[name], f"workshop.{name}")
    for name in ("created_at", "changed_at"):
        values[name] = check.moment(workshop[name], f"workshop.{name}") or now()
    check.valid(validation.line, workshop["method_name"], "workshop.method_name")
    offset = check.optional_integer(
        workshop["utc_offset_minutes"],
        "workshop.utc_offset_minutes",
        -UTC_OFFSET_MAX,
        UTC_OFFSET_MAX,
    )
    phases_in = check.items(document["phases"], "phases", PHASES_MAX)
    checked = _Phases(check, reader)
    phases = [checked.phase(item, f"phases[{index}]") for index, item in enumerate(phases_in)]
    checked.check_references(phases)
    logo = _logo(check, reader, workshop.get("logo"))
    return CheckedWorkshop(uid, values, offset, phases, logo)


def _logo(check: _Check, reader: ArchiveReader, member: object) -> core_photos.PreparedPhoto | None:
    """The file's logo, read and checked as :meth:`Library.set_logo` checks one."""
    if member is None:
        return None
    if not isinstance(member, str) or not _LOGO_MEMBER.fullmatch(member):
        raise check.fail("workshop.logo", "must be a name such as logo.png")
    data = reader.photo(member)
    try:
        prepared = logos.prepare_logo(data, member)
    except core_photos.PhotoError as exc:
        raise check.fail("workshop.logo", f"is no usable logo ({exc})") from None
    if logo_member(prepared.media_type) != member:
        raise check.fail("workshop.logo", f"holds a {prepared.media_type} image")
    return prepared


class _Phases:
    def __init__(self, check: _Check, reader: ArchiveReader) -> None:
        self.check = check
        self.reader = reader
        self.cards: set[int] = set()
        self.clusters: set[int] = set()
        self.photo_members: set[str] = set()
        self.proposals: set[int] = set()
        self.withdrawn: set[int] = set()  # of the proposals: those only a report refers to

    def _numbered(self, numbers: set[int], value: object, where: str) -> int:
        number = self.check.integer(value, where, 1, 10**9)
        if number in numbers:
            raise self.check.fail(where, f"number {number} is used twice")
        numbers.add(number)
        return number

    def phase(self, item: object, where: str) -> _Phase:
        check = self.check
        phase = check.record(item, where, _PHASE_REQUIRED, _PHASE_OPTIONAL)
        kind = PhaseKind(check.choice(phase["kind"], f"{where}.kind", tuple(PhaseKind)))
        settings = check.valid(validation.settings, phase["settings"], f"{where}.settings")
        try:
            settings = validation.phase_settings(kind, settings)
        except InvalidValueError as exc:
            raise check.fail(f"{where}.settings", f"is not accepted ({exc})") from None
        result = _Phase(
            {
                "key": check.valid(validation.short_key, phase["key"], f"{where}.key"),
                "kind": kind.value,
                "title": check.valid(validation.title, phase["title"], f"{where}.title"),
                "question": check.valid(
                    validation.long_text, phase["question"], f"{where}.question"
                ),
                "script": check.valid(validation.long_text, phase["script"], f"{where}.script"),
                "planned_minutes": check.valid(
                    validation.planned_minutes, phase["planned_minutes"], f"{where}.planned_minutes"
                ),
                "settings": settings,
                "actual_start": check.moment(phase["actual_start"], f"{where}.actual_start"),
                "actual_end": check.moment(phase["actual_end"], f"{where}.actual_end"),
                "skipped": check.flag(phase["skipped"], f"{where}.skipped"),
            }
        )
        cards = check.items(phase["cards"], f"{where}.cards", validation.CARDS_PER_PHASE_MAX)
        for index, card in enumerate(cards):
            at = f"{where}.cards[{index}]"
            card = check.record(
                card,
                at,
                ("id", "text", "colour", "author", "origin", "created_at"),
                ("origin_cluster", "origin_card"),
            )
            number = self._numbered(self.cards, card["id"], f"{at}.id")
            values = {
                name: check.valid(validation.CARD_FIELDS[name], card[name], f"{at}.{name}")
                for name in ("text", "colour", "author", "origin")
            }
            values["created_at"] = check.moment(card["created_at"], f"{at}.created_at") or now()
            result.cards.append((number, values))
            origin = tuple(
                check.optional_integer(card.get(name), f"{at}.{name}", 1, 10**9)
                for name in ("origin_cluster", "origin_card")
            )
            if origin != (None, None):
                result.card_origins.append((number, origin[0], origin[1]))
        entries = check.items(
            phase["feedback"], f"{where}.feedback", validation.FEEDBACK_PER_PHASE_MAX
        )
        for index, entry in enumerate(entries):
            at = f"{where}.feedback[{index}]"
            entry = check.record(entry, at, ("text", "rating", "name", "created_at"))
            values = {
                name: check.valid(validation.FEEDBACK_FIELDS[name], entry[name], f"{at}.{name}")
                for name in ("text", "rating", "name")
            }
            values["created_at"] = check.moment(entry["created_at"], f"{at}.created_at") or now()
            result.feedback.append(values)
        self._board(phase, result, where)
        self._votes(phase, result, where)
        self._plans(phase, result, where)
        self._photos(phase, result, where)
        self._cafe(phase, result, where)
        self._agenda(phase, result, where)
        self._reports(phase, result, where)
        return result

    def _board(self, phase: Mapping[str, Any], result: _Phase, where: str) -> None:
        check = self.check
        clusters = phase.get("clusters", [])
        for index, cluster in enumerate(
            check.items(clusters, f"{where}.clusters", limits.CLUSTERS_PER_PHASE_MAX)
        ):
            at = f"{where}.clusters[{index}]"
            cluster = check.record(cluster, at, ("id", "title", "colour", "order"))
            number = self._numbered(self.clusters, cluster["id"], f"{at}.id")
            result.clusters.append(
                (
                    number,
                    {
                        "title": check.valid(validation.title, cluster["title"], f"{at}.title"),
                        "colour": check.valid(
                            validation.cluster_colour, cluster["colour"], f"{at}.colour"
                        ),
                        "position": check.integer(cluster["order"], f"{at}.order", 0, 10**6),
                    },
                )
            )
        own = {number for number, _ in result.clusters}
        placed: set[int] = set()
        placements = check.items(
            phase.get("placements", []), f"{where}.placements", validation.CARDS_PER_PHASE_MAX
        )
        for index, pair in enumerate(placements):
            at = f"{where}.placements[{index}]"
            if not isinstance(pair, list) or len(pair) != 2:
                raise check.fail(at, "must be a pair [card, cluster]")
            card = check.integer(pair[0], f"{at}[0]", 1, 10**9)
            cluster = check.integer(pair[1], f"{at}[1]", 1, 10**9)
            if cluster not in own:
                raise check.fail(f"{at}[1]", f"names no cluster of this phase ({cluster})")
            if card in placed:
                raise check.fail(f"{at}[0]", f"card {card} is placed twice")
            placed.add(card)
            result.placements.append((card, cluster))

    def _votes(self, phase: Mapping[str, Any], result: _Phase, where: str) -> None:
        if "votes" not in phase:
            return
        check = self.check
        at = f"{where}.votes"
        votes = check.record(phase["votes"], at, ("target_kind", "criteria", "counts"))
        kind = check.choice(
            votes["target_kind"], f"{at}.target_kind", ("cluster", "card", "proposal", "")
        )
        criteria = check.items(votes["criteria"], f"{at}.criteria", 2)
        for index, name in enumerate(criteria):
            check.valid(validation.short_key, name, f"{at}.criteria[{index}]")
        counts = check.items(votes["counts"], f"{at}.counts", 2 * ITEMS_PER_PHASE_MAX)
        seen: set[tuple[int, str]] = set()
        for index, count in enumerate(counts):
            place = f"{at}.counts[{index}]"
            count = check.record(count, place, ("target", "criterion", "dots"))
            target = check.integer(count["target"], f"{place}.target", 1, 10**9)
            criterion = check.choice(count["criterion"], f"{place}.criterion", criteria)
            dots = check.integer(count["dots"], f"{place}.dots", 0, limits.DOTS_PER_TARGET_MAX)
            if (target, criterion) in seen:
                raise check.fail(place, "counts the same target and criterion twice")
            seen.add((target, criterion))
            result.votes.append((kind, target, criterion, dots))

    def _plans(self, phase: Mapping[str, Any], result: _Phase, where: str) -> None:
        check = self.check
        for index, action in enumerate(
            check.items(phase.get("actions", []), f"{where}.actions", limits.ROWS_PER_PHASE_MAX)
        ):
            at = f"{where}.actions[{index}]"
            action = check.record(
                action,
                at,
                ("what", "responsible", "due", "first_step", "resources", "status", "source",
                 "source_cluster", "created_at"),
            )  # fmt: skip
            fields = validation.ACTION_FIELDS
            values = {
                name: check.valid(fields[name], action[name], f"{at}.{name}")
                for name in ("what", "responsible", "due", "first_step", "resources", "source")
            }
            values["status"] = check.choice(action["status"], f"{at}.status", tuple(ActionStatus))
            values["created_at"] = check.moment(action["created_at"], f"{at}.created_at") or now()
            source = check.optional_integer(
                action["source_cluster"], f"{at}.source_cluster", 1, 10**9
            )
            result.actions.append((values, source))
        for index, reality in enumerate(
            check.items(
                phase.get("reality_checks", []),
                f"{where}.reality_checks",
                limits.ROWS_PER_PHASE_MAX,
            )
        ):
            at = f"{where}.reality_checks[{index}]"
            reality = check.record(
                reality,
                at,
                ("idea", "resources", "allies", "obstacles", "source_cluster", "created_at"),
            )
            fields = validation.REALITY_CHECK_FIELDS
            values = {
                name: check.valid(fields[name], reality[name], f"{at}.{name}")
                for name in ("idea", "resources", "allies", "obstacles")
            }
            values["created_at"] = check.moment(reality["created_at"], f"{at}.created_at") or now()
            source = check.optional_integer(
                reality["source_cluster"], f"{at}.source_cluster", 1, 10**9
            )
            result.reality_checks.append((values, source))

    def _photos(self, phase: Mapping[str, Any], result: _Phase, where: str) -> None:
        check = self.check
        for index, photo in enumerate(
            check.items(phase.get("photos", []), f"{where}.photos", limits.PHOTOS_PER_PHASE_MAX)
        ):
            at = f"{where}.photos[{index}]"
            photo = check.record(
                photo, at, ("file", "caption", "filename", "media_type", "created_at")
            )
            member = photo["file"]
            if not isinstance(member, str) or not _PHOTO_MEMBER.fullmatch(member):
                raise check.fail(f"{at}.file", "must be a name such as photos/1.jpg")
            if member in self.photo_members:
                raise check.fail(f"{at}.file", f"{member} is used twice")
            self.photo_members.add(member)
            filename = check.valid(validation.line, photo["filename"], f"{at}.filename")
            caption = check.valid(validation.long_text, photo["caption"], f"{at}.caption")
            check.valid(validation.short_key, photo["media_type"], f"{at}.media_type")
            data = self.reader.photo(member)
            try:
                prepared = core_photos.prepare(
                    data, filename or member, max_bytes=limits.PHOTO_BYTES_MAX
                )
            except core_photos.PhotoError as exc:
                raise check.fail(f"{at}.file", f"is no usable photo ({exc})") from None
            if photo_member(int(member.split("/")[1].split(".")[0]), prepared.media_type) != member:
                raise check.fail(f"{at}.file", f"holds a {prepared.media_type} image")
            created = check.moment(photo["created_at"], f"{at}.created_at") or now()
            result.photos.append(
                ({"caption": caption, "filename": filename, "created_at": created}, prepared)
            )

    def _cafe(self, phase: Mapping[str, Any], result: _Phase, where: str) -> None:
        if "cafe" not in phase:
            return
        check = self.check
        at = f"{where}.cafe"
        cafe = check.record(
            phase["cafe"], at, ("participants", "names", "tables", "seed", "plan", "notes")
        )
        participants = check.integer(
            cafe["participants"], f"{at}.participants", 2, seating.MAX_PARTICIPANTS
        )
        names = [
            check.valid(validation.person, name, f"{at}.names[{index}]")
            for index, name in enumerate(check.items(cafe["names"], f"{at}.names", participants))
        ]
        tables = []
        for index, table in enumerate(check.items(cafe["tables"], f"{at}.tables", 1000)):
            table = check.record(table, f"{at}.tables[{index}]", ("name", "host"))
            tables.append(
                {
                    key: check.valid(validation.person, table[key], f"{at}.tables[{index}].{key}")
                    for key in ("name", "host")
                }
            )
        seed = check.optional_integer(cafe["seed"], f"{at}.seed", 0, 2**62)
        plan = None
        if cafe["plan"] is not None:
            plan = self._plan(cafe["plan"], f"{at}.plan", participants, seed)
            settings = result.values["settings"]
            if len(plan["rounds"]) != settings.get("rounds") or any(
                len(tables) != settings.get("tables") for tables in plan["rounds"]
            ):
                raise check.fail(f"{at}.plan", "does not fit the phase's rounds and tables")
        result.cafe = {
            "participants": participants,
            "names": names,
            "tables": tables,
            "seed": seed,
            "plan": plan,
            "changed_at": now(),
        }
        for index, note in enumerate(check.items(cafe["notes"], f"{at}.notes", 100_000)):
            place = f"{at}.notes[{index}]"
            note = check.record(note, place, ("table", "round", "text", "created_at"))
            result.table_notes.append(
                (
                    check.integer(note["table"], f"{place}.table", 0, 999),
                    check.integer(note["round"], f"{place}.round", 0, seating.MAX_ROUNDS),
                    check.valid(validation.long_text, note["text"], f"{place}.text"),
                    check.moment(note["created_at"], f"{place}.created_at") or now(),
                )
            )
        if len({(table, round_) for table, round_, _, _ in result.table_notes}) != len(
            result.table_notes
        ):
            raise check.fail(f"{at}.notes", "holds two notes for one table and round")

    def _plan(self, value: object, at: str, participants: int, seed: int | None) -> dict[str, Any]:
        check = self.check
        plan = check.record(value, at, ("rounds", "hosts"))
        rounds = []
        for r, round_ in enumerate(check.items(plan["rounds"], f"{at}.rounds", seating.MAX_ROUNDS)):
            tables = []
            for t, table in enumerate(check.items(round_, f"{at}.rounds[{r}]", 1000)):
                badges = check.items(table, f"{at}.rounds[{r}][{t}]", seating.MAX_PER_TABLE)
                tables.append(
                    [
                        check.integer(b, f"{at}.rounds[{r}][{t}][{i}]", 1, participants)
                        for i, b in enumerate(badges)
                    ]
                )
            rounds.append(tables)
        if any(not tables for tables in rounds) or len({len(tables) for tables in rounds}) > 1:
            raise check.fail(f"{at}.rounds", "must have the same tables, at least one, each round")
        hosts = None
        if plan["hosts"] is not None:
            hosts = [
                check.integer(b, f"{at}.hosts[{i}]", 1, participants)
                for i, b in enumerate(check.items(plan["hosts"], f"{at}.hosts", 1000))
            ]
            if rounds and len(hosts) != len(rounds[0]):
                raise check.fail(f"{at}.hosts", "must name one host per table")
        seating_plan = seating.SeatingPlan(
            tuple(tuple(tuple(table) for table in round_) for round_ in rounds),
            None if hosts is None else tuple(hosts),
            seed or 0,
        )
        try:
            reasons = seating.invalid_reasons(seating_plan)
        except (ValueError, IndexError) as exc:
            reasons = [str(exc) or type(exc).__name__]
        if reasons:
            raise check.fail(at, "is no valid seating plan (" + "; ".join(reasons[:3]) + ")")
        return {"rounds": rounds, "hosts": hosts}

    def _proposal(
        self, proposal: Mapping[str, Any], place: str, position: int
    ) -> tuple[int, dict[str, Any]]:
        """A proposal's number and the ProposalRow's values (its place on the wall and
        merges aside)."""
        check = self.check
        number = self._numbered(self.proposals, proposal["id"], f"{place}.id")
        needs = self._tags(proposal["needs"], f"{place}.needs")
        return number, {
            "title": check.valid(validation.title, proposal["title"], f"{place}.title"),
            "convener": check.valid(validation.line, proposal["convener"], f"{place}.convener"),
            "description": check.valid(
                validation.long_text, proposal["description"], f"{place}.description"
            ),
            "expected": check.optional_integer(
                proposal["expected"], f"{place}.expected", 1, limits.PARTICIPANTS_RANGE[1]
            ),
            "needs": ", ".join(needs),
            "position": position,
            "created_at": now(),
        }

    def _agenda(self, phase: Mapping[str, Any], result: _Phase, where: str) -> None:
        if "agenda" not in phase:
            return
        check = self.check
        at = f"{where}.agenda"
        wall = check.record(
            phase["agenda"], at, ("slots", "spaces", "proposals"), optional=("withdrawn",)
        )
        slots: list[agenda.Slot] = []
        for index, slot in enumerate(
            check.items(wall["slots"], f"{at}.slots", limits.SLOTS_PER_PHASE_MAX)
        ):
            place = f"{at}.slots[{index}]"
            slot = check.record(slot, place, ("id", "start", "minutes", "label", "is_break"))
            start = check.time(slot["start"], f"{place}.start")
            if start is None:
                raise check.fail(f"{place}.start", "must be a time (HH:MM)")
            values = {
                "start_time": start,
                "minutes": check.integer(slot["minutes"], f"{place}.minutes", 1, 24 * 60),
                "label": check.valid(validation.line, slot["label"], f"{place}.label"),
                "is_break": check.flag(slot["is_break"], f"{place}.is_break"),
                "position": index,
            }
            number = check.integer(slot["id"], f"{place}.id", 1, 10**9)
            result.slots.append((number, values))
            slots.append(
                agenda.Slot(
                    number, start, values["minutes"], values["label"], values["is_break"], index
                )
            )
        spaces: list[agenda.Space] = []
        for index, space in enumerate(
            check.items(wall["spaces"], f"{at}.spaces", limits.SPACES_PER_PHASE_MAX)
        ):
            place = f"{at}.spaces[{index}]"
            space = check.record(space, place, ("id", "name", "capacity", "equipment"))
            equipment = self._tags(space["equipment"], f"{place}.equipment")
            values = {
                "name": check.valid(validation.title, space["name"], f"{place}.name"),
                "capacity": check.optional_integer(
                    space["capacity"], f"{place}.capacity", 1, limits.PARTICIPANTS_RANGE[1]
                ),
                "equipment": ", ".join(equipment),
                "position": index,
            }
            number = check.integer(space["id"], f"{place}.id", 1, 10**9)
            result.spaces.append((number, values))
            spaces.append(
                agenda.Space(
                    number, values["name"], values["capacity"], agenda.tags(equipment), index
                )
            )
        proposals: list[agenda.Proposal] = []
        placement: dict[int, agenda.Cell] = {}
        for index, proposal in enumerate(
            check.items(wall["proposals"], f"{at}.proposals", limits.PROPOSALS_PER_PHASE_MAX)
        ):
            place = f"{at}.proposals[{index}]"
            proposal = check.record(
                proposal, place, (*_PROPOSAL_FIELDS, "merged_into", "slot", "space")
            )
            number, values = self._proposal(proposal, place, index)
            merged = check.optional_integer(
                proposal["merged_into"], f"{place}.merged_into", 1, 10**9
            )
            slot = check.optional_integer(proposal["slot"], f"{place}.slot", 1, 10**9)
            space = check.optional_integer(proposal["space"], f"{place}.space", 1, 10**9)
            if (slot is None) != (space is None):
                raise check.fail(place, "names a slot without a space, or a space without a slot")
            result.proposals.append((number, values, merged, slot, space))
            proposals.append(
                agenda.Proposal(
                    number,
                    values["title"],
                    values["convener"],
                    values["description"],
                    values["expected"],
                    agenda.parse_tags(values["needs"]),
                    merged,
                    index,
                )
            )
            if slot is not None and space is not None:
                placement[number] = agenda.Cell(slot, space)
        withdrawn = wall.get("withdrawn", [])
        for index, proposal in enumerate(
            check.items(withdrawn, f"{at}.withdrawn", limits.PROPOSALS_PER_PHASE_MAX)
        ):
            place = f"{at}.withdrawn[{index}]"
            proposal = check.record(proposal, place, _PROPOSAL_FIELDS)
            number, values = self._proposal(proposal, place, len(proposals) + index)
            self.withdrawn.add(number)
            result.withdrawn.append((number, values))
        try:
            # The rules of the wall itself: known slots and spaces, no session in a break,
            # merges without cycles.
            agenda.AgendaWall(tuple(slots), tuple(spaces), tuple(proposals), placement)
        except agenda.AgendaError as exc:
            raise check.fail(at, f"is no valid agenda wall ({exc})") from None

    def _tags(self, value: object, where: str) -> list[str]:
        tags = self.check.items(value, where, 100)
        return [
            self.check.valid(validation.line, tag, f"{where}[{i}]") for i, tag in enumerate(tags)
        ]

    def _reports(self, phase: Mapping[str, Any], result: _Phase, where: str) -> None:
        check = self.check
        for index, report in enumerate(
            check.items(
                phase.get("reports", []), f"{where}.reports", limits.PROPOSALS_PER_PHASE_MAX
            )
        ):
            place = f"{where}.reports[{index}]"
            report = check.record(
                report,
                place,
                ("proposal", "participants", "names", "key_points", "results", "next_steps",
                 "created_at", "changed_at"),
            )  # fmt: skip
            proposal = check.integer(report["proposal"], f"{place}.proposal", 1, 10**9)
            values = {
                "participants": check.optional_integer(
                    report["participants"], f"{place}.participants", 0, limits.PARTICIPANTS_RANGE[1]
                ),
                **{
                    name: check.valid(validation.long_text, report[name], f"{place}.{name}")
                    for name in ("names", "key_points", "results", "next_steps")
                },
                "created_at": check.moment(report["created_at"], f"{place}.created_at") or now(),
                "changed_at": check.moment(report["changed_at"], f"{place}.changed_at") or now(),
            }
            if any(existing == proposal for existing, _ in result.reports):
                raise check.fail(place, f"is a second report of proposal {proposal}")
            result.reports.append((proposal, values))

    def check_references(self, phases: list[_Phase]) -> None:
        """Every number a phase refers to names a card or cluster of the file."""
        check = self.check
        for index, phase in enumerate(phases):
            where = f"phases[{index}]"
            for card, _cluster in phase.placements:
                if card not in self.cards:
                    raise check.fail(f"{where}.placements", f"names no card ({card})")
            for kind, target, _criterion, _dots in phase.votes:
                known = {"cluster": self.clusters, "proposal": self.proposals}.get(kind, self.cards)
                if target not in known or (kind == "proposal" and target in self.withdrawn):
                    raise check.fail(f"{where}.votes", f"names no {kind or 'target'} ({target})")
            for _values, source in (*phase.actions, *phase.reality_checks):
                if source is not None and source not in self.clusters:
                    raise check.fail(where, f"names no cluster ({source})")
            for proposal, _values in phase.reports:
                if proposal not in self.proposals:
                    raise check.fail(f"{where}.reports", f"names no proposal ({proposal})")
            for _card, cluster, card in phase.card_origins:
                if cluster is not None and cluster not in self.clusters:
                    raise check.fail(f"{where}.cards", f"names no cluster ({cluster})")
                if card is not None and card not in self.cards:
                    raise check.fail(f"{where}.cards", f"names no card ({card})")


# --- writing -----------------------------------------------------------------------------


def write_workshop(
    session: Session, workshop: CheckedWorkshop, on_existing: OnExisting
) -> Workshop:
    """Write the checked workshop in the caller's transaction; returns its record."""
    uid = workshop.uid
    existing = session.scalars(select(WorkshopRow).where(WorkshopRow.uid == uid)).first()
    if existing is not None:
        if existing.deleted_at is not None or on_existing is OnExisting.KEEP_BOTH:
            # A trashed workshop stays restorable: the import becomes a workshop of its own.
            uid = uuid.uuid4().hex
        elif on_existing is OnExisting.ASK:
            raise WorkshopExistsError(uid, existing.id, existing.title)
        else:
            # The library's workshop goes to the trash (restorable for 30 days like any
            # deleted one) under a uid of its own, so that the file's takes its identity.
            # Its rows stay, so no id of theirs is handed out again to the new rows.
            existing.uid = uuid.uuid4().hex
            existing.deleted_at = now()
            session.flush()
    row = WorkshopRow(uid=uid, **workshop.values)
    session.add(row)
    session.flush()
    if workshop.utc_offset_minutes is not None:
        session.add(
            WorkshopRunRow(workshop_id=row.id, utc_offset_minutes=workshop.utc_offset_minutes)
        )
    if workshop.logo is not None:
        logos.store_logo(session, row.id, workshop.logo.data, workshop.logo.media_type)
    cards: dict[int, int] = {}
    card_objects: dict[int, CardRow] = {}
    clusters: dict[int, int] = {}
    proposal_objects: dict[int, ProposalRow] = {}
    phase_rows = [
        PhaseRow(workshop_id=row.id, position=position, **phase.values)
        for position, phase in enumerate(workshop.phases)
    ]
    session.add_all(phase_rows)
    session.flush()
    # Cards and clusters of every phase first: placements, votes and actions may refer to
    # those of another phase.
    for phase, phase_row in zip(workshop.phases, phase_rows, strict=True):
        card_rows = [
            CardRow(phase_id=phase_row.id, position=position, **values)
            for position, (_number, values) in enumerate(phase.cards)
        ]
        cluster_rows = [
            ClusterRow(phase_id=phase_row.id, created_at=now(), **values)
            for _number, values in phase.clusters
        ]
        slot_rows = {
            number: AgendaSlotRow(phase_id=phase_row.id, **values) for number, values in phase.slots
        }
        space_rows = {
            number: AgendaSpaceRow(phase_id=phase_row.id, **values)
            for number, values in phase.spaces
        }
        session.add_all([*card_rows, *cluster_rows, *slot_rows.values(), *space_rows.values()])
        session.flush()
        for number, values, _merged, slot, space in phase.proposals:
            proposal_row = ProposalRow(
                phase_id=phase_row.id,
                slot_id=None if slot is None else slot_rows[slot].id,
                space_id=None if space is None else space_rows[space].id,
                **values,
            )
            session.add(proposal_row)
            proposal_objects[number] = proposal_row
        for number, values in phase.withdrawn:
            # in the trash, as on the machine it came from: only its report refers to it
            withdrawn_row = ProposalRow(phase_id=phase_row.id, deleted_at=now(), **values)
            session.add(withdrawn_row)
            proposal_objects[number] = withdrawn_row
        session.flush()
        cards.update((n, r.id) for (n, _), r in zip(phase.cards, card_rows, strict=True))
        card_objects.update((n, r) for (n, _), r in zip(phase.cards, card_rows, strict=True))
        clusters.update((n, r.id) for (n, _), r in zip(phase.clusters, cluster_rows, strict=True))
    proposals = {number: row.id for number, row in proposal_objects.items()}
    for phase, phase_row in zip(workshop.phases, phase_rows, strict=True):
        for number, _values, merged, _slot, _space in phase.proposals:
            if merged is not None:
                proposal_objects[number].merged_into_id = proposals[merged]
        session.add_all(_children(phase, phase_row.id, cards, clusters, proposals))
        for card, cluster, origin_card in phase.card_origins:
            turned = card_objects[card]
            turned.origin_cluster_id = None if cluster is None else clusters[cluster]
            turned.origin_card_id = None if origin_card is None else cards[origin_card]
    session.flush()
    return workshop_record(row)


def _children(
    phase: _Phase,
    phase_id: int,
    cards: Mapping[int, int],
    clusters: Mapping[int, int],
    proposals: Mapping[int, int],
) -> Iterator[object]:
    if phase.cafe is not None:
        yield CafeSetupRow(phase_id=phase_id, **phase.cafe)
    for table, round_, text, created in phase.table_notes:
        yield TableNoteRow(
            phase_id=phase_id,
            table_index=table,
            round_index=round_,
            text=text,
            created_at=created,
            changed_at=created,
        )
    for proposal, values in phase.reports:
        yield SessionReportRow(phase_id=phase_id, proposal_id=proposals[proposal], **values)
    for position, values in enumerate(phase.feedback):
        yield FeedbackEntryRow(phase_id=phase_id, position=position, **values)
    for card, cluster in phase.placements:
        yield CardPlacementRow(phase_id=phase_id, card_id=cards[card], cluster_id=clusters[cluster])
    for kind, target, criterion, dots in phase.votes:
        if dots:
            target_id = {"cluster": clusters, "proposal": proposals}.get(kind, cards)[target]
            yield VoteRow(
                phase_id=phase_id,
                target_kind=kind,
                target_id=target_id,
                criterion=criterion,
                dots=dots,
            )
    for position, (values, source) in enumerate(phase.actions):
        yield ActionRow(
            phase_id=phase_id,
            position=position,
            source_cluster_id=None if source is None else clusters[source],
            **values,
        )
    for position, (values, source) in enumerate(phase.reality_checks):
        yield RealityCheckRow(
            phase_id=phase_id,
            position=position,
            source_cluster_id=None if source is None else clusters[source],
            **values,
        )
    for position, (values, prepared) in enumerate(phase.photos):
        yield PhotoRow(
            phase_id=phase_id,
            position=position,
            media_type=prepared.media_type,
            width=prepared.width,
            height=prepared.height,
            byte_size=len(prepared.data),
            data=prepared.data,
            thumbnail=prepared.thumbnail,
            **values,
        )
