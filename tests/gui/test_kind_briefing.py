"""Briefing: the templates' rules and welcomes, large on the projector, never clipped."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from werkstatt.core.records import Phase, WorkshopDraft
from werkstatt.gui.kinds import PresenterTheme, RunContext, kind_ui
from werkstatt.gui.kinds.briefing import BriefingPresenter, BriefingWidget
from werkstatt.gui.kinds.briefing_text import Block, BlockKind, parse_briefing
from werkstatt.methods import load_templates
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.resources import resource_path
from werkstatt.store.library import Library

OPEN_SPACE_PRINCIPLES = "grundsaetze"

# What the projector window leaves for a kind's widget below the phase title: the
# screen less the theme's margins and a title line.
SCREENS = [(1920, 1080), (1024, 768)]


def briefings(language: str) -> list[tuple[str, PhaseDraft]]:
    found = []
    for template in load_templates(resource_path("methods"), language):
        for draft in template.drafts(language):
            if draft.kind is PhaseKind.BRIEFING:
                found.append((f"{template.key}/{draft.key}", draft))
    return found


@pytest.fixture
def context(library: Library, qapp: QApplication) -> Iterator[RunContext]:
    stack = QUndoStack()
    yield RunContext(library, 0, stack, "de")
    stack.clear()


def as_phase(library: Library, draft: PhaseDraft) -> Phase:
    workshop = library.create_workshop(
        WorkshopDraft(title="Open Space Quartier Südstadt", method="open_space"), [draft]
    )
    return library.list_phases(workshop.id)[0]


def presenter_on(
    qtbot: Any, context: RunContext, phase: Phase, screen: tuple[int, int]
) -> tuple[BriefingPresenter, QWidget]:
    width, height = screen
    theme = PresenterTheme(height)
    ui = kind_ui(PhaseKind.BRIEFING)
    assert ui is not None
    host = QWidget()
    qtbot.addWidget(host)
    widget = ui.presenter_widget(context, phase, theme, host)
    assert isinstance(widget, BriefingPresenter)
    title_line = round(theme.title_px * 1.5)
    widget.resize(width - 2 * theme.margin_px, height - 2 * theme.margin_px - title_line)
    host.show()
    return widget, host


@pytest.mark.parametrize("screen", SCREENS, ids=["1080p", "1024x768"])
@pytest.mark.parametrize("language", ["de", "en"])
def test_every_template_briefing_fits_the_projector_without_clipping(
    qtbot: Any, context: RunContext, library: Library, language: str, screen: tuple[int, int]
) -> None:
    theme = PresenterTheme(screen[1])
    checked = []
    for name, draft in briefings(language):
        phase = as_phase(library, draft)
        widget, _host = presenter_on(qtbot, context, phase, screen)
        document = widget.document()

        assert widget.fits(), f"{name} is clipped at {screen}"
        assert document.size().height() <= widget.height()
        assert document.idealWidth() <= widget.width()
        assert widget.fitted_px() >= theme.small_px, name
        checked.append(name)
    assert f"open_space/{OPEN_SPACE_PRINCIPLES}" in checked
    assert "zukunftswerkstatt/regeln" in checked


def test_the_open_space_principles_are_large_on_a_1080p_projector(
    qtbot: Any, context: RunContext, library: Library
) -> None:
    draft = dict(briefings("de"))[f"open_space/{OPEN_SPACE_PRINCIPLES}"]
    widget, _host = presenter_on(qtbot, context, as_phase(library, draft), (1920, 1080))

    # readable from the back of the hall: at least the theme's body size
    assert widget.fitted_px() >= PresenterTheme(1080).body_px
    text = widget.document().toPlainText()
    assert "Gesetz der zwei Füße" in text and "Schmetterlinge" in text


def test_a_long_compound_word_wraps_instead_of_running_off(
    qtbot: Any, context: RunContext, library: Library
) -> None:
    word = "Quartiersentwicklungskonzeptfortschreibungsverfahren"
    draft = PhaseDraft(PhaseKind.BRIEFING, "Hinweis", question=f"Heute: das {word}")
    widget, _host = presenter_on(qtbot, context, as_phase(library, draft), (1024, 768))
    widget.resize(400, 500)

    assert widget.fits()
    assert widget.document().idealWidth() <= 400
    assert widget.fitted_px() >= PresenterTheme(768).small_px


def test_the_moderator_sees_the_text_read_only_with_a_hint(
    qtbot: Any, context: RunContext, library: Library
) -> None:
    draft = dict(briefings("de"))["zukunftswerkstatt/regeln"]
    phase = as_phase(library, draft)
    ui = kind_ui(PhaseKind.BRIEFING)
    assert ui is not None
    host = QWidget()
    qtbot.addWidget(host)
    widget = ui.moderator_widget(context, phase, host)
    assert isinstance(widget, BriefingWidget)

    assert widget.text_view.isReadOnly()
    assert "Eine Idee pro Karte, groß und gut lesbar." in widget.shown_text()
    assert "projector" in widget.hint_label.text()


def test_an_empty_briefing_says_where_its_text_comes_from(
    qtbot: Any, context: RunContext, library: Library
) -> None:
    phase = as_phase(library, PhaseDraft(PhaseKind.BRIEFING, "Begrüßung"))
    widget = BriefingWidget(phase)
    qtbot.addWidget(widget)

    assert "no text" in widget.hint_label.text()
    assert not widget.text_view.isVisibleTo(widget)


def test_plain_lines_of_rules_become_bullets() -> None:
    blocks = parse_briefing(
        "Alle schreiben – jede Stimme zählt gleich viel.\n"
        "Eine Idee pro Karte, groß und gut lesbar.\n"
        "Gesetz der zwei Füße: Gehen Sie dorthin, wo es Ihnen gelingt."
    )

    assert [b.kind for b in blocks] == [BlockKind.BULLET] * 3
    assert blocks[2] == Block(
        BlockKind.BULLET, "Gehen Sie dorthin, wo es Ihnen gelingt.", lead="Gesetz der zwei Füße:"
    )


def test_a_welcome_with_numbered_steps() -> None:
    blocks = parse_briefing(
        "Herzlich willkommen zur Zukunftswerkstatt!\n"
        "Wir gehen heute Abend in drei Schritten vor:\n"
        "1. Kritikphase – Was stört uns?\n"
        "2. Phantasiephase – Was wäre, wenn alles möglich wäre?"
    )

    assert [b.kind for b in blocks] == [
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
        BlockKind.NUMBER,
        BlockKind.NUMBER,
    ]
    assert (blocks[2].marker, blocks[2].lead, blocks[2].text) == (
        "1.",
        "Kritikphase",
        "– Was stört uns?",
    )


def test_marked_bullets_bold_and_a_single_question() -> None:
    blocks = parse_briefing("Bitte beachten:\n- **Handys** lautlos\n• Pause um 19:30 Uhr")
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH, BlockKind.BULLET, BlockKind.BULLET]
    assert blocks[1].text == "**Handys** lautlos"

    [question] = parse_briefing("Was liegt Ihnen am Herzen?")
    assert question == Block(BlockKind.PARAGRAPH, "Was liegt Ihnen am Herzen?")
