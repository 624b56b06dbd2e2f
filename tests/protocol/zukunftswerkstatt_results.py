"""The Leipzig Zukunftswerkstatt of protocol_samples with all its results: both boards
with their clusters, both dot votes (the second with two criteria), the reformulated
statements, two reality checks, the action plan and photos of the pinboards."""

from __future__ import annotations

import io
from dataclasses import replace

from PIL import Image, ImageDraw
from protocol_samples import CRITIQUE_CARDS, cards_for, utc, zukunftswerkstatt

from werkstatt.core.clustering import Board, Cluster
from werkstatt.core.records import (
    Action,
    ActionStatus,
    Card,
    PhaseRun,
    Photo,
    PhotoImage,
    RealityCheck,
)
from werkstatt.core.snapshot import PhaseSnapshot, WorkshopSnapshot
from werkstatt.core.voting import Target, tally

#: cluster title, colour, critique card indexes (into CRITIQUE_CARDS), dots; in board
#: order, which the vote turns round (the first cluster got no dot)
CRITIQUE_CLUSTERS: tuple[tuple[str, str, tuple[int, ...], int], ...] = (
    ("Sauberkeit und Nacht", "", (6, 9, 13), 0),
    ("Verkehr und Sicherheit auf Straßen und Wegen", "blue", (1, 5, 10, 17, 22, 29), 21),
    ("Grün, Plätze und Aufenthaltsqualität", "green", (0, 3, 19, 25, 28), 18),
    ("Treffpunkte für Jung und Alt", "orange", (2, 8, 16, 26, 27), 18),
    ("Wohnen und Versorgung", "pink", (7, 11, 18), 14),
    ("Information und Beteiligung", "", (4, 14, 20, 23), 11),
)
#: cards left on the table when time ran out
CRITIQUE_UNSORTED = (12, 15, 21, 24)

#: (positive statement, colour, criticism it came from)
IDEAS: tuple[tuple[str, str, str], ...] = (
    ("Ein Nachbarschaftsgarten auf der Brache", "green", "Zu wenig Grün am Quartiersplatz"),
    ("Sitzbänke mit Lehnen alle 200 Meter", "blue", "Keine Bänke zum Ausruhen für Ältere"),
    (
        "Jugendliche gestalten ihren eigenen Treffpunkt",
        "orange",
        "Kaum Treffpunkte für Jugendliche",
    ),
    ("Durchgehende, geschützte Radwege bis zum Hauptbahnhof", "blue", "Radwege enden im Nichts"),
    (
        "Die Unterführung ist hell, bunt und belebt",
        "",
        "Nachts ist die Unterführung dunkel und unheimlich",
    ),
    ("Jeden Samstag Wochenmarkt auf dem Quartiersplatz", "pink", ""),
    ("Mehrsprachige Stadtteilzeitung in fünf Sprachen", "", ""),
    ("Ein Repair-Café im Erdgeschoss des Stadtteilzentrums", "orange", ""),
    ("Tempo 30 und Zebrastreifen vor jeder Schule", "blue", "Schulweg ohne sichere Querung"),
    ("Ehrenamtskoordination mit fester Ansprechperson", "", ""),
    ("Kostenloses WLAN im Gemeinschaftsraum", "pink", ""),
    ("Quartiersfest einmal im Jahr für Alteingesessene und Zugezogene", "green", ""),
    ("Bäume pflanzen statt fällen: Baumpatenschaften", "green", ""),
    ("Eine Bürgerwerkstatt, bevor geplant wird, nicht danach", "", ""),
)
#: title, colour, idea indexes, (important, urgent)
IDEA_CLUSTERS: tuple[tuple[str, str, tuple[int, ...], tuple[int, int]], ...] = (
    ("Nahversorgung und Alltag", "pink", (5, 9, 10), (0, 0)),
    ("Gemeinsam gärtnern und pflanzen", "green", (0, 12), (17, 9)),
    ("Sicher unterwegs zu Fuß und mit dem Rad", "blue", (3, 8), (12, 14)),
    ("Orte für Begegnung", "orange", (2, 7, 11), (12, 8)),
    ("Barrierefreier öffentlicher Raum", "", (1, 4), (8, 12)),
    ("Mitreden und informiert sein", "", (6, 13), (6, 3)),
)

