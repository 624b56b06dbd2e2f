"""Dot voting: tallies, competition ranking with ties, the sanity check, the top places."""

from __future__ import annotations

import pytest

from werkstatt.core.voting import (
    CountShapeError,
    CriteriaError,
    DuplicateTargetError,
    InvalidSettingError,
    NegativeCountError,
    Target,
    UnknownCriterionError,
    UnknownTargetError,
    Verdict,
    ranking,
    sanity,
    tally,
    top,
)

# Clusters of a Kritikphase, in the order the board shows them.
VERKEHR = Target(11, "Verkehr & Mobilität")
GRUEN = Target(12, "Grün- und Freiflächen")
BEGEGNUNG = Target(13, "Nachbarschaft & Begegnung")
LAERM = Target(14, "Lärm und Luftqualität")
SICHERHEIT = Target(15, "Sicherheit im Straßenraum")
JUGEND = Target(16, "Angebote für Jugendliche")
TARGETS = (VERKEHR, GRUEN, BEGEGNUNG, LAERM, SICHERHEIT, JUGEND)


def ids(entries: object) -> list[int]:
    return [entry.target.id for entry in entries]  # type: ignore[attr-defined]


def test_a_new_tally_counts_nothing() -> None:
    empty = tally(TARGETS)
    assert empty.total() == 0
    assert [empty.dots(target.id) for target in TARGETS] == [0] * 6


def test_typed_counts_and_plus_minus_keys() -> None:
    votes = tally(TARGETS).with_count(VERKEHR.id, 17).adjusted(GRUEN.id, +1)
    votes = votes.adjusted(GRUEN.id, +1).adjusted(VERKEHR.id, -2)
    assert votes.dots(VERKEHR.id) == 15
    assert votes.dots(GRUEN.id) == 2
    assert votes.total() == 17


def test_changing_a_tally_leaves_the_old_one_alone() -> None:
    before = tally(TARGETS, {VERKEHR.id: 4})
    after = before.with_count(VERKEHR.id, 9)
    assert before.dots(VERKEHR.id) == 4
    assert after.dots(VERKEHR.id) == 9
    assert before != after


def test_ranking_orders_by_dots_with_competition_ranks_for_ties() -> None:
    votes = tally(
        TARGETS,
        {VERKEHR.id: 9, GRUEN.id: 14, BEGEGNUNG.id: 9, LAERM.id: 3, SICHERHEIT.id: 9},
    )
    ranked = ranking(votes)
    assert ids(ranked) == [GRUEN.id, VERKEHR.id, BEGEGNUNG.id, SICHERHEIT.id, LAERM.id, JUGEND.id]
    assert [entry.rank for entry in ranked] == [1, 2, 2, 2, 5, 6]
    assert [entry.tied for entry in ranked] == [False, True, True, True, False, False]
    assert [entry.dots for entry in ranked] == [14, 9, 9, 9, 3, 0]
    assert ranked.has_ties
    assert ranked.rank_of(SICHERHEIT.id) == 2


def test_ties_keep_the_targets_own_order_whatever_the_input_order() -> None:
    reversed_targets = tuple(reversed(TARGETS))
    votes = tally(reversed_targets, {t.id: 5 for t in reversed_targets})
    ranked = ranking(votes)
    assert ids(ranked) == [t.id for t in reversed_targets]
    assert {entry.rank for entry in ranked} == {1}


def test_ranking_without_ties() -> None:
    votes = tally(TARGETS[:3], {VERKEHR.id: 1, GRUEN.id: 2, BEGEGNUNG.id: 3})
    ranked = ranking(votes)
    assert [entry.rank for entry in ranked] == [1, 2, 3]
    assert not ranked.has_ties


def test_zero_dots_tie_at_the_end() -> None:
    ranked = ranking(tally(TARGETS, {LAERM.id: 1}))
    assert [entry.rank for entry in ranked] == [1, 2, 2, 2, 2, 2]
    assert ids(ranked)[1:] == [VERKEHR.id, GRUEN.id, BEGEGNUNG.id, SICHERHEIT.id, JUGEND.id]


def test_two_criteria_rank_each_and_their_sum() -> None:
    votes = tally(
        TARGETS[:4],
        {VERKEHR.id: (8, 2), GRUEN.id: (3, 9), BEGEGNUNG.id: (5, 5), LAERM.id: (0, 1)},
        criteria=("wichtig", "dringlich"),
    )
    assert ids(ranking(votes, "wichtig")) == [VERKEHR.id, BEGEGNUNG.id, GRUEN.id, LAERM.id]
    assert ids(ranking(votes, "dringlich")) == [GRUEN.id, BEGEGNUNG.id, VERKEHR.id, LAERM.id]
    total = ranking(votes)
    assert ids(total) == [GRUEN.id, VERKEHR.id, BEGEGNUNG.id, LAERM.id]
    assert [entry.dots for entry in total] == [12, 10, 10, 1]
    assert [entry.rank for entry in total] == [1, 2, 2, 4]
    assert total.criterion is None
    assert votes.dots(VERKEHR.id, "dringlich") == 2
    assert votes.total("wichtig") == 16


