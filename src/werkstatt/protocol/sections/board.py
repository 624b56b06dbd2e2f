"""A pinboard's results: each cluster with its cards, in the order of the dot vote that
followed it (else as on the board), and the cards nobody sorted; and a reformulation's
pairs of criticism and positive statement."""

from __future__ import annotations

from collections.abc import Sequence

from werkstatt.core.clustering import Board, Cluster
from werkstatt.core.records import Card
from werkstatt.core.voting import Ranking, Tally
from werkstatt.protocol.content import (
    Block,
    Cell,
    Column,
    GroupHeading,
    Heading,
    ListItem,
    Row,
    Table,
)
from werkstatt.protocol.linked_phases import (
    PhaseInSnapshot,
    board_ranking,
    criterion_label,
    reformulated_cards,
)
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.progress import Progress
from werkstatt.protocol.sections.common import card_line, count_label, no_results
from werkstatt.protocol.texts import translate


def _dots_text(tally: Tally, cluster_id: int) -> str:
    if len(tally.criteria) == 1:
        return translate("Protocol", "{count} dots").format(count=tally.dots(cluster_id))
    parts = [f"{criterion_label(name)} {tally.dots(cluster_id, name)}" for name in tally.criteria]
    return " · ".join(parts)


def _cluster_order(board: Board, order: Ranking | None) -> list[tuple[Cluster, int | None]]:
    """The clusters with their rank, best first when a vote ranked them; clusters the
    vote did not know (added later) follow in board order."""
    if order is None:
        return [(cluster, None) for cluster in board.clusters]
    on_board = {cluster.id: cluster for cluster in board.clusters}
    result = [
        (on_board[entry.target.id], entry.rank) for entry in order if entry.target.id in on_board
    ]
    ranked = {cluster.id for cluster, _rank in result}
    result += [(cluster, None) for cluster in board.clusters if cluster.id not in ranked]
    return result


def _lines(cards: Sequence[Card], options: ProtocolOptions) -> list[Block]:
    return [ListItem(card_line(card, options)) for card in cards]


def board_results(
    where: PhaseInSnapshot, options: ProtocolOptions, progress: Progress
) -> list[Block]:
    item = where.item
    board = item.board
    if board is None or (not board.clusters and not item.board_cards):
        return [no_results(translate("Protocol", "No cards were sorted."))]
    cards = {card.id: card for card in item.board_cards}
    voted = board_ranking(where)
    tally, order = voted if voted is not None else (None, None)
    if order is not None:
        sentence = translate("Protocol", "Clusters ({count}), ranked by the dot vote").format(
            count=len(board.clusters)
        )
    else:
        sentence = translate("Protocol", "Clusters ({count})").format(count=len(board.clusters))
    blocks: list[Block] = [Heading(2, sentence)]
    for cluster, rank in _cluster_order(board, order):
        progress.check()
        members = [cards[card_id] for card_id in board.cards_in(cluster.id) if card_id in cards]
        counts = [count_label(len(members))]
        if tally is not None and rank is not None:
            counts.insert(0, _dots_text(tally, cluster.id))
        blocks.append(GroupHeading(cluster.title, cluster.colour, rank, tuple(counts)))
        blocks += _lines(members, options) or [
            no_results(translate("Protocol", "No cards in this cluster."))
        ]
        progress.advance(len(members) + 1)
    unsorted = [cards[card_id] for card_id in board.unsorted if card_id in cards]
    if unsorted:
        blocks.append(
            GroupHeading(
                translate("Protocol", "Not sorted"),
                counts=(count_label(len(unsorted)),),
                muted=True,
            )
        )
        blocks += _lines(unsorted, options)
        progress.advance(len(unsorted))
    return blocks


def board_units(where: PhaseInSnapshot) -> int:
    item = where.item
    clusters = len(item.board.clusters) if item.board is not None else 0
    return clusters + len(item.board_cards)


# reformulation -------------------------------------------------------------------------------
def reformulated_pairs(where: PhaseInSnapshot) -> list[Card]:
    return [
        card for phase in reformulated_cards(where) for card in phase.cards if card.origin.strip()
    ]


def reformulation_results(
    where: PhaseInSnapshot, options: ProtocolOptions, progress: Progress
) -> list[Block]:
    """Each criticism beside the positive statement it was turned into."""
    pairs = reformulated_pairs(where)
    if not pairs:
        return [no_results(translate("Protocol", "No statements were reformulated."))]
    table = Table(
        (
            Column(translate("Protocol", "Criticism"), 81.5),
            Column("", 7),
            Column(translate("Protocol", "Positive statement"), 81.5),
        ),
        tuple(
            Row((Cell.of(card.origin.strip()), Cell.of("→"), Cell.of(card.text.strip())))
            for card in pairs
        ),
    )
    progress.advance(len(pairs))
    heading = translate("Protocol", "Statements ({count})").format(count=len(pairs))
    return [Heading(2, heading), table]


def reformulation_units(where: PhaseInSnapshot) -> int:
    return len(reformulated_pairs(where))
