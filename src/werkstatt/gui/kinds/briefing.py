"""Briefing: welcome, rules, principles — formatted text shown large on the projector.

The text is the phase's participant text (``question``); see briefing_text for how its
lines become headings, bullets and numbered steps. The projector sets it as large as
fits its screen (from the theme's question size down to, at the very least, its small
size); the moderator sees the same text, read-only, with a note that the hall sees it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget

from werkstatt.core.records import Phase
from werkstatt.gui.kinds import register
from werkstatt.gui.kinds.base import PresenterTheme, RunContext
from werkstatt.gui.kinds.briefing_text import BriefingStyle, briefing_html, parse_briefing
from werkstatt.gui.kinds.text_fit import font_px
from werkstatt.methods.model import PhaseKind

# A short briefing (one question, three steps) may be set larger than a phase question.
_LARGEST = 1.25


def briefing_document(text: str, px: int, foreground: str, accent: str) -> QTextDocument:
    """The briefing as a document at ``px``; long words break where they must."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font_px(px))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setHtml(briefing_html(parse_briefing(text), BriefingStyle(px, foreground, accent)))
    return document


class BriefingPresenter(QWidget):
    """The briefing for the hall, as large as fits, high contrast, nothing clipped."""

    def __init__(self, phase: Phase, theme: PresenterTheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefing_presenter")
        self._text = phase.question
        self._theme = theme
        self._document: QTextDocument | None = None
        self._laid_out_for: QSize | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.background))
        self.setPalette(palette)
        self.setAccessibleName(phase.title)
        self.setAccessibleDescription(phase.question)

    def _build(self, px: int) -> QTextDocument:
        document = briefing_document(self._text, px, self._theme.foreground, self._theme.accent)
        document.setTextWidth(max(1, self.width()))
        return document

    def _fits(self, document: QTextDocument) -> bool:
        size = document.size()
        return size.height() <= self.height() and document.idealWidth() <= self.width() + 0.5

    def document(self) -> QTextDocument:
        """The laid-out text: the largest size from the theme's question size down that
        fits the widget; at the theme's small size if even that does not fit."""
        if self._document is None or self._laid_out_for != self.size():
            low = self._theme.small_px
            high = max(low, round(self._theme.question_px * _LARGEST))
            best = self._build(low)
            if self._fits(best):
                while low < high:
                    middle = (low + high + 1) // 2
                    candidate = self._build(middle)
                    if self._fits(candidate):
                        low, best = middle, candidate
                    else:
                        high = middle - 1
            self._document = best
            self._laid_out_for = self.size()
        return self._document

    def fitted_px(self) -> int:
        return self.document().defaultFont().pixelSize()

    def fits(self) -> bool:
        return self._fits(self.document())

    def _top(self, document: QTextDocument) -> float:
        # A short text sits a little above the middle, where the eye expects it.
        spare = self.height() - document.size().height()
        return max(0.0, spare * 0.4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._document = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        document = self.document()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(QPointF(0, self._top(document)))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, QColor(self._theme.foreground))
        context.clip = QRectF(0, 0, self.width(), self.height())
        document.documentLayout().draw(painter, context)
        painter.end()


class BriefingWidget(QWidget):
    """The moderator's view of a briefing: the text as the hall reads it, read-only."""

    def __init__(self, phase: Phase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefing_widget")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if phase.question.strip():
            hint = self.tr("The projector shows this text. To change it, edit the plan.")
        else:
            hint = self.tr(
                "This briefing has no text yet: write it as the participant question in the plan."
            )
        self.hint_label = QLabel(hint)
        self.hint_label.setObjectName("briefing_hint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.hint_label)
        self.text_view = QTextBrowser(self)
        self.text_view.setObjectName("briefing_text")
        self.text_view.setReadOnly(True)
        self.text_view.setOpenLinks(False)
        self.text_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # Dark like the projector, so the moderator sees what the hall sees.
        theme = PresenterTheme()
        self.text_view.setStyleSheet(
            f"QTextBrowser {{ background: {theme.background}; border-radius: 6px; padding: 14px; }}"
        )
        px = max(16, round(self.font().pointSizeF() * 1.6 * 96 / 72))
        document = briefing_document(phase.question, px, theme.foreground, theme.accent)
        document.setParent(self.text_view)
        document.setDocumentMargin(4)
        self.text_view.setDocument(document)
        self.text_view.setVisible(bool(phase.question.strip()))
        layout.addWidget(self.text_view, 1)

    def shown_text(self) -> str:
        return self.text_view.toPlainText()


class BriefingUI:
    presenter_shows_question = True

    def moderator_widget(self, context: RunContext, phase: Phase, parent: QWidget) -> QWidget:
        return BriefingWidget(phase, parent)

    def presenter_widget(
        self, context: RunContext, phase: Phase, theme: PresenterTheme, parent: QWidget
    ) -> QWidget | None:
        return BriefingPresenter(phase, theme, parent)


register(PhaseKind.BRIEFING, BriefingUI())
