"""library.run: starting, finishing, skipping and re-entering phases, the current phase,
the saved timer, and finishing the workshop."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from werkstatt.core.records import PhaseRun, Workshop, WorkshopDraft, WorkshopStatus
from werkstatt.core.timer import TimerState
from werkstatt.methods.model import PhaseDraft
from werkstatt.store.errors import InvalidValueError, NotFoundError
from werkstatt.store.library import Library

BERLIN = dt.timezone(dt.timedelta(hours=1))
NINE_THIRTY = dt.datetime(2025, 3, 15, 9, 30, tzinfo=BERLIN)


def _at(minutes: int) -> dt.datetime:
    """A moment ``minutes`` after the workshop's start (Berlin time, winter)."""
    return NINE_THIRTY + dt.timedelta(minutes=minutes)


def _utc(minutes: int) -> dt.datetime:
    return _at(minutes).astimezone(dt.UTC)


@pytest.fixture
def workshop(library: Library, draft: WorkshopDraft, phases: list[PhaseDraft]) -> Workshop:
    return library.create_workshop(draft, phases)


@pytest.fixture
def ids(library: Library, workshop: Workshop) -> list[int]:
    return [phase.id for phase in library.list_phases(workshop.id)]


def test_a_new_workshop_has_no_current_phase_and_nothing_happened(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    assert library.run.current_phase(workshop.id) is None
    assert library.run.phase_runs(workshop.id) == {i: PhaseRun(i) for i in ids}
    assert list(library.run.phase_runs(workshop.id)) == ids  # plan order


def test_starting_the_first_phase_sets_the_workshop_running(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    run = library.run.start_phase(ids[0], at=_at(0))
    assert run == PhaseRun(ids[0], actual_start=_utc(0))
    assert run.actual_start is not None and run.actual_start.tzinfo == dt.UTC
    assert library.run.current_phase(workshop.id) == ids[0]
    stored = library.get_workshop(workshop.id)
    assert stored.status is WorkshopStatus.RUNNING
    assert stored.changed_at > workshop.changed_at


def test_starting_the_next_phase_finishes_the_running_one(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    library.run.start_phase(ids[0], at=_at(0))
    library.run.start_phase(ids[1], at=_at(17))
    runs = library.run.phase_runs(workshop.id)
    assert runs[ids[0]] == PhaseRun(ids[0], _utc(0), _utc(17))
    assert runs[ids[1]] == PhaseRun(ids[1], _utc(17))
    assert library.run.current_phase(workshop.id) == ids[1]


def test_re_entering_a_phase_keeps_its_first_start_and_runs_it_again(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    library.run.start_phase(ids[0], at=_at(0))
    library.run.start_phase(ids[1], at=_at(15))
    back = library.run.start_phase(ids[0], at=_at(20))
    assert back == PhaseRun(ids[0], actual_start=_utc(0))  # running again, first start kept
    runs = library.run.phase_runs(workshop.id)
    assert runs[ids[1]] == PhaseRun(ids[1], _utc(15), _utc(20))
    library.run.start_phase(ids[1], at=_at(25))
    runs = library.run.phase_runs(workshop.id)
    assert runs[ids[0]] == PhaseRun(ids[0], _utc(0), _utc(25))
    assert runs[ids[1]] == PhaseRun(ids[1], _utc(15))


def test_starting_the_current_phase_again_changes_nothing(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    library.run.start_phase(ids[2], at=_at(60))
    assert library.run.start_phase(ids[2], at=_at(70)) == PhaseRun(ids[2], _utc(60))


def test_starting_a_phase_does_not_end_a_current_phase_that_never_ran(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    library.run.set_current_phase(workshop.id, ids[0])
    library.run.start_phase(ids[1], at=_at(5))
    assert library.run.phase_runs(workshop.id)[ids[0]] == PhaseRun(ids[0])


def test_finish_records_the_end_once_and_reopen_clears_it(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    library.run.start_phase(ids[1], at=_at(15))
    assert library.run.finish_phase(ids[1], at=_at(58)) == PhaseRun(ids[1], _utc(15), _utc(58))
    # Finishing again (a double click) keeps the first end.
    assert library.run.finish_phase(ids[1], at=_at(61)).actual_end == _utc(58)
    assert library.run.current_phase(workshop.id) == ids[1]
    assert library.run.reopen_phase(ids[1]) == PhaseRun(ids[1], _utc(15))
    assert library.run.finish_phase(ids[1], at=_at(64)).actual_end == _utc(64)


def test_an_end_before_the_start_is_taken_as_the_start(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    library.run.start_phase(ids[0], at=_at(10))
    assert library.run.finish_phase(ids[0], at=_at(4)) == PhaseRun(ids[0], _utc(10), _utc(10))


def test_skipping_is_a_flag_that_starting_clears(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    assert library.run.skip_phase(ids[2]) == PhaseRun(ids[2], skipped=True)
    assert library.run.phase_runs(workshop.id)[ids[2]].skipped
    assert library.run.skip_phase(ids[2], skipped=False) == PhaseRun(ids[2])
    library.run.skip_phase(ids[3])
    assert library.run.start_phase(ids[3], at=_at(90)) == PhaseRun(ids[3], _utc(90))


def test_start_without_a_time_uses_now_in_utc(library: Library, ids: list[int]) -> None:
    before = dt.datetime.now(dt.UTC)
    run = library.run.start_phase(ids[0])
    after = dt.datetime.now(dt.UTC)
    assert run.actual_start is not None and before <= run.actual_start <= after


def test_a_time_without_zone_is_refused(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        library.run.start_phase(ids[0], at=dt.datetime(2025, 3, 15, 9, 30))
    assert caught.value.field == "at"
    with pytest.raises(InvalidValueError):
        library.run.finish_phase(ids[0], at="09:30")  # type: ignore[arg-type]
    assert library.run.phase_runs(workshop.id)[ids[0]] == PhaseRun(ids[0])
    assert library.run.current_phase(workshop.id) is None


def test_the_current_phase_survives_closing_the_library(
    data_dir: Path, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    with Library.open(data_dir) as library:
        workshop = library.create_workshop(draft, phases)
        ids = [p.id for p in library.list_phases(workshop.id)]
        library.run.start_phase(ids[0], at=_at(0))
        library.run.start_phase(ids[1], at=_at(16))
    with Library.open(data_dir) as library:
        assert library.run.current_phase(workshop.id) == ids[1]
        assert library.run.phase_runs(workshop.id)[ids[0]] == PhaseRun(ids[0], _utc(0), _utc(16))
        assert library.get_workshop(workshop.id).status is WorkshopStatus.RUNNING


def test_set_current_phase_points_without_starting(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    library.run.set_current_phase(workshop.id, ids[3])
    assert library.run.current_phase(workshop.id) == ids[3]
    assert library.run.phase_runs(workshop.id)[ids[3]] == PhaseRun(ids[3])
    assert library.get_workshop(workshop.id).status is WorkshopStatus.PLANNED
    library.run.set_current_phase(workshop.id, None)
    assert library.run.current_phase(workshop.id) is None


def test_set_current_phase_refuses_a_phase_of_another_workshop(
    library: Library, workshop: Workshop, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    other = library.create_workshop(draft, phases[:1])
    foreign = library.list_phases(other.id)[0].id
    with pytest.raises(NotFoundError) as caught:
        library.run.set_current_phase(workshop.id, foreign)
    assert (caught.value.what, caught.value.key) == ("phase", foreign)
    assert library.run.current_phase(workshop.id) is None


def test_a_removed_current_phase_is_no_longer_current_until_restored(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    library.run.start_phase(ids[1], at=_at(15))
    library.remove_phase(ids[1])
    assert library.run.current_phase(workshop.id) is None
    assert ids[1] not in library.run.phase_runs(workshop.id)
    with pytest.raises(NotFoundError):
        library.run.finish_phase(ids[1])
    library.restore_phase(ids[1])
    assert library.run.current_phase(workshop.id) == ids[1]


def test_a_deleted_workshop_is_out_of_reach(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    library.delete_workshop(workshop.id)
    for call in (
        lambda: library.run.current_phase(workshop.id),
        lambda: library.run.phase_runs(workshop.id),
        lambda: library.run.start_phase(ids[0]),
        lambda: library.run.timer(ids[0]),
        lambda: library.run.finish_workshop(workshop.id),
    ):
        with pytest.raises(NotFoundError):
            call()


def test_unknown_ids_are_not_found(library: Library) -> None:
    with pytest.raises(NotFoundError) as caught:
        library.run.start_phase(4711)
    assert (caught.value.what, caught.value.key) == ("phase", 4711)
    with pytest.raises(NotFoundError):
        library.run.skip_phase(4711)
    with pytest.raises(NotFoundError):
        library.run.reopen_phase(4711)
    with pytest.raises(NotFoundError):
        library.run.save_timer(4711, TimerState(600))
    with pytest.raises(NotFoundError):
        library.run.set_current_phase(4711, None)


# timer -------------------------------------------------------------------------
def test_a_phase_without_a_saved_timer_has_none(library: Library, ids: list[int]) -> None:
    assert library.run.timer(ids[1]) is None


def test_a_timer_survives_closing_the_library(
    data_dir: Path, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    running = TimerState(
        duration_seconds=45 * 60, elapsed_seconds=312.25, running_since=_at(20), muted=True
    )
    with Library.open(data_dir) as library:
        workshop = library.create_workshop(draft, phases)
        phase_id = library.list_phases(workshop.id)[1].id
        library.run.save_timer(phase_id, TimerState(40 * 60))
        library.run.save_timer(phase_id, running)
    with Library.open(data_dir) as library:
        loaded = library.run.timer(phase_id)
    assert loaded == TimerState(45 * 60, 312.25, _utc(20), muted=True)
    assert loaded is not None and loaded.running_since is not None
    assert loaded.running_since.tzinfo == dt.UTC


def test_a_paused_timer_is_saved_as_paused(library: Library, ids: list[int]) -> None:
    library.run.save_timer(ids[1], TimerState(600, 200.0, _at(3)))
    library.run.save_timer(ids[1], TimerState(660, 260.5))
    assert library.run.timer(ids[1]) == TimerState(660, 260.5, None, False)


def test_the_extensions_are_kept_apart_from_the_time_box(
    data_dir: Path, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    extended = TimerState(50 * 60, 95.5, None, False, extra_seconds=6 * 60)
    with Library.open(data_dir) as library:
        workshop = library.create_workshop(draft, phases)
        phase_id = library.list_phases(workshop.id)[1].id
        library.run.save_timer(phase_id, extended)
        assert library.run.timer(phase_id) == extended
        library.run.save_timer(phase_id, TimerState(40 * 60, 95.5, extra_seconds=-5 * 60))
    with Library.open(data_dir) as library:
        loaded = library.run.timer(phase_id)
    assert loaded is not None and loaded.extra_seconds == -5 * 60


@pytest.mark.parametrize(
    ("state", "field"),
    [
        (TimerState(600, extra_seconds=60.5), "extra_seconds"),  # type: ignore[arg-type]
        (TimerState(600, extra_seconds=8 * 24 * 3600), "extra_seconds"),
        (TimerState(-1), "duration_seconds"),
        (TimerState(10 * 24 * 3600), "duration_seconds"),
        (TimerState(600.5), "duration_seconds"),  # type: ignore[arg-type]
        (TimerState(600, float("nan")), "elapsed_seconds"),
        (TimerState(600, -3.0), "elapsed_seconds"),
        (TimerState(600, 0.0, dt.datetime(2025, 3, 15, 9, 30)), "running_since"),
        (TimerState(600, 0.0, None, "ja"), "muted"),  # type: ignore[arg-type]
    ],
)
def test_an_impossible_timer_is_refused(
    library: Library, ids: list[int], state: TimerState, field: str
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        library.run.save_timer(ids[1], state)
    assert caught.value.field == field
    assert library.run.timer(ids[1]) is None


# finishing the workshop ------------------------------------------------------------
def test_finish_workshop_ends_the_running_phase_and_marks_it_done(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    library.run.start_phase(ids[0], at=_at(0))
    library.run.start_phase(ids[4], at=_at(120))
    done = library.run.finish_workshop(workshop.id, at=_at(185))
    assert done.status is WorkshopStatus.DONE
    assert library.get_workshop(workshop.id) == done
    assert library.run.phase_runs(workshop.id)[ids[4]] == PhaseRun(ids[4], _utc(120), _utc(185))
    assert library.run.current_phase(workshop.id) == ids[4]


def test_finish_workshop_keeps_an_end_already_recorded(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    library.run.start_phase(ids[4], at=_at(120))
    library.run.finish_phase(ids[4], at=_at(178))
    library.run.finish_workshop(workshop.id, at=_at(190))
    assert library.run.phase_runs(workshop.id)[ids[4]].actual_end == _utc(178)


def test_finish_workshop_before_any_phase_ran(library: Library, workshop: Workshop) -> None:
    assert library.run.finish_workshop(workshop.id).status is WorkshopStatus.DONE
    assert library.run.current_phase(workshop.id) is None


def test_a_duplicate_is_a_new_plan_without_the_day(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    library.run.start_phase(ids[0], at=_at(0))
    library.run.start_phase(ids[1], at=_at(15))
    library.run.skip_phase(ids[2])
    library.run.save_timer(ids[1], TimerState(2400, 30.0, _at(15)))
    library.cards.add(ids[1], "Zu wenig Sitzbänke am Marktplatz")
    library.feedback.add(ids[1], text="Gut moderiert!", rating=4)

    copy = library.duplicate_workshop(workshop.id, "Zukunftswerkstatt Südstadt")

    copy_ids = [p.id for p in library.list_phases(copy.id)]
    assert copy.status is WorkshopStatus.PLANNED
    assert library.run.current_phase(copy.id) is None
    assert library.run.phase_runs(copy.id) == {i: PhaseRun(i) for i in copy_ids}
    assert all(library.run.timer(i) is None for i in copy_ids)
    assert all(library.cards.count(i) == 0 for i in copy_ids)
    assert all(library.feedback.list(i) == [] for i in copy_ids)


def test_a_phase_left_within_a_minute_of_its_first_start_was_not_run(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    library.run.start_phase(ids[0], at=_at(0))
    library.run.start_phase(ids[1], at=_at(10))
    library.run.start_phase(ids[0], at=_at(10) + dt.timedelta(seconds=59))
    runs = library.run.phase_runs(workshop.id)
    assert runs[ids[1]] == PhaseRun(ids[1])
    assert runs[ids[0]] == PhaseRun(ids[0], _utc(0))
    library.run.start_phase(ids[1], at=_at(15))
    assert library.run.phase_runs(workshop.id)[ids[1]] == PhaseRun(ids[1], _utc(15))


def test_a_phase_left_after_a_minute_or_re_entered_keeps_its_times(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    library.run.start_phase(ids[0], at=_at(0))
    library.run.start_phase(ids[1], at=_at(10))
    library.run.start_phase(ids[2], at=_at(11))
    library.run.start_phase(ids[1], at=_at(12))  # back for a moment to a phase that ran
    library.run.start_phase(ids[2], at=_at(12) + dt.timedelta(seconds=10))
    runs = library.run.phase_runs(workshop.id)
    assert runs[ids[1]] == PhaseRun(ids[1], _utc(10), _utc(12) + dt.timedelta(seconds=10))
    assert runs[ids[2]].actual_start == _utc(11)


def test_reopening_a_finished_workshop_runs_its_current_phase_on(
    library: Library, workshop: Workshop, ids: list[int]
) -> None:
    library.run.start_phase(ids[0], at=_at(0))
    library.run.finish_workshop(workshop.id, at=_at(20))
    reopened = library.run.reopen_workshop(workshop.id)
    assert reopened.status is WorkshopStatus.RUNNING
    assert library.run.phase_runs(workshop.id)[ids[0]] == PhaseRun(ids[0], _utc(0))
