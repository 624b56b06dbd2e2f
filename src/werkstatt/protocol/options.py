"""What the moderator chose to put into a protocol."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProtocolOptions:
    """``include_names``: card authors, feedback names, the moderators and the client
    appear (False gives a protocol without personal names, for publishing).
    ``include_scripts``: each phase's moderator script appears (for the team, not the
    public)."""

    include_names: bool = True
    include_scripts: bool = False