def test_plus_minus_with_two_criteria_names_the_criterion() -> None:
    votes = tally(TARGETS[:2], criteria=("wichtig", "dringlich"))
    votes = votes.adjusted(VERKEHR.id, 1, "dringlich")
    assert votes.dots(VERKEHR.id, "dringlich") == 1
    assert votes.dots(VERKEHR.id, "wichtig") == 0
    with pytest.raises(UnknownCriterionError):
        votes.adjusted(VERKEHR.id, 1)  # which colour of dot?


def test_with_targets_keeps_counts_of_clusters_that_stay() -> None:
    votes = tally(TARGETS[:3], {VERKEHR.id: 7, GRUEN.id: 4, BEGEGNUNG.id: 2})
    renamed = Target(GRUEN.id, "Grünflächen, Parks und Spielplätze")
    new = votes.with_targets([renamed, VERKEHR, JUGEND])
    assert new.targets[0].label == "Grünflächen, Parks und Spielplätze"
    assert [new.dots(t.id) for t in new.targets] == [4, 7, 0]
    with pytest.raises(UnknownTargetError):
        new.dots(BEGEGNUNG.id)


# --- validation: typed errors carrying facts --------------------------------------------


def test_negative_typed_count_is_refused_with_its_facts() -> None:
    with pytest.raises(NegativeCountError) as caught:
        tally(TARGETS).with_count(GRUEN.id, -3)
    assert (caught.value.target_id, caught.value.criterion, caught.value.count) == (
        GRUEN.id,
        "dots",
        -3,
    )


def test_minus_below_zero_is_refused() -> None:
    votes = tally(TARGETS, {LAERM.id: 1}).adjusted(LAERM.id, -1)
    with pytest.raises(NegativeCountError) as caught:
        votes.adjusted(LAERM.id, -1)
    assert caught.value.count == -1


def test_negative_count_in_the_input_is_refused() -> None:
    with pytest.raises(NegativeCountError) as caught:
        tally(TARGETS[:2], {VERKEHR.id: (1, -2)}, criteria=("wichtig", "dringlich"))
    assert caught.value.criterion == "dringlich"


def test_unknown_target_is_refused_with_its_id() -> None:
    with pytest.raises(UnknownTargetError) as caught:
        tally(TARGETS, {999: 3})
    assert caught.value.target_id == 999
    with pytest.raises(UnknownTargetError):
        tally(TARGETS).with_count(998, 1)


def test_unknown_criterion_is_refused_with_the_known_ones() -> None:
    votes = tally(TARGETS, criteria=("wichtig", "dringlich"))
    with pytest.raises(UnknownCriterionError) as caught:
        ranking(votes, "machbar")
    assert caught.value.criterion == "machbar"
    assert caught.value.known == ("wichtig", "dringlich")


@pytest.mark.parametrize(
    "criteria", [(), ("wichtig", "dringlich", "machbar"), ("wichtig", "wichtig"), ("  ",)]
)
def test_one_or_two_distinct_criteria(criteria: tuple[str, ...]) -> None:
    with pytest.raises(CriteriaError) as caught:
        tally(TARGETS, criteria=criteria)
    assert caught.value.criteria == criteria


def test_a_count_per_criterion_is_needed() -> None:
    with pytest.raises(CountShapeError) as caught:
        tally(TARGETS, {VERKEHR.id: 3}, criteria=("wichtig", "dringlich"))
    assert (caught.value.target_id, caught.value.counts) == (VERKEHR.id, (3,))


def test_duplicate_targets_are_refused() -> None:
    with pytest.raises(DuplicateTargetError) as caught:
        tally([VERKEHR, GRUEN, Target(VERKEHR.id, "Verkehr (Kopie)")])
    assert caught.value.target_id == VERKEHR.id


def test_voting_errors_are_value_errors() -> None:
    with pytest.raises(ValueError, match="999"):
        tally(TARGETS, {999: 1})


