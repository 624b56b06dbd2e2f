"""Seating plans for World Café rounds (the Social Golfer problem): who sits at which
table in each round so that people meet as many others as possible and, with hosts,
visit each table once. Pure Python, no Qt."""

from werkstatt.core.seating.errors import (
    MAX_PARTICIPANTS,
    MAX_PER_TABLE,
    MAX_ROUNDS,
    MIN_PER_TABLE,
    BadParticipantNumberError,
    HostAbsentError,
    NoRoundsError,
    NoTablesError,
    RoundOutOfRangeError,
    SeatingError,
    TooFewPerTableError,
    TooManyParticipantsError,
    TooManyPerTableError,
    TooManyRoundsError,
)
from werkstatt.core.seating.plan import (
    USUAL_SEATS,
    SeatingPlan,
    SeatingProblem,
    invalid_reasons,
    table_sizes,
)
from werkstatt.core.seating.planner import DEFAULT_TIME_BUDGET, plan_seating, regenerate, replan

__all__ = [
    "DEFAULT_TIME_BUDGET",
    "MAX_PARTICIPANTS",
    "MAX_PER_TABLE",
    "MAX_ROUNDS",
    "MIN_PER_TABLE",
    "USUAL_SEATS",
    "BadParticipantNumberError",
    "HostAbsentError",
    "NoRoundsError",
    "NoTablesError",
    "RoundOutOfRangeError",
    "SeatingError",
    "SeatingPlan",
    "SeatingProblem",
    "TooFewPerTableError",
    "TooManyParticipantsError",
    "TooManyPerTableError",
    "TooManyRoundsError",
    "invalid_reasons",
    "plan_seating",
    "regenerate",
    "replan",
    "table_sizes",
]
