"""How the plan editor words kinds, settings, times and durations."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from werkstatt.core.runsheet import RunSheetRow, hours_and_minutes
from werkstatt.methods.kinds import KIND_CONTEXT, SETTINGS_CONTEXT, kind_label
from werkstatt.methods.model import PhaseKind

# Literal QCoreApplication.translate("PlanEditor", "...") calls throughout: that is the
# form pyside6-lupdate finds.


def kind_name(kind: str) -> str:
    """The kind's display name in the user's language (its raw value if it is unknown)."""
    try:
        return QCoreApplication.translate(KIND_CONTEXT, kind_label(PhaseKind(kind)))
    except ValueError:
        return kind


def setting_text(text: str) -> str:
    """A setting's label, tooltip or choice in the user's language."""
    return QCoreApplication.translate(SETTINGS_CONTEXT, text) if text else ""


def clock(moment: dt.datetime | dt.time | None) -> str:
    """'18:45' on every run sheet and header; '–' for a time not known yet."""
    return "–" if moment is None else moment.strftime("%H:%M")


def day_mark(day: int) -> str:
    """ " (+1)" for a time on the day after the workshop's first day; "" on the first."""
    if day <= 0:
        return ""
    text = QCoreApplication.translate("PlanEditor", " (+%1)", "days after the first day")
    return text.replace("%1", str(day))


def time_range(row: RunSheetRow) -> str:
    """Planned start and end of a phase: '18:00–18:15', '23:30–00:15 (+1)'."""
    start, end = clock(row.planned_start), clock(row.planned_end)
    if row.day == row.end_day:
        return f"{start}–{end}{day_mark(row.day)}"
    # Only a phase starting before midnight of a later day needs two marks.
    return f"{start}{day_mark(row.day)}–{end}{day_mark(row.end_day)}"


def duration(minutes: int) -> str:
    """'45 min', '2 h', '2 h 15 min'."""
    hours, rest = hours_and_minutes(minutes)
    if hours and rest:
        text = QCoreApplication.translate("PlanEditor", "%1 h %2 min")
        return text.replace("%1", str(hours)).replace("%2", str(rest))
    if hours:
        return QCoreApplication.translate("PlanEditor", "%1 h").replace("%1", str(hours))
    return QCoreApplication.translate("PlanEditor", "%1 min").replace("%1", str(rest))
