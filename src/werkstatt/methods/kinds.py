"""The settings each phase kind understands, declared once.

The GUI plan editor builds its settings editors from ``KIND_SETTINGS``; templates, the
store and the editor all check values with ``validate_settings``. Labels are English
source strings marked for ``pyside6-lupdate`` (contexts ``PhaseKind`` and
``PhaseSettings``); the GUI translates them with ``QCoreApplication.translate``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple, Protocol

from werkstatt.methods import limits
from werkstatt.methods.errors import Problem, SettingError
from werkstatt.methods.model import PhaseKind

KIND_CONTEXT = "PhaseKind"
SETTINGS_CONTEXT = "PhaseSettings"

# Phase keys and template keys: short, stable, safe in file names and URLs.
KEY_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for pyside6-lupdate without importing Qt; translation happens in the GUI."""
    return text


class SettingType(StrEnum):
    INT = "int"
    BOOL = "bool"
    CHOICE = "choice"
    TEXT = "text"
    PHASE_REF = "phase_ref"  # the key of another phase of the same plan, "" = automatic


class Choice(NamedTuple):
    value: str
    label: str


@dataclass(frozen=True, kw_only=True)
class SettingSpec:
    """One setting of a phase kind. ``minimum``/``maximum`` bound an int, ``maximum`` also
    a text's length; ``ref_kinds`` lists the kinds a phase_ref may point to."""

    key: str
    type: SettingType
    default: int | bool | str
    label: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[Choice, ...] = ()
    ref_kinds: tuple[PhaseKind, ...] = ()
    #: for a phase_ref: "" means the nearest *following* phase of a fitting kind (a
    #: phase that fills a later one) instead of the nearest preceding one
    looks_ahead: bool = False
    tooltip: str = ""


KIND_LABELS: Mapping[PhaseKind, str] = {
    PhaseKind.BRIEFING: QT_TRANSLATE_NOOP("PhaseKind", "Briefing"),
    PhaseKind.CARDS: QT_TRANSLATE_NOOP("PhaseKind", "Card collection"),
    PhaseKind.CLUSTER: QT_TRANSLATE_NOOP("PhaseKind", "Clustering"),
    PhaseKind.VOTE: QT_TRANSLATE_NOOP("PhaseKind", "Dot voting"),
    PhaseKind.ROUNDS: QT_TRANSLATE_NOOP("PhaseKind", "Table rounds"),
    PhaseKind.AGENDA_WALL: QT_TRANSLATE_NOOP("PhaseKind", "Agenda wall"),
    PhaseKind.REPORTS: QT_TRANSLATE_NOOP("PhaseKind", "Session reports"),
    PhaseKind.REFORMULATE: QT_TRANSLATE_NOOP("PhaseKind", "Turning criticism into visions"),
    PhaseKind.REALITY_CHECK: QT_TRANSLATE_NOOP("PhaseKind", "Reality check"),
    PhaseKind.ACTION_PLAN: QT_TRANSLATE_NOOP("PhaseKind", "Action plan"),
    PhaseKind.FEEDBACK: QT_TRANSLATE_NOOP("PhaseKind", "Feedback round"),
    PhaseKind.BREAK: QT_TRANSLATE_NOOP("PhaseKind", "Break"),
}

_SHOW_TIMER = SettingSpec(
    key="show_timer",
    type=SettingType.BOOL,
    default=True,
    label=QT_TRANSLATE_NOOP("PhaseSettings", "Show the timer on the projector"),
)
_TOP_FROM_VOTE = SettingSpec(
    key="source_phase",
    type=SettingType.PHASE_REF,
    default="",
    ref_kinds=(PhaseKind.VOTE,),
    label=QT_TRANSLATE_NOOP("PhaseSettings", "Top results of the dot voting in phase"),
    tooltip=QT_TRANSLATE_NOOP("PhaseSettings", "Empty: the nearest dot voting before this phase."),
)
_TOP_N = SettingSpec(
    key="top_n",
    type=SettingType.INT,
    default=3,
    minimum=1,
    maximum=20,
    label=QT_TRANSLATE_NOOP("PhaseSettings", "How many of the top results"),
    tooltip=QT_TRANSLATE_NOOP("PhaseSettings", "Results sharing the last place are all taken."),
)

