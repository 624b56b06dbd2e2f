"""The news wall (Nachrichtenwand) on the projector: the reports that are in, one at a
time and large: title, convener (on the projector names are shown: the room is among
itself), participants, key points, results, next steps. The reports take turns every few
seconds (the moderator's setting), or the one the moderator chose stays (pinned).

A QTimer looks at the monotonic clock once a second; the turn comes when the report has
been shown long enough, so a late tick never shortens or skips one.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from werkstatt.core.records import Phase
from werkstatt.gui.kinds.base import PresenterTheme, RunContext
from werkstatt.gui.kinds.entry_host import PhaseReloadTimer
from werkstatt.gui.kinds.presenter_fit import best_size, font_sizes, text_height
from werkstatt.gui.kinds.reports.form import field_title
from werkstatt.gui.kinds.reports.news_state import NewsWallState, news_wall_state
from werkstatt.gui.kinds.reports.sessions import Session, read_sessions
from werkstatt.gui.kinds.text_fit import font_px

translate = QCoreApplication.translate

TICK_MS = 1000


def system_monotonic() -> float:
    """The clock the turns follow (a module function: tests put a fake one in)."""
    return time.monotonic()


def _now() -> float:
    # looked up at each call, so that a replaced system_monotonic is used
    return system_monotonic()


class NewsWall(QWidget):
    """The projector's side of a reports phase."""

    def __init__(
        self, context: RunContext, phase: Phase, theme: PresenterTheme, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("news_wall")
        self._context = context
        self._phase = phase
        self._theme = theme
        self._state: NewsWallState = news_wall_state(context)
        self.reports: list[Session] = []
        self.sessions: list[Session] = []
        self.index = 0
        self._since = _now()
        self.font_px = theme.body_px
        self._build()
        self._reload_timer = PhaseReloadTimer(context, phase.id, self.reload, self)
        self._state.changed.connect(self._state_changed)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()
        self.reload()

    def _label(self, name: str, colour: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setStyleSheet(f"color: {colour}; background: transparent;")
        return label

    def _build(self) -> None:
        theme = self._theme
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.margin_px // 4)
        self.place_label = self._label("place_label", theme.muted)
        self.title_label = self._label("title_label", theme.accent)
        self.convener_label = self._label("convener_label", theme.foreground)
        self.participants_label = self._label("participants_label", theme.muted)
        self.sections: dict[str, tuple[QLabel, QLabel]] = {}
        for label in (
            self.place_label,
            self.title_label,
            self.convener_label,
            self.participants_label,
        ):
            layout.addWidget(label)
        for field in ("key_points", "results", "next_steps"):
            heading = self._label(f"{field}_heading", theme.accent)
            heading.setText(field_title(field))
            body = self._label(f"{field}_text", theme.foreground)
            layout.addSpacing(theme.margin_px // 4)
            layout.addWidget(heading)
            layout.addWidget(body)
            self.sections[field] = (heading, body)
        layout.addStretch(1)
        self.empty_label = self._label("empty_hint", theme.muted)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setText(self.tr("The session reports appear here as soon as they are in."))
        self.empty_label.setFont(font_px(theme.body_px))
        layout.addWidget(self.empty_label, 1)
        self.footer = self._label("footer", theme.muted)
        self.footer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.footer.setFont(font_px(theme.small_px))
        layout.addWidget(self.footer)

    # -- which report -----------------------------------------------------------------
    def reload(self) -> None:
        shown = self.shown()
        sessions = read_sessions(self._context, self._phase)
        self.reports = [s for s in sessions if s.report is not None]
        self.sessions = sessions
        if shown is not None:
            ids = [s.proposal_id for s in self.reports]
            if shown.proposal_id in ids:
                self.index = ids.index(shown.proposal_id)  # the same report stays
        if self.index >= len(self.reports):
            self.index = 0
        self._redraw()

    def pinned(self) -> Session | None:
        """The session the moderator keeps on the wall (its report in or not)."""
        pinned = self._state.pinned(self._phase.id)
        if pinned is None:
            return None
        return next((s for s in self.sessions if s.proposal_id == pinned), None)

    def shown(self) -> Session | None:
        pinned = self.pinned()
        if pinned is not None:
            return pinned
        return self.reports[self.index] if self.reports else None

    def tick(self) -> None:
        """Once a second: the next report when this one has been shown long enough."""
        if self.pinned() is not None or len(self.reports) < 2:
            self._since = _now()
            return
        if _now() - self._since >= self._state.seconds(self._phase.id):
            self.index = (self.index + 1) % len(self.reports)
            self._since = _now()
            self._redraw()

    def _state_changed(self, phase_id: int) -> None:
        if phase_id != self._phase.id:
            return
        pinned = self.pinned()
        if pinned is None:
            self._since = _now()  # unpinned: the current report gets its full turn
        else:
            ids = [s.proposal_id for s in self.reports]
            if pinned.proposal_id in ids:
                self.index = ids.index(pinned.proposal_id)  # turns go on from here
        self._redraw()

    # -- drawing ----------------------------------------------------------------------
    def _texts(self, session: Session) -> dict[str, str]:
        report = session.report
        participants = ""
        if report is not None and report.participants:
            participants = self.tr("%n participant(s)", "", report.participants)
        if report is not None and report.names:
            names = self.tr("Participants: %1").replace("%1", report.names)
            participants = f"{participants} · {names}" if participants else names
        convener = (
            self.tr("Convened by %1").replace("%1", session.convener) if session.convener else ""
        )
        texts = {
            "place": " · ".join(part for part in (session.slot, session.space) if part),
            "title": session.title,
            "convener": convener,
            "participants": participants,
        }
        for field in self.sections:
            texts[field] = "" if report is None else getattr(report, field)
        if report is None:
            texts["key_points"] = self.tr("The report of this session is not in yet.")
        return texts

    def _redraw(self) -> None:
        session = self.shown()
        has_session = session is not None
        self.empty_label.setVisible(not has_session)
        for label in (
            self.place_label,
            self.title_label,
            self.convener_label,
            self.participants_label,
        ):
            label.setVisible(has_session)
        if session is None:
            for heading, body in self.sections.values():
                heading.hide()
                body.hide()
            self.footer.setText(self._footer_text(None))
            return
        texts = self._texts(session)
        self.place_label.setText(texts["place"])
        self.title_label.setText(texts["title"])
        self.convener_label.setText(texts["convener"])
        self.participants_label.setText(texts["participants"])
        self.place_label.setVisible(bool(texts["place"]))
        self.convener_label.setVisible(bool(texts["convener"]))
        self.participants_label.setVisible(bool(texts["participants"]))
        for field, (heading, body) in self.sections.items():
            body.setText(texts[field])
            missing_note = session.report is None and field == "key_points"
            heading.setVisible(bool(texts[field]) and not missing_note)
            body.setVisible(bool(texts[field]))
        self.footer.setText(self._footer_text(session))
        self._fit(texts)

    def _footer_text(self, session: Session | None) -> str:
        total = len(self.sessions)
        if session is None or session.report is None:
            if not total:
                return ""
            return self.tr("%n of %1 report(s) in", "", len(self.reports)).replace("%1", str(total))
        number = [s.proposal_id for s in self.reports].index(session.proposal_id) + 1
        text = self.tr("%1 of %n report(s)", "", len(self.reports)).replace("%1", str(number))
        if self.pinned() is not None:
            text = self.tr("%1 · chosen by the moderator").replace("%1", text)
        return text

    def _fit(self, texts: dict[str, str]) -> None:
        """The largest body size (title larger) at which the whole report fits."""
        theme = self._theme
        width = max(1, self.width())
        spacing = self.layout().spacing()
        footer = text_height("1", font_px(theme.small_px), width) + spacing
        room = self.height() - footer

        def title_px(px: int) -> int:
            return round(px * theme.question_px / theme.body_px)

        def height(px: int) -> int:
            parts = [
                (texts["place"], font_px(theme.small_px)),
                (texts["title"], font_px(title_px(px), bold=True)),
                (texts["convener"], font_px(px)),
                (texts["participants"], font_px(theme.small_px)),
            ]
            for field in self.sections:
                if texts[field]:
                    parts.append((field_title(field), font_px(theme.small_px, bold=True)))
                    parts.append((texts[field], font_px(px)))
            shown = [(text, font) for text, font in parts if text]
            gaps = spacing * len(shown) + (theme.margin_px // 4) * len(self.sections)
            return sum(text_height(text, font, width) for text, font in shown) + gaps

        px, _fits = best_size(
            font_sizes(theme.body_px, theme.small_px), lambda s: height(s) <= room
        )
        self.font_px = px
        self.place_label.setFont(font_px(theme.small_px))
        self.title_label.setFont(font_px(title_px(px), bold=True))
        self.convener_label.setFont(font_px(px))
        self.participants_label.setFont(font_px(theme.small_px))
        for heading, body in self.sections.values():
            heading.setFont(font_px(theme.small_px, bold=True))
            body.setFont(font_px(px))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._redraw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._redraw()
