"""The ``workshop.json`` of a ``.werkstatt`` file: a workshop snapshot as a versioned JSON
document, and back.

Ids in the document are the file's own: cards, clusters and photos are numbered 1, 2, …
in the order they appear, and references (a card's cluster, a vote's target, an action's
source cluster) use those numbers. So the same workshop always gives the same document,
wherever its rows sit in a library, and importing maps the numbers to the new rows' ids.

Described for other tools by ``resources/schema/werkstatt-workshop-1.schema.json``.
A later phase kind adds its results as a new optional member of a phase. Readers ignore
nothing silently: the importer and the schema refuse members they do not know, so once
files leave the developers' hands, an addition an older Werkstatt cannot read comes with
a new ``VERSION`` (before the first release, version 1 itself grew the World Café and
Open Space members and ``agenda.withdrawn``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from werkstatt.core.agenda import Proposal
from werkstatt.core.snapshot import PhaseSnapshot, WorkshopSnapshot

FORMAT = "werkstatt-workshop"
#: The document version this Werkstatt writes and the newest it reads.
VERSION = 1
DOCUMENT_NAME = "workshop.json"
PHOTOS_FOLDER = "photos"
LOGO_NAME = "logo"

_MEDIA_SUFFIX = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "image/gif": "gif"}


def photo_member(number: int, media_type: str) -> str:
    """The zip member name of photo ``number``: only names we make ourselves are read."""
    return f"{PHOTOS_FOLDER}/{number}.{_MEDIA_SUFFIX.get(media_type, 'bin')}"


def logo_member(media_type: str) -> str:
    """The zip member name of the workshop's logo."""
    return f"{LOGO_NAME}.{_MEDIA_SUFFIX.get(media_type, 'bin')}"


def _moment(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(dt.UTC).isoformat()


class _Numbers:
    """The file's numbers for one kind of record, in order of first appearance."""

    def __init__(self) -> None:
        self._numbers: dict[int, int] = {}

    def __call__(self, record_id: int) -> int:
        return self._numbers.setdefault(record_id, len(self._numbers) + 1)

    def get(self, record_id: int | None) -> int | None:
        return None if record_id is None else self._numbers.get(record_id)


def encode(snapshot: WorkshopSnapshot) -> tuple[dict[str, Any], list[tuple[str, bytes]]]:
    """The document for ``snapshot`` and the photo and logo files (member name, bytes) to
    go with it."""
    cards, clusters, photos = _Numbers(), _Numbers(), _Numbers()
    proposals = _Numbers()
    # Cards and clusters are numbered first, in phase order, so that a board's placements,
    # a vote's targets and an action's source can refer to those of any phase.
    for item in snapshot.phases:
        for card in item.cards:
            cards(card.id)
        for cluster in item.board.clusters if item.board is not None else ():
            clusters(cluster.id)
        for proposal in item.agenda.proposals if item.agenda is not None else ():
            proposals(proposal.id)
        for proposal in item.withdrawn:
            proposals(proposal.id)
    files: list[tuple[str, bytes]] = []
    numbers = {"card": cards, "cluster": clusters, "proposal": proposals}
    phases = [_phase(item, numbers, photos, files) for item in snapshot.phases]
    workshop = snapshot.workshop
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "workshop": {
            "uid": workshop.uid,
            "title": workshop.title,
            "method": workshop.method,
            "method_name": snapshot.method_name,
            "date": None if workshop.date is None else workshop.date.isoformat(),
            "start_time": (
                None if workshop.start_time is None else workshop.start_time.isoformat("minutes")
            ),
            "place": workshop.place,
            "client": workshop.client,
            "moderators": workshop.moderators,
            "expected_participants": workshop.expected_participants,
            "notes": workshop.notes,
            "status": str(workshop.status),
            "language": workshop.language,
            "created_at": _moment(workshop.created_at),
            "changed_at": _moment(workshop.changed_at),
            "utc_offset_minutes": snapshot.utc_offset_minutes,
        },
        "phases": phases,
    }
    if snapshot.logo is not None:
        member = logo_member(snapshot.logo_media_type)
        document["workshop"]["logo"] = member
        files.append((member, snapshot.logo))
    return document, files


