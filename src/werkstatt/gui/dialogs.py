"""Every modal question the GUI asks, in one module that tests replace.

A modal ``exec()`` blocks a test forever on the offscreen platform, so widgets never call
QMessageBox, QInputDialog or ``QDialog.exec`` themselves: they call these functions, and a
test monkeypatches the one it expects (``monkeypatch.setattr(dialogs, "confirm", ...)``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from werkstatt import APP_NAME


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def show_error(parent: QWidget | None, text: str, title: str = "") -> None:
    """Tell the user something went wrong; ``text`` is already a finished sentence."""
    QMessageBox.critical(parent, title or APP_NAME, text)


def inform(parent: QWidget | None, text: str, title: str = "") -> None:
    QMessageBox.information(parent, title or APP_NAME, text)


def confirm(parent: QWidget | None, text: str, accept_label: str, title: str = "") -> bool:
    """Ask a yes/no question whose yes-button says what happens (e.g. 'Delete')."""
    box = QMessageBox(QMessageBox.Icon.Question, title or APP_NAME, text, parent=parent)
    accept = box.addButton(accept_label, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text, or None when cancelled or left empty."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    value = value.strip()
    return value if ok and value else None


def exec_dialog(dialog: QDialog) -> bool:
    """Run a prepared dialog modally; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_save_file(
    parent: QWidget | None, title: str, suggested: Path, file_filter: str
) -> Path | None:
    """The file to save to (the system's own dialog asks before replacing one), or None
    when cancelled. ``file_filter`` is Qt's, e.g. 'PDF (*.pdf)'."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(chosen) if chosen else None


def ask_open_files(
    parent: QWidget | None, title: str, folder: Path, file_filter: str
) -> list[Path]:
    """The files the user picked (several at once), or [] when cancelled. ``file_filter``
    is Qt's, e.g. 'Images (*.jpg *.png)'."""
    chosen, _ = QFileDialog.getOpenFileNames(parent, title, str(folder), file_filter)
    return [Path(name) for name in chosen]


def ask_choice(
    parent: QWidget | None, text: str, choices: list[tuple[str, str]], title: str = ""
) -> str | None:
    """One of several answers (key, button label), or None when cancelled. The first
    choice is the default button; Esc cancels."""
    box = QMessageBox(QMessageBox.Icon.Question, title or APP_NAME, text, parent=parent)
    buttons = {
        box.addButton(label, QMessageBox.ButtonRole.AcceptRole): key for key, label in choices
    }
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(next(iter(buttons)))
    box.setEscapeButton(cancel)
    box.exec()
    return buttons.get(box.clickedButton())
