"""Broken templates: each names the file, the place in it and the kind of problem."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from werkstatt.methods import Problem, TemplateError, load_template_file, template_from_document
from werkstatt.methods.templates import load_templates

GOOD = """\
format = 1
key = "stadtteilkonferenz"
name = { de = "Stadtteilkonferenz", en = "Neighbourhood conference" }
description = "Für das Quartiersentwicklungskonzept"

[[phases]]
key = "begruessung"
kind = "briefing"
minutes = 10
title = { de = "Begrüßung", en = "Welcome" }

[[phases]]
key = "karten"
kind = "cards"
minutes = 20
title = { de = "Was fehlt im Viertel?", en = "What is missing in the area?" }
question = "Was fehlt Ihnen in Ihrem Viertel?"

[[phases]]
key = "cluster"
kind = "cluster"
minutes = 15
title = "Clustern"
settings = { source_phase = "karten" }

[[phases]]
key = "punkte"
kind = "vote"
minutes = 10
title = { de = "Punktabfrage", en = "Dot voting" }
settings = { targets_phase = "cluster", dots_per_person = 3 }
"""

# (test id, text to replace, replacement, expected location, expected problem)
BROKEN = [
    (
        "toml-syntax",
        'title = "Clustern"',
        'title = "Clustern',
        "line 23, column 18",
        Problem.SYNTAX,
    ),
    ("format-newer", "format = 1", "format = 2", "format", Problem.UNSUPPORTED_FORMAT),
    ("format-text", "format = 1", 'format = "1"', "format", Problem.WRONG_TYPE),
    ("format-missing", "format = 1\n", "", "format", Problem.MISSING),
    (
        "unknown-top-field",
        "format = 1",
        'format = 1\nautor = "Ayşe Yılmaz"',
        "autor",
        Problem.UNKNOWN_FIELD,
    ),
    (
        "bad-template-key",
        'key = "stadtteilkonferenz"',
        'key = "Stadtteilkonferenz Süd"',
        "key",
        Problem.BAD_KEY,
    ),
    (
        "name-missing",
        'name = { de = "Stadtteilkonferenz", en = "Neighbourhood conference" }\n',
        "",
        "name",
        Problem.MISSING,
    ),
    ("name-empty", 'de = "Stadtteilkonferenz"', 'de = " "', "name.de", Problem.EMPTY),
    (
        "name-no-language",
        'name = { de = "Stadtteilkonferenz", en = "Neighbourhood conference" }',
        "name = {}",
        "name",
        Problem.EMPTY,
    ),
    (
        "bad-language",
        'en = "Neighbourhood conference"',
        'english = "Neighbourhood conference"',
        "name.english",
        Problem.BAD_LANGUAGE,
    ),
    (
        "description-number",
        'description = "Für das Quartiersentwicklungskonzept"',
        "description = 2025",
        "description",
        Problem.WRONG_TYPE,
    ),
    (
        "language-bad",
        'description = "Für',
        'language = "Deutsch"\ndescription = "Für',
        "language",
        Problem.BAD_LANGUAGE,
    ),
    ("unknown-kind", 'kind = "cards"', 'kind = "fishbowl"', "phases[1].kind", Problem.UNKNOWN_KIND),
    ("kind-missing", 'kind = "cards"\n', "", "phases[1].kind", Problem.MISSING),
    ("title-missing", 'title = "Clustern"\n', "", "phases[2].title", Problem.MISSING),
    ("title-blank", 'title = "Clustern"', 'title = "   "', "phases[2].title", Problem.EMPTY),
    ("title-blank-in-english", 'en = "Welcome"', 'en = ""', "phases[0].title.en", Problem.EMPTY),
    ("title-number", 'title = "Clustern"', "title = 7", "phases[2].title", Problem.WRONG_TYPE),
    (
        "title-variant-number",
        'de = "Punktabfrage"',
        "de = 3",
        "phases[3].title.de",
        Problem.WRONG_TYPE,
    ),
    (
        "title-too-long",
        'title = "Clustern"',
        f'title = "{"Quartiersentwicklungskonzept" * 11}"',
        "phases[2].title",
        Problem.TOO_LONG,
    ),
    (
        "minutes-too-many",
        "minutes = 20",
        "minutes = 2000",
        "phases[1].minutes",
        Problem.OUT_OF_RANGE,
    ),
    ("minutes-negative", "minutes = 20", "minutes = -5", "phases[1].minutes", Problem.OUT_OF_RANGE),
    ("minutes-text", "minutes = 20", 'minutes = "20"', "phases[1].minutes", Problem.WRONG_TYPE),
    ("minutes-fraction", "minutes = 20", "minutes = 12.5", "phases[1].minutes", Problem.WRONG_TYPE),
    ("minutes-missing", "minutes = 15\n", "", "phases[2].minutes", Problem.MISSING),
    (
        "unknown-phase-field",
        "minutes = 20",
        "minutes = 20\ndauer = 20",
        "phases[1].dauer",
        Problem.UNKNOWN_FIELD,
    ),
    ("phase-key-bad", 'key = "karten"', 'key = "Karten!"', "phases[1].key", Problem.BAD_KEY),
    (
        "phase-key-duplicate",
        'key = "punkte"',
        'key = "karten"',
        "phases[3].key",
        Problem.DUPLICATE_KEY,
    ),
    (
        "misspelt-phases",
        '[[phases]]\nkey = "begruessung"',
        '[[phase]]\nkey = "begruessung"',
        "phase",
        Problem.UNKNOWN_FIELD,
    ),
    (
        "unknown-setting",
        "dots_per_person = 3",
        "punkte = 3",
        "phases[3].settings.punkte",
        Problem.UNKNOWN_FIELD,
    ),
    (
        "setting-bool-for-int",
        "dots_per_person = 3",
        "dots_per_person = true",
        "phases[3].settings.dots_per_person",
        Problem.WRONG_TYPE,
    ),
    (
        "setting-out-of-range",
        "dots_per_person = 3",
        "dots_per_person = 99",
        "phases[3].settings.dots_per_person",
        Problem.OUT_OF_RANGE,
    ),
    (
        "settings-not-table",
        'settings = { source_phase = "karten" }',
        "settings = 3",
        "phases[2].settings",
        Problem.WRONG_TYPE,
    ),
    (
        "ref-unknown",
        'targets_phase = "cluster"',
        'targets_phase = "themen"',
        "phases[3].settings.targets_phase",
        Problem.UNKNOWN_PHASE,
    ),
    (
        "ref-wrong-kind",
        'targets_phase = "cluster"',
        'targets_phase = "begruessung"',
        "phases[3].settings.targets_phase",
        Problem.WRONG_PHASE_KIND,
    ),
    (
        "ref-self",
        'source_phase = "karten"',
        'source_phase = "cluster"',
        "phases[2].settings.source_phase",
        Problem.SELF_REFERENCE,
    ),
    (
        "ref-bad-key",
        'source_phase = "karten"',
        'source_phase = "Karten"',
        "phases[2].settings.source_phase",
        Problem.BAD_KEY,
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "location", "code"),
    [pytest.param(*case[1:], id=case[0]) for case in BROKEN],
)
def test_broken_template_names_file_and_place(
    tmp_path: Path, old: str, new: str, location: str, code: Problem
) -> None:
    assert GOOD.count(old) == 1, "the case must change exactly one place"
    path = tmp_path / "stadtteilkonferenz.toml"
    path.write_text(GOOD.replace(old, new), encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template_file(path)
    error = caught.value
    assert (error.source, error.location, error.code) == ("stadtteilkonferenz.toml", location, code)
    assert error.problem
    assert str(error).startswith(f"stadtteilkonferenz.toml: {location}: ")


def test_the_good_template_is_good(tmp_path: Path) -> None:
    path = tmp_path / "stadtteilkonferenz.toml"
    path.write_text(GOOD, encoding="utf-8")
    template = load_template_file(path)
    assert [d.title for d in template.drafts("en")] == [
        "Welcome",
        "What is missing in the area?",
        "Clustern",
        "Dot voting",
    ]
    assert template.description("en") == "Für das Quartiersentwicklungskonzept"


def test_minutes_problem_reads_like_a_fact(tmp_path: Path) -> None:
    path = tmp_path / "open_space.toml"
    path.write_text(
        GOOD.replace('minutes = 10\ntitle = { de = "Punkt', 'minutes = 1441\ntitle = { de = "Punkt')
    )
    with pytest.raises(TemplateError) as caught:
        load_template_file(path)
    assert caught.value.location == "phases[3].minutes"
    assert caught.value.problem == "must be an integer between 0 and 1440"
    assert dict(caught.value.details) == {"minimum": 0, "maximum": 1440, "got": 1441}


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "alt.toml"
    path.write_bytes(GOOD.replace("Begrüßung", "Begr\u00fc\u00dfung").encode("latin-1"))
    with pytest.raises(TemplateError) as caught:
        load_template_file(path)
    assert (caught.value.source, caught.value.code) == ("alt.toml", Problem.NOT_UTF8)
    assert caught.value.location.startswith("byte ")


def test_unreadable_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as caught:
        load_template_file(tmp_path / "fehlt.toml")
    assert (caught.value.source, caught.value.code) == ("fehlt.toml", Problem.UNREADABLE)
    with pytest.raises(TemplateError) as caught:
        load_templates(tmp_path / "gibt-es-nicht")
    assert caught.value.code is Problem.UNREADABLE


def test_syntax_error_at_end_of_file(tmp_path: Path) -> None:
    path = tmp_path / "abgeschnitten.toml"
    path.write_text(GOOD + 'script = """Zum Schluss', encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template_file(path)
    assert (caught.value.location, caught.value.code) == ("end of file", Problem.SYNTAX)
    assert caught.value.details["message"] == "Unterminated string"
    assert caught.value.problem == "is not valid TOML: Unterminated string"