KIND_SETTINGS: Mapping[PhaseKind, tuple[SettingSpec, ...]] = {
    PhaseKind.BRIEFING: (_SHOW_TIMER,),
    PhaseKind.CARDS: (
        SettingSpec(
            key="max_chars",
            type=SettingType.INT,
            default=80,
            minimum=20,
            maximum=500,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Characters per card at most"),
            tooltip=QT_TRANSLATE_NOOP(
                "PhaseSettings", "Short statements read well from the back of the room."
            ),
        ),
        SettingSpec(
            key="allow_author",
            type=SettingType.BOOL,
            default=False,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Record who wrote a card"),
            tooltip=QT_TRANSLATE_NOOP(
                "PhaseSettings", "Names are personal data; leave this off unless needed."
            ),
        ),
    ),
    PhaseKind.CLUSTER: (
        SettingSpec(
            key="source_phase",
            type=SettingType.PHASE_REF,
            default="",
            ref_kinds=(PhaseKind.CARDS,),
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Cards from phase"),
            tooltip=QT_TRANSLATE_NOOP(
                "PhaseSettings", "Empty: the nearest card collection before this phase."
            ),
        ),
    ),
    PhaseKind.VOTE: (
        SettingSpec(
            key="targets_phase",
            type=SettingType.PHASE_REF,
            default="",
            ref_kinds=(PhaseKind.CLUSTER, PhaseKind.CARDS, PhaseKind.REPORTS),
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Vote on the results of phase"),
            tooltip=QT_TRANSLATE_NOOP(
                "PhaseSettings",
                "Empty: the nearest clustering, card collection or session reports "
                "before this phase.",
            ),
        ),
        SettingSpec(
            key="dots_per_person",
            type=SettingType.INT,
            default=3,
            minimum=1,
            maximum=20,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Dots per person"),
        ),
        SettingSpec(
            key="max_dots_per_target",
            type=SettingType.INT,
            default=0,
            minimum=0,
            maximum=20,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Dots per item at most (0 = no limit)"),
        ),
        SettingSpec(
            key="participants",
            type=SettingType.INT,
            default=0,
            minimum=0,
            maximum=limits.PARTICIPANTS_RANGE[1],
            label=QT_TRANSLATE_NOOP("PhaseSettings", "People voting (0 = not counted)"),
            tooltip=QT_TRANSLATE_NOOP(
                "PhaseSettings",
                "With a number, the tally compares the dots cast with the dots handed out.",
            ),
        ),
        SettingSpec(
            key="two_criteria",
            type=SettingType.BOOL,
            default=False,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Two dot colours: important and urgent"),
        ),
        SettingSpec(
            key="show_live_results",
            type=SettingType.BOOL,
            default=False,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Show the tally while voting"),
            tooltip=QT_TRANSLATE_NOOP(
                "PhaseSettings", "A visible tally draws late voters to the leaders."
            ),
        ),
    ),
    PhaseKind.ROUNDS: (
        SettingSpec(
            key="participants",
            type=SettingType.INT,
            default=24,
            minimum=2,
            maximum=1000,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Participants (hosts included)"),
            tooltip=QT_TRANSLATE_NOOP(
                "PhaseSettings", "The seating plan gives everyone a badge number 1 … N."
            ),
        ),
        SettingSpec(
            key="rounds",
            type=SettingType.INT,
            default=3,
            minimum=1,
            maximum=8,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Rounds"),
        ),
        SettingSpec(
            key="round_minutes",
            type=SettingType.INT,
            default=20,
            minimum=5,
            maximum=120,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Minutes per round"),
        ),
        SettingSpec(
            key="rotation_minutes",
            type=SettingType.INT,
            default=3,
            minimum=0,
            maximum=30,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Minutes to change tables"),
        ),
        SettingSpec(
            key="question_mode",
            type=SettingType.CHOICE,
            default="per_round",
            choices=(
                Choice("same", QT_TRANSLATE_NOOP("PhaseSettings", "One question for all rounds")),
                Choice(
                    "per_round",
                    QT_TRANSLATE_NOOP("PhaseSettings", "A question per round (one per line)"),
                ),
                Choice(
                    "per_table",
                    QT_TRANSLATE_NOOP("PhaseSettings", "A question per table (one per line)"),
                ),
            ),
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Questions"),
        ),
        SettingSpec(
            key="tables",
            type=SettingType.INT,
            default=6,
            minimum=1,
            maximum=60,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Tables"),
        ),
        SettingSpec(
            key="hosts_stay",
            type=SettingType.BOOL,
            default=True,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Table hosts stay at their table"),
        ),
    ),
    PhaseKind.AGENDA_WALL: (
        SettingSpec(
            key="slots",
            type=SettingType.INT,
            default=3,
            minimum=1,
            maximum=12,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Time slots"),
        ),
        SettingSpec(
            key="slot_minutes",
            type=SettingType.INT,
            default=60,
            minimum=15,
            maximum=240,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Minutes per slot"),
        ),
        SettingSpec(
            key="slot_gap_minutes",
            type=SettingType.INT,
            default=15,
            minimum=0,
            maximum=120,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Minutes between slots"),
        ),
        SettingSpec(
            key="spaces",
            type=SettingType.INT,
            default=5,
            minimum=1,
            maximum=40,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Rooms and spaces"),
        ),
        SettingSpec(
            key="space_names",
            type=SettingType.TEXT,
            default="",
            maximum=500,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Names of the spaces (comma-separated)"),
            tooltip=QT_TRANSLATE_NOOP("PhaseSettings", "Spaces without a name are numbered."),
        ),
    ),
    PhaseKind.REPORTS: (
        SettingSpec(
            key="agenda_phase",
            type=SettingType.PHASE_REF,
            default="",
            ref_kinds=(PhaseKind.AGENDA_WALL,),
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Sessions from the agenda wall of phase"),
            tooltip=QT_TRANSLATE_NOOP(
                "PhaseSettings", "Empty: the nearest agenda wall before this phase."
            ),
        ),
        SettingSpec(
            key="participants",
            type=SettingType.CHOICE,
            default="count",
            choices=(
                Choice("count", QT_TRANSLATE_NOOP("PhaseSettings", "Number of participants")),
                Choice("names", QT_TRANSLATE_NOOP("PhaseSettings", "Names of participants")),
            ),
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Participants in a report"),
        ),
    ),
    PhaseKind.REFORMULATE: (
        _TOP_FROM_VOTE,
        _TOP_N,
        SettingSpec(
            key="target_phase",
            type=SettingType.PHASE_REF,
            default="",
            ref_kinds=(PhaseKind.CARDS,),
            looks_ahead=True,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Add the statements to phase"),
            tooltip=QT_TRANSLATE_NOOP(
                "PhaseSettings", "Empty: the nearest card collection after this phase."
            ),
        ),
    ),
    PhaseKind.REALITY_CHECK: (
        _TOP_FROM_VOTE,
        _TOP_N,
    ),
    PhaseKind.ACTION_PLAN: (
        SettingSpec(
            key="source_phase",
            type=SettingType.PHASE_REF,
            default="",
            # not cards: a reality check on cards often sits between the vote and the plan
            ref_kinds=(PhaseKind.VOTE, PhaseKind.CLUSTER, PhaseKind.REPORTS),
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Projects from the results of phase"),
            tooltip=QT_TRANSLATE_NOOP(
                "PhaseSettings",
                "Empty: the nearest dot voting, clustering or session reports before this phase.",
            ),
        ),
        SettingSpec(
            key="top_n",
            type=SettingType.INT,
            default=3,
            minimum=0,
            maximum=20,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Top results to take over (0 = none)"),
        ),
    ),
    PhaseKind.FEEDBACK: (
        SettingSpec(
            key="mode",
            type=SettingType.CHOICE,
            default="line",
            choices=(
                Choice("line", QT_TRANSLATE_NOOP("PhaseSettings", "One sentence from each person")),
                Choice("scale", QT_TRANSLATE_NOOP("PhaseSettings", "Mood rating on a scale")),
            ),
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Feedback as"),
        ),
        SettingSpec(
            key="scale_points",
            type=SettingType.INT,
            default=5,
            minimum=3,
            maximum=10,
            label=QT_TRANSLATE_NOOP("PhaseSettings", "Points on the scale"),
        ),
    ),
    PhaseKind.BREAK: (_SHOW_TIMER,),
}


