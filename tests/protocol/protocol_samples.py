"""Hand-made workshop snapshots for the protocol tests: an evening Zukunftswerkstatt in
Leipzig, its phases from the built-in template, run with delays, a skipped vote, 30
critique cards in several languages and a closing round with mood ratings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from werkstatt.core.records import (
    Card,
    FeedbackEntry,
    Phase,
    PhaseRun,
    Workshop,
    WorkshopStatus,
)
from werkstatt.core.snapshot import PhaseSnapshot, WorkshopSnapshot
from werkstatt.methods import load_templates
from werkstatt.resources import resource_path

BERLIN = "Europe/Berlin"
DAY = dt.date(2026, 3, 14)

CRITIQUE_CARDS: tuple[tuple[str, str, str], ...] = (
    ("Zu wenig Grün am Quartiersplatz", "green", ""),
    ("Die Straßenbahnhaltestelle ist nicht barrierefrei", "", "Ayşe Yılmaz"),
    ("Spielplatz an der Eisenbahnstraße seit Monaten gesperrt", "", ""),
    ("Keine Bänke zum Ausruhen für Ältere", "blue", "Przemysław Wójcik"),
    ("Das Quartiersentwicklungskonzept kennt niemand", "", ""),
    ("Zu viele Autos parken auf dem Gehweg", "pink", ""),
    ("Nachts ist die Unterführung dunkel und unheimlich", "", "Jürgen Weiß"),
    ("Mieten steigen schneller als die Renten", "orange", ""),
    ("Kaum Treffpunkte für Jugendliche", "green", ""),
    ("Müll rund um die Glascontainer", "", ""),
    ("Radwege enden im Nichts", "blue", ""),
    ("Ärztinnen und Ärzte nehmen keine neuen Patienten", "", ""),
    ("Öffnungszeiten der Stadtteilbibliothek zu kurz", "green", ""),
    ("Lärm von der Hauptverkehrsstraße bis spät in die Nacht", "pink", ""),
    ("Informationen der Stadt nur auf Deutsch", "", "Nguyễn Thị Hương"),
    ("Ehrenamtliche fühlen sich allein gelassen", "orange", ""),
    ("Der Wochenmarkt ist verschwunden", "", ""),
    ("Schulweg ohne sichere Querung", "blue", ""),
    ("Zu wenig Kita-Plätze im Viertel", "", ""),
    ("Große Straßenbäume wurden ohne Ersatz gefällt", "green", ""),
    ("Bürgerbeteiligung kommt immer zu spät", "", ""),
    ("Barrierefreie Toiletten fehlen im Stadtteilzentrum", "blue", ""),
    ("Fahrradständer am Bahnhof sind immer voll", "", ""),
    ("Kein Internet im Gemeinschaftsraum", "pink", ""),
    ("Wenig Austausch zwischen Alteingesessenen und Zugezogenen", "orange", ""),
    ("Parkanlage verwahrlost, Wege voller Schlaglöcher", "green", ""),
    ("لا توجد أماكن للعب الأطفال في الحي", "", "Fatima Al-Hassan"),
    ("Mahallede gençler için buluşma yeri yok", "", "Ayşe Yılmaz"),
    ("Привет от соседей: нам нужен общий сад", "blue", ""),
    ("Przystanek autobusowy bez zadaszenia – zimą bardzo zimno", "", ""),
)

FEEDBACK: tuple[tuple[str, int | None, str], ...] = (
    ("Endlich wurden wir gefragt – danke!", 5, "Gisela Schröder"),
    ("Zu wenig Zeit für die Phantasiephase.", 3, ""),
    ("Gute Moderation, klare Regeln.", 4, "Przemysław Wójcik"),
    ("", 4, ""),
    ("Ich komme zum Folgetreffen wieder.", 5, ""),
    ("Die Pause war zu kurz.", 2, ""),
    ("", 4, ""),
    ("Schön, so viele Nachbarinnen und Nachbarn zu sehen.", 5, "Ayşe Yılmaz"),
)


def utc(hour: int, minute: int, second: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute, second), tzinfo=dt.UTC)


def template_phases(workshop_id: int = 7, language: str = "de") -> list[Phase]:
    templates = {t.key: t for t in load_templates(resource_path("methods"), language)}
    drafts = templates["zukunftswerkstatt"].drafts(language)
    return [
        Phase(
            id=100 + index,
            workshop_id=workshop_id,
            position=index,
            kind=str(draft.kind),
            title=draft.title,
            question=draft.question,
            script=draft.script,
            planned_minutes=draft.planned_minutes,
            settings=dict(draft.settings),
            key=draft.key,
        )
        for index, draft in enumerate(drafts)
    ]


def make_workshop(**changes: object) -> Workshop:
    workshop = Workshop(
        id=7,
        uid="6f1c2a9e-zw-leipzig-ost",
        title="Zukunftswerkstatt Quartiersplatz Leipzig-Ost",
        method="zukunftswerkstatt",
        date=DAY,
        start_time=dt.time(18, 0),
        place="Stadtteilzentrum Volkmarsdorf, Großer Saal",
        client="Stadt Leipzig, Amt für Wohnungsbau und Stadterneuerung",
        moderators="Dorothea Klöß, Mehmet Öztürk",
        expected_participants=45,
        notes="",
        status=WorkshopStatus.DONE,
        language="de",
        created_at=utc(9, 0, day=dt.date(2026, 2, 2)),
        changed_at=utc(21, 5),
    )
    return replace(workshop, **changes)  # type: ignore[arg-type]


def cards_for(phase_id: int, texts: Sequence[tuple[str, str, str]]) -> tuple[Card, ...]:
    return tuple(
        Card(
            id=1000 + phase_id * 100 + index,
            phase_id=phase_id,
            position=index,
            text=text,
            colour=colour,
            author=author,
            created_at=utc(17, 20) + dt.timedelta(seconds=20 * index),
        )
        for index, (text, colour, author) in enumerate(texts)
    )


def zukunftswerkstatt(
    *, language: str = "de", cards: Sequence[tuple[str, str, str]] = CRITIQUE_CARDS
) -> WorkshopSnapshot:
    """The evening as it happened (UTC; 18:00 in Leipzig is 17:00 UTC in March)."""
    phases = template_phases(language=language)
    by_key = {phase.key: phase for phase in phases}
    runs: dict[str, PhaseRun] = {}
    # key -> (start, end) in UTC; the critique ran late, the vote was skipped.
    actual = {
        "begruessung": (utc(17, 2), utc(17, 14)),
        "regeln": (utc(17, 14), utc(17, 19)),
        "kritik-karten": (utc(17, 19), utc(17, 46)),
        "kritik-cluster": (utc(17, 46), utc(18, 3)),
        "pause": (utc(18, 3), utc(18, 15)),
        "umformulierung": (utc(18, 15), utc(18, 24)),
        "phantasie-karten": (utc(18, 24), utc(18, 44)),
        "phantasie-cluster": (utc(18, 44), utc(18, 55)),
        "phantasie-punkte": (utc(18, 55), utc(19, 5)),
        "realitaetscheck": (utc(19, 5), utc(19, 20)),
        "massnahmenplan": (utc(19, 20), utc(19, 48)),
        "ausblick": (utc(19, 48), utc(19, 53)),
        "blitzlicht": (utc(19, 53), utc(20, 4)),
    }
    for phase in phases:
        if phase.key == "kritik-punkte":
            runs[phase.key] = PhaseRun(phase.id, skipped=True)
        else:
            start, end = actual[phase.key]
            runs[phase.key] = PhaseRun(phase.id, actual_start=start, actual_end=end)

    feedback_phase = replace(by_key["blitzlicht"], settings={"mode": "scale", "scale_points": 5})
    ideas = (
        ("Ein Nachbarschaftsgarten auf der Brache", "green", ""),
        ("Sitzbänke mit Lehnen alle 200 Meter", "blue", ""),
    )
    items = []
    for phase in phases:
        run = runs[phase.key]
        if phase.key == "kritik-karten":
            items.append(PhaseSnapshot(phase, run, cards=cards_for(phase.id, cards)))
        elif phase.key == "phantasie-karten":
            items.append(PhaseSnapshot(phase, run, cards=cards_for(phase.id, ideas)))
        elif phase.key == "blitzlicht":
            entries = tuple(
                FeedbackEntry(
                    id=5000 + index,
                    phase_id=phase.id,
                    position=index,
                    text=text,
                    rating=rating,
                    name=name,
                )
                for index, (text, rating, name) in enumerate(FEEDBACK)
            )
            items.append(PhaseSnapshot(feedback_phase, run, feedback=entries))
        else:
            items.append(PhaseSnapshot(phase, run))
    return WorkshopSnapshot(
        workshop=make_workshop(language=language),
        phases=tuple(items),
        taken_at=utc(20, 15),
        method_name="Zukunftswerkstatt" if language == "de" else "Future Workshop",
    )


def pdf_text(path: Path) -> list[str]:
    """The text of each page, as a PDF reader extracts it."""
    return [page.extract_text() for page in PdfReader(path).pages]
