"""The protocol's fixed words, dates and numbers in the workshop's language.

A protocol speaks the workshop's language, not the one the program's window happens to
use, and it may be rendered in a worker thread while the GUI translates on its own. So
``translate`` here does not go through ``werkstatt.i18n.translate`` (whose language and
backend are process-wide) but reads the same ``.ts`` catalog for the language that
:func:`rendering_in` set for the current thread. It is spelled like the i18n function,
``translate("Protocol", "English source")``, so that pyside6-lupdate collects the strings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from werkstatt.i18n import SOURCE_LANGUAGE, SUPPORTED_LANGUAGES, catalog_path, load_catalog

# A ContextVar is per thread: a render in the executor never sees the GUI thread's value.
_language: ContextVar[str] = ContextVar("protocol_language", default=SOURCE_LANGUAGE)


def protocol_language(language: str) -> str:
    """The language a workshop's protocol is written in: its own if Werkstatt speaks it,
    else English (the source language, complete by construction)."""
    language = (language or "").strip().lower()
    return language if language in SUPPORTED_LANGUAGES else SOURCE_LANGUAGE


@contextmanager
def rendering_in(language: str) -> Iterator[str]:
    """Make ``translate`` and the formatters below answer in ``language`` for this block."""
    token = _language.set(protocol_language(language))
    try:
        yield _language.get()
    finally:
        _language.reset(token)


def current() -> str:
    return _language.get()


def translate(context: str, text: str) -> str:
    """``text`` in the rendering language; the English source when no translation exists."""
    return text_in(_language.get(), context, text)


def text_in(language: str, context: str, text: str) -> str:
    if language == SOURCE_LANGUAGE:
        return text
    return load_catalog(catalog_path(language)).get((context, text), text)


# dates, times, numbers ----------------------------------------------------------------------
def _weekday(index: int) -> str:
    names = (
        translate("Protocol", "Monday"),
        translate("Protocol", "Tuesday"),
        translate("Protocol", "Wednesday"),
        translate("Protocol", "Thursday"),
        translate("Protocol", "Friday"),
        translate("Protocol", "Saturday"),
        translate("Protocol", "Sunday"),
    )
    return names[index]


def _month(index: int) -> str:
    names = (
        translate("Protocol", "January"),
        translate("Protocol", "February"),
        translate("Protocol", "March"),
        translate("Protocol", "April"),
        translate("Protocol", "May"),
        translate("Protocol", "June"),
        translate("Protocol", "July"),
        translate("Protocol", "August"),
        translate("Protocol", "September"),
        translate("Protocol", "October"),
        translate("Protocol", "November"),
        translate("Protocol", "December"),
    )
    return names[index - 1]


def long_date(date: dt.date) -> str:
    """'Samstag, 14. März 2026' / 'Saturday, 14 March 2026' for the cover."""
    pattern = translate("Protocol", "{weekday}, {day} {month} {year}")
    return pattern.format(
        weekday=_weekday(date.weekday()), day=date.day, month=_month(date.month), year=date.year
    )


def short_date(date: dt.date) -> str:
    # Germans read 14.03.2026; ISO is unambiguous for everyone else (as the CLI does).
    return date.strftime("%d.%m.%Y") if current() == "de" else date.isoformat()


def clock(moment: dt.datetime | dt.time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def decimal(value: float, digits: int = 1) -> str:
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if current() == "de" else text


def signed_minutes(minutes: int) -> str:
    """'+12', '−3', '±0': a delay as the run sheet shows it."""
    if minutes > 0:
        return f"+{minutes}"
    if minutes < 0:
        return f"−{-minutes}"
    return "±0"
