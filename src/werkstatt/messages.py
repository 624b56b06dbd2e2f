"""Turn typed errors into sentences for people: what happened, the facts, what to do.

The layers below raise errors that carry facts (a path, a field, a limit) and no
sentences; the command line prints ``describe(exc)`` and the GUI shows it in a dialog.
The words come from ``translate`` and so follow ``--lang``/the locale (or the GUI's
QTranslator). ``describe`` never raises and never shows a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from werkstatt.core.photo_errors import (
    ImageTooManyPixelsError,
    NotAnImageError,
    PhotoError,
    PhotoTooLargeError,
    UnsupportedFormatError,
)
from werkstatt.core.seating import (
    BadParticipantNumberError,
    HostAbsentError,
    NoRoundsError,
    NoTablesError,
    RoundOutOfRangeError,
    SeatingError,
    TooFewPerTableError,
    TooManyParticipantsError,
    TooManyPerTableError,
    TooManyRoundsError,
)
from werkstatt.i18n import UnsupportedLanguageError, current_language, translate
from werkstatt.methods.errors import Problem, SettingError, TemplateError
from werkstatt.methods.kinds import KIND_CONTEXT, SETTINGS_CONTEXT, kind_label, settings_spec
from werkstatt.protocol.errors import NoSeatingPlanError
from werkstatt.store.errors import (
    ArchiveContentError,
    ArchiveDamagedError,
    ArchiveTooLargeError,
    ArchiveTooNewError,
    DamagedLibraryError,
    DataDirUnusableError,
    DiskFullError,
    EnvironmentProblem,
    InvalidValueError,
    LibraryInUseError,
    LibraryTooNewError,
    NoPhasesError,
    NotALibraryError,
    NotAnArchiveError,
    NotFoundError,
    StorageIOError,
    StoreError,
    TooLongError,
    WorkshopExistsError,
)

_LONGEST_SHOWN_VALUE = 60


class _Facts(dict[str, Any]):
    """Facts for str.format_map: a fact the error lacks shows as '?' instead of failing."""

    def __missing__(self, key: str) -> str:
        return "?"


def _fill(sentence: str, **facts: Any) -> str:
    return sentence.format_map(_Facts(facts))


def _shown(value: object) -> str:
    """A value as the user typed it, cut short when it is long."""
    text = str(value)
    if len(text) > _LONGEST_SHOWN_VALUE:
        text = text[: _LONGEST_SHOWN_VALUE - 1] + "…"
    return text


def _number(value: object) -> str:
    """A number as the user's language writes it: 100.000 in German, 100,000 in English."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = f"{value:,}"
    if current_language() == "de":
        text = text.translate(str.maketrans(",.", ".,"))
    return text


def _is_range(limit: object) -> bool:
    return (
        isinstance(limit, tuple)
        and len(limit) == 2
        and all(isinstance(end, int | float) and not isinstance(end, bool) for end in limit)
    )


def _range(limit: tuple[float, float]) -> str:
    low, high = limit
    return _fill(translate("Errors", "{low} to {high}"), low=_number(low), high=_number(high))


def _limit(limit: object) -> str:
    """A limit as the store gives it (a number, a range, choices, a word) for people."""
    if _is_range(limit):
        return _range(limit)  # type: ignore[arg-type]
    if isinstance(limit, int | float) and not isinstance(limit, bool):
        return _number(limit)
    return _listed(limit)


def _listed(values: object) -> str:
    if isinstance(values, str) or not isinstance(values, Iterable):
        return str(values)
    return ", ".join(str(value) for value in values)


def _with_detail(sentence: str, detail: str) -> str:
    if not detail:
        return sentence
    return sentence + " " + _fill(translate("Errors", "(Details: {detail})"), detail=detail)


