"""A one-day Open Space in Leipzig-Ost with all its results, built by hand from the
built-in template: an agenda wall of 3 session slots (and a lunch break) × 5 spaces with
20 proposals (15 placed, 2 merged, 3 not placed), 15 session reports (one placed session
without a report, one report of a session held outside the wall), the convergence vote
on the sessions and the action plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from protocol_samples import DAY, make_workshop, utc

from werkstatt.core.agenda import AgendaWall, Cell, Proposal, Slot, Space
from werkstatt.core.records import (
    Action,
    ActionStatus,
    FeedbackEntry,
    Phase,
    PhaseRun,
    SessionReport,
)
from werkstatt.core.snapshot import PhaseSnapshot, WorkshopSnapshot
from werkstatt.core.voting import Target, tally
from werkstatt.methods import load_templates
from werkstatt.resources import resource_path

WORKSHOP_TITLE = "Open Space „Unser Viertel 2030 – gemeinsam gestalten“"

SPACES: tuple[str, ...] = ("Großer Saal", "Kleiner Saal", "Foyer", "Bibliothek", "Garten")

#: id, start, minutes, label, is_break
SLOTS: tuple[tuple[int, dt.time, int, str, bool], ...] = (
    (1, dt.time(10, 0), 60, "Runde 1", False),
    (2, dt.time(11, 15), 60, "Runde 2", False),
    (3, dt.time(12, 15), 45, "Mittagspause", True),
    (4, dt.time(13, 0), 75, "Runde 3", False),
)

#: title, convener
PROPOSALS: tuple[tuple[str, str], ...] = (
    ("Nachbarschaftsgarten auf der Brache an der Ludwigstraße", "Zeynep Arslan"),
    ("Barrierefreiheit im öffentlichen Personennahverkehr", "Przemysław Wójcik"),
    ("Jugendbeteiligung: Wie reden Jugendliche bei der Stadtteilplanung mit?", "Amara Okonkwo"),
    ("Mehrsprachige Stadtteilzeitung", "Nguyễn Thị Hương"),
    ("Verkehrsberuhigung und Schulwegsicherheit", "Søren Kierkegaard-Jensen"),
    ("Repair-Café und Werkzeugverleih im Stadtteilzentrum", "Jürgen Weiß"),
    ("Wohnungsgenossenschaft gründen – aber wie?", "Małgorzata Wiśniewska-Obermüller"),
    ("Einsamkeit im Alter: Nachbarschaftshilfe organisieren", "Gisela Schröder"),
    ("Kulturelle Vielfalt feiern: ein Quartiersfest für alle", "Fatima Al-Hassan"),
    ("Klimaanpassung: Hitzeschutz für Straßen und Plätze", "Oleksandr Kovalenko"),
    ("Ehrenamtskoordination und Anerkennungskultur", "Ayşe Yılmaz"),
    ("Spielplatz an der Eisenbahnstraße wieder öffnen", "Jean-Baptiste Nkurunziza"),
    ("Digitale Teilhabe: Internetcafé für Seniorinnen und Senioren", "Hiroshi Tanaka"),
    ("Müllvermeidung und saubere Grünanlagen", "Amina Abdullaeva / Lars Eriksson"),
    ("Lebendige Erdgeschosszonen gegen Leerstand", "Björn Þórðarson"),
    # 15, 16: merged into 0 and 4
    ("Gemeinschaftsbeete im Hinterhof", "Dolores Fernández-Müller"),
    ("Tempo 30 vor allen Schulen", "Mehmet Öztürk"),
    # 17-19: not placed (19 met anyway, in the café, and wrote a report)
    ("Bürgerhaushalt für das Viertel", "Chiara Rossi"),
    ("Mietenentwicklung und Verdrängung", "Kwame Mensah"),
    ("Sprachcafé: Deutsch lernen beim Kaffee", "Élodie Lefèvre"),
)
MERGED = {15: 0, 16: 4}
UNPLACED = (17, 18, 19)

#: proposal index -> (slot id, space index); all 15 cells
PLACEMENT: dict[int, tuple[int, int]] = {
    index: ((1, 2, 4)[index // 5], index % 5) for index in range(15)
}

#: proposal index, participants, names, key points, results, next steps
REPORTS: tuple[tuple[int, int | None, str, str, str, str], ...] = (
    (
        0,
        14,
        "Zeynep Arslan, Dolores Fernández-Müller, Erik Lindqvist",
        "- Die Brache gehört der Stadt und liegt seit acht Jahren brach\n"
        "- Viele wollen gärtnern, aber niemand kennt das Pachtverfahren",
        "Ein Gartenverein in Gründung übernimmt die Pachtanfrage",
        "1. Pachtanfrage an das Liegenschaftsamt schicken\n2. Bodenprobe beauftragen",
    ),
    (
        1,
        9,
        "Przemysław Wójcik, Ingrid Halvorsen",
        "Die Straßenbahnhaltestelle Eisenbahnstraße hat keinen Hochbord",
        "Liste der zwölf schlimmsten Haltestellen für die Verkehrsbetriebe",
        "Begehung mit den Verkehrsbetrieben im Mai",
    ),
    (
        2,
        11,
        "",
        "- Jugendliche fühlen sich bei Bürgerversammlungen nicht angesprochen\n"
        "- Termine am Abend passen nicht zu Schule und Ausbildung",
        "Ein Jugendforum zweimal im Jahr, von Jugendlichen moderiert",
        "Kontakt zum Schülerrat der Oberschule aufnehmen",
    ),
    (
        3,
        7,
        "Nguyễn Thị Hương, Амина Абдуллаева",
        "Informationen der Stadt erreichen viele Familien nicht",
        "Vierteljährliche Zeitung auf Deutsch, Arabisch, Russisch, Türkisch und Vietnamesisch",
        "Übersetzerinnen und Übersetzer aus dem Sprachcafé gewinnen",
    ),
    (
        4,
        16,
        "Søren Kierkegaard-Jensen, Mehmet Öztürk",
        "- Elterntaxis blockieren die Schulstraße\n- Die Querung an der Kreuzung ist gefährlich",
        "Antrag auf Tempo 30 und Zebrastreifen vor der Grundschule",
        "Verkehrszählung mit dem Elternrat vor Schulbeginn",
    ),
    (
        5,
        6,
        "",
        "Im Stadtteilzentrum steht ein Raum am Samstag leer",
        "Ein Repair-Café einmal im Monat ab September",
        "Haftpflichtversicherung für Ehrenamtliche klären",
    ),
    (
        6,
        8,
        "Małgorzata Wiśniewska-Obermüller, Tomasz Kowalczyk",
        "Die Gründung einer Genossenschaft braucht Beratung und Eigenkapital",
        "Infoabend mit dem Genossenschaftsverband",
        "Termin für den Infoabend im Herbst finden",
    ),
    (
        7,
        12,
        "",
        "Ältere Menschen im Viertel leben oft allein und trauen sich nicht zu fragen",
        "Telefonkette und Besuchsdienst nach dem Vorbild der Kirchengemeinde",
        "Aushang in allen Hausfluren der Wohnungsgenossenschaft",
    ),
    (
        8,
        19,
        "",
        "Viele Vereine wollen mitmachen, es fehlt eine Koordination",
        "Quartiersfest am ersten Samstag im September auf dem Quartiersplatz",
        "Vorbereitungstreffen im Stadtteilzentrum am 2. April",
    ),
    (
        9,
        10,
        "Oleksandr Kovalenko, Aino Virtanen",
        "Der Quartiersplatz heizt sich im Sommer auf über 40 Grad auf",
        "Trinkbrunnen, Sonnensegel und zwölf neue Straßenbäume vorschlagen",
        "Gespräch mit dem Grünflächenamt über Baumpatenschaften",
    ),
    (
        10,
        5,
        "",
        "Ehrenamtliche fühlen sich allein gelassen",
        "Eine feste Ansprechperson im Quartiersmanagement",
        "Dankeschön-Abend für alle Ehrenamtlichen im Dezember",
    ),
    (
        12,
        None,
        "Hiroshi Tanaka, Ursula Meißner, Friedrich Brandtstätter",
        "Seniorinnen und Senioren wollen Videotelefonie lernen",
        "Schülerinnen und Schüler bieten Smartphone-Sprechstunden an",
        "Zwei gespendete Tablets für das Internetcafé besorgen",
    ),
    (
        13,
        8,
        "",
        "Müll rund um die Glascontainer und in der Parkanlage",
        "Frühjahrsputz als jährliche Aktion mit der Stadtreinigung",
        "Greifzangen und Säcke bei der Stadtreinigung bestellen",
    ),
    (
        14,
        4,
        "",
        "Leerstehende Läden wirken abweisend",
        "Zwischennutzung für Ateliers und Initiativen vorschlagen",
        "Eigentümerinnen und Eigentümer der Läden ansprechen",
    ),
    (
        19,
        6,
        "Élodie Lefèvre",
        "Sprachcafé im Café am Markt, ohne Raum auf der Wand, dafür mit Kuchen",
        "Das Sprachcafé trifft sich jeden Donnerstag um 17 Uhr",
        "Flyer in fünf Sprachen drucken",
    ),
)
#: placed but no report came in
WITHOUT_REPORT = (11,)

#: the convergence vote on the sessions: proposal index -> dots
DOTS: dict[int, int] = {0: 21, 4: 19, 8: 17, 9: 12, 3: 9, 7: 6, 2: 4, 12: 3}

#: what, responsible, due, first step, resources, status, source
ACTIONS: tuple[tuple[str, str, str, str, str, ActionStatus, str], ...] = (
    (
        "Nachbarschaftsgarten auf der Brache Ludwigstraße anlegen",
        "Zeynep Arslan",
        "bis Ende März 2027",
        "Pachtanfrage an das Liegenschaftsamt schicken",
        "Verfügungsfonds, 2.500 €",
        ActionStatus.STARTED,
        PROPOSALS[0][0],
    ),
    (
        "Tempo 30 und Zebrastreifen vor der Grundschule beantragen",
        "Søren Kierkegaard-Jensen",
        "Sommerferien 2026",
        "Verkehrszählung mit dem Elternrat",
        "Ehrenamt; Zählbögen vom Amt",
        ActionStatus.OPEN,
        PROPOSALS[4][0],
    ),
    (
        "Quartiersfest im September vorbereiten",
        "Fatima Al-Hassan",
        "1. Samstag im September",
        "Vorbereitungstreffen am 2. April einladen",
        "Kulturfonds des Stadtbezirks",
        ActionStatus.OPEN,
        PROPOSALS[8][0],
    ),
)

PERSONAL_VALUES: tuple[str, ...] = (
    *(convener for _title, convener in PROPOSALS),
    *(name.strip() for report in REPORTS for name in report[2].split(",") if name.strip()),
    *(action[1] for action in ACTIONS),
)

AGENDA_PHASE_ID = 202
REPORTS_PHASE_ID = 203


def open_space_phases(workshop_id: int = 8, language: str = "de") -> list[Phase]:
    templates = {t.key: t for t in load_templates(resource_path("methods"), language)}
    drafts = templates["open_space"].drafts(language)
    return [
        Phase(
            id=200 + index,
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


def agenda_wall() -> AgendaWall:
    slots = tuple(
        Slot(slot_id, start, minutes, label, is_break, order)
        for order, (slot_id, start, minutes, label, is_break) in enumerate(SLOTS)
    )
    spaces = tuple(
        Space(10 + index, name, capacity=(40, 15, 25, 12, None)[index], order=index)
        for index, name in enumerate(SPACES)
    )
    proposals = tuple(
        Proposal(
            id=500 + index,
            title=title,
            convener=convener,
            merged_into=500 + MERGED[index] if index in MERGED else None,
            order=index,
        )
        for index, (title, convener) in enumerate(PROPOSALS)
    )
    placement = {
        500 + index: Cell(slot_id, 10 + space) for index, (slot_id, space) in PLACEMENT.items()
    }
    return AgendaWall(slots, spaces, proposals, placement)


def session_reports() -> tuple[SessionReport, ...]:
    return tuple(
        SessionReport(
            id=600 + number,
            phase_id=REPORTS_PHASE_ID,
            proposal_id=500 + index,
            participants=participants,
            names=names,
            key_points=key_points,
            results=results,
            next_steps=next_steps,
        )
        for number, (index, participants, names, key_points, results, next_steps) in enumerate(
            REPORTS
        )
    )


def open_space(*, language: str = "de") -> WorkshopSnapshot:
    phases = open_space_phases(language=language)
    start = utc(8, 30)
    items: list[PhaseSnapshot] = []
    for phase in phases:
        end = start + dt.timedelta(minutes=phase.planned_minutes)
        run = PhaseRun(phase.id, actual_start=start, actual_end=end)
        start = end
        changes: dict[str, object] = {}
        if phase.key == "marktplatz":
            assert phase.id == AGENDA_PHASE_ID
            changes["agenda"] = agenda_wall()
        elif phase.key == "sessions":
            assert phase.id == REPORTS_PHASE_ID
            changes["reports"] = session_reports()
        elif phase.key == "konvergenz":
            placed = [index for index in range(15)]
            changes["tally"] = tally(
                [Target(500 + index, PROPOSALS[index][0]) for index in placed],
                {500 + index: dots for index, dots in DOTS.items()},
            )
            changes["vote_target_kind"] = "proposal"
        elif phase.key == "aktionsplanung":
            changes["actions"] = tuple(
                Action(800 + n, phase.id, n, what, who, due, step, means, status, source)
                for n, (what, who, due, step, means, status, source) in enumerate(ACTIONS)
            )
        elif phase.key == "abschlusskreis":
            changes["feedback"] = (
                FeedbackEntry(900, phase.id, 0, "Ein Tag voller Energie – danke!", None, ""),
            )
        items.append(replace(PhaseSnapshot(phase, run), **changes))  # type: ignore[arg-type]
    workshop = make_workshop(
        id=8,
        uid="0s-leipzig-ost-2026",
        title=WORKSHOP_TITLE,
        method="open_space",
        date=DAY,
        start_time=dt.time(9, 30),
        language=language,
    )
    return WorkshopSnapshot(
        workshop=workshop,
        phases=tuple(items),
        taken_at=utc(15, 30),
        method_name="Open Space",
    )
