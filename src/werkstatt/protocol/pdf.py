"""The PDF protocol of a workshop: its content (werkstatt.protocol.builder) laid out with
reportlab platypus (werkstatt.protocol.pdf_blocks).

No Qt and no store: the caller reads the snapshot (one read transaction, on any thread)
and may call :func:`render_pdf` in a worker thread, passing callbacks for progress and
cancellation. Whatever happens, ``path`` is either left as it was or replaced by the
complete new PDF.
"""

from __future__ import annotations

import io
from ast import literal_eval
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
from werkstatt.protocol.photo_prints import PhotoPrints
from werkstatt.protocol.progress import Progress, ScaledProgress
from werkstatt.protocol.styles import styles
from werkstatt.protocol.texts import rendering_in

# Photos go into the PDF as binary streams. ASCII85 would make the file a quarter larger
# and, without reportlab's optional C accelerator, costs seconds for 30 photos.
rl_config.useA85 = 0

#: The layout runs once: the contents are laid out with every entry in them, and their
#: page numbers are filled in when the document is saved (see page.ContentsNumber).
LAYOUT_PASSES = 1


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
            with PhotoPrints() as prints:
                document = build_document(snapshot, options, steps, prints)
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


class _Contents(TableOfContents):
    """reportlab's contents list, laid out once from entries known in advance; each
    entry's dots and page number are filled in by the canvas on save."""

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        size = super().wrap(width, height)

        def defer_number(canvas: Any, _kind: str, label: str) -> None:
            _page, level, key = label.split(",", 2)
            style = self.getLevelStyle(int(level))
            dots = self.dotsMinLevel >= 0 and int(level) >= self.dotsMinLevel
            canvas.contents_number(
                key=literal_eval(key),
                x=canvas._curr_tx_info["cur_x"],
                y=canvas._curr_tx_info["cur_y"],
                right=width,
                style=style,
                dot=" . " if dots else "",
            )

        self.canv.setNamedCB("drawTOCEntryEnd", defer_number)
        return size


def _contents_list() -> TableOfContents:
    s = styles()
    toc = _Contents(dotsMinLevel=0)
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
    """The PDF of ``document``; ``progress`` counts its layout (one pass)."""
    cover = next((b for b in document.blocks if isinstance(b, content.Cover)), None)
    has_contents = any(isinstance(b, content.Contents) for b in document.blocks)
    toc = _contents_list() if has_contents else None
    story = flowables(document.blocks, toc)
    chapters = _number_chapters(story)
    if toc is not None:
        # Every entry is known before the layout; only the page numbers are not, and the
        # canvas fills them in on save (they do not change the contents' layout).
        toc._lastEntries = [(0, toc_markup(title), 0, key) for title, key in chapters]
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
    pdf.build(story, canvasmaker=numbered_canvas(texts))
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