# store: the environment's fault -------------------------------------------------------
def _data_dir_unusable(exc: DataDirUnusableError) -> str:
    return _fill(
        translate(
            "Errors",
            "Werkstatt cannot use the data folder {path}: it is missing and cannot be "
            "created, or it is not writable. Check that the drive is connected and that you "
            "may write there, or choose another data folder with --data-dir.",
        ),
        path=exc.path,
    )


def _disk_full(exc: DiskFullError) -> str:
    return _fill(
        translate(
            "Errors",
            "The disk that holds {path} is full, so the last change was not saved. "
            "Everything before it is safe. Free some space on the disk and try again.",
        ),
        path=exc.path,
    )


def _not_a_library(exc: NotALibraryError) -> str:
    return _fill(
        translate(
            "Errors",
            "The file {path} is not a Werkstatt library. Werkstatt has left it untouched. "
            "Choose another data folder with --data-dir, or move the file elsewhere so "
            "that Werkstatt can start a new library there.",
        ),
        path=exc.path,
    )


def _has_backups(folder: Path) -> bool:
    try:
        return any(path.suffix == ".sqlite" for path in folder.iterdir())
    except OSError:  # missing or unreadable: nothing there to point to
        return False


def _damaged_library(exc: DamagedLibraryError) -> str:
    backups = Path(exc.path).parent / "backups"
    if not _has_backups(backups):
        return _fill(
            translate(
                "Errors",
                "The library {path} is damaged and cannot be opened. Werkstatt has not "
                "changed it. Keep the file, and choose another data folder with --data-dir, "
                "or move the file elsewhere so that Werkstatt can start a new library there.",
            ),
            path=exc.path,
        )
    return _fill(
        translate(
            "Errors",
            "The library {path} is damaged and cannot be opened. Werkstatt has not changed "
            "it. Keep the file, and restore the latest backup from the folder {backups}.",
        ),
        path=exc.path,
        backups=backups,
    )


def _storage_io(exc: StorageIOError) -> str:
    return _fill(
        translate(
            "Errors",
            "Werkstatt could not read or write {path}: the drive reported an error. Check "
            "that the USB stick or drive is still connected. Everything shown as done "
            "before is saved; try the last step again.",
        ),
        path=exc.path,
    )


def _library_in_use(exc: LibraryInUseError) -> str:
    return _fill(
        translate(
            "Errors",
            "The library {path} is already open in another Werkstatt (perhaps on another "
            "computer, if the folder is shared). Switch to that window, or close it and "
            "try again.",
        ),
        path=exc.path,
    )


def _library_too_new(exc: LibraryTooNewError) -> str:
    return _fill(
        translate(
            "Errors",
            "The library {path} was written by a newer version of Werkstatt (schema "
            "{revision}), which this version cannot read. Werkstatt has left it untouched. "
            "Please install the latest version of Werkstatt.",
        ),
        path=exc.path,
        revision=exc.revision,
    )


def _environment_problem(exc: EnvironmentProblem) -> str:
    return _fill(
        translate("Errors", "Werkstatt has a problem with {path}: {detail}"),
        path=exc.path,
        detail=exc.detail or type(exc).__name__,
    )


