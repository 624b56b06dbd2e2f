"""The top results a later phase starts from (the best-voted clusters or cards of its
source phase), as the action plan and the reality check read and label them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from werkstatt.gui.kinds.base import RunContext
from werkstatt.store.errors import StoreError
from werkstatt.store.votes import TopItem

translate = QCoreApplication.translate


def read_top_items(context: RunContext, phase_id: int) -> tuple[TopItem, ...]:
    """The phase's top results; none when its source is gone or the phase is out of reach
    (the widgets then offer what the moderator types)."""
    try:
        return context.library.votes.top_items(phase_id)
    except StoreError:
        return ()


def dots_text(item: TopItem) -> str:
    """ "3 dots" for a voted result, "" for a cluster taken in board order."""
    if item.dots is None:
        return ""
    # Singular and plural as two texts: pyside6-lupdate makes plural forms only of tr().
    # and of a call whose count is not a plain name
    dots = item.dots
    if dots == 1:
        return translate("TopResults", "1 dot")
    return translate("TopResults", "%n dots", "", dots)


def same_idea(item: TopItem, source_cluster_id: int | None, label: str) -> bool:
    """Whether a row (its cluster, its label) stands for this top result: the cluster
    when both have one (a renamed cluster stays the same idea), else the label."""
    if item.cluster_id is not None and source_cluster_id is not None:
        return item.cluster_id == source_cluster_id
    return item.label == label
