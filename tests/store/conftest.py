"""Fixtures of the store tests: an open library and realistic German workshop data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from werkstatt.core.records import WorkshopDraft
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.library import Library


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    with Library.open(data_dir) as opened:
        yield opened


@pytest.fixture
def draft() -> WorkshopDraft:
    """A Zukunftswerkstatt as a moderator would enter it."""
    return WorkshopDraft(
        title="Zukunftswerkstatt Quartier Nordstadt",
        method="zukunftswerkstatt",
        date=dt.date(2025, 3, 15),
        start_time=dt.time(9, 30),
        place="Bürgerhaus Nordstadt, Großer Saal",
        client="Amt für Stadtentwicklung – Quartiersentwicklungskonzept",
        moderators="Ayşe Yılmaz, Przemysław Wójcik",
        expected_participants=45,
        notes="Barrierefreier Zugang über den Hof; Dolmetscherin für Türkisch angefragt.",
        language="de",
    )


@pytest.fixture
def phases() -> list[PhaseDraft]:
    """The five phases of a short Zukunftswerkstatt."""
    return [
        PhaseDraft(
            PhaseKind.BRIEFING,
            "Begrüßung und Regeln",
            question="Willkommen zur Zukunftswerkstatt!",
            script="Begrüßen Sie die Teilnehmenden und erklären Sie die drei Phasen.",
            planned_minutes=15,
        ),
        PhaseDraft(
            PhaseKind.CARDS,
            "Kritikphase",
            question="Was stört uns im Quartier? Was läuft schief?",
            script="Eine Aussage pro Karte, gut lesbar, höchstens sieben Wörter.",
            planned_minutes=40,
            settings={"max_chars": 60},
        ),
        PhaseDraft(
            PhaseKind.VOTE,
            "Gewichtung der Kritik",
            question="Was ist am dringendsten?",
            planned_minutes=15,
            settings={"dots_per_person": 3},
        ),
        PhaseDraft(
            PhaseKind.CARDS,
            "Phantasiephase",
            question="Wie sähe unser Quartier aus, wenn alles möglich wäre?",
            planned_minutes=45,
        ),
        PhaseDraft(
            PhaseKind.ACTION_PLAN,
            "Verwirklichungsphase",
            question="Was packen wir an – wer, bis wann?",
            planned_minutes=60,
            settings={"top_n": 5},
        ),
    ]