def kind_label(kind: PhaseKind | str) -> str:
    """English display name of a kind (translate it in context ``PhaseKind``)."""
    return KIND_LABELS[PhaseKind(kind)]


def settings_spec(kind: PhaseKind | str) -> tuple[SettingSpec, ...]:
    return KIND_SETTINGS[PhaseKind(kind)]


def default_settings(kind: PhaseKind | str) -> dict[str, Any]:
    return {spec.key: spec.default for spec in settings_spec(kind)}


def _int_problem(spec: SettingSpec) -> str:
    if spec.minimum is not None and spec.maximum is not None:
        return f"must be an integer between {spec.minimum} and {spec.maximum}"
    return "must be an integer"


def _checked_value(kind: PhaseKind, spec: SettingSpec, value: object) -> object:
    def fail(code: Problem, problem: str, **details: Any) -> SettingError:
        return SettingError(kind, spec.key, code, problem, {"got": value, **details})

    match spec.type:
        case SettingType.INT:
            bounds = {"minimum": spec.minimum, "maximum": spec.maximum}
            # bool is an int subclass, and 3.0 from JSON is no integer either
            if isinstance(value, bool) or not isinstance(value, int):
                raise fail(Problem.WRONG_TYPE, _int_problem(spec), expected="integer", **bounds)
            if (spec.minimum is not None and value < spec.minimum) or (
                spec.maximum is not None and value > spec.maximum
            ):
                raise fail(Problem.OUT_OF_RANGE, _int_problem(spec), **bounds)
        case SettingType.BOOL:
            if not isinstance(value, bool):
                raise fail(Problem.WRONG_TYPE, "must be true or false", expected="boolean")
        case SettingType.CHOICE:
            values = [choice.value for choice in spec.choices]
            if not isinstance(value, str) or value not in values:
                raise fail(
                    Problem.NOT_A_CHOICE, f"must be one of {', '.join(values)}", choices=values
                )
        case SettingType.TEXT:
            if not isinstance(value, str):
                raise fail(Problem.WRONG_TYPE, "must be a text", expected="text")
            if spec.maximum is not None and len(value) > spec.maximum:
                raise fail(
                    Problem.TOO_LONG,
                    f"must be at most {spec.maximum} characters long",
                    maximum=spec.maximum,
                )
        case SettingType.PHASE_REF:
            if not isinstance(value, str):
                raise fail(Problem.WRONG_TYPE, "must be the key of a phase", expected="phase key")
            if value and not KEY_PATTERN.fullmatch(value):
                raise fail(
                    Problem.BAD_KEY,
                    "must be the key of a phase: lowercase letters, digits, '-' or '_'",
                )
    return value


