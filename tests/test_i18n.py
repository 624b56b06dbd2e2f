"""Translation without Qt, and the pipeline that keeps the German .ts/.qm complete."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from werkstatt import i18n
from werkstatt.i18n import (
    UnsupportedLanguageError,
    current_language,
    install_backend,
    load_catalog,
    resolve_language,
    set_language,
    translate,
)
from werkstatt.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%L?\d")


def _load_pipeline() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "werkstatt_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


pipeline = _load_pipeline()
COMMITTED_TS = pipeline.ts_path("de")
COMMITTED_QM = pipeline.qm_path("de")


@pytest.fixture(autouse=True)
def _fresh_i18n() -> Iterator[None]:
    yield
    install_backend(None)
    set_language("de")


def _write_ts(path: Path, entries: str) -> Path:
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="de" sourcelanguage="en">\n{entries}\n</TS>\n',
        encoding="utf-8",
    )
    return path


# translate --------------------------------------------------------------------------------
def test_german_comes_from_the_committed_ts() -> None:
    set_language("de")
    assert translate("Cli", "Date") == "Datum"
    assert translate("Errors", "Expected participants") == "Erwartete Teilnehmende"


def test_english_is_the_source_text() -> None:
    set_language("en")
    assert current_language() == "en"
    assert translate("Cli", "Date") == "Date"


def test_unknown_text_and_unknown_context_fall_back_to_the_source() -> None:
    set_language("de")
    assert translate("Cli", "Quartiersentwicklungskonzept") == "Quartiersentwicklungskonzept"
    assert translate("NoSuchContext", "Date") == "Date"


def test_catalog_skips_unfinished_empty_and_vanished_entries(tmp_path: Path) -> None:
    ts = _write_ts(
        tmp_path / "werkstatt_de.ts",
        """<context><name>Board</name>
        <message><source>Cards</source><translation>Karten</translation></message>
        <message><source>Dots</source><translation type="unfinished">Punkte?</translation></message>
        <message><source>Votes</source><translation></translation></message>
        <message><source>Old</source><translation type="vanished">Alt</translation></message>
        </context>""",
    )
    assert load_catalog(ts) == {("Board", "Cards"): "Karten"}


def test_missing_catalog_means_english(tmp_path: Path) -> None:
    assert load_catalog(tmp_path / "werkstatt_xx.ts") == {}


def test_installed_backend_answers_for_every_caller() -> None:
    calls: list[tuple[str, str]] = []

    def shouting(context: str, text: str) -> str:
        calls.append((context, text))
        return text.upper()

    install_backend(shouting)
    assert translate("Errors", "Straße") == "STRASSE"
    assert calls == [("Errors", "Straße")]
    install_backend(None)
    assert translate("Cli", "Date") == "Datum"


def test_set_language_refuses_what_werkstatt_lacks() -> None:
    with pytest.raises(UnsupportedLanguageError):
        set_language("tr")
    assert current_language() == "de"


# resolve_language ------------------------------------------------------------------------
@pytest.fixture
def no_locale(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for variable in ("WERKSTATT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    return monkeypatch


def test_option_beats_environment(no_locale: pytest.MonkeyPatch) -> None:
    no_locale.setenv("WERKSTATT_LANG", "de")
    assert resolve_language("en") == "en"


def test_environment_beats_saved_setting_and_locale(no_locale: pytest.MonkeyPatch) -> None:
    no_locale.setenv("WERKSTATT_LANG", "EN ")
    no_locale.setenv("LANG", "de_DE.UTF-8")
    assert resolve_language(None, saved="de") == "en"


def test_saved_setting_beats_locale(no_locale: pytest.MonkeyPatch) -> None:
    no_locale.setenv("LANG", "de_DE.UTF-8")
    assert resolve_language(None, saved="en") == "en"
    assert resolve_language(None, saved="klingon") == "de"


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({}, "de"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "de"),
        ({"LANG": "tr_TR.UTF-8"}, "de"),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        ({"LC_ALL": "pl_PL.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "de"),
    ],
)
def test_locale_gives_english_only_when_it_is_english(
    no_locale: pytest.MonkeyPatch, variables: dict[str, str], expected: str
) -> None:
    for name, value in variables.items():
        no_locale.setenv(name, value)
    assert resolve_language(None) == expected


def test_unknown_language_names_its_origin(no_locale: pytest.MonkeyPatch) -> None:
    with pytest.raises(UnsupportedLanguageError) as option:
        resolve_language("fr")
    assert (option.value.language, option.value.origin) == ("fr", "--lang")
    no_locale.setenv("WERKSTATT_LANG", "de_AT")
    with pytest.raises(UnsupportedLanguageError) as env:
        resolve_language(None)
    assert env.value.origin == i18n.LANGUAGE_ENV


# the committed translation files -----------------------------------------------------------
def test_german_ts_has_no_unfinished_or_empty_translation() -> None:
    todo = pipeline.unfinished(COMMITTED_TS)
    listed = "\n".join(f"  [{context}] {source}" for context, source in todo)
    assert not todo, (
        f"{len(todo)} string(s) lack German; translate them in {COMMITTED_TS.name} "
        f"and run `.venv/bin/python packaging/translations.py build`:\n{listed}"
    )


def test_translations_keep_every_placeholder() -> None:
    wrong = [
        (context, source, text)
        for (context, source), (_kind, text) in pipeline.messages(COMMITTED_TS).items()
        if text
        and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
        and "|" not in text  # plural forms may drop %n in the singular
    ]
    assert not wrong


def test_ts_is_found_through_the_resources() -> None:
    assert resource_path("translations", "werkstatt_de.ts") == COMMITTED_TS


@pytest.mark.slow
def test_every_source_string_is_in_the_committed_ts(tmp_path: Path) -> None:
    fresh = tmp_path / COMMITTED_TS.name
    shutil.copyfile(COMMITTED_TS, fresh)
    pipeline.lupdate(fresh, quiet=True)
    committed = set(pipeline.messages(COMMITTED_TS))
    found = set(pipeline.messages(fresh))
    missing = sorted(found - committed)
    stale = sorted(committed - found)
    hint = "run `.venv/bin/python packaging/translations.py update`, translate, then `build`"
    assert not missing, f"strings missing from {COMMITTED_TS.name} ({hint}): {missing}"
    assert not stale, f"strings no longer in the code ({hint}): {stale}"


def _literal_calls(tree: ast.Module) -> Iterator[tuple[int, str | None, str]]:
    """(line, context, source) of every translate("Context", "text", ...) and
    self.tr("text", ...) call; a tr() call's context is its class."""
    enclosing: dict[int, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for inner in ast.walk(node):
                enclosing[id(inner)] = node.name  # the innermost class walks last
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
        function = node.func
        name = getattr(function, "id", None) or getattr(function, "attr", None)
        literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args]
        if name == "translate" and literal[:2] == [True, True]:
            yield node.lineno, texts[0], texts[1]
        elif name == "tr" and isinstance(function, ast.Attribute) and literal[:1] == [True]:
            yield node.lineno, enclosing.get(id(node)), texts[0]