# store: the user's input ----------------------------------------------------------------
def _not_found(exc: NotFoundError) -> str:
    sentences = {
        "workshop": translate(
            "Errors",
            "The workshop {key} does not exist (any more). Perhaps it was deleted; "
            "the list of workshops shows those that are there.",
        ),
        "phase": translate(
            "Errors",
            "The phase {key} does not exist (any more). Perhaps it was removed from the plan.",
        ),
        "template": translate(
            "Errors",
            "The template {key} does not exist (any more). Choose one of the listed templates.",
        ),
        "card": translate(
            "Errors",
            "The card {key} does not exist (any more). Perhaps it was deleted, or its phase "
            "was removed from the plan.",
        ),
        "feedback entry": translate(
            "Errors",
            "The feedback entry {key} does not exist (any more). Perhaps it was deleted, or "
            "its phase was removed from the plan.",
        ),
        "cluster": translate(
            "Errors",
            "The cluster {key} does not exist (any more). Perhaps it was deleted or merged "
            "into another one.",
        ),
        "action": translate(
            "Errors",
            "The action {key} does not exist (any more). Perhaps it was deleted, or its "
            "phase was removed from the plan.",
        ),
        "reality check": translate(
            "Errors",
            "The reality check {key} does not exist (any more). Perhaps it was deleted, or "
            "its phase was removed from the plan.",
        ),
        "photo": translate(
            "Errors",
            "The photo {key} does not exist (any more). Perhaps it was deleted, or its phase "
            "was removed from the plan.",
        ),
        "slot": translate("Errors", "The time slot {key} does not exist (any more)."),
        "space": translate("Errors", "The space {key} does not exist (any more)."),
        "proposal": translate(
            "Errors",
            "The proposal {key} does not exist (any more), or it was merged into another one.",
        ),
        "report": translate("Errors", "The report {key} does not exist (any more)."),
    }
    sentence = sentences.get(
        str(exc.what).lower(),
        translate("Errors", "{what} {key} does not exist (any more)."),
    )
    return _fill(sentence, what=exc.what, key=exc.key)


def _field_name(field: str) -> str:
    names = {
        "title": translate("Errors", "Title"),
        "method": translate("Errors", "Method"),
        "date": translate("Errors", "Date"),
        "start_time": translate("Errors", "Start time"),
        "place": translate("Errors", "Place"),
        "client": translate("Errors", "Client"),
        "moderators": translate("Errors", "Moderators"),
        "expected_participants": translate("Errors", "Expected participants"),
        "notes": translate("Errors", "Notes"),
        "status": translate("Errors", "Status"),
        "language": translate("Errors", "Language"),
        "kind": translate("Errors", "Phase kind"),
        "question": translate("Errors", "Question for the participants"),
        "script": translate("Errors", "Moderator script"),
        "planned_minutes": translate("Errors", "Planned minutes"),
        "name": translate("Errors", "Name"),
        "text": translate("Errors", "Text"),
        "colour": translate("Errors", "Colour"),
        "author": translate("Errors", "Author"),
        "rating": translate("Errors", "Rating"),
        "cards": translate("Errors", "Cards in this phase"),
        "feedback": translate("Errors", "Feedback entries in this phase"),
        "settings": translate("Errors", "Settings of the phase"),
        "origin": translate("Errors", "Original statement"),
        "dots": translate("Errors", "Dots"),
        "criterion": translate("Errors", "Criterion"),
        "clusters": translate("Errors", "Clusters on this board"),
        "what": translate("Errors", "Action"),
        "responsible": translate("Errors", "Responsible"),
        "due": translate("Errors", "By when"),
        "first_step": translate("Errors", "First step"),
        "resources": translate("Errors", "Resources"),
        "source": translate("Errors", "Source"),
        "source_cluster_id": translate("Errors", "Source cluster"),
        "idea": translate("Errors", "Idea"),
        "allies": translate("Errors", "Allies"),
        "obstacles": translate("Errors", "Obstacles"),
        "actions": translate("Errors", "Actions in this phase"),
        "reality_checks": translate("Errors", "Reality checks in this phase"),
        "photos": translate("Errors", "Photos in this phase"),
        "caption": translate("Errors", "Caption"),
        "photo_bytes": translate("Errors", "Size of the photo"),
        "slots": translate("Errors", "Time slots on this agenda wall"),
        "spaces": translate("Errors", "Spaces on this agenda wall"),
        "proposals": translate("Errors", "Proposals on this agenda wall"),
        "start": translate("Errors", "Start"),
        "minutes": translate("Errors", "Minutes"),
        "label": translate("Errors", "Label"),
        "capacity": translate("Errors", "Capacity"),
        "equipment": translate("Errors", "Equipment"),
        "convener": translate("Errors", "Convener"),
        "description": translate("Errors", "Description"),
        "expected": translate("Errors", "Expected participants"),
        "needs": translate("Errors", "Needs"),
        "participants": translate("Errors", "Participants"),
        "names": translate("Errors", "Names"),
        "key_points": translate("Errors", "Key points"),
        "results": translate("Errors", "Results"),
        "next_steps": translate("Errors", "Next steps"),
    }
    return names.get(field, field)


