"""A question or briefing text line by line: numbered and bulleted lines as lists."""

from __future__ import annotations

import re

from werkstatt.protocol.content import Block, ListItem, Paragraph

_NUMBERED = re.compile(r"^\s*(\d{1,3}[.)])\s+(.*)$")
_BULLETED = re.compile(r"^\s*[-–•*]\s+(.*)$")


def question_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    for line in text.strip().splitlines():
        if not line.strip():
            continue
        if match := _NUMBERED.match(line):
            blocks.append(ListItem(match.group(2), match.group(1), "question"))
        elif match := _BULLETED.match(line):
            blocks.append(ListItem(match.group(1), "•", "question"))
        else:
            blocks.append(Paragraph(line.strip(), "question"))
    return blocks
