"""library.cards: a card collection's cards, kept in order through add, move, delete and
undo, with the limits the store keeps."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import insert

from werkstatt.core.records import Card, Workshop, WorkshopDraft
from werkstatt.core.timer import TimerState
from werkstatt.methods.model import PhaseDraft
from werkstatt.store import validation
from werkstatt.store.errors import InvalidValueError, NotFoundError
from werkstatt.store.library import LIBRARY_FILE, Library
from werkstatt.store.models import CardRow

CRITIQUE = [
    "Zu wenig Sitzbänke am Marktplatz",
    "Straßenbahn fährt abends nur alle 30 Minuten",
    "Spielplatz an der Weißdornstraße verwahrlost",
    "Kein Treffpunkt für Jugendliche",
]


@pytest.fixture
def workshop(library: Library, draft: WorkshopDraft, phases: list[PhaseDraft]) -> Workshop:
    return library.create_workshop(draft, phases)


@pytest.fixture
def phase_id(library: Library, workshop: Workshop) -> int:
    return library.list_phases(workshop.id)[1].id  # Kritikphase


@pytest.fixture
def cards(library: Library, phase_id: int) -> list[Card]:
    return [library.cards.add(phase_id, text) for text in CRITIQUE]


def _texts(library: Library, phase_id: int) -> list[str]:
    stored = library.cards.list(phase_id)
    assert [card.position for card in stored] == list(range(len(stored)))  # always dense
    return [card.text for card in stored]


def test_add_appends_and_hands_out_the_card(library: Library, phase_id: int) -> None:
    before = dt.datetime.now(dt.UTC)
    card = library.cards.add(
        phase_id, "  Zu wenig Grün im Quartier \n", colour="gelb", author="Ayşe Yılmaz"
    )
    assert (card.phase_id, card.position, card.text) == (phase_id, 0, "Zu wenig Grün im Quartier")
    assert (card.colour, card.author) == ("gelb", "Ayşe Yılmaz")
    assert card.created_at is not None and card.created_at.tzinfo == dt.UTC
    assert card.created_at >= before
    assert library.cards.list(phase_id) == [card]
    second = library.cards.add(phase_id, "Mehr Straßenbäume")
    assert (second.position, second.colour, second.author) == (1, "", "")


def test_add_at_an_index_moves_the_later_cards_on(
    library: Library, phase_id: int, cards: list[Card]
) -> None:
    library.cards.add(phase_id, "Müll an der Bushaltestelle", index=1)
    library.cards.add(phase_id, "Fahrradwege enden im Nichts", index=0)
    library.cards.add(phase_id, "Zu teure Mieten", index=6)
    assert _texts(library, phase_id) == [
        "Fahrradwege enden im Nichts",
        CRITIQUE[0],
        "Müll an der Bushaltestelle",
        *CRITIQUE[1:],
        "Zu teure Mieten",
    ]


@pytest.mark.parametrize("index", [-1, 5, True, "1"])
def test_add_refuses_an_index_outside(
    library: Library, phase_id: int, cards: list[Card], index: object
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        library.cards.add(phase_id, "Lärm", index=index)  # type: ignore[arg-type]
    assert caught.value.field == "index"
    assert _texts(library, phase_id) == CRITIQUE


def test_multiline_text_is_kept_inside(library: Library, phase_id: int) -> None:
    text = "Zu wenig Licht:\nUnterführung am Bahnhof\nund Parkweg"
    assert library.cards.add(phase_id, text).text == text


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_an_empty_card_is_refused(library: Library, phase_id: int, text: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        library.cards.add(phase_id, text)
    assert caught.value.field == "text"
    assert library.cards.count(phase_id) == 0


def test_card_text_length_is_limited(library: Library, phase_id: int) -> None:
    longest = "Quartiersentwicklungskonzept " * 68 + "Lärmschutzwand"  # 1,986 characters
    assert len(library.cards.add(phase_id, longest).text) <= validation.CARD_TEXT_MAX
    with pytest.raises(InvalidValueError) as caught:
        library.cards.add(phase_id, "ß" * 2001)
    assert (caught.value.field, caught.value.value, caught.value.limit) == ("text", 2001, 2000)


@pytest.mark.parametrize("colour", ["gelb", "#ffcc00", "hell-grün_2", ""])
def test_colours_are_short_tokens(library: Library, phase_id: int, colour: str) -> None:
    assert library.cards.add(phase_id, "Lärm", colour=colour).colour == colour


@pytest.mark.parametrize("colour", ["rot; drop table", "<b>rot</b>", "x" * 21, 7])
def test_other_colours_are_refused(library: Library, phase_id: int, colour: object) -> None:
    with pytest.raises(InvalidValueError) as caught:
        library.cards.add(phase_id, "Lärm", colour=colour)  # type: ignore[arg-type]
    assert caught.value.field == "colour"


def test_author_is_one_line_of_limited_length(library: Library, phase_id: int) -> None:
    card = library.cards.add(phase_id, "Lärm", author="  Przemysław\n Wójcik ")
    assert card.author == "Przemysław Wójcik"
    with pytest.raises(InvalidValueError) as caught:
        library.cards.add(phase_id, "Lärm", author="Wójcik" * 60)
    assert caught.value.field == "author"


def test_update_changes_text_colour_and_author(
    library: Library, phase_id: int, cards: list[Card]
) -> None:
    changed = library.cards.update(cards[2].id, text="Spielplatz verwahrlost", colour="rot")
    assert changed == Card(
        cards[2].id, phase_id, 2, "Spielplatz verwahrlost", "rot", "", cards[2].created_at
    )
    library.cards.update(cards[2].id, author="Jürgen Weiß")
    assert library.cards.list(phase_id)[2].author == "Jürgen Weiß"


def test_update_refuses_unknown_fields_and_empty_text(library: Library, cards: list[Card]) -> None:
    with pytest.raises(InvalidValueError) as caught:
        library.cards.update(cards[0].id, position=3)
    assert caught.value.field == "position"
    with pytest.raises(InvalidValueError):
        library.cards.update(cards[0].id, text=" ")


@pytest.mark.parametrize(
    ("moved", "index", "order"),
    [(0, 3, [1, 2, 3, 0]), (3, 0, [3, 0, 1, 2]), (1, 2, [0, 2, 1, 3]), (2, 2, [0, 1, 2, 3])],
)
def test_move_puts_a_card_at_an_index(
    library: Library,
    phase_id: int,
    cards: list[Card],
    moved: int,
    index: int,
    order: list[int],
) -> None:
    result = library.cards.move(cards[moved].id, index)
    assert [card.text for card in result] == [CRITIQUE[i] for i in order]
    assert [card.position for card in result] == [0, 1, 2, 3]
    assert library.cards.list(phase_id) == result


def test_move_refuses_an_index_beyond_the_last_card(library: Library, cards: list[Card]) -> None:
    with pytest.raises(InvalidValueError) as caught:
        library.cards.move(cards[0].id, 4)
    assert caught.value.limit == (0, 3)


def test_delete_closes_the_gap_and_restore_puts_it_back(
    library: Library, phase_id: int, cards: list[Card]
) -> None:
    library.cards.delete(cards[1].id)
    assert _texts(library, phase_id) == [CRITIQUE[0], *CRITIQUE[2:]]
    assert library.cards.count(phase_id) == 3
    restored = library.cards.restore(cards[1].id)
    assert restored.position == 1
    assert _texts(library, phase_id) == CRITIQUE
    assert library.cards.restore(cards[1].id) == restored  # a live card as it is


def test_undoing_several_deletes_in_reverse_order_restores_the_order(
    library: Library, phase_id: int, cards: list[Card]
) -> None:
    for card in (cards[0], cards[2], cards[3]):
        library.cards.delete(card.id)
    assert _texts(library, phase_id) == [CRITIQUE[1]]
    for card in (cards[3], cards[2], cards[0]):
        library.cards.restore(card.id)
    assert _texts(library, phase_id) == CRITIQUE


def test_a_restored_card_goes_to_the_end_when_its_place_is_gone(
    library: Library, phase_id: int, cards: list[Card]
) -> None:
    library.cards.delete(cards[3].id)
    library.cards.delete(cards[2].id)
    assert library.cards.restore(cards[3].id).position == 2
    assert _texts(library, phase_id) == [*CRITIQUE[:2], CRITIQUE[3]]


def test_a_deleted_card_cannot_be_changed(library: Library, cards: list[Card]) -> None:
    library.cards.delete(cards[0].id)
    for call in (
        lambda: library.cards.update(cards[0].id, text="Neu"),
        lambda: library.cards.move(cards[0].id, 0),
        lambda: library.cards.delete(cards[0].id),
    ):
        with pytest.raises(NotFoundError) as caught:
            call()
        assert (caught.value.what, caught.value.key) == ("card", cards[0].id)


def test_cards_of_a_removed_phase_are_out_of_reach_until_it_is_restored(
    library: Library, phase_id: int, cards: list[Card]
) -> None:
    library.remove_phase(phase_id)
    with pytest.raises(NotFoundError):
        library.cards.list(phase_id)
    with pytest.raises(NotFoundError):
        library.cards.add(phase_id, "Lärm")
    with pytest.raises(NotFoundError):
        library.cards.update(cards[0].id, text="Lärm")
    with pytest.raises(NotFoundError):
        library.cards.restore(cards[0].id)
    library.restore_phase(phase_id)
    assert _texts(library, phase_id) == CRITIQUE


def test_newest_reads_the_last_cards_in_order_without_the_deleted(
    library: Library, phase_id: int, cards: list[Card]
) -> None:
    library.cards.add(phase_id, "Quartiersentwicklungskonzept fehlt", index=1)
    library.cards.delete(cards[3].id)
    everything = library.cards.list(phase_id)

    assert library.cards.newest(phase_id, 2) == everything[-2:]
    assert [card.text for card in library.cards.newest(phase_id, 2)] == CRITIQUE[1:3]
    assert library.cards.newest(phase_id, 100) == everything
    assert library.cards.newest(phase_id, 0) == []
    assert library.cards.count(phase_id) == len(everything) == 4


def test_newest_refuses_a_negative_limit_and_a_removed_phase(
    library: Library, phase_id: int, cards: list[Card]
) -> None:
    with pytest.raises(InvalidValueError):
        library.cards.newest(phase_id, -1)
    library.remove_phase(phase_id)
    with pytest.raises(NotFoundError):
        library.cards.newest(phase_id, 3)
    with pytest.raises(NotFoundError):
        library.cards.count(phase_id)


def test_cards_of_a_deleted_workshop_are_out_of_reach(
    library: Library, workshop: Workshop, phase_id: int, cards: list[Card]
) -> None:
    library.delete_workshop(workshop.id)
    with pytest.raises(NotFoundError):
        library.cards.count(phase_id)
    with pytest.raises(NotFoundError):
        library.cards.delete(cards[0].id)
    library.restore_workshop(workshop.id)
    assert library.cards.count(phase_id) == 4


def test_cards_of_two_phases_stay_apart(
    library: Library, workshop: Workshop, phase_id: int, cards: list[Card]
) -> None:
    fantasy = library.list_phases(workshop.id)[3].id
    library.cards.add(fantasy, "Ein Quartiersgarten auf jedem Dach")
    library.cards.delete(cards[0].id)
    assert _texts(library, fantasy) == ["Ein Quartiersgarten auf jedem Dach"]
    assert library.cards.count(phase_id) == 3
    assert library.cards.list(fantasy)[0].position == 0


def test_unknown_ids_are_not_found(library: Library) -> None:
    with pytest.raises(NotFoundError) as caught:
        library.cards.add(4711, "Lärm")
    assert (caught.value.what, caught.value.key) == ("phase", 4711)
    with pytest.raises(NotFoundError) as caught:
        library.cards.restore(4711)
    assert (caught.value.what, caught.value.key) == ("card", 4711)


def test_a_phase_holds_at_most_the_card_limit(library: Library, phase_id: int) -> None:
    # The real limit (20,000) is reached with a bulk insert, not 20,000 API calls.
    now = dt.datetime.now(dt.UTC)
    engine = library._engine
    assert engine is not None
    with engine.begin() as connection:
        connection.execute(
            insert(CardRow),
            [
                {"phase_id": phase_id, "position": n, "text": f"Karte {n}", "created_at": now}
                for n in range(validation.CARDS_PER_PHASE_MAX)
            ],
        )
    with pytest.raises(InvalidValueError) as caught:
        library.cards.add(phase_id, "Eine zu viel")
    assert (caught.value.field, caught.value.value, caught.value.limit) == (
        "cards",
        20_001,
        20_000,
    )
    assert library.cards.count(phase_id) == 20_000
    last = library.cards.list(phase_id)[-1]
    library.cards.delete(last.id)
    assert library.cards.add(phase_id, "Passt wieder").position == 19_999


def _backdate(data_dir: Path, table: str, row_id: int, days: int) -> None:
    when = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    connection = sqlite3.connect(data_dir / LIBRARY_FILE)
    try:
        connection.execute(
            f"UPDATE {table} SET deleted_at = ? WHERE id = ?",
            (when.strftime("%Y-%m-%d %H:%M:%S.%f"), row_id),
        )
        connection.commit()
    finally:
        connection.close()


def _count(data_dir: Path, table: str) -> int:
    connection = sqlite3.connect(data_dir / LIBRARY_FILE)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def test_long_deleted_cards_are_purged_and_a_purged_phase_takes_its_day_along(
    data_dir: Path, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    with Library.open(data_dir) as library:
        workshop = library.create_workshop(draft, phases)
        critique, _vote, fantasy = [p.id for p in library.list_phases(workshop.id)][1:4]
        old, recent, _kept = (library.cards.add(critique, text) for text in CRITIQUE[:3])
        library.cards.delete(old.id)
        library.cards.delete(recent.id)
        library.cards.add(fantasy, "Ein Quartiersgarten auf jedem Dach")
        library.feedback.add(fantasy, text="Schön bunt", rating=4)
        library.run.save_timer(fantasy, TimerState(45 * 60, 12.0))
        library.run.start_phase(fantasy)
        library.remove_phase(fantasy)
    _backdate(data_dir, "cards", old.id, 31)
    _backdate(data_dir, "cards", recent.id, 29)
    _backdate(data_dir, "phases", fantasy, 31)

    with Library.open(data_dir) as library:
        with pytest.raises(NotFoundError):
            library.cards.restore(old.id)
        assert library.cards.restore(recent.id).position == 0
        assert _texts(library, critique) == [CRITIQUE[1], CRITIQUE[2]]
        assert library.run.current_phase(workshop.id) is None
    assert _count(data_dir, "cards") == 2  # the fantasy card went with its phase
    assert _count(data_dir, "feedback_entries") == 0
    assert _count(data_dir, "phase_timers") == 0
    assert _count(data_dir, "workshop_runs") == 1  # kept, pointing at no phase now


def test_several_cards_change_in_one_transaction_or_not_at_all(
    library: Library, phase_id: int, cards: list[Card]
) -> None:
    before = [(card.text, card.colour) for card in library.cards.list(phase_id)]
    with pytest.raises(InvalidValueError):
        library.cards.update_many(
            [(cards[0].id, {"colour": "gruen"}), (cards[1].id, {"colour": "<b>rot</b>"})]
        )
    with pytest.raises(NotFoundError):
        library.cards.delete_many([cards[0].id, cards[2].id, 987654])
    assert [(card.text, card.colour) for card in library.cards.list(phase_id)] == before

    coloured = library.cards.update_many(
        [(cards[0].id, {"colour": "gruen"}), (cards[2].id, {"colour": "rosa"})]
    )
    assert [card.colour for card in coloured] == ["gruen", "rosa"]
    texts = _texts(library, phase_id)
    library.cards.delete_many([cards[0].id, cards[2].id])
    assert _texts(library, phase_id) == [t for i, t in enumerate(texts) if i not in (0, 2)]
    with pytest.raises(NotFoundError):
        library.cards.restore_many([cards[2].id, 987654])
    assert len(_texts(library, phase_id)) == len(texts) - 2
    # The reverse order of the delete puts each card back among its old neighbours.
    restored = library.cards.restore_many([cards[2].id, cards[0].id])
    assert [card.id for card in restored] == [cards[2].id, cards[0].id]
    assert _texts(library, phase_id) == texts