def _user_document(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": 1,
        "key": "runder-tisch",
        "name": "Runder Tisch Seniorenarbeit",
        "language": "de",
        "phases": [
            {
                "kind": "briefing",
                "title": "Begrüßung",
                "question": "",
                "script": "",
                "minutes": 5,
                "settings": {},
            },
            {
                "kind": "feedback",
                "title": "Blitzlicht",
                "minutes": 10,
                "settings": {"mode": "scale"},
            },
        ],
    }
    document.update(changes)
    return document


@pytest.mark.parametrize(
    ("document", "location", "code"),
    [
        pytest.param(["format", 1], "", Problem.WRONG_TYPE, id="not-a-table"),
        pytest.param(_user_document(phases=[]), "phases", Problem.EMPTY, id="no-phases"),
        pytest.param(
            _user_document(phases={"0": {}}), "phases", Problem.WRONG_TYPE, id="phases-dict"
        ),
        pytest.param(
            _user_document(phases=["Begrüßung"]), "phases[0]", Problem.WRONG_TYPE, id="phase-text"
        ),
        pytest.param(
            _user_document(
                phases=[
                    {
                        "kind": "feedback",
                        "title": "Blitzlicht",
                        "minutes": 10,
                        "settings": {"mode": "Daumen"},
                    }
                ]
            ),
            "phases[0].settings.mode",
            Problem.NOT_A_CHOICE,
            id="bad-choice",
        ),
        pytest.param(_user_document(key=""), "key", Problem.BAD_KEY, id="empty-key"),
    ],
)
def test_broken_user_template_names_its_source(document: Any, location: str, code: Problem) -> None:
    with pytest.raises(TemplateError) as caught:
        template_from_document(document, source="Runder Tisch Seniorenarbeit")
    error = caught.value
    assert (error.source, error.location, error.code) == (
        "Runder Tisch Seniorenarbeit",
        location,
        code,
    )


def test_a_stored_user_template_loads() -> None:
    template = template_from_document(_user_document(), source="Runder Tisch Seniorenarbeit")
    assert [d.key for d in template.drafts("de")] == ["briefing-1", "feedback-1"]
    assert template.drafts("de")[1].settings == {"mode": "scale", "scale_points": 5}
    assert template.language == "de"
