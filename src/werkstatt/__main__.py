"""Start Werkstatt: ``werkstatt [--data-dir DIR] [--lang de|en] [list | protocol ID --out F]``.

Without a subcommand the GUI starts. This module stays light (no Qt, no SQLAlchemy at
import time): the GUI's start-up clock is running, and ``--version`` and ``list`` must
work without a display or Qt's system libraries.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from werkstatt import APP_NAME, __version__
from werkstatt.i18n import (
    LANGUAGE_ENV,
    UnsupportedLanguageError,
    language_from_locale,
    resolve_language,
    set_language,
    translate,
)
from werkstatt.paths import resolve_data_dir

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
DEBUG_ENV = "WERKSTATT_DEBUG"  # set to 1 to get tracebacks instead of sentences


def _language_option(argv: Sequence[str]) -> str | None:
    """``--lang`` from the raw arguments, so that even ``--help`` speaks that language."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's own words (usage:) in the user's language too."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[Any],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = translate("Cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No abbreviations: '--anonym' must not silently mean '--anonymous', and a new
        # option must never change what an old script's abbreviation means.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = translate("Cli", "{prog}: error: {message}").format(prog=self.prog, message=message)
        self.exit(EXIT_USAGE, text + "\n")


def _add_common_options(parser: argparse.ArgumentParser, *, in_subcommand: bool) -> None:
    # Given to the main parser and to each subcommand, so that `werkstatt list --data-dir D`
    # works as well as `werkstatt --data-dir D list`. In a subcommand the defaults are
    # suppressed, or they would overwrite what was given before the subcommand.
    default = argparse.SUPPRESS if in_subcommand else None
    options = parser.add_argument_group(translate("Cli", "options"))
    options.add_argument(
        "-h",
        "--help",
        action="help",
        help=translate("Cli", "show this help and exit"),
    )
    options.add_argument(
        "--data-dir",
        metavar=translate("Cli", "DIR"),
        default=default,
        help=translate(
            "Cli",
            "folder that holds the library (default: $WERKSTATT_DATA_DIR, else the "
            "user's data folder)",
        ),
    )
    options.add_argument(
        "--lang",
        metavar="{de,en}",
        default=default,
        help=translate(
            "Cli", "language: de (German) or en (English); default: $WERKSTATT_LANG or the locale"
        ),
    )
    if not in_subcommand:
        options.add_argument(
            "--version",
            action="version",
            version=f"{APP_NAME} {__version__}",
            help=translate("Cli", "show the version and exit"),
        )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="werkstatt",
        description=translate(
            "Cli",
            "Werkstatt: plan and moderate participation workshops (World Café, Open Space, "
            "Future Workshop) and publish their protocol. Without a command, the window opens.",
        ),
        add_help=False,
        formatter_class=_HelpFormatter,
    )
    _add_common_options(parser, in_subcommand=False)
    commands = parser.add_subparsers(
        dest="command", title=translate("Cli", "commands"), metavar=translate("Cli", "COMMAND")
    )
    list_parser = commands.add_parser(
        "list",
        help=translate("Cli", "print the workshops of the library"),
        description=translate(
            "Cli", "Print the workshops of the library: ID, date, method, title."
        ),
        add_help=False,
        formatter_class=_HelpFormatter,
    )
    _add_common_options(list_parser, in_subcommand=True)
    _add_protocol_command(commands)
    _add_archive_commands(commands)
    from werkstatt.cli import add_seating_command

    add_seating_command(commands, _add_common_options, _HelpFormatter)
    return parser


def _add_protocol_command(commands: Any) -> None:
    parser = commands.add_parser(
        "protocol",
        help=translate("Cli", "write the protocol of a workshop as PDF or Word file"),
        description=translate(
            "Cli",
            "Write the protocol of a workshop (its ID as `werkstatt list` shows it) as PDF "
            "or Word file, in the workshop's language. Works while the window has the "
            "library open.",
        ),
        add_help=False,
        formatter_class=_HelpFormatter,
    )
    # In a group of ours, so that its heading is translated like the others.
    parser.add_argument_group(translate("Cli", "workshop")).add_argument(
        "workshop_id",
        type=int,
        metavar=translate("Cli", "WORKSHOP_ID"),
        help=translate("Cli", "the workshop's ID"),
    )
    protocol = parser.add_argument_group(translate("Cli", "protocol"))
    protocol.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar=translate("Cli", "FILE.pdf|FILE.docx"),
        help=translate(
            "Cli", "the PDF or Word file to write, by its ending (replaced if it exists)"
        ),
    )
    protocol.add_argument(
        "--no-names",
        "--anonymous",
        dest="no_names",
        action="store_true",
        help=translate(
            "Cli",
            "leave out personal names (card authors, feedback names, moderators, client), "
            "e.g. for publishing",
        ),
    )
    protocol.add_argument(
        "--no-photos",
        dest="no_photos",
        action="store_true",
        help=translate("Cli", "leave out the photos (a smaller file)"),
    )
    protocol.add_argument(
        "--scripts",
        action="store_true",
        help=translate("Cli", "include the moderator scripts (for the team, not the public)"),
    )
    _add_common_options(parser, in_subcommand=True)