# --- sanity ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cast", "verdict", "difference"),
    [(71, Verdict.UNDER, -1), (72, Verdict.EXACT, 0), (75, Verdict.OVER, 3)],
)
def test_sanity_compares_cast_with_handed_out(cast: int, verdict: Verdict, difference: int) -> None:
    # 24 participants with 3 dots each
    votes = tally(TARGETS, {VERKEHR.id: cast - 40, GRUEN.id: 25, BEGEGNUNG.id: 15})
    check = sanity(votes, dots_per_person=3, participants=24)
    assert (check.cast, check.expected) == (cast, 72)
    assert check.verdict is verdict
    assert check.difference == difference
    assert check.by_criterion == ()


def test_sanity_checks_each_criterion_too() -> None:
    votes = tally(
        TARGETS[:2],
        {VERKEHR.id: (20, 18), GRUEN.id: (10, 14)},
        criteria=("wichtig", "dringlich"),
    )
    check = sanity(votes, dots_per_person=2, participants=15)
    assert (check.cast, check.expected, check.verdict) == (62, 60, Verdict.OVER)
    wichtig, dringlich = check.by_criterion
    assert (wichtig.criterion, wichtig.cast, wichtig.expected, wichtig.verdict) == (
        "wichtig",
        30,
        30,
        Verdict.EXACT,
    )
    assert (dringlich.cast, dringlich.verdict, dringlich.difference) == (32, Verdict.OVER, 2)


def test_sanity_with_nobody_voting() -> None:
    assert sanity(tally(TARGETS), 3, 0).verdict is Verdict.EXACT
    assert sanity(tally(TARGETS, {JUGEND.id: 1}), 3, 0).verdict is Verdict.OVER


@pytest.mark.parametrize(
    ("dots", "people", "setting"), [(-1, 10, "dots_per_person"), (3, -2, "participants")]
)
def test_sanity_refuses_negative_settings(dots: int, people: int, setting: str) -> None:
    with pytest.raises(InvalidSettingError) as caught:
        sanity(tally(TARGETS), dots, people)
    assert caught.value.setting == setting
    assert caught.value.value == min(dots, people)


# --- top places --------------------------------------------------------------------------


def test_top_takes_the_first_n_when_nothing_ties_at_the_cut() -> None:
    votes = tally(TARGETS, {VERKEHR.id: 9, GRUEN.id: 14, BEGEGNUNG.id: 6, LAERM.id: 3})
    best = top(ranking(votes), 3)
    assert ids(best) == [GRUEN.id, VERKEHR.id, BEGEGNUNG.id]
    assert not best.widened
    assert best.tied_at_cut == ()


def test_top_includes_everyone_tied_at_the_nth_place_and_says_so() -> None:
    votes = tally(
        TARGETS, {VERKEHR.id: 9, GRUEN.id: 14, BEGEGNUNG.id: 6, LAERM.id: 6, SICHERHEIT.id: 6}
    )
    best = top(ranking(votes), 3)
    assert ids(best) == [GRUEN.id, VERKEHR.id, BEGEGNUNG.id, LAERM.id, SICHERHEIT.id]
    assert best.widened
    assert best.requested == 3
    assert len(best) == 5
    assert ids(best.tied_at_cut) == [BEGEGNUNG.id, LAERM.id, SICHERHEIT.id]


def test_a_tie_inside_the_top_does_not_widen_it() -> None:
    votes = tally(TARGETS, {VERKEHR.id: 9, GRUEN.id: 9, BEGEGNUNG.id: 6, LAERM.id: 2})
    best = top(ranking(votes), 3)
    assert ids(best) == [VERKEHR.id, GRUEN.id, BEGEGNUNG.id]
    assert not best.widened
    assert best.tied_at_cut == ()


def test_top_leaves_out_targets_without_dots() -> None:
    ranked = ranking(tally(TARGETS, {LAERM.id: 4, JUGEND.id: 2}))
    best = top(ranked, 3)
    assert ids(best) == [LAERM.id, JUGEND.id]
    assert not best.widened
    everyone = top(ranked, 3, include_without_dots=True)
    assert len(everyone) == 6  # the four without dots tie at place 3
    assert everyone.widened


def test_top_of_more_places_than_targets_and_of_none() -> None:
    ranked = ranking(tally(TARGETS[:2], {VERKEHR.id: 1, GRUEN.id: 2}))
    assert ids(top(ranked, 10)) == [GRUEN.id, VERKEHR.id]
    assert len(top(ranked, 0)) == 0
    with pytest.raises(InvalidSettingError) as caught:
        top(ranked, -1)
    assert caught.value.setting == "n"


def test_ranking_of_an_empty_tally() -> None:
    ranked = ranking(tally(()))
    assert len(ranked) == 0
    assert len(top(ranked, 3)) == 0
    assert sanity(tally(()), 3, 20).verdict is Verdict.UNDER
