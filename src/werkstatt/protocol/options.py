"""What the moderator chose to put into a protocol."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProtocolOptions:
    """``include_names``: card authors, feedback names, the moderators and the client
    appear. Off by default: a protocol is often published, and personal names appear
    only where the moderator chose so.
    ``include_scripts``: each phase's moderator script appears (for the team, not the
    public).
    ``include_photos``: each phase's photos appear after its results, with captions.
    ``phases``: the ids of the phases that get a section (None: all); the run sheet
    always lists every phase."""

    include_names: bool = False
    include_scripts: bool = False
    include_photos: bool = True
    phases: frozenset[int] | None = None

    def includes(self, phase_id: int) -> bool:
        return self.phases is None or phase_id in self.phases