def _invalid_value(exc: InvalidValueError) -> str:
    if isinstance(exc.__cause__, SettingError):
        # A kind setting the store refused: say which, in the editor's words.
        return _setting_error(exc.__cause__)
    field = _field_name(str(exc.field))
    value, limit = exc.value, exc.limit
    number = isinstance(value, int | float) and not isinstance(value, bool)
    limit_is_number = _is_range(limit) or (
        isinstance(limit, int | float) and not isinstance(limit, bool)
    )
    if isinstance(value, str) and not value.strip():
        sentence = translate("Errors", 'The field "{field}" must not be empty. Please fill it in.')
    elif isinstance(value, str) and isinstance(limit, int) and len(value) > limit:
        sentence = translate(
            "Errors",
            'The field "{field}" is too long: {length} characters, at most {limit} are '
            "possible. Please shorten it.",
        )
    elif number and _is_range(limit):
        sentence = translate(
            "Errors", 'The field "{field}" takes a number from {limit}; {value} is outside.'
        )
    elif number and value < 0:  # type: ignore[operator]
        sentence = translate("Errors", 'The field "{field}" cannot be negative ({value}).')
    elif number and isinstance(limit, int | float) and value > limit:  # type: ignore[operator]
        sentence = translate(
            "Errors", 'The field "{field}" can be at most {limit}; {value} is too much.'
        )
    elif limit is not None:
        sentence = translate(
            "Errors", 'The value "{value}" is not possible in the field "{field}" (limit: {limit}).'
        )
    else:
        sentence = translate(
            "Errors", 'The value "{value}" is not possible in the field "{field}".'
        )
    length = len(value) if isinstance(value, str) else "?"
    # A count or amount is written as numbers are; anything else exactly as it came.
    shown = _number(value) if number and limit_is_number else _shown(value)
    return _fill(sentence, field=field, value=shown, limit=_limit(limit), length=length)


def _too_long(exc: TooLongError) -> str:
    return _fill(
        translate(
            "Errors",
            'The field "{field}" can be at most {limit} characters long; this text has '
            "{length}. Please shorten it.",
        ),
        field=_field_name(str(exc.field)),
        limit=_number(exc.maximum),
        length=_number(exc.length),
    )


def _no_phases(exc: NoPhasesError) -> str:
    return _fill(
        translate(
            "Errors",
            "The workshop “{title}” has no phases yet, so it cannot be saved as a template. "
            "Add at least one phase first.",
        ),
        title=exc.title,
    )


def _store_error(exc: StoreError) -> str:
    return _fill(translate("Errors", "The library refused the change: {detail}"), detail=str(exc))


# methods ----------------------------------------------------------------------------------
def _type_word(name: str) -> str:
    """A type as the methods layer names it (or Python does) in the user's words."""
    words = {
        "integer": translate("Errors", "whole number"),
        "int": translate("Errors", "whole number"),
        "float": translate("Errors", "decimal number"),
        "boolean": translate("Errors", "true or false"),
        "bool": translate("Errors", "true or false"),
        "text": translate("Errors", "text"),
        "str": translate("Errors", "text"),
        "phase key": translate("Errors", "key of a phase"),
        "table": translate("Errors", "table"),
        "dict": translate("Errors", "table"),
        "list": translate("Errors", "list"),
        "NoneType": translate("Errors", "nothing"),
    }
    return words.get(name, name)


