"""library.votes: the dots of a Punktabfrage on clusters or cards, and the top results."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

import pytest

from werkstatt.core import agenda
from werkstatt.core.agenda import Cell, Proposal, WallChange
from werkstatt.core.records import Phase, Workshop, WorkshopDraft
from werkstatt.core.voting import Tally
from werkstatt.methods import limits
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.errors import InvalidValueError, NotFoundError
from werkstatt.store.library import Library
from werkstatt.store.models import ClusterRow
from werkstatt.store.votes import TopItem, live_tallies

CRITICISMS = [
    "Zu wenig Grünflächen und Spielplätze für Familien",
    "Der Busverkehr am Wochenende ist völlig unzuverlässig",
    "Fehlende Treffpunkte für Jugendliche nach 18 Uhr",
    "Gehwege zugeparkt – kein Durchkommen mit dem Rollstuhl",
    "Mieten steigen schneller als die Einkommen",
]
CLUSTER_TITLES = [
    "Grünflächen & Aufenthaltsqualität",
    "Öffentlicher Nahverkehr",
    "Jugend und Freizeit",
    "Barrierefreiheit im Straßenraum",
]


def _phases() -> list[PhaseDraft]:
    return [
        PhaseDraft(PhaseKind.CARDS, "Kritikphase", question="Was stört uns?", key="kritik"),
        PhaseDraft(PhaseKind.CLUSTER, "Kritik ordnen", key="ordnen"),
        PhaseDraft(PhaseKind.VOTE, "Gewichtung der Kritik", key="punkte"),
        PhaseDraft(
            PhaseKind.VOTE,
            "Punkte auf einzelne Karten",
            key="karten_punkte",
            settings={"targets_phase": "kritik", "two_criteria": True},
        ),
        PhaseDraft(
            PhaseKind.REFORMULATE,
            "Kritik ins Positive wenden",
            settings={"source_phase": "punkte", "top_n": 2},
        ),
        PhaseDraft(PhaseKind.CARDS, "Phantasiephase", key="phantasie"),
        PhaseDraft(
            PhaseKind.ACTION_PLAN,
            "Maßnahmen aus den Themenfeldern",
            settings={"source_phase": "ordnen", "top_n": 3},
        ),
        PhaseDraft(PhaseKind.REALITY_CHECK, "Realitätscheck", settings={"top_n": 1}),
    ]


@pytest.fixture
def workshop(library: Library, draft: WorkshopDraft) -> Workshop:
    return library.create_workshop(draft, _phases())


@pytest.fixture
def phases(library: Library, workshop: Workshop) -> dict[str, Phase]:
    listed = library.list_phases(workshop.id)
    return {phase.title: phase for phase in listed}


def _add_clusters(library: Library, phase_id: int, titles: Sequence[str]) -> list[int]:
    """Clusters written directly: the board's own API is not what is tested here."""
    ids = []
    with library._transaction(write=True) as session:
        for position, title in enumerate(titles):
            row = ClusterRow(
                phase_id=phase_id,
                position=position * 10,
                title=title,
                created_at=dt.datetime.now(dt.UTC),
            )
            session.add(row)
            session.flush()
            ids.append(row.id)
    return ids


def _set_deleted(library: Library, cluster_id: int, deleted: bool) -> None:
    with library._transaction(write=True) as session:
        row = session.get(ClusterRow, cluster_id)
        assert row is not None
        row.deleted_at = dt.datetime.now(dt.UTC) if deleted else None


def _dots(tally: Tally) -> list[tuple[str, tuple[int, ...]]]:
    return [(target.label, row) for target, row in zip(tally.targets, tally.counts, strict=True)]


@pytest.fixture
def vote(phases: dict[str, Phase]) -> int:
    return phases["Gewichtung der Kritik"].id


@pytest.fixture
def clusters(library: Library, phases: dict[str, Phase]) -> list[int]:
    return _add_clusters(library, phases["Kritik ordnen"].id, CLUSTER_TITLES)


