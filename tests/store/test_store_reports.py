"""library.reports: one report per Open Space session, the sessions in time order, which
reports are still missing, and the reports in the snapshot."""

from __future__ import annotations

import datetime as dt

import pytest

from werkstatt.core import agenda
from werkstatt.core.agenda import AgendaWall, Cell, Proposal, WallChange
from werkstatt.core.records import Phase, Workshop, WorkshopDraft
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.errors import InvalidValueError, NotFoundError, TooLongError
from werkstatt.store.library import Library
from werkstatt.store.models import ProposalRow
from werkstatt.store.reports import live_reports

TITLES = [
    "Sichere Radwege zur Gesamtschule",
    "Gemeinschaftsgarten auf dem Brachgelände",
    "Nachbarschaftshilfe für Ältere",
    "Treffpunkt für Jugendliche nach 18 Uhr",
    "Bürgerbus am Wochenende",
    "Verkehrsberuhigung in der Goethestraße",
]
KEY_POINTS = (
    "Der Schulweg über die Kreuzung Lindenallee/Hauptstraße gilt als gefährlich; "
    "Eltern fahren deshalb mit dem Auto bis vor das Schultor."
)
RESULTS = "Vorschlag: Fahrradstraße in der Lindenallee, Schulwegplan mit der Polizei."
NEXT_STEPS = "Termin mit dem Straßenverkehrsamt bis Ende März 2026 (Ayşe, Tobias)."
NAMES = "Ayşe Yılmaz, Tobias Groß, Nguyễn Thị Hương, Przemysław Wójcik, Jürgen Weiß"


@pytest.fixture
def workshop(library: Library) -> Workshop:
    draft = WorkshopDraft(
        title="Open Space „Unser Quartier 2030“",
        method="open_space",
        date=dt.date(2025, 6, 14),
        start_time=dt.time(9, 30),
        place="Stadtteilzentrum Süd",
        language="de",
    )
    return library.create_workshop(
        draft,
        [
            PhaseDraft(PhaseKind.BRIEFING, "Eröffnungskreis", planned_minutes=30),
            PhaseDraft(
                PhaseKind.AGENDA_WALL,
                "Marktplatz",
                planned_minutes=45,
                key="marktplatz",
                settings={"slots": 3, "spaces": 3, "space_names": "Saal, Foyer, Garten"},
            ),
            PhaseDraft(PhaseKind.REPORTS, "Nachrichtenwand", key="berichte"),
            PhaseDraft(PhaseKind.AGENDA_WALL, "Marktplatz am zweiten Tag", key="tag2"),
            PhaseDraft(
                PhaseKind.REPORTS,
                "Berichte vom ersten Tag",
                settings={"agenda_phase": "marktplatz"},
            ),
            PhaseDraft(
                PhaseKind.REPORTS, "Berichte ohne Marktplatz", settings={"agenda_phase": "fehlt"}
            ),
        ],
    )


@pytest.fixture
def phases(library: Library, workshop: Workshop) -> dict[str, Phase]:
    return {phase.title: phase for phase in library.list_phases(workshop.id)}


@pytest.fixture
def reports(phases: dict[str, Phase]) -> int:
    return phases["Nachrichtenwand"].id


@pytest.fixture
def wall(library: Library, phases: dict[str, Phase]) -> AgendaWall:
    """Six proposals: 0..3 placed out of time order, 4 merged into 0, 5 unplaced."""
    phase_id = phases["Marktplatz"].id
    wall = library.agenda.ensure_wall(phase_id)
    first = library.agenda.new_proposal_id()
    added = tuple(Proposal(first + n, title, order=n) for n, title in enumerate(TITLES))
    wall = library.agenda.apply(phase_id, WallChange(added_proposals=added))
    p, s, r = wall.proposals, wall.slots, wall.spaces
    cells = [
        (p[0].id, Cell(s[1].id, r[2].id)),
        (p[1].id, Cell(s[0].id, r[1].id)),
        (p[2].id, Cell(s[1].id, r[0].id)),
        (p[3].id, Cell(s[0].id, r[2].id)),
    ]
    wall = library.agenda.apply(phase_id, agenda.place_all(wall, cells).change)
    return library.agenda.apply(phase_id, agenda.merge(wall, p[0].id, p[4].id).change)


def _titles(proposals: tuple[Proposal, ...]) -> list[str]:
    return [proposal.title for proposal in proposals]


SESSION_ORDER = [TITLES[1], TITLES[3], TITLES[2], f"{TITLES[0]} / {TITLES[4]}"]


def test_the_sessions_are_the_placed_proposals_by_slot_then_space(
    library: Library, phases: dict[str, Phase], reports: int, wall: AgendaWall
) -> None:
    assert library.reports.agenda_phase_id(reports) == phases["Marktplatz"].id
    assert _titles(library.reports.sessions(reports)) == SESSION_ORDER
    named = phases["Berichte vom ersten Tag"].id
    assert _titles(library.reports.sessions(named)) == SESSION_ORDER


