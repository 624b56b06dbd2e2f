"""Session reports (Open Space): the moderator types each session's report as it comes
in; the projector shows the news wall of the reports that are in."""

from werkstatt.gui.kinds import register
from werkstatt.gui.kinds.entry_host import EntryKindUI
from werkstatt.gui.kinds.reports.moderator import ReportsWidget
from werkstatt.gui.kinds.reports.news_wall import NewsWall
from werkstatt.methods.model import PhaseKind

register(PhaseKind.REPORTS, EntryKindUI(ReportsWidget, NewsWall))

__all__ = ["NewsWall", "ReportsWidget"]