def test_a_vote_counts_on_the_clusters_of_the_phase_before_it(
    library: Library, phases: dict[str, Phase], vote: int, clusters: list[int]
) -> None:
    assert library.votes.target_phase_id(vote) == phases["Kritik ordnen"].id
    assert library.votes.target_kind(vote) == "cluster"
    assert library.votes.criteria(vote) == ("dots",)
    tally = library.votes.tally(vote)
    assert _dots(tally) == [(title, (0,)) for title in CLUSTER_TITLES]
    assert [target.id for target in tally.targets] == clusters


def test_clusters_come_in_board_order_not_in_the_order_of_creation(
    library: Library, phases: dict[str, Phase], vote: int, clusters: list[int]
) -> None:
    with library._transaction(write=True) as session:
        row = session.get(ClusterRow, clusters[3])
        assert row is not None
        row.position = -5
    labels = [target.label for target in library.votes.tally(vote).targets]
    assert labels == [CLUSTER_TITLES[3], *CLUSTER_TITLES[:3]]


def test_counts_are_set_overwritten_and_zero_removes_them(
    library: Library, vote: int, clusters: list[int]
) -> None:
    tally = library.votes.set_counts(vote, [(clusters[0], "dots", 7), (clusters[2], "dots", 4)])
    assert [row[0] for row in tally.counts] == [7, 0, 4, 0]
    library.votes.set_counts(vote, [(clusters[0], "dots", 9), (clusters[1], "dots", 1)])
    assert [row[0] for row in library.votes.tally(vote).counts] == [9, 1, 4, 0]
    tally = library.votes.set_counts(vote, [(clusters[0], "dots", 0), (clusters[3], "dots", 0)])
    assert [row[0] for row in tally.counts] == [0, 1, 4, 0]
    # Setting one pair twice in one call keeps the last value.
    tally = library.votes.set_counts(vote, [(clusters[1], "dots", 2), (clusters[1], "dots", 5)])
    assert tally.dots(clusters[1]) == 5


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ((0, "dots", -1), "dots"),
        ((0, "dots", limits.DOTS_PER_TARGET_MAX + 1), "dots"),
        ((0, "important", 3), "criterion"),
    ],
)
def test_a_wrong_count_changes_nothing(
    library: Library,
    vote: int,
    clusters: list[int],
    change: tuple[int, str, int],
    field: str,
) -> None:
    library.votes.set_counts(vote, [(clusters[1], "dots", 3)])
    index, criterion, dots = change
    with pytest.raises(InvalidValueError) as caught:
        library.votes.set_counts(
            vote, [(clusters[1], "dots", 8), (clusters[index], criterion, dots)]
        )
    assert caught.value.field == field
    assert library.votes.tally(vote).dots(clusters[1]) == 3


def test_the_highest_count_allowed_is_kept(
    library: Library, vote: int, clusters: list[int]
) -> None:
    tally = library.votes.set_counts(vote, [(clusters[2], "dots", limits.DOTS_PER_TARGET_MAX)])
    assert tally.dots(clusters[2]) == limits.DOTS_PER_TARGET_MAX


def test_dots_on_an_unknown_target_are_refused(
    library: Library, vote: int, clusters: list[int]
) -> None:
    with pytest.raises(NotFoundError) as caught:
        library.votes.set_counts(vote, [(clusters[0], "dots", 2), (max(clusters) + 100, "dots", 1)])
    assert (caught.value.what, caught.value.key) == ("cluster", max(clusters) + 100)
    assert library.votes.tally(vote).total() == 0


def test_a_deleted_clusters_dots_vanish_and_come_back_with_it(
    library: Library, vote: int, clusters: list[int]
) -> None:
    library.votes.set_counts(vote, [(clusters[0], "dots", 6), (clusters[1], "dots", 2)])
    _set_deleted(library, clusters[0], True)
    tally = library.votes.tally(vote)
    assert [target.id for target in tally.targets] == clusters[1:]
    assert tally.total() == 2
    with pytest.raises(NotFoundError):
        library.votes.set_counts(vote, [(clusters[0], "dots", 1)])
    _set_deleted(library, clusters[0], False)
    assert library.votes.tally(vote).dots(clusters[0]) == 6