def test_the_session_order_follows_the_order_of_the_slots_and_spaces(
    library: Library, phases: dict[str, Phase], reports: int, wall: AgendaWall
) -> None:
    phase_id = phases["Marktplatz"].id
    wall = library.agenda.apply(phase_id, agenda.reorder_space(wall, wall.spaces[2].id, 0).change)
    library.agenda.apply(phase_id, agenda.reorder_slot(wall, wall.slots[1].id, 0).change)
    assert _titles(library.reports.sessions(reports)) == [
        f"{TITLES[0]} / {TITLES[4]}",
        TITLES[2],
        TITLES[3],
        TITLES[1],
    ]


def test_a_reports_phase_without_an_agenda_wall_has_no_sessions(
    library: Library, phases: dict[str, Phase], wall: AgendaWall
) -> None:
    orphan = phases["Berichte ohne Marktplatz"].id
    assert library.reports.agenda_phase_id(orphan) is None
    assert library.reports.sessions(orphan) == ()
    assert library.reports.missing(orphan) == ()
    with pytest.raises(NotFoundError):
        library.reports.save(orphan, wall.proposals[0].id, key_points=KEY_POINTS)
    with pytest.raises(InvalidValueError):
        library.reports.sessions(phases["Marktplatz"].id)


def test_a_report_is_saved_and_saving_again_overwrites_it(
    library: Library, reports: int, wall: AgendaWall
) -> None:
    session = library.reports.sessions(reports)[0]
    first = library.reports.save(
        reports,
        session.id,
        participants=9,
        names=f"  {NAMES}\n",
        key_points=KEY_POINTS,
        results=RESULTS,
        next_steps=NEXT_STEPS,
    )
    assert (first.phase_id, first.proposal_id, first.participants) == (reports, session.id, 9)
    assert first.names == NAMES
    assert (first.key_points, first.results, first.next_steps) == (KEY_POINTS, RESULTS, NEXT_STEPS)
    assert first.created_at is not None and first.created_at == first.changed_at

    second = library.reports.save(reports, session.id, participants=11, key_points=KEY_POINTS)

    assert second.id == first.id
    assert (second.participants, second.names, second.results) == (11, "", "")
    assert second.created_at == first.created_at
    assert second.changed_at is not None and second.changed_at >= first.created_at
    assert library.reports.list(reports) == [second]


@pytest.mark.parametrize(
    ("values", "error"),
    [
        ({"participants": -1}, InvalidValueError),
        ({"participants": True}, InvalidValueError),
        ({"participants": 100_001}, InvalidValueError),
        ({"key_points": "ü" * 20_001}, TooLongError),
        ({"names": "ß" * 20_001}, TooLongError),
        ({"results": 42}, InvalidValueError),
    ],
)
def test_a_report_with_a_bad_value_is_refused(
    library: Library, reports: int, wall: AgendaWall, values: dict[str, object], error: type
) -> None:
    session = library.reports.sessions(reports)[0]
    with pytest.raises(error):
        library.reports.save(reports, session.id, **values)  # type: ignore[arg-type]
    assert library.reports.list(reports) == []


def test_only_proposals_of_the_agenda_wall_that_are_not_merged_get_a_report(
    library: Library, phases: dict[str, Phase], reports: int, wall: AgendaWall
) -> None:
    merged = wall.proposals[4]
    assert merged.merged_into is not None
    with pytest.raises(NotFoundError):
        library.reports.save(reports, merged.id, key_points=KEY_POINTS)
    with pytest.raises(NotFoundError):
        library.reports.save(reports, 999_999, key_points=KEY_POINTS)
    day_two = phases["Marktplatz am zweiten Tag"].id
    library.agenda.ensure_wall(day_two)
    elsewhere = Proposal(library.agenda.new_proposal_id(), "Anliegen vom zweiten Tag")
    library.agenda.apply(day_two, WallChange(added_proposals=(elsewhere,)))
    with pytest.raises(NotFoundError):
        library.reports.save(reports, elsewhere.id, key_points=KEY_POINTS)
    # a proposal taken off the wall after its session still gets its report
    unplaced = wall.proposals[5]
    assert library.reports.save(reports, unplaced.id, results=RESULTS).results == RESULTS


def test_missing_lists_the_sessions_without_a_report(
    library: Library, reports: int, wall: AgendaWall
) -> None:
    sessions = library.reports.sessions(reports)
    assert library.reports.missing(reports) == sessions
    library.reports.save(reports, sessions[2].id, participants=4)
    library.reports.save(reports, sessions[0].id, participants=12)
    assert library.reports.missing(reports) == (sessions[1], sessions[3])


