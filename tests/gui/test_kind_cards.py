"""Card collection (Kartenabfrage), driven like a moderator does it: by keyboard.

Asserts on what the store holds and on what the widgets show.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import fields
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from werkstatt.core.records import Phase, WorkshopDraft
from werkstatt.gui.kinds import PresenterTheme, RunContext, kind_ui
from werkstatt.gui.kinds.card_wall import WallItem, plan_wall
from werkstatt.gui.kinds.cards import CardsPresenter, CardStore, CardsWidget
from werkstatt.gui.kinds.entry_commands import (
    AddEntryCommand,
    DeleteEntriesCommand,
    UpdateEntriesCommand,
)
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.library import Library

CRITIQUE = [
    "Zu wenig Sitzbänke am Marktplatz",
    "Busverbindung nach 20 Uhr fehlt",
    "Radweg in der Bahnhofstraße endet im Nichts",
    "Kein Treffpunkt für Jugendliche",
    "Spielplatz am Lindenweg verwahrlost",
    "Mülleimer quellen am Wochenende über",
    "Gehwege im Winter nicht geräumt",
    "Ampel Schulstraße: Grünphase zu kurz für Ältere",
    "Quartiersentwicklungskonzept liegt in der Schublade",
    "Zu wenig Kitaplätze im Stadtteil",
    "Bücherei schließt schon um 18 Uhr",
    "Keine öffentliche Toilette im Stadtpark",
    "Gençler için buluşma yeri yok",
    "لا توجد إضاءة كافية في الحديقة",
    "Lieferverkehr parkt auf dem Radweg",
    "Hausärztin geht in Rente, keine Nachfolge",
    "Straßenbeleuchtung Am Anger fällt oft aus",
    "Zu wenig Grün in der Innenstadt",
    "Bürgerbüro nur vormittags geöffnet",
    "Wohnungen für Familien zu teuer",
    "Kein WLAN im Bürgerhaus",
    "Hundekot auf den Gehwegen",
    "Schulweg ohne Zebrastreifen",
    "Çocuk parkında gölge yok",
    "Parkende Autos versperren die Sicht an der Kreuzung",
    "Zu laut am Bahnhofsvorplatz nachts",
    "Wochenmarkt zu klein geworden",
    "Ärztehaus nicht barrierefrei",
    "Sportplatz abends abgeschlossen",
    "Kaum Angebote für Seniorinnen und Senioren",
]


@pytest.fixture
def phases(library: Library) -> dict[str, Phase]:
    workshop = library.create_workshop(
        WorkshopDraft(title="Zukunftswerkstatt Ortsmitte Großbeeren", method="zukunftswerkstatt"),
        [
            PhaseDraft(
                PhaseKind.CARDS,
                "Kritikphase: Was stört uns?",
                question="Was ärgert Sie, was fehlt Ihnen?",
                settings={"max_chars": 80, "allow_author": False},
            ),
            PhaseDraft(
                PhaseKind.CARDS,
                "Ideen mit Namen",
                question="Was wünschen Sie sich?",
                settings={"max_chars": 40, "allow_author": True},
            ),
        ],
    )
    critique, named = library.list_phases(workshop.id)
    return {"critique": critique, "named": named}


@pytest.fixture
def context(library: Library, phases: dict[str, Phase], qapp: QApplication) -> Iterator[RunContext]:
    stack = QUndoStack()
    run = RunContext(library, phases["critique"].workshop_id, stack, "de")
    yield run
    stack.clear()


@pytest.fixture
def open_cards(qtbot: Any, context: RunContext) -> Callable[[Phase], CardsWidget]:
    """The moderator's cards widget for a phase, in an active window (shortcuts work)."""
    windows: list[QWidget] = []  # kept alive until the test ends

    def open_(phase: Phase) -> CardsWidget:
        window = QWidget()
        windows.append(window)
        qtbot.addWidget(window)
        layout = QVBoxLayout(window)
        ui = kind_ui(PhaseKind.CARDS)
        assert ui is not None
        widget = ui.moderator_widget(context, phase, window)
        assert isinstance(widget, CardsWidget)
        layout.addWidget(widget)
        window.resize(1100, 700)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.waitUntil(widget.entry.hasFocus)
        return widget

    return open_


