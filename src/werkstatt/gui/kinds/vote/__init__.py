"""Dot voting (Punktabfrage): the moderator's tally table and the projector's ranking.

The parts: ``commands`` (undo), ``tally_table`` (model and keyboard view), ``moderator``
(the working area), ``ranking_chart`` and ``presenter`` (the projector), ``reveal`` (when
the hall may see the result), ``criteria`` (names and colours of the criteria).
"""

from __future__ import annotations

from werkstatt.gui.kinds import register
from werkstatt.gui.kinds.entry_host import EntryKindUI
from werkstatt.gui.kinds.vote.moderator import VoteWidget
from werkstatt.gui.kinds.vote.presenter import VotePresenter
from werkstatt.methods.model import PhaseKind

register(PhaseKind.VOTE, EntryKindUI(VoteWidget, VotePresenter))

__all__ = ["VotePresenter", "VoteWidget"]
