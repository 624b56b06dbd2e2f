"""A phase kind's two screens side by side, as the kind tests open them."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from werkstatt.gui.kinds import PresenterTheme, kind_ui
from werkstatt.methods.model import PhaseKind


def open_with_projector(
    qtbot: Any, context: Any, phase: Any, kind: PhaseKind, size: tuple[int, int]
) -> tuple[Any, Any, list[Any]]:
    """The moderator's widget of ``phase`` in an active window of ``size`` and the
    projector's on a 1080p screen beside it; also both windows, for the caller to keep."""
    ui = kind_ui(kind)
    assert ui is not None
    window, host = QWidget(), QWidget()
    for each in (window, host):
        qtbot.addWidget(each)
    widget = ui.moderator_widget(context, phase, window)
    presenter = ui.presenter_widget(context, phase, PresenterTheme(1080), host)
    QVBoxLayout(window).addWidget(widget)
    QVBoxLayout(host).addWidget(presenter)
    host.resize(1920, 1080)
    host.show()
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return widget, presenter, [window, host]
