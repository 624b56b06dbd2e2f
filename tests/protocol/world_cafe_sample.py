"""A World Café evening for the protocol and printables tests: the built-in template's
phases, 20 guests at 5 tables with hosts who stay, three rounds, a seating plan and the
hosts' key points in several languages."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from protocol_samples import make_workshop, utc

from werkstatt.core.records import CafeSetup, CafeTable, Phase, PhaseRun, TableNote
from werkstatt.core.seating import SeatingProblem, plan_seating
from werkstatt.core.snapshot import PhaseSnapshot, WorkshopSnapshot
from werkstatt.methods import load_templates
from werkstatt.resources import resource_path

QUESTIONS = (
    "Was erleben Sie heute in der Ortsmitte – was gelingt schon gut, was fehlt?",
    "Wie sähe die Ortsmitte aus, wenn sie richtig gut wäre?",
    "Was können wir selbst beitragen – und wen brauchen wir noch dafür?",
)
NAMES = (
    "Dorothea Klöß",
    "Mehmet Öztürk",
    "Zofia Wiśniewska",
    "Jürgen Weiß",
    "Nguyễn Thị Hương",
    "Fatima Al-Hassan",
    "Olga Смирнова",
    "Björn Größmann",
    "Ayşe Yılmaz",
    "Przemysław Wójcik",
    "Gisela Schröder",
    "Kwame Mensah",
    "Dragana Petrović",
    "Hannelore Müßig",
    "Lukas Brandstätter",
    "María José Ibáñez",
    "Ömer Çelik",
    "Friederike von Weißenfels-Großkopf",
    "Sven Åström",
    "Chiara Dell'Acqua",
)
TABLES = (
    CafeTable("Sonnenblume", "Dorothea Klöß"),
    CafeTable("Löwenzahn", "Mehmet Öztürk"),
    CafeTable("", "Zofia Wiśniewska"),
    CafeTable("Kornblume", ""),
    CafeTable("Straßenbahnhaltestelle", "Jürgen Weiß"),
)
#: (round, table) -> the host's key points
NOTES = {
    (0, 0): "Zu wenig Sitzbänke am Quartiersplatz\nDer Wochenmarkt fehlt seit 2023",
    (0, 1): "Die Bibliothek ist der einzige Treffpunkt für Jugendliche",
    (0, 4): "Haltestelle nicht barrierefrei – Rollstuhl kommt nicht in die Bahn",
    (1, 2): "Ein Dorfplatz mit Brunnen, Schatten und Bänken für alle Generationen",
    (1, 3): "Mahallede gençler için buluşma yeri – ein Jugendcafé",
    (2, 0): "Patenschaften für Beete; Heimatverein und Kirchengemeinde fragen",
    (2, 4): "Привет от соседей: общий сад – Gemeinschaftsgarten an der Brache",
}
PERSONAL = (*NAMES, *(table.host for table in TABLES if table.host))


@cache
def setup(phase_id: int = 300, *, names: bool = True) -> CafeSetup:
    plan = plan_seating(SeatingProblem(20, 5, 3, hosts=True), seed=11, time_budget=0.05)
    return CafeSetup(
        phase_id=phase_id,
        participants=20,
        names=NAMES if names else (),
        tables=TABLES,
        seed=plan.seed,
        rounds=plan.rounds,
        hosts=plan.hosts,
    )


def rounds_phase(phase_id: int = 300, *, mode: str = "per_round") -> Phase:
    templates = {t.key: t for t in load_templates(resource_path("methods"), "de")}
    draft = next(d for d in templates["world_cafe"].drafts("de") if d.key == "tischrunden")
    question = "\n".join(QUESTIONS) if mode != "same" else QUESTIONS[0]
    return Phase(
        id=phase_id,
        workshop_id=7,
        position=0,
        kind=str(draft.kind),
        title=draft.title,
        question=question,
        script=draft.script,
        planned_minutes=draft.planned_minutes,
        settings={
            **draft.settings,
            "participants": 20,
            "tables": 5,
            "rounds": 3,
            "question_mode": mode,
        },
        key=draft.key,
    )


def world_cafe(*, mode: str = "per_round", with_plan: bool = True) -> WorkshopSnapshot:
    phase = rounds_phase(mode=mode)
    cafe = setup()
    if not with_plan:
        cafe = replace(cafe, rounds=(), hosts=None, seed=None)
    notes = tuple(
        TableNote(id=900 + i, phase_id=phase.id, table=table, round=round_, text=text)
        for i, ((round_, table), text) in enumerate(sorted(NOTES.items()))
    )
    item = PhaseSnapshot(
        phase,
        PhaseRun(phase.id, actual_start=utc(17, 10), actual_end=utc(18, 35)),
        cafe=cafe,
        table_notes=notes,
    )
    return WorkshopSnapshot(
        workshop=make_workshop(
            title="World Café Zukunft der Ortsmitte Großbeeren", method="world_cafe"
        ),
        phases=(item,),
        taken_at=utc(19, 0),
        method_name="World Café",
    )