def test_a_vote_on_cards_with_two_criteria(library: Library, phases: dict[str, Phase]) -> None:
    cards = [library.cards.add(phases["Kritikphase"].id, text) for text in CRITICISMS]
    vote = phases["Punkte auf einzelne Karten"].id
    assert library.votes.target_kind(vote) == "card"
    assert library.votes.criteria(vote) == ("important", "urgent")
    tally = library.votes.set_counts(
        vote,
        [
            (cards[1].id, "important", 5),
            (cards[1].id, "urgent", 2),
            (cards[4].id, "urgent", 7),
        ],
    )
    assert _dots(tally) == [
        (CRITICISMS[0], (0, 0)),
        (CRITICISMS[1], (5, 2)),
        (CRITICISMS[2], (0, 0)),
        (CRITICISMS[3], (0, 0)),
        (CRITICISMS[4], (0, 7)),
    ]
    with pytest.raises(InvalidValueError):
        library.votes.set_counts(vote, [(cards[0].id, "dots", 1)])
    # A deleted card drops out of the tally like a deleted cluster.
    library.cards.delete(cards[4].id)
    assert library.votes.tally(vote).total() == 7


def test_switching_off_the_second_criterion_hides_its_counts(
    library: Library, phases: dict[str, Phase]
) -> None:
    card = library.cards.add(phases["Kritikphase"].id, CRITICISMS[0])
    vote = phases["Punkte auf einzelne Karten"].id
    library.votes.set_counts(vote, [(card.id, "important", 4)])
    library.update_phase(vote, settings={"targets_phase": "kritik", "two_criteria": False})
    tally = library.votes.tally(vote)
    assert (tally.criteria, tally.total()) == (("dots",), 0)
    library.update_phase(vote, settings={"targets_phase": "kritik", "two_criteria": True})
    assert library.votes.tally(vote).dots(card.id, "important") == 4


def test_a_vote_with_nothing_to_vote_on(
    library: Library, draft: WorkshopDraft, phases: dict[str, Phase]
) -> None:
    # The fixture's clustering has no clusters yet.
    vote = phases["Gewichtung der Kritik"].id
    assert library.votes.tally(vote).targets == ()
    with pytest.raises(NotFoundError):
        library.votes.set_counts(vote, [(1, "dots", 1)])
    # A vote without any phase before it to count on.
    lonely = library.create_workshop(draft, [PhaseDraft(PhaseKind.VOTE, "Punktabfrage")])
    (only,) = library.list_phases(lonely.id)
    assert library.votes.target_phase_id(only.id) is None
    assert library.votes.target_kind(only.id) == ""
    assert library.votes.tally(only.id) == Tally(())


def test_only_vote_phases_have_a_tally(library: Library, phases: dict[str, Phase]) -> None:
    with pytest.raises(InvalidValueError):
        library.votes.tally(phases["Kritikphase"].id)
    with pytest.raises(NotFoundError):
        library.votes.tally(987_654)


def test_top_items_take_everyone_tied_at_the_cut(
    library: Library, phases: dict[str, Phase], vote: int, clusters: list[int]
) -> None:
    reformulate = phases["Kritik ins Positive wenden"].id
    assert library.votes.top_items(reformulate) == ()
    library.votes.set_counts(
        vote,
        [(clusters[0], "dots", 4), (clusters[1], "dots", 9), (clusters[2], "dots", 4)],
    )
    # top_n is 2, and the second place is shared: three come back, the tie in board order.
    assert library.votes.top_items(reformulate) == (
        TopItem(CLUSTER_TITLES[1], 1, 9, clusters[1], None),
        TopItem(CLUSTER_TITLES[0], 2, 4, clusters[0], None),
        TopItem(CLUSTER_TITLES[2], 2, 4, clusters[2], None),
    )
    # The reality check after the card vote takes its top one; only targets with dots.
    check = phases["Realitätscheck"].id
    assert library.votes.top_items(check) == ()
    card = library.cards.add(phases["Kritikphase"].id, CRITICISMS[3])
    library.votes.set_counts(phases["Punkte auf einzelne Karten"].id, [(card.id, "urgent", 3)])
    assert library.votes.top_items(check) == (TopItem(CRITICISMS[3], 1, 3, None, card.id),)