REALITY_CHECKS: tuple[tuple[str, str, str, str], ...] = (
    (
        "Gemeinsam gärtnern und pflanzen",
        "Brachfläche der Stadt an der Ludwigstraße, Fördermittel aus dem Verfügungsfonds, "
        "Werkzeugspende des Baumarkts",
        "Kleingartenverein „Sonnenschein“ e. V., Oleksandr Kovalenko (Hausmeister der Schule)",
        "Bodenproben stehen aus; Wasseranschluss fehlt; Pachtvertrag nur für zwei Jahre",
    ),
    (
        "Sicher unterwegs zu Fuß und mit dem Rad",
        "Radverkehrsentwicklungsplan 2030, Ortsbegehung mit dem Verkehrs- und Tiefbauamt",
        "Elternrat der Grundschule, Søren Kierkegaard-Jensen (ADFC)",
        "Hauptverkehrsstraße ist Bundesstraße: Zuständigkeit beim Land",
    ),
)

#: what, responsible, due, first step, resources, status, source
ACTIONS: tuple[tuple[str, str, str, str, str, ActionStatus, str], ...] = (
    (
        "Nachbarschaftsgarten auf der Brache Ludwigstraße anlegen",
        "Zeynep Arslan",
        "bis Ende März 2027",
        "Pachtanfrage an das Liegenschaftsamt schicken",
        "Verfügungsfonds, 2.500 €",
        ActionStatus.STARTED,
        "Gemeinsam gärtnern und pflanzen",
    ),
    (
        "Sichere Querung am Schulweg Eisenbahnstraße beantragen",
        "Nguyễn Văn Minh",
        "Sommerferien 2026",
        "Verkehrszählung mit dem Elternrat vor Schulbeginn",
        "Ehrenamt; Zählbögen vom Amt",
        ActionStatus.OPEN,
        "Sicher unterwegs zu Fuß und mit dem Rad",
    ),
    (
        "Jugendtreff im Erdgeschoss des Stadtteilzentrums gemeinsam mit Jugendlichen "
        "planen und einrichten (Mitbestimmungsworkshop in den Herbstferien)",
        "Małgorzata Wiśniewska-Obermüller",
        "Herbstferien 2026",
        "Raumbegehung mit der Quartiersmanagerin und drei Jugendlichen vereinbaren",
        "Jugendhilfeetat, Möbelspenden",
        ActionStatus.OPEN,
        "Orte für Begegnung",
    ),
    (
        "Mehrsprachige Stadtteilzeitung vierteljährlich herausgeben",
        "Амина Абдуллаева",
        "erste Ausgabe zum Quartiersfest",
        "Übersetzerinnen und Übersetzer aus dem Sprachcafé ansprechen",
        "Druckkostenzuschuss der Wohnungsgenossenschaft",
        ActionStatus.DONE,
        "Mitreden und informiert sein",
    ),
    (
        "Baumpatenschaften für zwölf neue Straßenbäume vermitteln",
        "Jean-Baptiste Nkurunziza",
        "Pflanzsaison November 2026",
        "",
        "Grünflächenamt stellt Bäume, Patinnen und Paten gießen",
        ActionStatus.OPEN,
        "Gemeinsam gärtnern und pflanzen",
    ),
)

#: (phase key, caption, width, height, EXIF orientation, format)
PHOTOS: tuple[tuple[str, str, int, int, int, str], ...] = (
    ("kritik-cluster", "Pinnwand der Kritikphase nach dem Clustern", 2400, 1800, 1, "JPEG"),
    ("phantasie-cluster", "Ideenwand der Phantasiephase mit Klebepunkten", 2400, 1800, 6, "JPEG"),
    ("massnahmenplan", "Flipchart „Wer macht was bis wann?“", 1200, 900, 1, "PNG"),
)
PHOTO_SIDE_MAX = 2400

PERSONAL_VALUES: tuple[str, ...] = (
    *(author for _text, _colour, author in CRITIQUE_CARDS if author),
    *(action[1] for action in ACTIONS),
    "Oleksandr Kovalenko",
    "Søren Kierkegaard-Jensen",
)


