"""Subcommands of the command line. Nothing here imports Qt: they run on a server, in a
script or over ssh, and start in a blink."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from werkstatt.core.records import Workshop
from werkstatt.i18n import current_language, translate

if TYPE_CHECKING:
    from werkstatt.store.library import Library

NO_DATE = "–"
COLUMN_GAP = "  "


def display_width(text: str) -> int:
    """Columns a terminal gives ``text``: wide East Asian characters take two, combining
    marks none, so that columns stay aligned for every title a neighbourhood writes."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in {"W", "F"} else 1
    return width


def _padded(text: str, width: int, *, right: bool = False) -> str:
    padding = " " * (width - display_width(text))
    return padding + text if right else text + padding


def format_table(header: Sequence[str], rows: Sequence[Sequence[str]], numeric: int = 0) -> str:
    """Rows as aligned columns; the first ``numeric`` columns are aligned right. The last
    column is not padded, so that lines carry no trailing blanks."""
    table = [list(header), *(list(row) for row in rows)]
    widths = [max(display_width(row[i]) for row in table) for i in range(len(header))]
    lines = []
    for row in table:
        cells = [
            cell if i == len(row) - 1 else _padded(cell, widths[i], right=i < numeric)
            for i, cell in enumerate(row)
        ]
        lines.append(COLUMN_GAP.join(cells))
    return "\n".join(lines)


def method_names() -> dict[str, str]:
    """Method key -> name in the current language, from the built-in templates.

    A broken template file must not stop ``list``: the GUI reports it when it loads the
    templates, and here the workshops still show, with the method's stored key.
    """
    from werkstatt.methods import MethodsError, load_templates
    from werkstatt.resources import resource_path

    language = current_language()
    try:
        templates = load_templates(resource_path("methods"), language)
    except MethodsError:
        return {}
    return {template.key: template.name(language) for template in templates}


def format_date(date: dt.date | None) -> str:
    if date is None:
        return NO_DATE
    # Germans read 25.11.2026; ISO is unambiguous for everyone else.
    return date.strftime("%d.%m.%Y") if current_language() == "de" else date.isoformat()


def workshop_table(workshops: Sequence[Workshop]) -> str:
    header = [
        translate("Cli", "ID"),
        translate("Cli", "Date"),
        translate("Cli", "Method"),
        translate("Cli", "Title"),
    ]
    names = method_names()
    rows = [
        [str(w.id), format_date(w.date), names.get(w.method, w.method), w.title] for w in workshops
    ]
    return format_table(header, rows, numeric=1)


def list_workshops(data_dir: Path, out: TextIO) -> int:
    """``werkstatt list``: the library's workshops, one a line. Raises store errors."""
    # Imported here so that `werkstatt --version` never pays for SQLAlchemy.
    from werkstatt.store.library import LIBRARY_FILE, Library

    if not (data_dir / LIBRARY_FILE).exists():
        # A look must not create a library (nor a folder on a USB stick) as a side effect.
        print(
            translate(
                "Cli",
                "There is no Werkstatt library in {path} yet. Start Werkstatt without "
                '"list" to create one and plan your first workshop.',
            ).format(path=data_dir),
            file=out,
        )
        return 0
    library = Library.open(data_dir, exclusive=False)
    try:
        workshops = library.list_workshops()
    finally:
        library.close()
    if not workshops:
        print(
            translate(
                "Cli",
                "The library in {path} holds no workshops yet. Start Werkstatt without "
                '"list" to plan your first one.',
            ).format(path=data_dir),
            file=out,
        )
        return 0
    print(workshop_table(workshops), file=out)
    return 0


def workshop_method_name(library: Library, key: str, language: str) -> str:
    """The name of a workshop's method in ``language``: from the built-in templates, then
    the library's own ones; the stored key when neither has it (as ``list`` shows it)."""
    from werkstatt.methods import MethodsError, load_templates, template_from_document
    from werkstatt.resources import resource_path

    try:
        builtin = load_templates(resource_path("methods"), language)
    except MethodsError:
        builtin = []  # a broken built-in file: the own templates may still know the method
    for template in builtin:
        if template.key == key:
            return template.name(language)
    for document in library.user_templates():
        if document.get("key") != key:
            continue
        try:
            return template_from_document(document, key).name(language)
        except MethodsError:
            break
    return key


def export_protocol(
    data_dir: Path,
    workshop_id: int,
    target: Path,
    *,
    include_names: bool,
    include_scripts: bool,
    out: TextIO,
    err: TextIO,
) -> int:
    """``werkstatt protocol ID --out FILE.pdf``: the workshop's PDF protocol, in the
    workshop's language. Raises store and protocol errors (worded by the caller)."""
    from werkstatt.protocol.options import ProtocolOptions
    from werkstatt.protocol.pdf import render_pdf
    from werkstatt.store.library import LIBRARY_FILE, Library

    if not (data_dir / LIBRARY_FILE).exists():
        print(
            translate(
                "Cli",
                "There is no Werkstatt library in {path}, so there is no workshop {id} either. "
                "Choose the data folder with --data-dir.",
            ).format(path=data_dir, id=workshop_id),
            file=err,
        )
        return 1
    # Not exclusive: reading for a protocol is fine while the window has the library open.
    library = Library.open(data_dir, exclusive=False)
    try:
        workshop = library.get_workshop(workshop_id)
        method = workshop_method_name(library, workshop.method, workshop.language)
        snapshot = library.snapshot(workshop_id, method_name=method)
    finally:
        library.close()
    options = ProtocolOptions(include_names=include_names, include_scripts=include_scripts)
    render_pdf(snapshot, target, options=options)
    print(
        translate("Cli", 'The protocol of "{title}" is in {path}.').format(
            title=workshop.title, path=target
        ),
        file=out,
    )
    return 0