def _problem(code: Problem, details: Mapping[str, Any], fallback: str) -> str:
    """The problem of a template or setting as a phrase, from its code and particulars."""
    phrases: dict[Problem, Callable[[], str]] = {
        Problem.UNREADABLE: lambda: translate("Errors", "the file cannot be read ({reason})."),
        Problem.NOT_UTF8: lambda: translate(
            "Errors", "the file is not UTF-8 text (byte {position}). Save it as UTF-8."
        ),
        Problem.SYNTAX: lambda: translate(
            "Errors", "the file is not valid ({message}, line {line}, column {column})."
        ),
        Problem.UNSUPPORTED_FORMAT: lambda: translate(
            "Errors",
            "the file has format version {got}, but this Werkstatt reads only {supported}.",
        ),
        Problem.MISSING: lambda: translate("Errors", "a required entry is missing."),
        Problem.UNKNOWN_FIELD: lambda: translate(
            "Errors", 'the entry "{field}" is unknown (known entries: {known}).'
        ),
        Problem.WRONG_TYPE: lambda: translate("Errors", "expected here: {expected}; found: {got}."),
        Problem.EMPTY: lambda: translate("Errors", "the entry must not be empty."),
        Problem.TOO_LONG: lambda: translate(
            "Errors", "the text is too long ({got} characters, at most {maximum})."
        ),
        Problem.OUT_OF_RANGE: lambda: translate(
            "Errors", "{got} is outside the allowed range from {minimum} to {maximum}."
        ),
        Problem.NOT_A_CHOICE: lambda: translate(
            "Errors", '"{got}" is not possible here; choose one of: {choices}.'
        ),
        Problem.BAD_KEY: lambda: translate(
            "Errors",
            '"{got}" is not a usable key; use lower-case letters, digits and underscores.',
        ),
        Problem.BAD_LANGUAGE: lambda: translate(
            "Errors", '"{got}" is not a language Werkstatt knows (de, en).'
        ),
        Problem.UNKNOWN_KIND: lambda: translate(
            "Errors", 'there is no phase kind "{got}" (known kinds: {known}).'
        ),
        Problem.DUPLICATE_KEY: lambda: translate(
            "Errors", 'the key "{key}" is used twice (first at {first}).'
        ),
        Problem.UNKNOWN_PHASE: lambda: translate(
            "Errors", 'it refers to a phase "{key}" that the template does not have.'
        ),
        Problem.SELF_REFERENCE: lambda: translate("Errors", 'the phase "{key}" refers to itself.'),
        Problem.WRONG_PHASE_KIND: lambda: translate(
            "Errors", 'the phase "{key}" is of kind {kind}, but {expected} is needed here.'
        ),
        Problem.TOO_MANY_NAMES: lambda: translate(
            "Errors", '{names} names are given, but "{setting}" is set to {maximum}.'
        ),
    }
    phrase = phrases.get(code)
    facts = {
        key: _number(value) if isinstance(value, int | float) else _listed(value)
        for key, value in details.items()
    }
    for key in ("expected", "got"):
        if code is Problem.WRONG_TYPE and key in facts:
            facts[key] = _type_word(facts[key])
    if phrase is None:  # a code newer than this module: the English phrase beats nothing
        return fallback
    return _fill(phrase(), **facts)


def _template_error(exc: TemplateError) -> str:
    if exc.location:
        sentence = translate(
            "Errors",
            "The method template {source} cannot be used: at {location}, {problem} "
            "Correct the file or remove it.",
        )
    else:
        sentence = translate(
            "Errors",
            "The method template {source} cannot be used: {problem} Correct the file or remove it.",
        )
    return _fill(
        sentence,
        source=exc.source,
        location=exc.location,
        problem=_problem(exc.code, exc.details, exc.problem),
    )


def _kind_name(kind: str) -> str:
    try:
        return translate(KIND_CONTEXT, kind_label(kind))
    except (KeyError, ValueError):  # not a kind of this Werkstatt: as it is called
        return str(kind)