def photo_bytes(width: int, height: int, orientation: int, image_format: str) -> bytes:
    """A pinboard-like picture: a light board with coloured cards on it."""
    image = Image.new("RGB", (width, height), (236, 232, 220))
    draw = ImageDraw.Draw(image)
    colours = [(250, 215, 90), (130, 190, 240), (240, 150, 170), (150, 210, 140)]
    step = width // 8
    for row in range(5):
        for column in range(7):
            x, y = step // 2 + column * step, step // 2 + row * step
            draw.rectangle(
                (x, y, x + step * 3 // 4, y + step // 2), fill=colours[(row + column) % 4]
            )
    buffer = io.BytesIO()
    if image_format == "JPEG":
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(buffer, "JPEG", quality=80, exif=exif.tobytes())
    else:
        image.save(buffer, image_format)
    return buffer.getvalue()


def _board(
    cards: tuple[Card, ...],
    clusters: tuple[tuple[str, str, tuple[int, ...], object], ...],
    first_id: int,
) -> Board:
    assignment: dict[int, int | None] = {card.id: None for card in cards}
    records = []
    for order, (title, colour, members, _dots) in enumerate(clusters):
        cluster_id = first_id + order
        records.append(Cluster(cluster_id, title, colour, order))
        for index in members:
            assignment[cards[index].id] = cluster_id
    return Board(tuple(records), assignment)


def _photo(phase_id: int, number: int, spec: tuple[str, str, int, int, int, str]) -> PhotoImage:
    _key, caption, width, height, orientation, image_format = spec
    data = photo_bytes(width, height, orientation, image_format)
    shown = (height, width) if orientation in (5, 6, 7, 8) else (width, height)
    return PhotoImage(
        Photo(
            id=9000 + number,
            phase_id=phase_id,
            position=0,
            caption=caption,
            filename=f"IMG_{4711 + number}.{image_format.lower()}",
            media_type=f"image/{image_format.lower()}",
            width=shown[0],
            height=shown[1],
            byte_size=len(data),
        ),
        data,
    )


def with_results(*, language: str = "de", photos: bool = True) -> WorkshopSnapshot:
    base = zukunftswerkstatt(language=language)
    items = {item.phase.key: item for item in base.phases}
    critique = items["kritik-karten"].cards
    ideas = tuple(
        replace(card, origin=origin)
        for card, (_text, _colour, origin) in zip(
            cards_for(items["phantasie-karten"].phase.id, IDEAS), IDEAS, strict=True
        )
    )
    critique_board = _board(critique, CRITIQUE_CLUSTERS, 300)
    idea_board = _board(ideas, IDEA_CLUSTERS, 400)
    critique_tally = tally(
        [Target(300 + n, title) for n, (title, *_rest) in enumerate(CRITIQUE_CLUSTERS)],
        {300 + n: dots for n, (*_head, dots) in enumerate(CRITIQUE_CLUSTERS)},
    )
    idea_tally = tally(
        [Target(400 + n, title) for n, (title, *_rest) in enumerate(IDEA_CLUSTERS)],
        {400 + n: dots for n, (*_head, dots) in enumerate(IDEA_CLUSTERS)},
        criteria=("important", "urgent"),
    )
    vote_phase = items["kritik-punkte"].phase
    vote_phase = replace(vote_phase, settings={**vote_phase.settings, "participants": 28})
    idea_vote = items["phantasie-punkte"].phase
    idea_vote = replace(idea_vote, settings={**idea_vote.settings, "two_criteria": True})
    checks_phase = items["realitaetscheck"].phase.id
    plan_phase = items["massnahmenplan"].phase.id
    changes: dict[str, dict[str, object]] = {
        "kritik-cluster": {
            "board": critique_board,
            "board_cards": critique,
            "run": PhaseRun(items["kritik-cluster"].phase.id, utc(17, 46), utc(17, 58)),
        },
        "kritik-punkte": {
            "phase": vote_phase,
            "tally": critique_tally,
            "vote_target_kind": "cluster",
            "run": PhaseRun(vote_phase.id, utc(17, 58), utc(18, 3)),
        },
        "phantasie-karten": {"cards": ideas},
        "phantasie-cluster": {"board": idea_board, "board_cards": ideas},
        "phantasie-punkte": {
            "phase": idea_vote,
            "tally": idea_tally,
            "vote_target_kind": "cluster",
        },
        "realitaetscheck": {
            "reality_checks": tuple(
                RealityCheck(700 + n, checks_phase, n, idea, resources, allies, obstacles)
                for n, (idea, resources, allies, obstacles) in enumerate(REALITY_CHECKS)
            )
        },
        "massnahmenplan": {
            "actions": tuple(
                Action(800 + n, plan_phase, n, what, who, due, step, means, status, source)
                for n, (what, who, due, step, means, status, source) in enumerate(ACTIONS)
            )
        },
    }
    if photos:
        for number, spec in enumerate(PHOTOS):
            key = spec[0]
            photo = _photo(items[key].phase.id, number, spec)
            changes.setdefault(key, {})["photos"] = (photo,)
    phases: list[PhaseSnapshot] = []
    for item in base.phases:
        phases.append(replace(item, **changes.get(item.phase.key, {})))  # type: ignore[arg-type]
    return replace(base, phases=tuple(phases))
