"""Reading a Word protocol back as its reader (or an editor) gets it: python-docx."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
from docx.table import Table


def _table_paragraphs(table: Table) -> Iterator[str]:
    # a merged cell is listed once per column it spans; lxml hands out the same object
    # for an element while a reference to it is kept (here: in the set)
    seen: set[object] = set()
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            for paragraph in cell.paragraphs:
                yield paragraph.text
            for inner in cell.tables:
                yield from _table_paragraphs(inner)


def docx_lines(path: Path) -> list[str]:
    """Every paragraph's text: the body, the tables, the headers and footers."""
    document = docx.Document(str(path))
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag.endswith("}p"):
            texts = (node.text or "" for node in child.iter() if node.tag.endswith("}t"))
            lines.append("".join(texts))
        elif child.tag.endswith("}tbl"):
            lines += _table_paragraphs(Table(child, document))
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_footer):
            lines += [paragraph.text for paragraph in part.paragraphs]
    return lines


def docx_text(path: Path) -> str:
    return " ".join(" ".join(docx_lines(path)).split())
