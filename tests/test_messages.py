"""Typed errors become sentences with their facts and a way out, in German and English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from werkstatt.i18n import UnsupportedLanguageError, set_language
from werkstatt.messages import describe
from werkstatt.methods.errors import Problem, SettingError, TemplateError
from werkstatt.store.errors import (
    DamagedLibraryError,
    DataDirUnusableError,
    DiskFullError,
    EnvironmentProblem,
    InvalidValueError,
    LibraryInUseError,
    LibraryTooNewError,
    NotALibraryError,
    NotFoundError,
    StoreError,
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
    (DamagedLibraryError(LIBRARY, "database disk image is malformed"), "beschädigt", "backups"),
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


def test_damaged_library_points_at_the_backups_beside_it() -> None:
    text = _say(DamagedLibraryError(LIBRARY, "malformed"), "en")
    assert str(STICK / "backups") in text


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
    assert "1000" in text
    assert "5000" in text


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
    assert "dots_per_person" in text
    assert "99" in text
    assert "20" in text


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
