"""Why a seating plan cannot be made: typed errors carrying the facts, no sentences
(``werkstatt.messages`` words them)."""

from __future__ import annotations

MIN_PER_TABLE = 2  # one person alone at a table has no one to talk to
MAX_PER_TABLE = 12  # beyond that a table is a plenary, not a conversation
MAX_PARTICIPANTS = 1000  # the meeting counts grow with the square of this
MAX_ROUNDS = 30


class SeatingError(ValueError):
    """Numbers for which no seating plan can be made."""


class NoTablesError(SeatingError):
    def __init__(self, tables: int) -> None:
        super().__init__(f"{tables} tables")
        self.tables = tables


class TooFewPerTableError(SeatingError):
    """Fewer than ``minimum`` people would sit at some table (more tables than people)."""

    def __init__(self, participants: int, tables: int) -> None:
        super().__init__(f"{participants} participants at {tables} tables")
        self.participants = participants
        self.tables = tables
        self.minimum = MIN_PER_TABLE


class TooManyPerTableError(SeatingError):
    def __init__(self, participants: int, tables: int) -> None:
        super().__init__(f"{participants} participants at {tables} tables")
        self.participants = participants
        self.tables = tables
        self.maximum = MAX_PER_TABLE


class TooManyParticipantsError(SeatingError):
    def __init__(self, participants: int) -> None:
        super().__init__(f"{participants} participants")
        self.participants = participants
        self.maximum = MAX_PARTICIPANTS


class NoRoundsError(SeatingError):
    def __init__(self, rounds: int) -> None:
        super().__init__(f"{rounds} rounds")
        self.rounds = rounds


class TooManyRoundsError(SeatingError):
    def __init__(self, rounds: int) -> None:
        super().__init__(f"{rounds} rounds")
        self.rounds = rounds
        self.maximum = MAX_ROUNDS


class RoundOutOfRangeError(SeatingError):
    """A re-plan was asked to start at a round the plan does not have."""

    def __init__(self, round_index: int, rounds: int) -> None:
        super().__init__(f"round {round_index} of {rounds}")
        self.round_index = round_index
        self.rounds = rounds


class HostAbsentError(SeatingError):
    """A table's host is missing from a re-plan: the table would lose its host."""

    def __init__(self, participant: int, table: int) -> None:
        super().__init__(f"host {participant} of table {table}")
        self.participant = participant
        self.table = table


class BadParticipantNumberError(SeatingError):
    """Participant numbers start at 1."""

    def __init__(self, participant: int) -> None:
        super().__init__(f"participant {participant}")
        self.participant = participant