def _phase(
    item: PhaseSnapshot,
    numbers: dict[str, _Numbers],
    photos: _Numbers,
    files: list[tuple[str, bytes]],
) -> dict[str, Any]:
    cards, clusters = numbers["card"], numbers["cluster"]
    phase = item.phase
    result: dict[str, Any] = {
        "key": phase.key,
        "kind": str(phase.kind),
        "title": phase.title,
        "question": phase.question,
        "script": phase.script,
        "planned_minutes": phase.planned_minutes,
        "settings": dict(phase.settings),
        "actual_start": _moment(item.run.actual_start),
        "actual_end": _moment(item.run.actual_end),
        "skipped": item.run.skipped,
        "cards": [
            {
                "id": cards(card.id),
                "text": card.text,
                "colour": card.colour,
                "author": card.author,
                "origin": card.origin,
                "origin_cluster": clusters.get(card.origin_cluster_id),
                "origin_card": cards.get(card.origin_card_id),
                "created_at": _moment(card.created_at),
            }
            for card in item.cards
        ],
        "feedback": [
            {
                "text": entry.text,
                "rating": entry.rating,
                "name": entry.name,
                "created_at": _moment(entry.created_at),
            }
            for entry in item.feedback
        ],
    }
    if item.board is not None:
        result["clusters"] = [
            {
                "id": clusters(cluster.id),
                "title": cluster.title,
                "colour": cluster.colour,
                "order": cluster.order,
            }
            for cluster in item.board.clusters
        ]
        result["placements"] = [
            [cards(card_id), clusters(cluster_id)]
            for card_id, cluster_id in item.board.assignment.items()
            if cluster_id is not None and cards.get(card_id) is not None
        ]
    if item.tally is not None:
        targets = numbers.get(item.vote_target_kind, cards)
        result["votes"] = {
            "target_kind": item.vote_target_kind,
            "criteria": list(item.tally.criteria),
            "counts": [
                {"target": number, "criterion": criterion, "dots": dots}
                for target, row in zip(item.tally.targets, item.tally.counts, strict=True)
                if (number := targets.get(target.id)) is not None
                for criterion, dots in zip(item.tally.criteria, row, strict=True)
                if dots
            ],
        }
    if item.reality_checks:
        result["reality_checks"] = [
            {
                "idea": check.idea,
                "resources": check.resources,
                "allies": check.allies,
                "obstacles": check.obstacles,
                "source_cluster": clusters.get(check.source_cluster_id),
                "created_at": _moment(check.created_at),
            }
            for check in item.reality_checks
        ]
    if item.actions:
        result["actions"] = [
            {
                "what": action.what,
                "responsible": action.responsible,
                "due": action.due,
                "first_step": action.first_step,
                "resources": action.resources,
                "status": str(action.status),
                "source": action.source,
                "source_cluster": clusters.get(action.source_cluster_id),
                "created_at": _moment(action.created_at),
            }
            for action in item.actions
        ]
    if item.cafe is not None:
        result["cafe"] = _cafe(item)
    if item.agenda is not None:
        result["agenda"] = _agenda(item, numbers["proposal"])
    if item.reports:
        result["reports"] = [
            {
                "proposal": numbers["proposal"].get(report.proposal_id),
                "participants": report.participants,
                "names": report.names,
                "key_points": report.key_points,
                "results": report.results,
                "next_steps": report.next_steps,
                "created_at": _moment(report.created_at),
                "changed_at": _moment(report.changed_at),
            }
            for report in item.reports
            if numbers["proposal"].get(report.proposal_id) is not None
        ]
    if item.photos:
        entries = []
        for image in item.photos:
            number = photos(image.photo.id)
            member = photo_member(number, image.photo.media_type)
            files.append((member, image.data))
            entries.append(
                {
                    "file": member,
                    "caption": image.photo.caption,
                    "filename": image.photo.filename,
                    "media_type": image.photo.media_type,
                    "created_at": _moment(image.photo.created_at),
                }
            )
        result["photos"] = entries
    return result


def _cafe(item: PhaseSnapshot) -> dict[str, Any]:
    setup = item.cafe
    assert setup is not None
    return {
        "participants": setup.participants,
        "names": list(setup.names),
        "tables": [{"name": table.name, "host": table.host} for table in setup.tables],
        "seed": setup.seed,
        "plan": (
            {
                "rounds": [[list(table) for table in round_] for round_ in setup.rounds],
                "hosts": None if setup.hosts is None else list(setup.hosts),
            }
            if setup.rounds
            else None
        ),
        "notes": [
            {
                "table": note.table,
                "round": note.round,
                "text": note.text,
                "created_at": _moment(note.created_at),
            }
            for note in item.table_notes
        ],
    }


def _agenda(item: PhaseSnapshot, proposals: _Numbers) -> dict[str, Any]:
    wall = item.agenda
    assert wall is not None
    slots = {slot.id: number for number, slot in enumerate(wall.slots, start=1)}
    spaces = {space.id: number for number, space in enumerate(wall.spaces, start=1)}
    result: dict[str, Any] = {
        "slots": [
            {
                "id": slots[slot.id],
                "start": slot.start.isoformat("minutes"),
                "minutes": slot.minutes,
                "label": slot.label,
                "is_break": slot.is_break,
            }
            for slot in wall.slots
        ],
        "spaces": [
            {
                "id": spaces[space.id],
                "name": space.name,
                "capacity": space.capacity,
                "equipment": sorted(space.equipment),
            }
            for space in wall.spaces
        ],
        "proposals": [
            {
                **_proposal(proposal, proposals),
                "merged_into": proposals.get(proposal.merged_into),
                "slot": slots.get(cell.slot_id)
                if (cell := wall.placement.get(proposal.id))
                else None,
                "space": spaces.get(cell.space_id) if cell else None,
            }
            for proposal in wall.proposals
        ],
    }
    if item.withdrawn:
        # withdrawn after their session was reported: the report keeps its title
        result["withdrawn"] = [_proposal(proposal, proposals) for proposal in item.withdrawn]
    return result


def _proposal(proposal: Proposal, proposals: _Numbers) -> dict[str, Any]:
    return {
        "id": proposals(proposal.id),
        "title": proposal.title,
        "convener": proposal.convener,
        "description": proposal.description,
        "expected": proposal.expected,
        "needs": sorted(proposal.needs),
    }
