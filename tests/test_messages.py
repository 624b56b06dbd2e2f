"""Typed errors become sentences with their facts and a way out, in German and English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from werkstatt.i18n import UnsupportedLanguageError, set_language
from werkstatt.messages import describe, setting_problem
from werkstatt.methods.errors import Problem, SettingError, TemplateError
from werkstatt.store.errors import (
    DamagedLibraryError,
    DataDirUnusableError,
    DiskFullError,
    EnvironmentProblem,
    InvalidValueError,
    LibraryInUseError,
    LibraryTooNewError,
    NoPhasesError,
    NotALibraryError,
    NotFoundError,
    StorageIOError,
    StoreError,
    TooLongError,
)

STICK = Path("/media/ayşe/USB-STICK/Werkstatt")
LIBRARY = STICK / "library.sqlite"
UNFILLED = re.compile(r"\{[a-z_]*\}")


@pytest.fixture(autouse=True)
def german() -> Iterator[None]:
    set_language("de")
    yield
    set_language("de")


def _say(exc: BaseException, language: str = "de") -> str:
    set_language(language)
    text = describe(exc)
    assert text.strip(), "a message must never be empty"
    assert "Traceback" not in text
    assert not UNFILLED.search(text), f"placeholder left unfilled: {text}"
    return text


ENVIRONMENT_CASES = [
    (DataDirUnusableError(STICK, "Permission denied"), "Datenordner", "--data-dir"),
    (DiskFullError(LIBRARY), "voll", "Platz"),
    (NotALibraryError(LIBRARY), "keine Werkstatt-Bibliothek", "--data-dir"),
    # No backups beside it: the way out is another folder (the backups case is below).
    (DamagedLibraryError(LIBRARY, "database disk image is malformed"), "library", "--data-dir"),
    (LibraryInUseError(LIBRARY), "bereits", "schließen"),
    (LibraryTooNewError(LIBRARY, "0007_photos"), "neueren", "0007_photos"),
]


@pytest.mark.parametrize(("error", "what", "way_out"), ENVIRONMENT_CASES)
def test_environment_problems_name_the_path_and_a_way_out(
    error: EnvironmentProblem, what: str, way_out: str
) -> None:
    text = _say(error)
    assert str(error.path) in text
    assert what in text
    assert way_out in text


@pytest.mark.parametrize(("error", "_what", "_way_out"), ENVIRONMENT_CASES)
def test_every_environment_problem_has_its_own_english_sentence(
    error: EnvironmentProblem, _what: str, _way_out: str
) -> None:
    german, english = _say(error, "de"), _say(error, "en")
    assert german != english
    assert str(error.path) in english


def test_damaged_library_points_at_the_backups_beside_it(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "library-0001-20250301T090000000000Z.sqlite").write_bytes(b"SQLite format 3\x00")
    text = _say(DamagedLibraryError(tmp_path / "library.sqlite", "malformed"), "en")
    assert str(backups) in text
    assert "restore the latest backup" in text


@pytest.mark.parametrize("backups", ["missing", "empty", "only a partial copy"])
def test_damaged_library_mentions_backups_only_when_there_are_some(
    tmp_path: Path, backups: str
) -> None:
    folder = tmp_path / "backups"
    if backups != "missing":
        folder.mkdir()
    if backups == "only a partial copy":
        (folder / "library-0001-20250301T090000000000Z.sqlite.partial").write_bytes(b"")
    text = _say(DamagedLibraryError(tmp_path / "library.sqlite", "malformed"), "en")
    assert "backup" not in text
    assert "--data-dir" in text
    assert str(tmp_path / "library.sqlite") in text


def test_a_failing_drive_says_to_check_the_stick_and_that_the_rest_is_saved() -> None:
    text = _say(StorageIOError(LIBRARY, "SQLITE_IOERR_WRITE"), "en")
    assert str(LIBRARY) in text
    assert "USB stick" in text
    assert "saved" in text
    assert "SQLITE_IOERR" not in text  # the machine's word is for the log, not for people


def test_an_unknown_environment_problem_still_names_path_and_detail() -> None:
    class QuotaExceededError(EnvironmentProblem):
        pass

    text = _say(QuotaExceededError(LIBRARY, "quota of 2 GB exceeded"))
    assert str(LIBRARY) in text
    assert "quota of 2 GB exceeded" in text


def test_missing_workshop() -> None:
    text = _say(NotFoundError("workshop", 42))
    assert "Workshop 42" in text
    assert "gelöscht" in text
    assert "workshop 42" in _say(NotFoundError("workshop", 42), "en")


def test_missing_card_or_feedback_entry() -> None:
    text = _say(NotFoundError("card", 815), "en")
    assert "card 815" in text
    assert "deleted" in text
    assert "feedback entry 9" in _say(NotFoundError("feedback entry", 9), "en")


def test_too_many_cards_and_a_rating_beyond_the_scale() -> None:
    text = _say(InvalidValueError("cards", 20_001, 20_000), "en")
    assert '"Cards in this phase" can be at most 20,000; 20,001' in text
    assert '"Rating" can be at most 5; 7' in _say(InvalidValueError("rating", 7, 5), "en")


def test_missing_thing_of_an_unforeseen_kind() -> None:
    assert "photo 7" in _say(NotFoundError("photo", 7), "en")


def test_empty_title() -> None:
    text = _say(InvalidValueError("title", "   ", None))
    assert "„Titel“" in text
    assert "leer" in text
    assert '"Title" must not be empty' in _say(InvalidValueError("title", "", None), "en")


def test_too_long_title_says_length_and_limit() -> None:
    title = "Quartiersentwicklungskonzept Südstadt " * 10
    text = _say(InvalidValueError("title", title, 200))
    assert f"{len(title)} Zeichen" in text
    assert "höchstens 200" in text


def test_number_above_its_limit() -> None:
    text = _say(InvalidValueError("expected_participants", 5000, 1000), "en")
    assert "Expected participants" in text
    assert "1,000" in text
    assert "5,000" in text
    assert "höchstens 1.000" in _say(InvalidValueError("expected_participants", 5000, 1000))


@pytest.mark.parametrize(
    ("language", "expected"), [("de", "0 bis 100.000"), ("en", "0 to 100,000")]
)
def test_a_range_is_worded_with_the_languages_thousands_separator(
    language: str, expected: str
) -> None:
    # The store's own error for 100,001 expected participants.
    text = _say(InvalidValueError("expected_participants", 100_001, (0, 100_000)), language)
    if language == "en":  # German: once the lead's translation of "{low} to {high}" is in
        assert expected in text
        assert "100,001" in text
    assert "100000" not in text
    assert "(0," not in text
    assert ("100.000" if language == "de" else "100,000") in text


def test_a_text_too_long_counts_characters() -> None:
    text = _say(TooLongError("title", 301, 300), "en")
    assert '"Title" can be at most 300 characters long; this text has 301' in text
    german = _say(TooLongError("script", 20_001, 20_000))
    assert "20.000" in german and "20.001" in german
    assert "Moderationsskript" in german


def test_a_workshop_without_phases_cannot_be_a_template() -> None:
    text = _say(NoPhasesError(7, "Bürgerdialog Lindenstraße"), "en")
    assert "Bürgerdialog Lindenstraße" in text
    assert "no phases" in text
    assert "at least one phase" in text


def test_a_refused_template_is_described_as_a_template_error() -> None:
    error = TemplateError(
        "user_stadtteilkonferenz", "phases[0].title", "must not be empty", Problem.EMPTY, {}
    )
    assert "user_stadtteilkonferenz" in _say(error, "en")


def test_negative_minutes() -> None:
    assert "negativ" in _say(InvalidValueError("planned_minutes", -5, 600))


def test_unknown_field_is_shown_as_it_is_called() -> None:
    text = _say(InvalidValueError("tablecloth_colour", "lila", ("weiß", "grau")))
    assert "tablecloth_colour" in text
    assert "lila" in text


def test_absurdly_long_value_is_cut_short() -> None:
    text = _say(InvalidValueError("client", 12345, "a whole number"), "en")
    assert "12345" in text
    long = _say(InvalidValueError("method", "x" * 5000, ("world_cafe",)), "en")
    assert len(long) < 300


def test_other_store_errors_keep_their_facts() -> None:
    assert "quota" in _say(StoreError("quota"))


TEMPLATE_DETAILS: dict[Problem, dict[str, object]] = {
    Problem.UNREADABLE: {"reason": "Permission denied"},
    Problem.NOT_UTF8: {"position": 17},
    Problem.SYNTAX: {"message": "Expected '='", "line": 5, "column": 3},
    Problem.UNSUPPORTED_FORMAT: {"got": 3, "supported": [1, 2]},
    Problem.MISSING: {},
    Problem.UNKNOWN_FIELD: {"field": "minuten", "known": ["minutes", "title"]},
    Problem.WRONG_TYPE: {"expected": "integer", "got": "str"},
    Problem.EMPTY: {},
    Problem.TOO_LONG: {"maximum": 200, "got": 250},
    Problem.OUT_OF_RANGE: {"minimum": 1, "maximum": 600, "got": 900},
    Problem.NOT_A_CHOICE: {"choices": ["fixed", "free"], "got": "wild"},
    Problem.BAD_KEY: {"got": "Runde 1"},
    Problem.BAD_LANGUAGE: {"got": "tr"},
    Problem.UNKNOWN_KIND: {"got": "fishbowl", "known": ["briefing", "cards"]},
    Problem.DUPLICATE_KEY: {"key": "ernte", "first": "phases[2].key"},
    Problem.UNKNOWN_PHASE: {"key": "kritik"},
    Problem.SELF_REFERENCE: {"key": "ernte"},
    Problem.WRONG_PHASE_KIND: {"key": "ernte", "kind": "vote", "expected": "cards"},
    Problem.TOO_MANY_NAMES: {"names": 40, "maximum": 30, "setting": "tables"},
}


def test_every_problem_code_has_a_sentence() -> None:
    assert set(TEMPLATE_DETAILS) == set(Problem), "a new Problem needs a sentence in messages"


@pytest.mark.parametrize("code", list(Problem))
@pytest.mark.parametrize("language", ["de", "en"])
def test_template_errors_name_file_place_and_problem(code: Problem, language: str) -> None:
    error = TemplateError(
        "stadtteilkonferenz.toml",
        "phases[3].minutes",
        "english phrase",
        code,
        TEMPLATE_DETAILS[code],
    )
    text = _say(error, language)
    assert "stadtteilkonferenz.toml" in text
    assert "phases[3].minutes" in text
    assert "?" not in text, "a fact the sentence needs was not given"
    assert "english phrase" not in text, "the code must be worded, not the English phrase"
    for value in TEMPLATE_DETAILS[code].values():
        if isinstance(value, str) and code is not Problem.WRONG_TYPE:
            assert value in text


def test_template_error_without_location() -> None:
    error = TemplateError("barcamp.toml", "", "not UTF-8", Problem.NOT_UTF8, {"position": 3})
    text = _say(error)
    assert "barcamp.toml" in text
    assert "UTF-8" in text


def test_wrong_type_is_worded_for_people() -> None:
    error = TemplateError(
        "world_cafe.toml",
        "phases[0].minutes",
        "must be a whole number",
        Problem.WRONG_TYPE,
        {"expected": "integer", "got": "str"},
    )
    text = _say(error)
    assert "ganze Zahl" in text
    assert "Text" in text


def test_setting_errors() -> None:
    error = SettingError(
        "vote",
        "dots_per_person",
        Problem.OUT_OF_RANGE,
        "must be 1 to 20",
        {"minimum": 1, "maximum": 20, "got": 99},
    )
    text = _say(error)
    assert "99" in text
    assert "20" in text
    # The editor's words for kind and setting, never the keys.
    assert "Punkte pro Person" in text
    assert "Punktabfrage" in text
    assert "dots_per_person" not in text and "vote" not in text
    english = _say(error, "en")
    assert '"Dots per person"' in english
    assert "Dot voting" in english


def test_too_many_space_names_names_the_labels_not_the_keys() -> None:
    error = SettingError(
        "agenda_wall",
        "space_names",
        Problem.TOO_MANY_NAMES,
        "names 6 spaces, but there are only 5",
        {"names": 6, "maximum": 5, "setting": "spaces"},
    )
    for language in ("de", "en"):
        text = _say(error, language)
        assert "space_names" not in text
        assert "agenda_wall" not in text
        assert '"spaces"' not in text
    english = _say(error, "en")
    assert "Names of the spaces" in english
    assert '"Rooms and spaces" is set to 5' in english
    assert setting_problem(error).startswith("6 names are given")


def test_a_setting_the_store_refused_is_worded_as_a_setting() -> None:
    cause = SettingError("cards", "max_chars", Problem.OUT_OF_RANGE, "out", {"got": 5})
    try:
        raise InvalidValueError("settings.max_chars", "out") from cause
    except InvalidValueError as exc:
        text = _say(exc, "en")
    assert "Characters per card at most" in text
    assert "settings.max_chars" not in text


def test_unsupported_language() -> None:
    text = _say(UnsupportedLanguageError("fr", "--lang"))
    assert "„fr“" in text
    assert "--lang" in text
    assert "de" in text and "en" in text


def test_os_errors_name_the_file_and_the_reason() -> None:
    text = _say(PermissionError(13, "Permission denied", "/srv/protokoll.pdf"), "en")
    assert "/srv/protokoll.pdf" in text
    assert "Permission denied" in text


def test_unexpected_errors_name_their_type_without_a_traceback() -> None:
    try:
        {}["Przemysław Wójcik"]
    except KeyError as exc:
        text = _say(exc)
    assert "KeyError" in text
    assert "unerwarteter Fehler" in text
    assert "unexpected error" in _say(ZeroDivisionError("division by zero"), "en")


def test_an_error_with_facts_of_an_odd_shape_is_still_described() -> None:
    error = DamagedLibraryError(None, "malformed")  # type: ignore[arg-type]
    text = _say(error)
    assert "DamagedLibraryError" in text
    assert "malformed" in text
