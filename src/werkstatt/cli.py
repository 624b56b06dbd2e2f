"""Subcommands of the command line. Nothing here imports Qt: they run on a server, in a
script or over ssh, and start in a blink."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from werkstatt.core.records import Workshop
from werkstatt.i18n import current_language, translate

if TYPE_CHECKING:
    from werkstatt.core.seating import SeatingPlan, SeatingProblem
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
    include_photos: bool = True,
    out: TextIO,
    err: TextIO,
) -> int:
    """``werkstatt protocol ID --out FILE.pdf|FILE.docx``: the workshop's protocol as a
    PDF or Word file (by the suffix), in the workshop's language. Raises store and
    protocol errors (worded by the caller)."""
    from werkstatt.protocol.options import ProtocolOptions
    from werkstatt.store.library import LIBRARY_FILE, Library

    suffix = target.suffix.lower()
    # a folder given as the file is reported as the place the protocol cannot go
    if suffix not in (".pdf", ".docx") and not target.is_dir():
        print(
            translate(
                "Cli",
                "{path}: the protocol can be written as .pdf or .docx; "
                "give the file one of these endings.",
            ).format(path=target),
            file=err,
        )
        return 2
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
    options = ProtocolOptions(
        include_names=include_names, include_scripts=include_scripts, include_photos=include_photos
    )
    if suffix == ".docx":
        from werkstatt.protocol.docx import render_docx

        render_docx(snapshot, target, options=options)
    else:
        from werkstatt.protocol.pdf import render_pdf

        render_pdf(snapshot, target, options=options)
    print(
        translate("Cli", 'The protocol of "{title}" is in {path}.').format(
            title=workshop.title, path=target
        ),
        file=out,
    )
    return 0


def _no_library(data_dir: Path, err: TextIO) -> int:
    print(
        translate(
            "Cli",
            "There is no Werkstatt library in {path}. Choose the data folder with --data-dir.",
        ).format(path=data_dir),
        file=err,
    )
    return 1


def export_workshop(
    data_dir: Path, workshop_id: int, target: Path, out: TextIO, err: TextIO
) -> int:
    """``werkstatt export ID --out FILE.werkstatt``: the workshop as a portable file."""
    from werkstatt.store.archive import SUFFIX
    from werkstatt.store.library import LIBRARY_FILE, Library

    if not (data_dir / LIBRARY_FILE).exists():
        return _no_library(data_dir, err)
    if target.suffix.lower() != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    library = Library.open(data_dir, exclusive=False)
    try:
        workshop = library.get_workshop(workshop_id)
        method = workshop_method_name(library, workshop.method, workshop.language)
        library.archives.export(workshop_id, target, method_name=method)
    finally:
        library.close()
    print(
        translate("Cli", '"{title}" is saved in {path}.').format(title=workshop.title, path=target),
        file=out,
    )
    return 0


def import_workshop(
    data_dir: Path, source: Path, on_existing: str, out: TextIO, err: TextIO
) -> int:
    """``werkstatt import FILE.werkstatt [--keep-both|--replace]``."""
    from werkstatt.store.archive import OnExisting, read_file
    from werkstatt.store.errors import WorkshopExistsError
    from werkstatt.store.library import Library

    # Read and checked before the library is opened (and locked): that is the slow part.
    checked = read_file(source)
    # Exclusive: an import writes, and the window must not have the library open meanwhile.
    library = Library.open(data_dir, exclusive=True)
    try:
        workshop = library.archives.add(checked, OnExisting(on_existing))
    except WorkshopExistsError as exists:
        print(
            translate(
                "Cli",
                'The workshop "{title}" is already in the library (ID {id}). Nothing was '
                "imported. Run the import again with --keep-both or --replace.",
            ).format(title=exists.title, id=exists.workshop_id),
            file=err,
        )
        return 1
    finally:
        library.close()
    print(
        translate("Cli", 'Imported "{title}" as workshop {id}.').format(
            title=workshop.title, id=workshop.id
        ),
        file=out,
    )
    return 0


# werkstatt seating ------------------------------------------------------------------------
SEATING_FORMATS = ("text", "csv", "json")


def add_seating_command(
    commands: Any,
    add_common_options: Callable[..., None],
    formatter_class: type[argparse.HelpFormatter],
) -> None:
    """``werkstatt seating``: the parser of the subcommand (the common options and the
    help formatter come from the main parser's module)."""
    parser = commands.add_parser(
        "seating",
        help=translate("Cli", "plan who sits at which table in each World Café round"),
        description=translate(
            "Cli",
            "Plan who sits at which table in each World Café round, so that no two people "
            "sit at a table together twice and, with hosts, no one returns to a table "
            "where that is possible (and as few repeats as possible where not). "
            "Participants are numbered 1 to N; with --hosts, participants 1 to T are the "
            "hosts of tables 1 to T.",
        ),
        add_help=False,
        formatter_class=formatter_class,
    )
    numbers = parser.add_argument_group(translate("Cli", "seating"))
    numbers.add_argument(
        "--participants",
        required=True,
        type=int,
        metavar="N",
        help=translate("Cli", "number of participants, hosts included"),
    )
    numbers.add_argument(
        "--tables", required=True, type=int, metavar="T", help=translate("Cli", "number of tables")
    )
    numbers.add_argument(
        "--rounds", required=True, type=int, metavar="R", help=translate("Cli", "number of rounds")
    )
    numbers.add_argument(
        "--hosts",
        action="store_true",
        help=translate(
            "Cli", "each table has a host who stays there (participants 1 to T); the others move"
        ),
    )
    numbers.add_argument(
        "--seed",
        type=int,
        metavar="S",
        help=translate(
            "Cli",
            "the same seed gives the same plan; another seed another plan (default: a new "
            "one each time, shown in the text output)",
        ),
    )
    numbers.add_argument(
        "--format",
        choices=SEATING_FORMATS,
        default="text",
        help=translate(
            "Cli",
            "text: readable, round by round; csv: one row per seat with the columns round, "
            "table, participant, host (1 for a table's host, else 0), all counted from 1; "
            'json: {"rounds": [[[1, 7, 12], ...], ...], "hosts": [...] or null, '
            '"repeated_pairs": K}, rounds[r][t] being the participants at table t in '
            "round r (default: text)",
        ),
    )
    numbers.add_argument(
        "--time-limit",
        type=float,
        default=None,
        metavar=translate("Cli", "SECONDS"),
        help=translate(
            "Cli",
            "search at most this long for a better plan (default: 10); a plan without "
            "repeats usually comes much sooner",
        ),
    )
    add_common_options(parser, in_subcommand=True)


def seating(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``werkstatt seating``: prints the plan; bad numbers give a sentence and exit 2."""
    from werkstatt.core.seating import (
        DEFAULT_TIME_BUDGET,
        USUAL_SEATS,
        SeatingError,
        SeatingProblem,
        plan_seating,
    )
    from werkstatt.messages import describe

    try:
        problem = SeatingProblem(args.participants, args.tables, args.rounds, args.hosts)
    except SeatingError as exc:
        print(describe(exc), file=err)
        return 2
    budget = DEFAULT_TIME_BUDGET if args.time_limit is None else max(args.time_limit, 0.0)
    plan = plan_seating(problem, args.seed, time_budget=budget)
    if problem.unusual_table_size:
        low, high = USUAL_SEATS
        sizes = problem.table_sizes
        if min(sizes) == max(sizes):
            note = translate(
                "Cli",
                "Note: {low} to {high} people per table is usual for a World Café; this plan "
                "seats {largest} at each table.",
            )
        else:
            note = translate(
                "Cli",
                "Note: {low} to {high} people per table is usual for a World Café; this plan "
                "seats {smallest} to {largest}.",
            )
        print(note.format(low=low, high=high, smallest=min(sizes), largest=max(sizes)), file=err)
    if args.format == "json":
        print(seating_json(plan), file=out)
    elif args.format == "csv":
        out.write(seating_csv(plan))
    else:
        print(seating_text(problem, plan), file=out)
    if args.format != "text" and plan.repeated_pairs:
        print(repeats_sentence(problem, plan), file=err)
    return 0


def seating_json(plan: SeatingPlan) -> str:
    return json.dumps(
        {
            "rounds": [[list(table) for table in round_] for round_ in plan.rounds],
            "hosts": None if plan.hosts is None else list(plan.hosts),
            "repeated_pairs": plan.repeated_pairs,
        }
    )


def seating_csv(plan: SeatingPlan) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["round", "table", "participant", "host"])
    hosts = set(plan.hosts or ())
    for r, round_ in enumerate(plan.rounds, start=1):
        for t, table in enumerate(round_, start=1):
            for participant in table:
                writer.writerow([r, t, participant, int(participant in hosts)])
    return buffer.getvalue()


def repeats_sentence(problem: SeatingProblem, plan: SeatingPlan) -> str:
    """What the plan could not avoid, and whether the numbers left any choice."""
    if not plan.repeated_pairs and not plan.table_revisits():
        if problem.hosts:
            return translate(
                "Cli", "No two people meet twice at a table, and no one returns to a table."
            )
        return translate("Cli", "No two people meet twice at a table.")
    histogram = ", ".join(
        translate("Cli", "{pairs} × {times} times").format(pairs=pairs, times=times)
        for times, pairs in plan.encounter_histogram().items()
        if times > 1
    )
    sentence = translate("Cli", "Pairs who meet more than once: {count} ({histogram}).").format(
        count=plan.repeated_pairs, histogram=histogram or "–"
    )
    if problem.hosts:
        sentence += " " + translate("Cli", "Returns to a table: {returns}.").format(
            returns=plan.table_revisits()
        )
    bound = problem.repeat_free_bound()
    if problem.rounds > bound:
        sentence += " " + translate(
            "Cli",
            "With these numbers, repeats are certain from round {round} on; fewer rounds "
            "or more tables avoid them.",
        ).format(round=bound + 1)
    else:
        sentence += " " + translate(
            "Cli",
            "No plan without repeats turned up in the time given; another --seed or a "
            "longer --time-limit may find one.",
        )
    return sentence


def seating_text(problem: SeatingProblem, plan: SeatingPlan) -> str:
    lines = [
        translate(
            "Cli",
            "Seating plan: {participants} people at {tables} tables, {rounds} rounds (seed {seed})",
        ).format(
            participants=problem.participants,
            tables=problem.tables,
            rounds=problem.rounds,
            seed=plan.seed,
        )
    ]
    if plan.hosts is not None:
        lines.append(
            translate("Cli", "Hosts: {hosts}").format(
                hosts=", ".join(
                    translate("Cli", "table {table}: {host}").format(table=t, host=host)
                    for t, host in enumerate(plan.hosts, start=1)
                )
            )
        )
    for r, round_ in enumerate(plan.rounds, start=1):
        lines.append("")
        lines.append(translate("Cli", "Round {round}").format(round=r))
        rows = [
            [
                translate("Cli", "Table {table}").format(table=t),
                ", ".join(str(participant) for participant in table),
            ]
            for t, table in enumerate(round_, start=1)
        ]
        lines.extend("  " + line for line in format_table(["", ""], rows).splitlines()[1:])
    lines.append("")
    lines.append(repeats_sentence(problem, plan))
    average = f"{plan.average_new_people():.1f}"
    if current_language() == "de":
        average = average.replace(".", ",")
    lines.append(
        translate("Cli", "On average, each person meets {count} different people.").format(
            count=average
        )
    )
    return "\n".join(lines)
