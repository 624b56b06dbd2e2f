"""The PDF protocol of a workshop, rendered from its snapshot with reportlab platypus.

No Qt and no store: the caller reads the snapshot (one read transaction, on any thread)
and may call :func:`render_pdf` in a worker thread, passing callbacks for progress and
cancellation. Whatever happens, ``path`` is either left as it was or replaced by the
complete new PDF.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable

from werkstatt import APP_NAME, __version__
from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.protocol.cover import cover
from werkstatt.protocol.fonts import register_fonts
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.output import commit, discard, reserve
from werkstatt.protocol.page import PageTexts, ProtocolDocument, numbered_canvas
from werkstatt.protocol.phase_sections import is_shown, phase_section, work_units
from werkstatt.protocol.progress import Progress
from werkstatt.protocol.runsheet_table import run_sheet
from werkstatt.protocol.texts import rendering_in, short_date, translate
from werkstatt.protocol.timings import local, timetable


def render_pdf(
    snapshot: WorkshopSnapshot,
    path: Path,
    *,
    options: ProtocolOptions = ProtocolOptions(),  # noqa: B008 (frozen, so sharing is safe)
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write the protocol of ``snapshot`` to ``path`` in the workshop's language.

    ``progress(done, total)`` is called from the rendering thread now and then;
    ``cancelled()`` is asked often, and when it answers True the export stops with
    ExportCancelled and leaves no file. Raises ProtocolWriteError when the file cannot
    be written (folder missing or read-only, disk full).
    """
    path = Path(path)
    register_fonts()
    temporary = reserve(path)
    try:
        with rendering_in(snapshot.workshop.language):
            data = _render(
                snapshot, options, Progress(2 * work_units(snapshot), progress, cancelled)
            )
        commit(temporary, path, data)
    except BaseException:
        discard(temporary)
        raise


def _render(snapshot: WorkshopSnapshot, options: ProtocolOptions, progress: Progress) -> bytes:
    times = timetable(snapshot)
    story: list[Flowable] = cover(snapshot, options, times) + run_sheet(snapshot, times)
    for item, phase in zip(snapshot.phases, times.phases, strict=True):
        if is_shown(item):
            story += phase_section(item, phase, times, options, progress)
    progress.check()

    buffer = io.BytesIO()
    texts = _page_texts(snapshot)
    document = ProtocolDocument(
        buffer,
        texts,
        on_flowable=progress.advance,
        cancelled=progress.is_cancelled,
        **_metadata(snapshot, options),
    )
    document.build(story, canvasmaker=numbered_canvas(texts))
    progress.finish()
    return buffer.getvalue()


def _page_texts(snapshot: WorkshopSnapshot) -> PageTexts:
    workshop = snapshot.workshop
    right = translate("Protocol", "Protocol")
    if workshop.date is not None:
        right += " · " + short_date(workshop.date)
    taken = local(snapshot.taken_at)
    generated = translate("Protocol", "Created on {date} at {time} with {app} {version}").format(
        date=short_date(taken.date()),
        time=f"{taken:%H:%M}",
        app=APP_NAME,
        version=__version__,
    )
    page_pattern = translate("Protocol", "Page {page} of {pages}")
    return PageTexts(
        header_left=workshop.title,
        header_right=right,
        cover_footer=generated,
        page_label=lambda page, pages: page_pattern.format(page=page, pages=pages),
    )


def _metadata(snapshot: WorkshopSnapshot, options: ProtocolOptions) -> dict[str, str]:
    workshop = snapshot.workshop
    subject = translate("Protocol", "Protocol")
    details = [part for part in (snapshot.method_name, workshop.place) if part]
    if workshop.date is not None:
        details.append(short_date(workshop.date))
    if details:
        subject += ": " + ", ".join(details)
    return {
        "title": workshop.title,
        "author": workshop.moderators if options.include_names else "",
        "subject": subject,
        "creator": f"{APP_NAME} {__version__}",
        "lang": workshop.language or "de",
    }


__all__ = ["ProtocolOptions", "render_pdf"]
