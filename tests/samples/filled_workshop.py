"""A whole Zukunftswerkstatt evening written through the store's API, as the GUI would:
cards, clusters, dots, positive statements, reality checks, actions, photos, feedback.

Used by the archive tests and the protocol benchmark, which asks for more of everything.
"""

from __future__ import annotations

import datetime as dt
import io
import random

from PIL import Image

from werkstatt.core import clustering
from werkstatt.core.photos import prepare
from werkstatt.core.records import ActionStatus, WorkshopDraft
from werkstatt.methods import limits, load_templates
from werkstatt.methods.model import PhaseKind
from werkstatt.resources import resource_path
from werkstatt.store.library import Library

CRITICISM = [
    "Zu wenig Sitzbänke und Schatten auf dem Marktplatz",
    "Der Bus fährt abends nur noch stündlich",
    "Radwege enden plötzlich an der Kreuzung Hauptstraße",
    "Kein Treffpunkt für Jugendliche nach 18 Uhr",
    "Spielplatz am Mühlbach ist seit Monaten gesperrt",
    "Zu viel Durchgangsverkehr in der Schulstraße",
    "Mülleimer quellen am Wochenende über",
    "Öffnungszeiten der Stadtteilbibliothek passen nicht zu Berufstätigen",
    "Mieten steigen schneller als die Einkommen",
    "Ältere Menschen fühlen sich abends auf dem Heimweg unsicher",
    "Informationen der Verwaltung erreichen viele Nachbar:innen nicht",
    "Gehwege sind für Rollatoren und Kinderwagen zu schmal",
]
VISIONS = [
    "Ein Nachbarschaftsgarten mit Hochbeeten für alle Generationen",
    "Ein Jugendcafé, das die Jugendlichen selbst verwalten",
    "Busse fahren bis Mitternacht im Viertelstundentakt",
    "Die Schulstraße wird eine Fahrradstraße mit Bäumen",
    "Ein mehrsprachiges Stadtteilbüro mit offener Sprechstunde",
    "Sichere, beleuchtete Fußwege mit Sitzplätzen zum Ausruhen",
]
CLUSTER_TITLES = [
    "Verkehr und Mobilität",
    "Treffpunkte und Begegnung",
    "Sauberkeit und Grünflächen",
    "Wohnen und Mieten",
    "Sicherheit im öffentlichen Raum",
    "Beteiligung und Information",
]
NAMES = ["Ayşe Yılmaz", "Przemysław Wójcik", "Nguyễn Thị Lan", "Jürgen Weiß", "Олена Коваль"]


