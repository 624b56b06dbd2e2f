"""The built-in method templates, the fourth method as data, and template documents."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from werkstatt.core.records import Phase
from werkstatt.methods import (
    Localized,
    MethodTemplate,
    PhaseDraft,
    PhaseKind,
    Problem,
    SettingType,
    TemplateError,
    load_template_file,
    load_templates,
    referenced_phase,
    settings_spec,
    template_document,
    template_from_document,
    template_key,
    validate_settings,
)
from werkstatt.resources import resource_path

BUILTIN_DIR = resource_path("methods")
DATA_DIR = Path(__file__).parent / "data"
LANGUAGES = ("de", "en")
BUILTIN_KEYS = ("open_space", "world_cafe", "zukunftswerkstatt")

K = PhaseKind
# The moves METHODS.md describes for each method, in the order an event runs them.
METHODS_MD_PHASES = {
    "zukunftswerkstatt": [
        K.BRIEFING,  # Vorbereitung: Begrüßung, Regeln
        K.CARDS,  # Kritikphase
        K.CLUSTER,
        K.VOTE,
        K.REFORMULATE,  # Phantasiephase: positive Umformulierung
        K.CARDS,
        K.CLUSTER,
        K.VOTE,
        K.REALITY_CHECK,  # Verwirklichungsphase
        K.ACTION_PLAN,
        K.FEEDBACK,  # Abschluss
    ],
    "world_cafe": [K.BRIEFING, K.ROUNDS, K.CARDS, K.CLUSTER, K.VOTE, K.FEEDBACK],
    "open_space": [
        K.BRIEFING,  # Eröffnungskreis: Thema und Grundsätze
        K.AGENDA_WALL,  # Marktplatz
        K.REPORTS,  # Sessions, Nachrichtenwand
        K.VOTE,  # Konvergenz
        K.ACTION_PLAN,
        K.FEEDBACK,  # Abschlusskreis
    ],
}


def is_subsequence(wanted: list[PhaseKind], kinds: list[PhaseKind]) -> bool:
    remaining = iter(kinds)
    return all(kind in remaining for kind in wanted)


@pytest.fixture(scope="module")
def builtins() -> dict[str, MethodTemplate]:
    return {template.key: template for template in load_templates(BUILTIN_DIR)}


def test_the_three_builtin_methods_load_sorted_by_name(builtins: dict[str, MethodTemplate]) -> None:
    templates = load_templates(BUILTIN_DIR, language="de")
    assert [t.name("de") for t in templates] == ["Open Space", "World Café", "Zukunftswerkstatt"]
    assert sorted(builtins) == list(BUILTIN_KEYS)
    assert builtins["zukunftswerkstatt"].name("en") == "Future Workshop (Zukunftswerkstatt)"
    assert builtins["zukunftswerkstatt"].source == "zukunftswerkstatt.toml"


@pytest.mark.parametrize("key", BUILTIN_KEYS)
def test_every_phase_of_methods_md_is_there_in_order(
    builtins: dict[str, MethodTemplate], key: str
) -> None:
    kinds = [phase.kind for phase in builtins[key].phases]
    assert is_subsequence(METHODS_MD_PHASES[key], kinds), kinds
    assert K.BREAK in kinds, "a real event of this length has a break"


@pytest.mark.parametrize("key", BUILTIN_KEYS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_there_in_both_languages(
    builtins: dict[str, MethodTemplate], key: str, language: str
) -> None:
    template = builtins[key]
    assert template.covers(language)
    assert template.name(language).strip()
    assert template.description(language).strip()
    drafts = template.drafts(language)
    assert len(drafts) == len(template.phases)
    for draft in drafts:
        for field in (draft.title, draft.question, draft.script):
            assert field.strip(), f"{key}/{draft.key} has an empty text in {language}"


@pytest.mark.parametrize("key", BUILTIN_KEYS)
def test_german_and_english_are_translations_not_copies(
    builtins: dict[str, MethodTemplate], key: str
) -> None:
    for phase in builtins[key].phases:
        for where, text in phase.texts().items():
            if text.common is None:
                assert text.text("de") != text.text("en"), f"{phase.key}.{where}"


def _all_variants(template: MethodTemplate, language: str) -> list[str]:
    texts = [template.names, template.descriptions]
    for phase in template.phases:
        texts.extend(phase.texts().values())
    return [text.text(language) for text in texts if text.covers(language)]


@pytest.mark.parametrize("key", BUILTIN_KEYS)
def test_typography_fits_each_language(builtins: dict[str, MethodTemplate], key: str) -> None:
    for text in _all_variants(builtins[key], "de"):
        assert '"' not in text and "'" not in text, f"straight quotes in: {text}"
        assert "..." not in text, f"three dots instead of an ellipsis in: {text}"
        assert " - " not in text, f"hyphen instead of a dash in: {text}"
        assert text.count("„") == text.count("“"), f"unbalanced quotes in: {text}"
    for text in _all_variants(builtins[key], "en"):
        assert '"' not in text and "„" not in text, f"wrong quotes in: {text}"
        assert text.count("“") == text.count("”"), f"unbalanced quotes in: {text}"
    german = " ".join(_all_variants(builtins[key], "de"))
    assert any(letter in german for letter in "äöüß"), "German without umlauts is no German"


def test_briefings_show_the_rules_of_each_method(builtins: dict[str, MethodTemplate]) -> None:
    def briefing_text(key: str, phase_key: str, language: str, kind: K = K.BRIEFING) -> str:
        (draft,) = [d for d in builtins[key].drafts(language) if d.key == phase_key]
        assert draft.kind is kind
        return draft.question

    principles_de = briefing_text("open_space", "grundsaetze", "de")
    for words in ("die richtigen Leute", "Gesetz der zwei Füße", "Hummeln", "Schmetterlinge"):
        assert words in principles_de
    principles_en = briefing_text("open_space", "grundsaetze", "en")
    for words in ("right people", "law of two feet", "Bumblebees", "Butterflies"):
        assert words in principles_en
    assert len(principles_de.splitlines()) == 7  # four principles, the law, two creatures

    rules = briefing_text("zukunftswerkstatt", "regeln", "de")
    assert "Eine Idee pro Karte" in rules and "Killerphrasen" in rules
    assert "Positive" in briefing_text("zukunftswerkstatt", "umformulierung", "de", K.REFORMULATE)
    assert "Hören Sie zu, um zu verstehen." in briefing_text("world_cafe", "cafe-knigge", "de")


@pytest.mark.parametrize("key", BUILTIN_KEYS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_settings_are_complete_and_references_resolve(
    builtins: dict[str, MethodTemplate], key: str, language: str
) -> None:
    drafts = builtins[key].drafts(language)
    keys = [draft.key for draft in drafts]
    assert len(set(keys)) == len(keys)
    for index, draft in enumerate(drafts):
        assert validate_settings(draft.kind, draft.settings) == dict(draft.settings)
        for spec in settings_spec(draft.kind):
            if spec.type is SettingType.PHASE_REF:
                target = referenced_phase(drafts, index, spec.key)
                assert target is not None, f"{draft.key}.{spec.key}"
                assert (target > index) == spec.looks_ahead, f"{draft.key}.{spec.key}"
                if draft.settings[spec.key]:
                    assert drafts[target].key == draft.settings[spec.key]


@pytest.mark.parametrize("key", BUILTIN_KEYS)
def test_every_reference_names_the_phase_automatic_would_find(
    builtins: dict[str, MethodTemplate], key: str
) -> None:
    """A workshop whose phases lost their keys still links the same phases."""
    drafts = builtins[key].drafts("de")
    keyless = [replace(draft, key="") for draft in drafts]
    for index, draft in enumerate(drafts):
        for spec in settings_spec(draft.kind):
            if spec.type is SettingType.PHASE_REF:
                automatic = replace(draft, settings={**draft.settings, spec.key: ""})
                plan = [*keyless[:index], automatic, *keyless[index + 1 :]]
                assert referenced_phase(plan, index, spec.key) == referenced_phase(
                    drafts, index, spec.key
                ), f"{draft.key}.{spec.key}"


def test_durations_are_those_of_a_real_evening_or_day(builtins: dict[str, MethodTemplate]) -> None:
    assert 150 <= builtins["zukunftswerkstatt"].total_minutes <= 210
    assert 150 <= builtins["world_cafe"].total_minutes <= 210
    assert 300 <= builtins["open_space"].total_minutes <= 540
    for template in builtins.values():
        for phase in template.phases:
            assert 5 <= phase.minutes <= 180, f"{template.key}/{phase.key}"


def test_phase_lengths_fit_their_settings(builtins: dict[str, MethodTemplate]) -> None:
    rounds = builtins["world_cafe"].drafts("de")[2]
    s = rounds.settings
    assert rounds.kind is K.ROUNDS and s["question_mode"] == "per_round"
    assert (
        rounds.planned_minutes
        >= s["rounds"] * s["round_minutes"] + (s["rounds"] - 1) * s["rotation_minutes"]
    )
    assert len(rounds.question.splitlines()) == s["rounds"]

    drafts = builtins["open_space"].drafts("en")
    wall = next(d for d in drafts if d.kind is K.AGENDA_WALL)
    sessions = next(d for d in drafts if d.kind is K.REPORTS)
    w = wall.settings
    assert (
        sessions.planned_minutes
        >= w["slots"] * w["slot_minutes"] + (w["slots"] - 1) * w["slot_gap_minutes"]
    )
    assert w["space_names"] == "Main hall, Small hall, Foyer, Library, Garden"
    assert builtins["open_space"].drafts("de")[2].settings["space_names"].startswith("Großer Saal")


@pytest.mark.parametrize("key", BUILTIN_KEYS)
def test_template_document_round_trip(builtins: dict[str, MethodTemplate], key: str) -> None:
    template = builtins[key]
    document = json.loads(json.dumps(template.to_document()))
    again = template_from_document(document, source="copy")
    assert again.phases == template.phases
    assert (again.key, again.names, again.descriptions) == (
        template.key,
        template.names,
        template.descriptions,
    )


@pytest.mark.parametrize("key", BUILTIN_KEYS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_save_as_template_round_trip(
    builtins: dict[str, MethodTemplate], key: str, language: str
) -> None:
    drafts = builtins[key].drafts(language)
    document = template_document("mein-abend", "Mein Abend im Quartier", language, drafts)
    stored = json.loads(json.dumps(document))  # as the library keeps it
    again = template_from_document(stored, source="Mein Abend im Quartier")
    assert again.key == "mein-abend"
    assert again.language == language
    assert again.name("en") == "Mein Abend im Quartier"
    assert again.drafts(language) == drafts
    assert again.drafts("fr") == drafts


def test_drafts_fall_back_to_german_then_any(builtins: dict[str, MethodTemplate]) -> None:
    template = builtins["zukunftswerkstatt"]
    assert template.drafts("tr") == template.drafts("de")
    english_only = template_from_document(
        {
            "format": 1,
            "key": "fishbowl",
            "name": {"en": "Fishbowl"},
            "phases": [{"kind": "briefing", "title": {"en": "Inner circle"}, "minutes": 45}],
        },
        source="fishbowl.json",
    )
    assert english_only.name("de") == "Fishbowl"
    assert english_only.drafts("de")[0].title == "Inner circle"
    assert english_only.description("de") == ""


def test_hand_made_phases_get_keys_and_lose_dangling_references() -> None:
    drafts = [
        PhaseDraft(PhaseKind.BRIEFING, "Begrüßung im Stadtteilzentrum", planned_minutes=10),
        PhaseDraft(PhaseKind.CARDS, "Was fehlt am Spielplatz?", planned_minutes=20),
        PhaseDraft(
            PhaseKind.VOTE,
            "Gewichtung",
            planned_minutes=10,
            # the cluster phase this pointed to was deleted by the moderator
            settings={"targets_phase": "kritik-cluster", "dots_per_person": 5},
        ),
        PhaseDraft(PhaseKind.CARDS, "Noch mehr Ideen", planned_minutes=10, key="cards-1"),
    ]
    document = template_document("spielplatz", "Spielplatzbeteiligung", "de", drafts)
    keys = [phase["key"] for phase in document["phases"]]
    assert keys == ["briefing-1", "cards-2", "vote-1", "cards-1"]
    assert document["phases"][2]["settings"] == {"targets_phase": "", "dots_per_person": 5}
    drafts_again = template_from_document(document, "spielplatz").drafts("de")
    assert referenced_phase(drafts_again, 2, "targets_phase") == 1
    assert drafts_again[2].settings["max_dots_per_target"] == 0  # default filled in


def test_save_as_template_takes_the_stores_phase_records(
    builtins: dict[str, MethodTemplate],
) -> None:
    """The store's records carry no phase keys: references fall back to automatic."""
    records = [
        Phase(
            id=100 + position,
            workshop_id=7,
            position=position,
            kind=str(draft.kind),
            title=draft.title,
            question=draft.question,
            script=draft.script,
            planned_minutes=draft.planned_minutes,
            settings=draft.settings,
        )
        for position, draft in enumerate(builtins["zukunftswerkstatt"].drafts("de"))
    ]
    document = template_document("user_ehrenamt", "Ehrenamtswerkstatt", "de", records)
    template = template_from_document(document, source="user_ehrenamt")
    drafts = template.drafts("de")
    assert drafts[4].settings["targets_phase"] == ""
    assert referenced_phase(drafts, 4, "targets_phase") == 3
    assert referenced_phase(drafts, 11, "source_phase") == 9  # the Phantasie vote
    assert [d.title for d in drafts] == [r.title for r in records]


