"""The gong at the end of a time box.

QtMultimedia is heavy and often unusable (a laptop without a sound card, a machine
without libpulse, a PySide6 wheel without the Addons): it is imported at the first gong,
never at start-up, and the sound device is checked before anything is built, because Qt
would otherwise complain on its log (and every Qt warning is a failure in our tests).
Without audio Werkstatt stays silent and says so once, on the info log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject

_log = logging.getLogger(__name__)


class Player(Protocol):
    def play(self) -> None: ...


PlayerFactory = Callable[[Path, QObject], "Player | None"]

# Once per process: whether sound can be played at all (None: not tried yet), so that the
# reason for silence is logged once, not at every gong.
_audio_usable: bool | None = None


def qt_player(sound: Path, parent: QObject) -> Player | None:
    """A QSoundEffect for ``sound``, or None (and one log line) when there is no audio."""
    global _audio_usable
    if _audio_usable is False:
        return None
    with _qt_chatter() as chatter:
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:
            reason = f"QtMultimedia is not available ({exc})"
        else:
            reason = "" if QMediaDevices.audioOutputs() else "no audio output device"
    said = f" (Qt said: {' | '.join(chatter)})" if chatter else ""
    if reason:
        _audio_usable = False
        _log.info("no gong: %s%s", reason, said)
        return None
    if said:
        _log.debug("audio found%s", said)
    _audio_usable = True
    effect = QSoundEffect(parent)
    effect.setSource(QUrl.fromLocalFile(str(sound)))
    effect.setVolume(1.0)
    return effect


@contextmanager
def _qt_chatter() -> Iterator[list[str]]:
    """Collect what Qt prints while its multimedia back-ends load and look for devices.

    Without a sound server (or without pipewire, VA-API, ...) Qt reports each failed
    back-end on its log; on a laptop without sound that is expected, so it becomes part
    of one quiet line of ours instead of a dozen warnings.
    """
    from PySide6.QtCore import qInstallMessageHandler

    said: list[str] = []
    previous = qInstallMessageHandler(lambda _mode, _context, message: said.append(message))
    try:
        yield said
    finally:
        qInstallMessageHandler(previous)


class Gong(QObject):
    """Rings the bundled gong; the player is made at the first ring (or never)."""

    def __init__(
        self,
        sound: Path,
        make_player: PlayerFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sound = sound
        self._make_player = make_player
        self._player: Player | None = None
        self._tried = False
        self.rings = 0  # how often it was asked to ring (audible or not)

    def ring(self) -> None:
        self.rings += 1
        if not self._tried:
            self._tried = True
            # Looked up at the first ring: qt_player imports QtMultimedia only then.
            make = self._make_player or qt_player
            self._player = make(self._sound, self)
        if self._player is not None:
            self._player.play()