def _setting_name(kind: str, setting: str) -> str:
    """A setting's label as the plan editor shows it (its key if the kind lacks it)."""
    try:
        specs = settings_spec(kind)
    except (KeyError, ValueError):
        return setting
    spec = next((spec for spec in specs if spec.key == setting), None)
    return translate(SETTINGS_CONTEXT, spec.label) if spec is not None else setting


def setting_problem(exc: SettingError) -> str:
    """Only what is wrong with a setting, as a sentence (for a hint beside the field)."""
    details = dict(exc.details)
    if isinstance(details.get("setting"), str):
        details["setting"] = _setting_name(exc.kind, details["setting"])
    phrase = _problem(exc.code, details, exc.problem)
    return phrase[:1].upper() + phrase[1:]


def _setting_error(exc: SettingError) -> str:
    details = dict(exc.details)
    if isinstance(details.get("setting"), str):
        details["setting"] = _setting_name(exc.kind, details["setting"])
    return _fill(
        translate("Errors", 'The setting "{setting}" of a {kind} phase cannot be used: {problem}'),
        setting=_setting_name(exc.kind, exc.setting),
        kind=_kind_name(exc.kind),
        problem=_problem(exc.code, details, exc.problem),
    )


# seating plans ----------------------------------------------------------------------------
def _no_tables(exc: NoTablesError) -> str:
    return _fill(
        translate("Errors", "A seating plan needs at least one table, not {tables}."),
        tables=_number(exc.tables),
    )