def test_top_items_of_a_cluster_phase_are_its_first_clusters(
    library: Library, phases: dict[str, Phase], clusters: list[int]
) -> None:
    plan = phases["Maßnahmen aus den Themenfeldern"].id
    assert library.votes.top_items(plan) == tuple(
        TopItem(title, None, None, cluster_id, None)
        for title, cluster_id in zip(CLUSTER_TITLES[:3], clusters[:3], strict=True)
    )
    library.update_phase(plan, settings={"source_phase": "ordnen", "top_n": 0})
    assert library.votes.top_items(plan) == ()


def test_top_items_only_for_phases_that_take_over_results(library: Library, vote: int) -> None:
    with pytest.raises(InvalidValueError):
        library.votes.top_items(vote)


def test_live_tallies_for_the_snapshot(
    library: Library, phases: dict[str, Phase], vote: int, clusters: list[int]
) -> None:
    library.votes.set_counts(vote, [(clusters[3], "dots", 2)])
    cards_vote = phases["Punkte auf einzelne Karten"].id
    with library._transaction(write=False) as session:
        tallies = live_tallies(session, [vote, cards_vote, phases["Kritikphase"].id])
    assert set(tallies) == {vote, cards_vote}
    assert tallies[vote][1] == "cluster"
    assert tallies[vote][0].dots(clusters[3]) == 2
    assert tallies[cards_vote] == (Tally((), ("important", "urgent")), "card")


# votes on Open Space sessions ------------------------------------------------------------
SESSIONS = [
    "Sichere Radwege zur Gesamtschule",
    "Gemeinschaftsgarten auf dem Brachgelände",
    "Nachbarschaftshilfe für Ältere",
    "Bürgerbus am Wochenende",
]


@pytest.fixture
def open_space(library: Library, draft: WorkshopDraft) -> dict[str, Phase]:
    """An Open Space whose convergence votes on the reported sessions; the wall has four
    proposals, three of them placed (the fourth merged into the first)."""
    workshop = library.create_workshop(
        dataclasses.replace(draft, title="Open Space „Unser Quartier 2030“", method="open_space"),
        [
            PhaseDraft(PhaseKind.AGENDA_WALL, "Marktplatz", settings={"spaces": 2}),
            PhaseDraft(PhaseKind.REPORTS, "Nachrichtenwand", key="berichte"),
            PhaseDraft(
                PhaseKind.VOTE, "Konvergenz: Prioritäten", settings={"targets_phase": "berichte"}
            ),
            PhaseDraft(PhaseKind.ACTION_PLAN, "Aktionsgruppen", settings={"top_n": 2}),
            PhaseDraft(
                PhaseKind.ACTION_PLAN,
                "Maßnahmen aus allen Sessions",
                settings={"source_phase": "berichte", "top_n": 2},
            ),
        ],
    )
    phases = {phase.title: phase for phase in library.list_phases(workshop.id)}
    wall_phase = phases["Marktplatz"].id
    wall = library.agenda.ensure_wall(wall_phase)
    first = library.agenda.new_proposal_id()
    added = tuple(Proposal(first + n, title, order=n) for n, title in enumerate(SESSIONS))
    wall = library.agenda.apply(wall_phase, WallChange(added_proposals=added))
    s, r = wall.slots, wall.spaces
    cells = [
        (first, Cell(s[1].id, r[0].id)),
        (first + 1, Cell(s[0].id, r[1].id)),
        (first + 2, Cell(s[0].id, r[0].id)),
    ]
    wall = library.agenda.apply(wall_phase, agenda.place_all(wall, cells).change)
    library.agenda.apply(wall_phase, agenda.merge(wall, first, first + 3).change)
    return phases


