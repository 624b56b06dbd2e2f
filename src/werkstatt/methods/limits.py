"""The limits of every text and number a workshop holds, in one place.

The store checks each write against them, templates are validated against them, and the
GUI's widgets take their maximum lengths and ranges from them, so that whatever the
store accepted can also be saved as a template, and no widget offers what the store
would refuse. They live here because methods imports nothing of ours and the store
imports methods (not the other way round).

The limits are generous for real use and stop what can only be a mistake or an attack on
the disk (a 5 MB title, 10 million participants).
"""

from __future__ import annotations

import re
from typing import Final

#: Titles of workshops, phases and templates; names of people.
TITLE_MAX: Final = 300
#: Free texts: questions, moderator scripts, notes, template descriptions.
TEXT_MAX: Final = 20_000
#: Keys of methods, phases and templates.
KEY_MAX: Final = 64
#: A language tag ("de", "en", "de-AT"): a two- or three-letter language and subtags.
LANGUAGE_MAX: Final = 16
LANGUAGE_PATTERN: Final = re.compile(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*")
#: A phase's planned minutes: 0 (a marker such as "doors open") up to a whole day.
MINUTES_RANGE: Final = (0, 24 * 60)
#: Expected participants of a workshop.
PARTICIPANTS_RANGE: Final = (0, 100_000)


def is_language_tag(text: str) -> bool:
    return len(text) <= LANGUAGE_MAX and LANGUAGE_PATTERN.fullmatch(text) is not None
#: Clusters on one board, dots on one target, actions and reality checks of one phase.
CLUSTERS_PER_PHASE_MAX: Final = 500
DOTS_PER_TARGET_MAX: Final = 100_000
ROWS_PER_PHASE_MAX: Final = 1_000
#: Photos of one phase and the size of one photo file (a 50-megapixel JPEG is ~25 MB).
PHOTOS_PER_PHASE_MAX: Final = 200
PHOTO_BYTES_MAX: Final = 60 * 1024 * 1024
#: The agenda wall of one Open Space phase: time slots (rows), spaces (columns) and the
#: marketplace's proposals (merged ones included).
SLOTS_PER_PHASE_MAX: Final = 50
SPACES_PER_PHASE_MAX: Final = 100
PROPOSALS_PER_PHASE_MAX: Final = 1_000