def test_save_as_template_refuses_an_untitled_phase() -> None:
    drafts = [
        PhaseDraft(PhaseKind.BRIEFING, "Begrüßung", planned_minutes=10),
        PhaseDraft(PhaseKind.CARDS, "   ", planned_minutes=20),
    ]
    with pytest.raises(TemplateError) as caught:
        template_document("quartier", "Quartiersentwicklungskonzept", "de", drafts)
    assert (caught.value.source, caught.value.location) == ("quartier", "phases[1].title")
    assert caught.value.code is Problem.EMPTY


def test_a_fourth_method_is_a_data_file_not_code(tmp_path: Path) -> None:
    barcamp = load_template_file(DATA_DIR / "barcamp.toml")
    assert barcamp.key == "barcamp" and barcamp.covers("de") and barcamp.covers("en")
    drafts = barcamp.drafts("de")
    assert [d.kind for d in drafts] == [
        K.BRIEFING,
        K.FEEDBACK,
        K.AGENDA_WALL,
        K.REPORTS,
        K.BREAK,
        K.REPORTS,
        K.FEEDBACK,
    ]
    assert drafts[4].key == "break-1"
    assert drafts[0].title == "Begrüßung und Barcamp-Regeln"
    assert drafts[2].settings["space_names"] == "Saal, Werkstatt, Küche"
    assert drafts[6].settings == {"mode": "scale", "scale_points": 5}
    assert referenced_phase(drafts, 5, "agenda_phase") == 2  # empty: the wall before it

    folder = tmp_path / "methods"
    shutil.copytree(BUILTIN_DIR, folder)
    shutil.copy(DATA_DIR / "barcamp.toml", folder)
    names = [t.name("de") for t in load_templates(folder)]
    assert names == ["Barcamp (Unkonferenz)", "Open Space", "World Café", "Zukunftswerkstatt"]