def enter_card(
    qtbot: Any, type_text: Callable[[Any, str], None], widget: CardsWidget, text: str
) -> None:
    type_text(widget.entry, text)
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)


def texts(library: Library, phase: Phase) -> list[str]:
    return [card.text for card in library.cards.list(phase.id)]


def test_the_kinds_are_registered() -> None:
    cards, briefing, feedback = (
        kind_ui(PhaseKind.CARDS),
        kind_ui(PhaseKind.BRIEFING),
        kind_ui(PhaseKind.FEEDBACK),
    )
    assert cards is not None and cards.presenter_shows_question is False
    assert briefing is not None and briefing.presenter_shows_question is True
    assert feedback is not None and feedback.presenter_shows_question is False


def test_thirty_cards_typed_by_keyboard_are_stored_and_shown(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    open_cards: Callable[[Phase], CardsWidget],
    library: Library,
    phases: dict[str, Phase],
) -> None:
    critique = phases["critique"]
    widget = open_cards(critique)

    for text in CRITIQUE:
        enter_card(qtbot, type_text, widget, text)

    assert texts(library, critique) == CRITIQUE
    assert widget.model.rowCount() == 30
    assert [widget.model.record(row).text for row in range(30)] == CRITIQUE
    assert widget.count_label.text() == "30 cards"
    assert widget.entry.text() == ""
    assert widget.entry.hasFocus()  # the next card can be typed at once
    # the newest card is in view
    newest = widget.wall.visualRect(widget.model.index(29))
    assert widget.wall.viewport().rect().intersects(newest)


def test_enter_on_an_empty_line_adds_nothing(
    qtbot: Any,
    open_cards: Callable[[Phase], CardsWidget],
    library: Library,
    phases: dict[str, Phase],
) -> None:
    widget = open_cards(phases["critique"])
    qtbot.keyClicks(widget.entry, "   ")
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)

    assert library.cards.count(phases["critique"].id) == 0
    assert widget.count_label.text() == "0 cards"


def test_a_card_is_edited_in_place_with_f2(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    open_cards: Callable[[Phase], CardsWidget],
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
) -> None:
    critique = phases["critique"]
    widget = open_cards(critique)
    for text in CRITIQUE[:5]:
        enter_card(qtbot, type_text, widget, text)

    qtbot.keyClick(widget.entry, Qt.Key.Key_Up)  # to the wall, on the newest card
    assert widget.wall.hasFocus()
    qtbot.keyClick(widget.wall, Qt.Key.Key_Home)
    qtbot.keyClick(widget.wall, Qt.Key.Key_Right)  # the second card
    assert widget.current_card() is not None
    assert widget.current_card().text == "Busverbindung nach 20 Uhr fehlt"  # type: ignore[union-attr]
    qtbot.keyClick(widget.wall, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Busverbindung nach 20 Uhr fehlt"
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, "Keine Busverbindung nach 20 Uhr – auch nicht am Wochenende")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    edited = "Keine Busverbindung nach 20 Uhr – auch nicht am Wochenende"
    # the item delegate commits the editor's text on its next turn of the event loop
    qtbot.waitUntil(lambda: texts(library, critique)[1] == edited)
    assert widget.model.record(1).text == edited

    context.undo_stack.undo()
    assert texts(library, critique)[1] == "Busverbindung nach 20 Uhr fehlt"
    assert widget.model.record(1).text == "Busverbindung nach 20 Uhr fehlt"