def test_reports_are_listed_in_session_order_and_others_after_them(
    library: Library, phases: dict[str, Phase], reports: int, wall: AgendaWall
) -> None:
    sessions = library.reports.sessions(reports)
    late = library.reports.save(reports, sessions[3].id, key_points="zuerst geschrieben")
    early = library.reports.save(reports, sessions[0].id, key_points=KEY_POINTS)
    moved_off = library.reports.save(reports, sessions[1].id, results=RESULTS)
    phase_id = phases["Marktplatz"].id
    library.agenda.apply(phase_id, agenda.unplace(wall, sessions[1].id).change)

    listed = library.reports.list(reports)

    assert [r.id for r in listed] == [early.id, late.id, moved_off.id]
    assert library.reports.missing(reports) == (sessions[2],)


def test_a_deleted_report_is_missing_until_restored_or_saved_again(
    library: Library, reports: int, wall: AgendaWall
) -> None:
    session = library.reports.sessions(reports)[1]
    report = library.reports.save(reports, session.id, participants=7, key_points=KEY_POINTS)

    library.reports.delete(report.id)

    assert library.reports.list(reports) == []
    assert session in library.reports.missing(reports)
    with pytest.raises(NotFoundError):
        library.reports.delete(report.id)
    assert library.reports.restore(report.id) == report
    assert library.reports.list(reports) == [report]
    # undo of a first save is a delete; its redo saves again under the same id
    library.reports.delete(report.id)
    again = library.reports.save(reports, session.id, participants=8)
    assert again.id == report.id and again.participants == 8
    with pytest.raises(NotFoundError):
        library.reports.restore(999_999)


def test_the_snapshot_holds_the_reports_of_each_reports_phase(
    library: Library, workshop: Workshop, phases: dict[str, Phase], reports: int, wall: AgendaWall
) -> None:
    sessions = library.reports.sessions(reports)
    second = library.reports.save(reports, sessions[1].id, participants=5, names=NAMES)
    first = library.reports.save(reports, sessions[0].id, key_points=KEY_POINTS)
    named = phases["Berichte vom ersten Tag"].id
    other = library.reports.save(named, sessions[2].id, results=RESULTS)
    gone = library.reports.save(reports, sessions[3].id, results="wird gelöscht")
    library.reports.delete(gone.id)

    snapshot = library.snapshot(workshop.id)

    by_title = {phase.phase.title: phase for phase in snapshot.phases}
    assert by_title["Nachrichtenwand"].reports == (first, second)
    assert by_title["Berichte vom ersten Tag"].reports == (other,)
    assert by_title["Berichte ohne Marktplatz"].reports == ()
    assert by_title["Marktplatz"].reports == ()
    assert by_title["Marktplatz"].agenda == library.agenda.wall(phases["Marktplatz"].id)
    with library._transaction(write=False) as session:
        read = live_reports(session, [reports, named, phases["Marktplatz"].id])
    assert read == {reports: (first, second), named: (other,)}


def test_a_later_reports_phase_on_the_same_wall_shows_and_changes_the_same_reports(
    library: Library, phases: dict[str, Phase], reports: int, wall: AgendaWall
) -> None:
    later = phases["Berichte vom ersten Tag"].id
    session = library.reports.sessions(reports)[0]
    typed = library.reports.save(reports, session.id, key_points="Mehr Licht im Park")
    assert [r.id for r in library.reports.list(later)] == [typed.id]
    assert session.id not in {p.id for p in library.reports.missing(later)}
    changed = library.reports.save(later, session.id, key_points="Mehr Licht und Bänke im Park")
    # the same report, still in the phase where it was typed (the protocol shows it there)
    assert changed.id == typed.id and changed.phase_id == reports
    assert [r.key_points for r in library.reports.list(reports)] == [
        "Mehr Licht und Bänke im Park"
    ]
    # a wall of another day has reports of its own
    assert library.reports.list(phases["Berichte ohne Marktplatz"].id) == []


def test_a_session_withdrawn_after_its_report_keeps_it_beyond_the_purge(
    library: Library, workshop: Workshop, phases: dict[str, Phase], reports: int, wall: AgendaWall
) -> None:
    """The report of a withdrawn session stays in the protocol and the workshop file:
    the proposal it belongs to is kept for it, in the snapshot and past the 30-day
    purge of the trash; a withdrawn proposal nobody reported on is purged."""
    phase_id = phases["Marktplatz"].id
    sessions = library.reports.sessions(reports)
    reported = sessions[0]
    report = library.reports.save(reports, reported.id, key_points=KEY_POINTS)
    wall = library.agenda.apply(phase_id, agenda.remove_proposal(wall, reported.id).change)
    unreported = sessions[1]
    library.agenda.apply(phase_id, agenda.remove_proposal(wall, unreported.id).change)

    def withdrawn() -> list[str]:
        (item,) = [p for p in library.snapshot(workshop.id).phases if p.phase.id == phase_id]
        return _titles(item.withdrawn)

    assert withdrawn() == [reported.title]
    library._purge_deleted(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1))
    assert withdrawn() == [reported.title]
    assert library.reports.list(reports) == [report]
    with library._transaction(write=False) as session:
        assert session.get(ProposalRow, unreported.id) is None  # purged for good
        assert session.get(ProposalRow, reported.id) is not None
