"""A briefing's text (welcome, rules, principles) read as blocks and written as rich text.

Templates write briefings one rule per line (resources/methods/README.md), so a plain
list of lines is read as a list: the Open Space principles and the Zukunftswerkstatt
rules become bullets without any markup. A first line that greets ("Herzlich
willkommen …!") becomes a heading, a line ending in a colon leads into what follows.
Moderators may also write markup they know from e-mails: "- " or "• " for a bullet,
"1. " for a numbered step, "**bold**". A short lead-in before a colon ("Gesetz der zwei
Füße: …") is set in bold, and so is the name of a numbered step before a dash
("1. Kritikphase – …").

This module knows no Qt; :func:`briefing_html` writes the HTML subset QTextDocument reads.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    NUMBER = "number"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str  # may hold **bold**
    marker: str = ""  # "1." of a numbered step
    lead: str = ""  # a short lead-in set in bold ("Gesetz der zwei Füße:")


_BULLET = re.compile(r"^[-•*–]\s+(.*)$")
_NUMBER = re.compile(r"^(\d{1,2}[.)])\s+(.*)$")
_HEADING = re.compile(r"^#{1,3}\s+(.*)$")
_COLON_LEAD = re.compile(r"^([^:.!?„“\"]{2,40}:)\s+(\S.*)$")
_DASH_LEAD = re.compile(r"^([^:.!?–—]{2,30}?)\s+([–—]\s.*)$")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
# A lead-in is a few words, not half a sentence that happens to contain a colon.
_LEAD_WORDS = 4
# From this many lines on, plain lines are a list (rules, principles).
_LIST_FROM_LINES = 3


def _lead(text: str, pattern: re.Pattern[str]) -> tuple[str, str]:
    match = pattern.match(text)
    if match and len(match.group(1).split()) <= _LEAD_WORDS:
        return match.group(1), match.group(2)
    return "", text


def parse_briefing(text: str) -> list[Block]:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    marked = any(_BULLET.match(line) or _NUMBER.match(line) for line in lines)
    plain_list = not marked and len(lines) >= _LIST_FROM_LINES
    blocks: list[Block] = []
    for number, line in enumerate(lines):
        if match := _HEADING.match(line):
            blocks.append(Block(BlockKind.HEADING, match.group(1)))
        elif match := _BULLET.match(line):
            lead, rest = _lead(match.group(1), _COLON_LEAD)
            blocks.append(Block(BlockKind.BULLET, rest, lead=lead))
        elif match := _NUMBER.match(line):
            lead, rest = _lead(match.group(2), _COLON_LEAD)
            if not lead:
                lead, rest = _lead(match.group(2), _DASH_LEAD)
            blocks.append(Block(BlockKind.NUMBER, rest, marker=match.group(1), lead=lead))
        elif number == 0 and len(lines) > 1 and line.endswith("!"):
            blocks.append(Block(BlockKind.HEADING, line))
        elif plain_list and not line.endswith(":"):
            lead, rest = _lead(line, _COLON_LEAD)
            blocks.append(Block(BlockKind.BULLET, rest, lead=lead))
        else:
            lead, rest = _lead(line, _COLON_LEAD)
            blocks.append(Block(BlockKind.PARAGRAPH, rest, lead=lead))
    return blocks


def _inline(text: str) -> str:
    return _BOLD.sub(r"<b>\1</b>", html.escape(text, quote=False))


def _content(block: Block) -> str:
    if not block.lead:
        return _inline(block.text)
    return f"<b>{_inline(block.lead)}</b> {_inline(block.text)}"


@dataclass(frozen=True)
class BriefingStyle:
    px: int
    foreground: str
    accent: str


def briefing_html(blocks: Sequence[Block], style: BriefingStyle) -> str:
    """Rich text for QTextDocument, sized for ``style.px`` (bullets hang, numbers too)."""
    px = style.px
    gap = round(px * 0.42)
    parts = [f'<body style="color:{style.foreground};">']
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind is BlockKind.HEADING:
            parts.append(
                f'<p style="margin-top:0px; margin-bottom:{round(px * 0.55)}px;'
                f' font-size:{round(px * 1.12)}px; font-weight:600;">{_content(block)}</p>'
            )
            index += 1
        elif block.kind is BlockKind.PARAGRAPH:
            parts.append(f'<p style="margin-top:0px; margin-bottom:{gap}px;">{_content(block)}</p>')
            index += 1
        else:
            # A run of list items is one borderless table: marker column, text column.
            end = index
            while end < len(blocks) and blocks[end].kind in (BlockKind.BULLET, BlockKind.NUMBER):
                end += 1
            numbered = any(b.kind is BlockKind.NUMBER for b in blocks[index:end])
            marker_width = round(px * (1.6 if numbered else 1.1))
            parts.append(
                f'<table cellspacing="0" cellpadding="0" width="100%"'
                f' style="margin-bottom:{round(gap * 0.5)}px;">'
            )
            for item in blocks[index:end]:
                marker = html.escape(item.marker) if item.kind is BlockKind.NUMBER else "•"
                parts.append(
                    f'<tr><td width="{marker_width}" valign="top"'
                    f' style="color:{style.accent}; font-weight:600; padding-bottom:{gap}px;">'
                    f"{marker}</td>"
                    f'<td valign="top" style="padding-bottom:{gap}px;">{_content(item)}</td></tr>'
                )
            parts.append("</table>")
            index = end
    parts.append("</body>")
    return "".join(parts)