def test_two_files_with_the_same_key_are_refused(tmp_path: Path) -> None:
    shutil.copy(DATA_DIR / "barcamp.toml", tmp_path / "barcamp.toml")
    shutil.copy(DATA_DIR / "barcamp.toml", tmp_path / "barcamp_kopie.toml")
    with pytest.raises(TemplateError) as caught:
        load_templates(tmp_path)
    assert (caught.value.source, caught.value.location) == ("barcamp_kopie.toml", "key")
    assert caught.value.code is Problem.DUPLICATE_KEY
    assert caught.value.details["first"] == "barcamp.toml"


@pytest.mark.parametrize(
    ("name", "taken", "expected"),
    [
        ("Stadtteilkonferenz Süd", (), "stadtteilkonferenz-sued"),
        ("Stadtteilkonferenz Süd", ("stadtteilkonferenz-sued",), "stadtteilkonferenz-sued-2"),
        (
            "Fishbowl mit Ayşe Yılmaz & Przemysław Wójcik",
            (),
            "fishbowl-mit-ayse-yilmaz-przemyslaw-wojcik",
        ),
        ("Straßenfest-Planung 2025", (), "strassenfest-planung-2025"),
        ("!!!", (), "vorlage"),
    ],
)
def test_template_keys_from_names(name: str, taken: tuple[str, ...], expected: str) -> None:
    assert template_key(name, taken) == expected


def test_localized_text_prefers_the_language_then_german() -> None:
    text = Localized.of({"en": "Break", "de": "Pause"})
    assert (text.text("en"), text.text("de"), text.text("pl")) == ("Break", "Pause", "Pause")
    assert Localized.of({"pl": "Przerwa"}).text("de") == "Przerwa"
    assert Localized.plain("World Café").text("en") == "World Café"
    assert not text.covers("pl") and Localized.plain("x").covers("pl")