def _add_archive_commands(commands: Any) -> None:
    export = commands.add_parser(
        "export",
        help=translate("Cli", "write a workshop as a portable .werkstatt file"),
        description=translate(
            "Cli",
            "Write a workshop with all its phases, results and photos as a .werkstatt file, "
            "which another Werkstatt imports. Works while the window has the library open.",
        ),
        add_help=False,
        formatter_class=_HelpFormatter,
    )
    export.add_argument_group(translate("Cli", "workshop")).add_argument(
        "workshop_id",
        type=int,
        metavar=translate("Cli", "WORKSHOP_ID"),
        help=translate("Cli", "the workshop's ID"),
    )
    export.add_argument_group(translate("Cli", "file")).add_argument(
        "--out",
        required=True,
        type=Path,
        metavar=translate("Cli", "FILE.werkstatt"),
        help=translate("Cli", "the file to write (replaced if it exists)"),
    )
    _add_common_options(export, in_subcommand=True)

    importing = commands.add_parser(
        "import",
        help=translate("Cli", "add the workshop of a .werkstatt file to the library"),
        description=translate(
            "Cli",
            "Add the workshop of a .werkstatt file to the library: all of it, or nothing "
            "when the file is damaged. Close the window first.",
        ),
        add_help=False,
        formatter_class=_HelpFormatter,
    )
    importing.add_argument_group(translate("Cli", "file")).add_argument(
        "source",
        type=Path,
        metavar=translate("Cli", "FILE.werkstatt"),
        help=translate("Cli", "the file to import"),
    )
    existing = importing.add_argument_group(
        translate("Cli", "when the workshop is in the library already")
    ).add_mutually_exclusive_group()
    existing.add_argument(
        "--keep-both",
        dest="on_existing",
        action="store_const",
        const="keep_both",
        help=translate("Cli", "import it as a second workshop beside the one there"),
    )
    existing.add_argument(
        "--replace",
        dest="on_existing",
        action="store_const",
        const="replace",
        help=translate("Cli", "remove the one in the library for good and import the file's"),
    )
    importing.set_defaults(on_existing="ask")
    _add_common_options(importing, in_subcommand=True)


def _report(exc: BaseException) -> None:
    # Imported only now: messages pulls in the store's and the methods' error modules.
    from werkstatt.messages import describe

    print(describe(exc), file=sys.stderr)


def _start_gui(data_dir: Path, language: str | None) -> int:
    try:
        from werkstatt.app import run_gui
    except ImportError as exc:
        # Typically Qt's system libraries are missing (libEGL, libxcb-cursor ...).
        if os.environ.get(DEBUG_ENV):
            raise
        print(
            translate(
                "Cli",
                "The Werkstatt window cannot open because Qt could not be loaded ({detail}). "
                "On Debian or Ubuntu, bash packaging/werkstatt.sh start installs what is "
                "missing. The command line (werkstatt list) works without it.",
            ).format(detail=exc),
            file=sys.stderr,
        )
        return EXIT_ERROR
    return run_gui(data_dir, language)


def _run(argv: Sequence[str]) -> int:
    try:
        set_language(resolve_language(_language_option(argv)))
    except UnsupportedLanguageError:
        # Reported below, after parsing, in the locale's language.
        set_language(language_from_locale())
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # --help, --version, usage errors
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        language = resolve_language(args.lang)
    except UnsupportedLanguageError as exc:
        _report(exc)
        return EXIT_USAGE
    set_language(language)
    data_dir = resolve_data_dir(args.data_dir)
    if args.command == "list":
        from werkstatt.cli import list_workshops

        return list_workshops(data_dir, sys.stdout)
    if args.command == "protocol":
        from werkstatt.cli import export_protocol

        return export_protocol(
            data_dir,
            args.workshop_id,
            args.out.expanduser(),
            include_names=not args.no_names,
            include_scripts=args.scripts,
            include_photos=not args.no_photos,
            out=sys.stdout,
            err=sys.stderr,
        )
    if args.command == "export":
        from werkstatt.cli import export_workshop

        return export_workshop(
            data_dir, args.workshop_id, args.out.expanduser(), sys.stdout, sys.stderr
        )
    if args.command == "import":
        from werkstatt.cli import import_workshop

        return import_workshop(
            data_dir, args.source.expanduser(), args.on_existing, sys.stdout, sys.stderr
        )
    if args.command == "seating":
        from werkstatt.cli import seating

        return seating(args, sys.stdout, sys.stderr)
    # The GUI gets only a language the user asked for now; else its saved setting applies.
    asked = bool(args.lang or os.environ.get(LANGUAGE_ENV))
    return _start_gui(data_dir, language if asked else None)


def main(argv: Sequence[str] | None = None) -> int:
    """The program: returns the exit code (0 fine, 1 failed, 2 bad usage)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        return _run(arguments)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `werkstatt list | head`: the reader left; nothing to tell anyone.
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        _report(exc)
        return EXIT_ERROR


def _silence_stdout() -> None:
    # Python flushes stdout at exit and would complain about the closed pipe again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