def test_a_vote_on_a_reports_phase_counts_on_its_sessions(
    library: Library, open_space: dict[str, Phase]
) -> None:
    vote = open_space["Konvergenz: Prioritäten"].id
    sessions = library.reports.sessions(open_space["Nachrichtenwand"].id)
    assert library.votes.target_phase_id(vote) == open_space["Nachrichtenwand"].id
    assert library.votes.target_kind(vote) == "proposal"
    tally = library.votes.tally(vote)
    assert _dots(tally) == [(session.title, (0,)) for session in sessions]
    assert [target.label for target in tally.targets] == [
        SESSIONS[2],
        SESSIONS[1],
        f"{SESSIONS[0]} / {SESSIONS[3]}",
    ]

    tally = library.votes.set_counts(
        vote, [(sessions[2].id, "dots", 14), (sessions[0].id, "dots", 6)]
    )

    assert [row[0] for row in tally.counts] == [6, 0, 14]
    assert library.votes.tally(vote) == tally
    merged_away = sessions[2].id + 3  # the proposal merged into the third session
    with pytest.raises(NotFoundError) as raised:
        library.votes.set_counts(vote, [(merged_away, "dots", 1)])
    assert raised.value.what == "proposal"


def test_a_session_taken_off_the_wall_loses_its_dots_until_it_is_back(
    library: Library, open_space: dict[str, Phase]
) -> None:
    vote = open_space["Konvergenz: Prioritäten"].id
    sessions = library.reports.sessions(open_space["Nachrichtenwand"].id)
    library.votes.set_counts(vote, [(sessions[1].id, "dots", 5)])
    wall_phase = open_space["Marktplatz"].id
    edit = agenda.unplace(library.agenda.wall(wall_phase), sessions[1].id)

    library.agenda.apply(wall_phase, edit.change)
    assert sessions[1].id not in {t.id for t in library.votes.tally(vote).targets}

    library.agenda.apply(wall_phase, edit.inverse)
    assert library.votes.tally(vote).dots(sessions[1].id) == 5


def test_top_items_of_a_vote_on_sessions_name_the_proposals(
    library: Library, open_space: dict[str, Phase]
) -> None:
    vote = open_space["Konvergenz: Prioritäten"].id
    sessions = library.reports.sessions(open_space["Nachrichtenwand"].id)
    library.votes.set_counts(
        vote,
        [(sessions[0].id, "dots", 3), (sessions[1].id, "dots", 11), (sessions[2].id, "dots", 7)],
    )
    groups = open_space["Aktionsgruppen"].id
    assert library.votes.top_items(groups) == (
        TopItem(sessions[1].title, 1, 11, None, None, sessions[1].id),
        TopItem(sessions[2].title, 2, 7, None, None, sessions[2].id),
    )


def test_top_items_of_a_reports_phase_are_its_first_sessions(
    library: Library, open_space: dict[str, Phase]
) -> None:
    sessions = library.reports.sessions(open_space["Nachrichtenwand"].id)
    plan = open_space["Maßnahmen aus allen Sessions"].id
    assert library.votes.top_items(plan) == tuple(
        TopItem(session.title, None, None, None, None, proposal_id=session.id)
        for session in sessions[:2]
    )


def test_a_vote_on_sessions_in_the_snapshot(library: Library, open_space: dict[str, Phase]) -> None:
    vote = open_space["Konvergenz: Prioritäten"].id
    sessions = library.reports.sessions(open_space["Nachrichtenwand"].id)
    library.votes.set_counts(vote, [(sessions[2].id, "dots", 4)])
    with library._transaction(write=False) as session:
        tallies = live_tallies(session, [vote])
    assert tallies[vote][1] == "proposal"
    assert tallies[vote][0].dots(sessions[2].id) == 4
