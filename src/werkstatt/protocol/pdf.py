"""The PDF protocol of a workshop: its content (werkstatt.protocol.builder) laid out with
reportlab platypus (werkstatt.protocol.pdf_blocks).

No Qt and no store: the caller reads the snapshot (one read transaction, on any thread)
and may call :func:`render_pdf` in a worker thread, passing callbacks for progress and
cancellation. Whatever happens, ``path`` is either left as it was or replaced by the
complete new PDF.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.protocol import content
from werkstatt.protocol.builder import block_units, build_document, work_units
from werkstatt.protocol.fonts import register_fonts
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.output import commit, discard, reserve
from werkstatt.protocol.page import PageTexts, ProtocolDocument, numbered_canvas, toc_markup
from werkstatt.protocol.pdf_blocks import flowables
from werkstatt.protocol.progress import Progress, ScaledProgress
from werkstatt.protocol.styles import styles
from werkstatt.protocol.texts import rendering_in

# Photos go into the PDF as binary streams. ASCII85 would make the file a quarter larger
# and, without reportlab's optional C accelerator, costs seconds for 30 photos.
rl_config.useA85 = 0

#: The layout runs twice: once to learn on which page each chapter starts, once to
#: print those pages in the contents.
LAYOUT_PASSES = 2
#: Wide enough for any page number, so that the first pass lays the contents out as
#: wide as the second.
_PLACEHOLDER_PAGE = 8888


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
            estimate = work_units(snapshot, options)
            steps = Progress((1 + LAYOUT_PASSES) * estimate, progress, cancelled)
            document = build_document(snapshot, options, steps)
            data = pdf_bytes(document, ScaledProgress(steps, estimate * LAYOUT_PASSES))
        commit(temporary, path, data)
    except BaseException:
        discard(temporary)
        raise


_CONTENTS_TABLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
)


def _contents_list() -> TableOfContents:
    s = styles()
    toc = TableOfContents(dotsMinLevel=0)
    toc.tableStyle = _CONTENTS_TABLE
    toc.levelStyles = [
        ParagraphStyle(
            "toc1",
            parent=s.body,
            leftIndent=0,
            firstLineIndent=0,
            rightIndent=12 * mm,
            fontSize=10.5,
            leading=15,
        )
    ]
    return toc


def pdf_bytes(document: content.Document, progress: ScaledProgress) -> bytes:
    """The PDF of ``document``; ``progress`` counts the layout of both passes."""
    cover = next((b for b in document.blocks if isinstance(b, content.Cover)), None)
    has_contents = any(isinstance(b, content.Contents) for b in document.blocks)
    toc = _contents_list() if has_contents else None
    story = flowables(document.blocks, toc)
    chapters = _number_chapters(story)
    if toc is not None:
        # The first pass lays the contents out with every entry already in it, so that
        # the second pass only fills in the page numbers and the pages stay where they are.
        toc._entries = [(0, toc_markup(title), _PLACEHOLDER_PAGE, key) for title, key in chapters]
    progress.expect(LAYOUT_PASSES * sum(block_units(block) for block in document.blocks))

    buffer = io.BytesIO()
    page_pattern = document.page_pattern
    texts = PageTexts(
        header_left=document.header_left,
        header_right=document.header_right,
        cover_footer=cover.footer if cover is not None else "",
        page_label=lambda page, pages: page_pattern.format(page=page, pages=pages),
    )
    pdf = ProtocolDocument(
        buffer,
        texts,
        on_flowable=progress.advance,
        cancelled=progress.is_cancelled,
        title=document.title,
        author=document.author,
        subject=document.subject,
        creator=document.creator,
        lang=document.language,
    )
    pdf.multiBuild(story, maxPasses=LAYOUT_PASSES + 2, canvasmaker=numbered_canvas(texts))
    progress.finish()
    return buffer.getvalue()


def _number_chapters(story: list[Flowable]) -> list[tuple[str, str]]:
    chapters = []
    for flowable in story:
        title = getattr(flowable, "toc_text", None)
        if title is not None:
            key = f"chapter-{len(chapters) + 1}"
            flowable.toc_key = key  # type: ignore[attr-defined]
            chapters.append((title, key))
    return chapters


__all__ = ["ProtocolOptions", "render_pdf"]