def test_lupdate_finds_every_text_the_code_translates() -> None:
    """pyside6-lupdate silently skips some calls (a translate() whose count is an
    attribute or a call, e.g. translate("C", "%n cards", "", self.count)): such a text
    never reaches the .ts and shows in English. Every literal translate() and tr() call
    of the code must be in the committed .ts."""
    known = set(pipeline.messages(COMMITTED_TS))
    skipped = []
    for path in sorted((ROOT / "src" / "werkstatt").rglob("*.py")):
        if "generated" in path.parts:
            continue
        for line, context, source in _literal_calls(ast.parse(path.read_text("utf-8"))):
            if (context, source) not in known:
                skipped.append(f"{path.relative_to(ROOT)}:{line} [{context}] {source!r}")
    assert not skipped, "texts lupdate did not find (give the count a plain name):\n" + (
        "\n".join(skipped)
    )


@pytest.mark.slow
def test_committed_qm_is_built_from_the_committed_ts(tmp_path: Path) -> None:
    fresh = tmp_path / COMMITTED_QM.name
    pipeline.lrelease(COMMITTED_TS, fresh, quiet=True)
    assert COMMITTED_QM.is_file(), "run `.venv/bin/python packaging/translations.py build`"
    assert COMMITTED_QM.read_bytes() == fresh.read_bytes(), (
        "werkstatt_de.qm is stale: run `.venv/bin/python packaging/translations.py build`"
    )


def test_pipeline_uses_the_tools_of_this_environment() -> None:
    lupdate = pipeline.tool("pyside6-lupdate")
    assert lupdate.parent == Path(sys.executable).parent