def test_f2_in_the_entry_edits_the_newest_card(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    open_cards: Callable[[Phase], CardsWidget],
    library: Library,
    phases: dict[str, Phase],
) -> None:
    widget = open_cards(phases["critique"])
    enter_card(qtbot, type_text, widget, "Zu wenig Sitzbänke am Marktplazt")

    qtbot.keyClick(widget.entry, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor is not widget.entry
    editor.setText("Zu wenig Sitzbänke am Marktplatz")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    critique = phases["critique"]
    qtbot.waitUntil(lambda: texts(library, critique) == ["Zu wenig Sitzbänke am Marktplatz"])


def test_two_cards_deleted_with_del_come_back_with_undo_and_go_with_redo(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    open_cards: Callable[[Phase], CardsWidget],
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
) -> None:
    critique = phases["critique"]
    widget = open_cards(critique)
    for text in CRITIQUE[:8]:
        enter_card(qtbot, type_text, widget, text)

    qtbot.keyClick(widget.entry, Qt.Key.Key_Down)
    qtbot.keyClick(widget.wall, Qt.Key.Key_Home)
    qtbot.keyClick(widget.wall, Qt.Key.Key_Right)
    qtbot.keyClick(widget.wall, Qt.Key.Key_Right)  # the third card
    qtbot.keyClick(widget.wall, Qt.Key.Key_Delete)
    assert widget.current_card() is not None
    assert widget.current_card().text == CRITIQUE[3]  # type: ignore[union-attr]
    qtbot.keyClick(widget.wall, Qt.Key.Key_End)  # the last card
    qtbot.keyClick(widget.wall, Qt.Key.Key_Delete)

    remaining = [CRITIQUE[n] for n in (0, 1, 3, 4, 5, 6)]
    assert texts(library, critique) == remaining
    assert widget.count_label.text() == "6 cards"
    assert [widget.model.record(row).text for row in range(6)] == remaining

    # back in the entry, Ctrl+Z undoes the deletions one by one
    qtbot.keyClick(widget.wall, Qt.Key.Key_Escape)
    assert widget.entry.hasFocus()
    qtbot.keyClick(widget.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(library, critique) == [*remaining, CRITIQUE[7]]
    qtbot.keyClick(widget.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(library, critique) == CRITIQUE[:8]  # at its old place
    assert [widget.model.record(row).text for row in range(8)] == CRITIQUE[:8]
    assert widget.count_label.text() == "8 cards"

    context.undo_stack.redo()
    context.undo_stack.redo()
    assert texts(library, critique) == remaining
    assert widget.model.rowCount() == 6


def test_ctrl_z_in_the_entry_undoes_typing_first_then_the_last_card(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    open_cards: Callable[[Phase], CardsWidget],
    library: Library,
    phases: dict[str, Phase],
) -> None:
    critique = phases["critique"]
    widget = open_cards(critique)
    enter_card(qtbot, type_text, widget, "Kein WLAN im Bürgerhaus")
    card_id = library.cards.list(critique.id)[0].id

    qtbot.keyClicks(widget.entry, "Hundekot")
    qtbot.keyClick(widget.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert widget.entry.text() == ""  # the typing went, the card stays
    assert texts(library, critique) == ["Kein WLAN im Bürgerhaus"]

    qtbot.keyClick(widget.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(library, critique) == []
    assert widget.model.rowCount() == 0

    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget.entry, Qt.Key.Key_Z, redo)
    assert [card.id for card in library.cards.list(critique.id)] == [card_id]  # the very card
    assert widget.count_label.text() == "1 card"


def test_colours_by_key_on_the_wall_and_for_the_next_cards(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    open_cards: Callable[[Phase], CardsWidget],
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
) -> None:
    critique = phases["critique"]
    widget = open_cards(critique)
    for text in CRITIQUE[:3]:
        enter_card(qtbot, type_text, widget, text)

    qtbot.keyClick(widget.entry, Qt.Key.Key_Up)
    qtbot.keyClick(widget.wall, Qt.Key.Key_Home)
    qtbot.keyClick(widget.wall, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert [card.colour for card in library.cards.list(critique.id)] == ["green", "", ""]

    context.undo_stack.undo()
    assert [card.colour for card in library.cards.list(critique.id)] == ["", "", ""]

    qtbot.keyClick(widget.wall, Qt.Key.Key_Escape)
    qtbot.keyClick(widget.entry, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert widget.colour_buttons.checkedId() == 1
    enter_card(qtbot, type_text, widget, "Wochenmarkt zu klein geworden")
    enter_card(qtbot, type_text, widget, "Ärztehaus nicht barrierefrei")
    assert [card.colour for card in library.cards.list(critique.id)] == ["", "", "", "blue", "blue"]
    assert widget.entry.text() == ""  # Ctrl+2 typed no "2"


def test_counter_shows_the_length_and_warns_beyond_max_chars(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    open_cards: Callable[[Phase], CardsWidget],
    library: Library,
    phases: dict[str, Phase],
) -> None:
    named = phases["named"]  # max_chars 40
    widget = open_cards(named)
    type_text(widget.entry, "Begegnungsstätte")
    assert widget.chars_label.text() == "16 / 40"
    assert "bold" not in widget.chars_label.styleSheet()

    long = " für alle Generationen im Quartier am Anger"
    type_text(widget.entry, long)
    assert widget.chars_label.text() == f"{16 + len(long)} / 40"
    assert "bold" in widget.chars_label.styleSheet()

    # a hint, not a limit: what a participant wrote goes on the wall
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)
    assert texts(library, named) == ["Begegnungsstätte" + long]


def test_a_near_duplicate_is_named_while_typing(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    open_cards: Callable[[Phase], CardsWidget],
    phases: dict[str, Phase],
) -> None:
    widget = open_cards(phases["critique"])
    for text in CRITIQUE[:12]:
        enter_card(qtbot, type_text, widget, text)
    assert widget.similar_label.text() == ""

    type_text(widget.entry, "Zu wenige Sitzbänke auf dem Marktplatz")
    assert widget.similar_label.text() == "Similar: “Zu wenig Sitzbänke am Marktplatz” (#1)"

    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)  # the moderator adds it anyway
    assert widget.similar_label.text() == ""
    type_text(widget.entry, "Öffentliche Toiletten im Stadtpark fehlen")
    assert "Keine öffentliche Toilette im Stadtpark" in widget.similar_label.text()
    widget.entry.clear()
    type_text(widget.entry, "Kein Schwimmbad in erreichbarer Nähe")
    assert widget.similar_label.text() == ""


def test_the_author_field_is_absent_unless_the_phase_allows_it(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    open_cards: Callable[[Phase], CardsWidget],
    library: Library,
    phases: dict[str, Phase],
) -> None:
    anonymous = open_cards(phases["critique"])
    assert anonymous.author_edit is None
    assert anonymous.findChild(QLineEdit, "author_edit") is None

    named = open_cards(phases["named"])
    assert named.author_edit is not None and named.author_edit.isVisible()
    personal = named.findChild(QWidget, "personal_data_label")
    assert personal is not None and "Personal data" in personal.text()  # type: ignore[attr-defined]

    type_text(named.entry, "Generationengarten")
    qtbot.keyClick(named.entry, Qt.Key.Key_Tab)
    assert named.author_edit.hasFocus()
    type_text(named.author_edit, "Ayşe Yılmaz")
    qtbot.keyClick(named.author_edit, Qt.Key.Key_Return)

    [card] = library.cards.list(phases["named"].id)
    assert (card.text, card.author) == ("Generationengarten", "Ayşe Yılmaz")
    assert named.author_edit.text() == ""


def test_a_refused_card_is_reported_and_not_on_the_undo_stack(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    open_cards: Callable[[Phase], CardsWidget],
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
    answers: Any,
) -> None:
    widget = open_cards(phases["critique"])
    library.remove_phase(phases["critique"].id)  # e.g. removed in the plan meanwhile

    enter_card(qtbot, type_text, widget, "Zu wenig Sitzbänke am Marktplatz")

    assert answers.names() == ["show_error", "show_error"]  # the add, then the reload
    assert context.undo_stack.count() == 0
    assert widget.entry.text() == "Zu wenig Sitzbänke am Marktplatz"  # nothing typed is lost


# -- the projector --------------------------------------------------------------------


@pytest.fixture
def presenter(
    qtbot: Any, context: RunContext, phases: dict[str, Phase]
) -> Iterator[CardsPresenter]:
    theme = PresenterTheme(1080)
    ui = kind_ui(PhaseKind.CARDS)
    assert ui is not None
    host = QWidget()
    qtbot.addWidget(host)
    widget = ui.presenter_widget(context, phases["named"], theme, host)
    assert isinstance(widget, CardsPresenter)
    widget.resize(1824, 760)
    host.show()
    yield widget  # the host lives until the test ends


def test_the_projector_shows_new_cards_after_notify_and_never_authors(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    open_cards: Callable[[Phase], CardsWidget],
    presenter: CardsPresenter,
    phases: dict[str, Phase],
) -> None:
    assert presenter.shown_items() == []
    widget = open_cards(phases["named"])

    type_text(widget.entry, "Generationengarten")
    widget.author_edit.setText("Przemysław Wójcik")  # type: ignore[union-attr]
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)
    qtbot.keyClick(widget.entry, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    type_text(widget.entry, "Trinkbrunnen am Markt")
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: len(presenter.shown_items()) == 2)
    assert presenter.shown_items() == [
        WallItem("Generationengarten", ""),
        WallItem("Trinkbrunnen am Markt", "green"),
    ]
    # what the projector gets has no place for an author at all
    assert [field.name for field in fields(WallItem)] == ["text", "colour"]

    qtbot.keyClick(widget.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(presenter.shown_items()) == 1)


def test_the_projector_ignores_other_phases(
    qtbot: Any,
    presenter: CardsPresenter,
    context: RunContext,
    library: Library,
    phases: dict[str, Phase],
) -> None:
    library.cards.add(phases["critique"].id, "Kein WLAN im Bürgerhaus")
    context.notify(phases["critique"].id)
    assert not presenter.pending()
    assert presenter.shown_items() == []


def test_the_projector_font_fits_the_number_of_cards(
    presenter: CardsPresenter, context: RunContext, library: Library, phases: dict[str, Phase]
) -> None:
    theme = PresenterTheme(1080)
    phase = phases["named"]
    for text in CRITIQUE[:3]:
        library.cards.add(phase.id, text)
    presenter.reload()
    few = presenter.plan()
    assert few is not None and few.more == 0 and few.px > theme.small_px

    for number in range(60):
        library.cards.add(phase.id, f"{CRITIQUE[number % 30]} ({number})")
    presenter.reload()
    many = presenter.plan()
    assert many is not None
    assert theme.small_px <= many.px < few.px


def test_beyond_what_fits_the_projector_shows_the_newest_and_how_many_more() -> None:
    theme = PresenterTheme(1080)
    texts_ = [f"{CRITIQUE[n % 30]} ({n})" for n in range(2000)]

    plan = plan_wall(texts_, 1824, 760, max_px=theme.body_px, min_px=theme.small_px)

    assert plan is not None
    assert plan.px == theme.small_px
    assert plan.more > 1900 and plan.first == plan.more  # the newest are the ones shown
    shown = 2000 - plan.first
    rows = -(-shown // plan.columns)
    assert plan.more_height + rows * plan.tile_height + (rows - 1) * plan.gap <= 760


def test_the_more_line_counts_the_cards_left_out(
    presenter: CardsPresenter, library: Library, phases: dict[str, Phase]
) -> None:
    for number in range(300):
        library.cards.add(phases["named"].id, f"Karte {number}")
    presenter.reload()

    more = presenter.more_count()
    assert more > 0
    assert presenter.more_line() == f"Earlier cards: +{more}"
    assert presenter.shown_items()[-1] == WallItem("Karte 299", "")


def _push(context: RunContext, command: Any) -> None:
    """As the moderator's widget runs a command: applied, then on the undo stack."""
    command.apply()
    context.undo_stack.push(command)


@pytest.fixture
def store_reads(monkeypatch: pytest.MonkeyPatch, library: Library) -> list[str]:
    """The calls with which the projector reads cards from the store, as they happen."""
    calls: list[str] = []
    for name in ("list", "newest", "count"):
        original = getattr(library.cards, name)

        def counted(*args: Any, _name: str = name, _original: Any = original) -> Any:
            calls.append(_name)
            return _original(*args)

        monkeypatch.setattr(library.cards, name, counted)
    return calls


def test_the_wall_follows_add_edit_delete_and_undo_without_reading_the_store(
    qtbot: Any,
    presenter: CardsPresenter,
    context: RunContext,
    library: Library,
    phases: dict[str, Phase],
    store_reads: list[str],
) -> None:
    store = CardStore(library.cards, phases["named"].id)
    for text in CRITIQUE[:3]:
        values = {"text": text, "colour": "blue", "author": "Ayşe Yılmaz"}
        _push(context, AddEntryCommand(context, store, f"Add {text}", values))
    qtbot.waitUntil(lambda: not presenter.pending())
    assert presenter.shown_items() == [WallItem(text, "blue") for text in CRITIQUE[:3]]

    first, second, third = library.cards.list(phases["named"].id)
    store_reads.clear()
    edited = "Quartiersentwicklungskonzept: Sitzbänke am Marktplatz"
    _push(
        context,
        UpdateEntriesCommand(
            context, store, "Edit", [(first.id, {"text": first.text}, {"text": edited})]
        ),
    )
    _push(context, DeleteEntriesCommand(context, store, "Delete", [second.id]))
    qtbot.waitUntil(lambda: not presenter.pending())
    assert presenter.shown_items() == [WallItem(edited, "blue"), WallItem(third.text, "blue")]

    context.undo_stack.undo()  # the deletion: the card comes back in the middle
    context.undo_stack.undo()  # the edit
    qtbot.waitUntil(lambda: not presenter.pending())
    assert presenter.shown_items() == [WallItem(text, "blue") for text in CRITIQUE[:3]]
    context.undo_stack.undo()  # the newest card goes
    qtbot.waitUntil(lambda: not presenter.pending())
    assert presenter.shown_items() == [WallItem(text, "blue") for text in CRITIQUE[:2]]
    # only the card restored in the middle needed a read, and no read of every card
    assert store_reads == ["count", "newest"]


def test_with_thousands_of_cards_the_wall_reads_only_the_newest_and_shows_the_same(
    qtbot: Any,
    presenter: CardsPresenter,
    context: RunContext,
    library: Library,
    phases: dict[str, Phase],
    store_reads: list[str],
) -> None:
    theme = PresenterTheme(1080)
    phase = phases["named"]
    for number in range(1200):
        library.cards.add(phase.id, f"{CRITIQUE[number % 30]} ({number})")
    presenter.reload()
    assert "list" not in store_reads

    def as_with_every_card() -> None:
        everything = library.cards.list(phase.id)
        margin = presenter._frame_margin()
        plan = plan_wall(
            [card.text for card in everything],
            presenter.width() - 2 * margin,
            presenter.height() - 2 * margin,
            max_px=round(theme.body_px * 1.2),
            min_px=theme.small_px,
        )
        assert plan is not None and plan.more > 1000
        assert presenter.more_count() == plan.more
        assert presenter.shown_items() == [
            WallItem(card.text, card.colour) for card in everything[plan.first :]
        ]

    as_with_every_card()
    store = CardStore(library.cards, phase.id)
    _push(context, AddEntryCommand(context, store, "Add", {"text": "Kein WLAN im Bürgerhaus"}))
    qtbot.waitUntil(lambda: not presenter.pending())
    assert presenter.shown_items()[-1] == WallItem("Kein WLAN im Bürgerhaus", "")
    as_with_every_card()

    # deleting the newest cards one by one brings older ones up into view
    newest = library.cards.newest(phase.id, 60)
    for card in reversed(newest):
        _push(context, DeleteEntriesCommand(context, store, "Delete", [card.id]))
    qtbot.waitUntil(lambda: not presenter.pending())
    as_with_every_card()
    for _ in newest:
        context.undo_stack.undo()
    qtbot.waitUntil(lambda: not presenter.pending())
    as_with_every_card()


def _close_widget(qtbot: Any, widget: QWidget) -> None:
    """As the run view does when the phase changes: the widget goes for good."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.window().close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(widget)


def test_undo_and_redo_reach_cards_of_a_phase_already_left(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    library: Library,
    context: RunContext,
    phases: dict[str, Phase],
    open_cards: Callable[[Phase], CardsWidget],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    raised: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _type, exc, _tb: raised.append(exc))
    critique = phases["critique"]
    widget = open_cards(critique)
    for text in CRITIQUE[:3]:
        enter_card(qtbot, type_text, widget, text)
    _close_widget(qtbot, widget)  # on to the next phase

    context.undo_stack.undo()
    assert raised == []
    assert [card.text for card in library.cards.list(critique.id)] == CRITIQUE[:2]
    assert open_cards(critique).model.rowCount() == 2

    context.undo_stack.redo()
    assert raised == []
    assert [card.text for card in library.cards.list(critique.id)] == CRITIQUE[:3]
    back = open_cards(critique)
    assert [back.model.record(row).text for row in range(3)] == CRITIQUE[:3]
    # and a widget open meanwhile follows an undo from elsewhere at once
    context.undo_stack.undo()
    assert back.model.rowCount() == 2 and back.count_label.text().startswith("2 ")


def test_a_half_typed_card_waits_for_the_phase_to_come_back(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    library: Library,
    phases: dict[str, Phase],
    open_cards: Callable[[Phase], CardsWidget],
) -> None:
    critique = phases["critique"]
    widget = open_cards(critique)
    enter_card(qtbot, type_text, widget, CRITIQUE[0])
    type_text(widget.entry, "Halb getippte Überlegung zur Straßenbahn")
    _close_widget(qtbot, widget)
    assert open_cards(phases["named"]).entry.text() == ""  # each phase its own draft

    back = open_cards(critique)
    assert back.entry.text() == "Halb getippte Überlegung zur Straßenbahn"
    qtbot.keyClick(back.entry, Qt.Key.Key_Return)
    assert [card.text for card in library.cards.list(critique.id)][-1].startswith("Halb")
    _close_widget(qtbot, back)
    assert open_cards(critique).entry.text() == ""  # sent: no draft left


def test_one_long_compound_word_does_not_shrink_the_whole_wall(qapp: QApplication) -> None:
    theme = PresenterTheme(1080)
    texts = [*CRITIQUE[:16], "Quartiersentwicklungskonzeptfortschreibung stockt"]
    sizes = {"max_px": round(theme.body_px * 1.2), "min_px": theme.small_px}
    without = plan_wall(CRITIQUE[:16], 1824, 700, **sizes)
    with_word = plan_wall(texts, 1824, 700, **sizes)
    assert without is not None and with_word is not None
    assert with_word.more == 0
    # broken (hyphenated) inside rather than every card at the smallest size
    assert with_word.px > theme.small_px
    assert with_word.px >= 0.75 * without.px


def test_the_newest_cards_frame_is_not_cut_at_the_edge(qtbot: Any) -> None:
    from PySide6.QtGui import QColor

    from werkstatt.gui.kinds.card_wall import CardWall

    theme = PresenterTheme(768)
    wall = CardWall(theme)
    qtbot.addWidget(wall)
    wall.resize(1024, 420)
    # more cards than fit: the newest sits in the last column, at the right edge
    wall.set_items([WallItem(text) for text in CRITIQUE * 2])
    wall.show()
    qtbot.waitExposed(wall)
    plan = wall.plan()
    assert plan is not None and plan.more > 0
    image = wall.grab().toImage()
    accent = QColor(theme.accent)
    right = image.width() - 1
    edge = [image.pixelColor(right, y) for y in range(image.height())]
    assert not any(
        abs(c.red() - accent.red())
        + abs(c.green() - accent.green())
        + abs(c.blue() - accent.blue())
        < 30
        for c in edge
    )