def space_names(names: str) -> list[str]:
    """The agenda wall's ``space_names`` setting as a list (empty parts dropped)."""
    return [part.strip() for part in names.split(",") if part.strip()]


def validate_settings(kind: PhaseKind | str, settings: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``settings`` complete (defaults filled in, in declaration order).

    Raises SettingError for an unknown setting, a wrong type or a value out of range.
    Whether a phase_ref names an existing phase is the plan's business (templates check it).
    """
    kind = PhaseKind(kind)
    specs = KIND_SETTINGS[kind]
    if not isinstance(settings, Mapping):
        raise SettingError(
            kind, "", Problem.WRONG_TYPE, "must be a table of settings", {"expected": "table"}
        )
    known = [spec.key for spec in specs]
    for name in settings:
        if name not in known:
            raise SettingError(
                kind,
                str(name),
                Problem.UNKNOWN_FIELD,
                f"is not a setting of {kind}; known are: {', '.join(known) or 'none'}",
                {"field": name, "known": known},
            )
    result = {
        spec.key: _checked_value(kind, spec, settings.get(spec.key, spec.default)) for spec in specs
    }
    if kind is PhaseKind.AGENDA_WALL:
        names = space_names(result["space_names"])
        if len(names) > result["spaces"]:
            raise SettingError(
                kind,
                "space_names",
                Problem.TOO_MANY_NAMES,
                f"names {len(names)} spaces, but there are only {result['spaces']}",
                {"names": len(names), "maximum": result["spaces"], "setting": "spaces"},
            )
    return result


class PlannedPhase(Protocol):
    """What reference resolution needs of a phase: a PhaseDraft or the store's Phase record
    (a ``key`` attribute is optional)."""

    @property
    def kind(self) -> str: ...

    @property
    def settings(self) -> Mapping[str, Any]: ...


def referenced_phase(phases: Sequence[PlannedPhase], index: int, setting: str) -> int | None:
    """Index of the phase that ``phases[index]``'s phase_ref ``setting`` points to.

    A key points to the phase with that key (phases without a ``key`` attribute have
    none); an empty value means the nearest preceding phase of a fitting kind (following,
    for a spec that ``looks_ahead``). None when nothing fits.
    """
    phase = phases[index]
    spec = next(s for s in settings_spec(phase.kind) if s.key == setting)
    if spec.type is not SettingType.PHASE_REF:
        raise ValueError(f"{phase.kind}.{setting} is not a phase reference")
    wanted = phase.settings.get(setting, spec.default)
    if wanted:
        for position, other in enumerate(phases):
            if position != index and getattr(other, "key", "") == wanted:
                return position if other.kind in spec.ref_kinds else None
        return None
    nearest = range(index + 1, len(phases)) if spec.looks_ahead else range(index - 1, -1, -1)
    for position in nearest:
        if phases[position].kind in spec.ref_kinds:
            return position
    return None