def jpeg(width: int, height: int, seed: int, orientation: int = 1) -> bytes:
    """A photo-like JPEG (noise compresses like a real photo) with an EXIF orientation."""
    rng = random.Random(seed)
    small = Image.new("RGB", (max(1, width // 16), max(1, height // 16)))
    small.putdata(
        [
            (rng.randrange(256), rng.randrange(256), rng.randrange(256))
            for _ in range(small.width * small.height)
        ]
    )
    image = small.resize((width, height), Image.Resampling.BILINEAR)
    exif = Image.Exif()
    if orientation != 1:
        exif[0x0112] = orientation
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, exif=exif.tobytes())
    return buffer.getvalue()


def fill_zukunftswerkstatt(
    library: Library,
    *,
    critique_cards: int = 48,
    vision_cards: int = 24,
    clusters: int = 6,
    actions: int = 4,
    photos_per_phase: int = 1,
    photo_size: tuple[int, int] = (400, 300),
) -> int:
    """A finished Zukunftswerkstatt from the built-in template; returns its id. Each of
    its two boards gets ``clusters`` clusters; photos go to both boards and the plan."""
    (template,) = [
        t for t in load_templates(resource_path("methods"), "de") if t.key == "zukunftswerkstatt"
    ]
    workshop = library.create_workshop(
        WorkshopDraft(
            title="Zukunftswerkstatt „Lebenswerte Nordstadt 2035“",
            method="zukunftswerkstatt",
            date=dt.date(2026, 11, 20),
            start_time=dt.time(18, 0),
            place="Bürgerhaus Nordstadt, Großer Saal",
            client="Amt für Stadtentwicklung und Quartiersmanagement",
            moderators="Ayşe Yılmaz, Przemysław Wójcik",
            expected_participants=40,
            notes="Dolmetscherin für Türkisch vor Ort.",
        ),
        template.drafts("de"),
    )
    phases = {phase.key: phase for phase in library.list_phases(workshop.id)}
    start = dt.datetime(2026, 11, 20, 17, 0, tzinfo=dt.UTC)
    for offset, phase in enumerate(library.list_phases(workshop.id)):
        library.run.start_phase(
            phase.id, at=start + dt.timedelta(minutes=12 * offset), utc_offset_minutes=60
        )
        library.run.finish_phase(phase.id, at=start + dt.timedelta(minutes=12 * offset + 11))

    def sort_and_vote(
        cards_key: str, cluster_key: str, vote_key: str, texts: list[str], count: int
    ) -> None:
        cards = [
            library.cards.add(phases[cards_key].id, f"{texts[i % len(texts)]} ({i + 1})")
            for i in range(count)
        ]
        board_phase = phases[cluster_key].id
        state = library.board.load(board_phase)
        titles = [
            f"{CLUSTER_TITLES[i % len(CLUSTER_TITLES)]} {i // len(CLUSTER_TITLES) + 1}"
            if i >= len(CLUSTER_TITLES)
            else CLUSTER_TITLES[i]
            for i in range(clusters)
        ]
        for index, title in enumerate(titles):
            cluster_id = library.board.new_cluster_id()
            members = [card.id for i, card in enumerate(cards) if i % clusters == index]
            edit = clustering.create_cluster(state.board, cluster_id, title, card_ids=members)
            state = library.board.apply(board_phase, edit.change)
        tally = library.votes.tally(phases[vote_key].id)
        criterion = tally.criteria[0]
        library.votes.set_counts(
            phases[vote_key].id,
            [(target.id, criterion, (7 * i + 3) % 11) for i, target in enumerate(tally.targets)],
        )

    sort_and_vote("kritik-karten", "kritik-cluster", "kritik-punkte", CRITICISM, critique_cards)
    for item in library.votes.top_items(phases["umformulierung"].id):
        library.cards.add(
            phases["phantasie-karten"].id,
            f"Zukunftsbild: {item.label} ist gelöst",
            origin=item.label,
            origin_cluster_id=item.cluster_id,
            origin_card_id=item.card_id,
        )
    sort_and_vote(
        "phantasie-karten", "phantasie-cluster", "phantasie-punkte", VISIONS, vision_cards
    )
    for index, item in enumerate(library.votes.top_items(phases["realitaetscheck"].id)):
        library.reality_checks.add(
            phases["realitaetscheck"].id,
            item.label,
            resources="Leerstehender Laden in der Mühlenstraße; Fördertopf Soziale Stadt",
            allies=f"Bürgerverein Nordstadt, {NAMES[index % len(NAMES)]}",
            obstacles="Brandschutzauflagen; ehrenamtliche Betreuung am Abend",
            source_cluster_id=item.cluster_id,
        )
    plan = phases["massnahmenplan"].id
    for index in range(actions):
        library.actions.add(
            plan,
            f"Maßnahme {index + 1}: Runden Tisch zur Verkehrsberuhigung der Schulstraße einberufen",
            responsible=NAMES[index % len(NAMES)],
            due="bis Ende März 2027",
            first_step="Termin mit dem Tiefbauamt und der Schulleitung abstimmen",
            resources="Raum im Bürgerhaus, 200 € für Bewirtung",
            status=list(ActionStatus)[index % 3],
        )
    for key in ("kritik-cluster", "phantasie-cluster", "massnahmenplan"):
        for number in range(photos_per_phase):
            data = jpeg(*photo_size, seed=number, orientation=6 if number % 2 else 1)
            prepared = prepare(data, f"IMG_{number:04d}.jpg", max_bytes=limits.PHOTO_BYTES_MAX)
            library.photos.add(
                phases[key].id,
                prepared,
                filename=f"IMG_{number:04d}.jpg",
                caption=f"Pinnwand „{phases[key].title}“, Foto {number + 1}",
            )
    for index, name in enumerate(NAMES):
        library.feedback.add(
            phases["blitzlicht"].id, text=f"Ein gelungener Abend, danke! ({index})", name=name
        )
    assert phases["massnahmenplan"].kind == PhaseKind.ACTION_PLAN
    library.run.finish_workshop(workshop.id, at=start + dt.timedelta(hours=4))
    return workshop.id


OPEN_SPACE_TITLES = [
    "Leerstand in der Innenstadt beleben",
    "Sichere Schulwege ohne Elterntaxi",
    "Ein Repair-Café im Quartierszentrum",
    "Mehrsprachige Nachbarschaftshilfe organisieren",
    "Grüne Innenhöfe statt Parkplätze",
    "Wohnungstausch für Ältere erleichtern",
    "Jugendbeteiligung im Ortsbeirat",
    "Carsharing für das ganze Viertel",
]


def fill_open_space(library: Library, *, proposals: int = 8) -> int:
    """An Open Space from the built-in template: proposals on the wall, reports, dots on
    the sessions, an action from the top session; returns the workshop's id."""
    from werkstatt.core import agenda

    (template,) = [
        t for t in load_templates(resource_path("methods"), "de") if t.key == "open_space"
    ]
    workshop = library.create_workshop(
        WorkshopDraft(
            title="Open Space „Unser Viertel 2030“",
            method="open_space",
            date=dt.date(2026, 11, 21),
            start_time=dt.time(10, 0),
            place="Stadtteilzentrum Mitte",
            moderators="Dragana Petrović",
        ),
        template.drafts("de"),
    )
    phases = library.list_phases(workshop.id)
    wall_phase = next(p for p in phases if p.kind == PhaseKind.AGENDA_WALL)
    report_phase = next(p for p in phases if p.kind == PhaseKind.REPORTS)
    vote_phase = next(p for p in phases if p.kind == PhaseKind.VOTE)
    plan_phase = next(p for p in phases if p.kind == PhaseKind.ACTION_PLAN)
    wall = library.agenda.ensure_wall(wall_phase.id)
    first = library.agenda.new_proposal_id()
    for index in range(proposals):
        proposal = agenda.Proposal(
            first + index,
            OPEN_SPACE_TITLES[index % len(OPEN_SPACE_TITLES)]
            + (f" ({index + 1})" if index >= 8 else ""),
            convener=NAMES[index % len(NAMES)],
            expected=8 + index,
            needs=frozenset({"Flipchart"}) if index % 3 == 0 else frozenset(),
        )
        wall = library.agenda.apply(wall_phase.id, agenda.add_proposal(wall, proposal).change)
    wall = library.agenda.apply(wall_phase.id, agenda.merge(wall, first, first + 1).change)
    wall = library.agenda.apply(wall_phase.id, agenda.suggest_placement(wall).edit.change)
    for index, session in enumerate(library.reports.sessions(report_phase.id)):
        library.reports.save(
            report_phase.id,
            session.id,
            participants=6 + index,
            names="Jonas Weber, Fatma Demir" if index % 2 else "",
            key_points=f"Kernpunkt {index + 1}: Der Bedarf ist groß, die Räume sind da.",
            results="Eine Arbeitsgruppe trifft sich monatlich im Quartierszentrum.",
            next_steps="Termin mit dem Quartiersmanagement vereinbaren.",
        )
    tally = library.votes.tally(vote_phase.id)
    library.votes.set_counts(
        vote_phase.id,
        [(target.id, tally.criteria[0], 3 + (5 * i) % 7) for i, target in enumerate(tally.targets)],
    )
    for item in library.votes.top_items(plan_phase.id)[:2]:
        library.actions.add(plan_phase.id, item.label, responsible="Jonas Weber", source=item.label)
    return workshop.id


def fill_world_cafe(library: Library, *, participants: int = 30, tables: int = 6) -> int:
    """A World Café from the built-in template: set-up, seating plan, notes for every
    table and round; returns the workshop's id."""
    from werkstatt.core.records import CafeTable
    from werkstatt.core.seating import SeatingProblem, plan_seating

    (template,) = [
        t for t in load_templates(resource_path("methods"), "de") if t.key == "world_cafe"
    ]
    workshop = library.create_workshop(
        WorkshopDraft(
            title="World Café „Älter werden im Quartier“",
            method="world_cafe",
            date=dt.date(2026, 11, 22),
            start_time=dt.time(15, 0),
            place="Seniorentreff Am Anger",
        ),
        template.drafts("de"),
    )
    rounds_phase = next(p for p in library.list_phases(workshop.id) if p.kind == PhaseKind.ROUNDS)
    setup = library.cafe.update(
        rounds_phase.id,
        participants=participants,
        table_count=tables,
        rounds=3,
        hosts_stay=True,
        names=[f"{NAMES[i % len(NAMES)]} {i + 1}" for i in range(participants)],
        tables=[CafeTable(f"Tisch {chr(65 + t)}", NAMES[t % len(NAMES)]) for t in range(tables)],
    )
    plan = plan_seating(SeatingProblem(participants, tables, 3, hosts=True), seed=7, time_budget=2)
    library.cafe.set_plan(rounds_phase.id, plan.rounds, plan.hosts, plan.seed)
    for round_ in range(3):
        for table in range(tables):
            library.cafe.set_note(
                rounds_phase.id,
                table,
                round_,
                f"Runde {round_ + 1}, Tisch {table + 1}: Nachbarschaftshilfe und Treffpunkte.",
            )
    assert setup.participants == participants
    return workshop.id