def _too_few_per_table(exc: TooFewPerTableError) -> str:
    return _fill(
        translate(
            "Errors",
            "{participants} participants at {tables} tables would leave fewer than {minimum} "
            "people at a table. Use at most {most} tables.",
        ),
        participants=_number(exc.participants),
        tables=_number(exc.tables),
        minimum=_number(exc.minimum),
        most=_number(max(exc.participants // exc.minimum, 1)),
    )


def _too_many_per_table(exc: TooManyPerTableError) -> str:
    return _fill(
        translate(
            "Errors",
            "{participants} participants at {tables} tables would put more than {maximum} "
            "people at a table. Use at least {least} tables.",
        ),
        participants=_number(exc.participants),
        tables=_number(exc.tables),
        maximum=_number(exc.maximum),
        least=_number(-(-exc.participants // exc.maximum)),
    )


def _too_many_participants(exc: TooManyParticipantsError) -> str:
    return _fill(
        translate(
            "Errors",
            "A seating plan can hold at most {maximum} participants, not {participants}.",
        ),
        maximum=_number(exc.maximum),
        participants=_number(exc.participants),
    )


def _no_rounds(exc: NoRoundsError) -> str:
    return _fill(
        translate("Errors", "A seating plan needs at least one round, not {rounds}."),
        rounds=_number(exc.rounds),
    )


def _too_many_rounds(exc: TooManyRoundsError) -> str:
    return _fill(
        translate("Errors", "A seating plan can have at most {maximum} rounds, not {rounds}."),
        maximum=_number(exc.maximum),
        rounds=_number(exc.rounds),
    )


def _round_out_of_range(exc: RoundOutOfRangeError) -> str:
    return _fill(
        translate(
            "Errors",
            "The seating plan has rounds 1 to {rounds}, so it cannot be planned anew from "
            "round {round}.",
        ),
        rounds=_number(exc.rounds),
        round=_number(exc.round_index + 1),
    )


def _host_absent(exc: HostAbsentError) -> str:
    return _fill(
        translate(
            "Errors",
            "Participant {participant} hosts table {table} and so must be present in the "
            "rounds planned anew: a table does not go on without its host.",
        ),
        participant=_number(exc.participant),
        table=_number(exc.table + 1),
    )


def _bad_participant_number(exc: BadParticipantNumberError) -> str:
    return _fill(
        translate(
            "Errors", "Participants are numbered from 1; {participant} is not a valid number."
        ),
        participant=_number(exc.participant),
    )


def _seating_error(exc: SeatingError) -> str:
    return _with_detail(translate("Errors", "No seating plan can be made."), _shown(exc))


# everything else --------------------------------------------------------------------------
def _unsupported_language(exc: UnsupportedLanguageError) -> str:
    return _fill(
        translate(
            "Errors",
            'The language "{language}" (from {origin}) is not available. '
            "Choose de (German) or en (English).",
        ),
        language=exc.language,
        origin=exc.origin,
    )


# workshop files and photos ----------------------------------------------------------------
def _megabytes(size: int) -> str:
    return _fill(translate("Errors", "{size} MB"), size=_number(round(size / 1_048_576, 1)))


def _not_an_archive(exc: NotAnArchiveError) -> str:
    return _fill(
        translate(
            "Errors",
            "{path} is not a Werkstatt workshop file (.werkstatt). Nothing was imported. "
            "Choose a file that Werkstatt exported with \"Export workshop\".",
        ),
        path=exc.path,
    )


def _archive_damaged(exc: ArchiveDamagedError) -> str:
    return _with_detail(
        _fill(
            translate(
                "Errors",
                "The workshop file {path} is damaged or incomplete (perhaps cut off while "
                "copying). Nothing was imported. Ask for the file again or copy it once more.",
            ),
            path=exc.path,
        ),
        _shown(exc.detail),
    )


def _archive_too_large(exc: ArchiveTooLargeError) -> str:
    return _fill(
        translate(
            "Errors",
            "The workshop file {path} is larger than Werkstatt accepts ({what}: {size}, at "
            "most {maximum}). Nothing was imported. A file this size cannot come from a "
            "workshop; it may be damaged or not a real workshop file.",
        ),
        path=exc.path,
        what=exc.what,
        size=_number(exc.size),
        maximum=_number(exc.maximum),
    )


def _archive_too_new(exc: ArchiveTooNewError) -> str:
    return _fill(
        translate(
            "Errors",
            "The workshop file {path} was written by a newer version of Werkstatt (format "
            "{version}), which this version cannot read. Nothing was imported. Please "
            "install the latest version of Werkstatt.",
        ),
        path=exc.path,
        version=_shown(exc.version),
    )


def _archive_content(exc: ArchiveContentError) -> str:
    return _fill(
        translate(
            "Errors",
            "The workshop file {path} holds something Werkstatt cannot accept. Nothing was "
            "imported. At {where}: {problem}.",
        ),
        path=exc.path,
        where=exc.where,
        problem=_shown(exc.problem),
    )


def _workshop_exists(exc: WorkshopExistsError) -> str:
    return _fill(
        translate(
            "Errors",
            'The workshop "{title}" is already in this library. Import it again and '
            "choose whether to keep both or to replace the one in the library.",
        ),
        title=exc.title,
    )


def _not_an_image(exc: NotAnImageError) -> str:
    return _fill(
        translate("Errors", '"{filename}" is not a readable image, or the file is damaged.'),
        filename=exc.filename,
    )


def _unsupported_format(exc: UnsupportedFormatError) -> str:
    return _fill(
        translate(
            "Errors",
            '"{filename}" is a {format} image; Werkstatt takes JPEG, PNG, WebP and GIF. '
            "Save it as JPEG and add it again.",
        ),
        filename=exc.filename,
        format=exc.image_format,
    )


def _photo_too_large(exc: PhotoTooLargeError) -> str:
    return _fill(
        translate("Errors", '"{filename}" is {size}; a photo may have at most {maximum}.'),
        filename=exc.filename,
        size=_megabytes(exc.size),
        maximum=_megabytes(exc.maximum),
    )


def _too_many_pixels(exc: ImageTooManyPixelsError) -> str:
    if not exc.pixels:
        return _fill(
            translate(
                "Errors",
                '"{filename}" has more pixels than Werkstatt accepts (at most {maximum} '
                "megapixels).",
            ),
            filename=exc.filename,
            maximum=_number(exc.maximum // 1_000_000),
        )
    return _fill(
        translate(
            "Errors",
            '"{filename}" has too many pixels ({pixels} megapixels, at most {maximum}).',
        ),
        filename=exc.filename,
        pixels=_number(round(exc.pixels / 1_000_000)),
        maximum=_number(exc.maximum // 1_000_000),
    )


def _no_seating_plan(exc: NoSeatingPlanError) -> str:
    return translate(
        "Errors",
        "These table rounds have no seating plan yet. Please make the seating plan first.",
    )


def _photo_error(exc: PhotoError) -> str:
    return _not_an_image(NotAnImageError(exc.filename))


def _os_error(exc: OSError) -> str:
    where = exc.filename if exc.filename is not None else translate("Errors", "a file")
    return _fill(
        translate(
            "Errors",
            "Werkstatt could not use {path}: {reason}. Check that it exists and that you "
            "may read and write it.",
        ),
        path=where,
        reason=exc.strerror or type(exc).__name__,
    )


def _unexpected(exc: BaseException) -> str:
    return _with_detail(
        _fill(
            translate(
                "Errors",
                "An unexpected error occurred ({type}). Everything Werkstatt showed as done "
                "is saved. Please report this error together with what you were doing.",
            ),
            type=type(exc).__name__,
        ),
        _shown(exc),
    )


# Most specific first: the first class the error is an instance of decides.
_DESCRIBERS: tuple[tuple[type[BaseException], Callable[[Any], str]], ...] = (
    (DataDirUnusableError, _data_dir_unusable),
    (DiskFullError, _disk_full),
    (NotALibraryError, _not_a_library),
    (DamagedLibraryError, _damaged_library),
    (LibraryInUseError, _library_in_use),
    (LibraryTooNewError, _library_too_new),
    (NotAnArchiveError, _not_an_archive),
    (ArchiveDamagedError, _archive_damaged),
    (ArchiveTooLargeError, _archive_too_large),
    (ArchiveTooNewError, _archive_too_new),
    (ArchiveContentError, _archive_content),
    (StorageIOError, _storage_io),
    (EnvironmentProblem, _environment_problem),
    (NotFoundError, _not_found),
    (TooLongError, _too_long),
    (InvalidValueError, _invalid_value),
    (NoPhasesError, _no_phases),
    (WorkshopExistsError, _workshop_exists),
    (StoreError, _store_error),
    (TemplateError, _template_error),
    (SettingError, _setting_error),
    (UnsupportedFormatError, _unsupported_format),
    (PhotoTooLargeError, _photo_too_large),
    (ImageTooManyPixelsError, _too_many_pixels),
    (NotAnImageError, _not_an_image),
    (PhotoError, _photo_error),
    (NoSeatingPlanError, _no_seating_plan),
    (NoTablesError, _no_tables),
    (TooFewPerTableError, _too_few_per_table),
    (TooManyPerTableError, _too_many_per_table),
    (TooManyParticipantsError, _too_many_participants),
    (NoRoundsError, _no_rounds),
    (TooManyRoundsError, _too_many_rounds),
    (RoundOutOfRangeError, _round_out_of_range),
    (HostAbsentError, _host_absent),
    (BadParticipantNumberError, _bad_participant_number),
    (SeatingError, _seating_error),
    (UnsupportedLanguageError, _unsupported_language),
    (OSError, _os_error),
)


def describe(exc: BaseException) -> str:
    """One or a few sentences for the user: what happened, the facts, what to do."""
    for error_class, describer in _DESCRIBERS:
        if isinstance(exc, error_class):
            try:
                return describer(exc)
            except Exception:  # a fact of an unexpected shape: still say something useful
                return _unexpected(exc)
    return _unexpected(exc)
