"""The declared settings of each phase kind and their validation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from werkstatt.methods import (
    KIND_CONTEXT,
    KIND_LABELS,
    KIND_SETTINGS,
    SETTINGS_CONTEXT,
    PhaseDraft,
    PhaseKind,
    Problem,
    SettingError,
    SettingType,
    default_settings,
    kind_label,
    referenced_phase,
    validate_settings,
)
from werkstatt.methods import kinds as kinds_module


def test_every_kind_has_a_label_and_a_settings_spec() -> None:
    assert set(KIND_LABELS) == set(PhaseKind) == set(KIND_SETTINGS)
    assert kind_label("vote") == "Dot voting"
    assert kind_label(PhaseKind.AGENDA_WALL) == "Agenda wall"


@pytest.mark.parametrize("kind", list(PhaseKind))
def test_specs_are_consistent(kind: PhaseKind) -> None:
    keys = [spec.key for spec in KIND_SETTINGS[kind]]
    assert len(set(keys)) == len(keys)
    for spec in KIND_SETTINGS[kind]:
        assert spec.label.strip()
        match spec.type:
            case SettingType.INT:
                assert spec.minimum is not None and spec.maximum is not None
                assert spec.minimum <= spec.default <= spec.maximum
            case SettingType.CHOICE:
                assert spec.default in [choice.value for choice in spec.choices]
                assert all(choice.label.strip() for choice in spec.choices)
            case SettingType.PHASE_REF:
                assert spec.default == "" and spec.ref_kinds
            case SettingType.BOOL:
                assert isinstance(spec.default, bool)
            case SettingType.TEXT:
                assert isinstance(spec.default, str) and spec.maximum
    assert validate_settings(kind, {}) == default_settings(kind)


def test_validation_fills_in_defaults_in_declared_order() -> None:
    settings = validate_settings("rounds", {"tables": 12, "rounds": 4})
    assert settings == {
        "participants": 24,
        "rounds": 4,
        "round_minutes": 20,
        "rotation_minutes": 3,
        "question_mode": "per_round",
        "tables": 12,
        "hosts_stay": True,
    }
    assert list(settings) == [spec.key for spec in KIND_SETTINGS[PhaseKind.ROUNDS]]


@pytest.mark.parametrize(
    ("kind", "settings", "setting", "code"),
    [
        ("vote", {"punkte": 3}, "punkte", Problem.UNKNOWN_FIELD),
        ("vote", {"dots_per_person": True}, "dots_per_person", Problem.WRONG_TYPE),
        ("vote", {"dots_per_person": "3"}, "dots_per_person", Problem.WRONG_TYPE),
        ("vote", {"dots_per_person": 3.0}, "dots_per_person", Problem.WRONG_TYPE),
        ("vote", {"dots_per_person": 0}, "dots_per_person", Problem.OUT_OF_RANGE),
        ("vote", {"dots_per_person": 21}, "dots_per_person", Problem.OUT_OF_RANGE),
        ("vote", {"targets_phase": "Kritik Cluster"}, "targets_phase", Problem.BAD_KEY),
        ("vote", {"targets_phase": 4}, "targets_phase", Problem.WRONG_TYPE),
        ("cards", {"allow_author": "nein"}, "allow_author", Problem.WRONG_TYPE),
        ("rounds", {"question_mode": "zufällig"}, "question_mode", Problem.NOT_A_CHOICE),
        ("feedback", {"mode": "LINE"}, "mode", Problem.NOT_A_CHOICE),
        ("agenda_wall", {"space_names": "x" * 501}, "space_names", Problem.TOO_LONG),
        ("agenda_wall", {"space_names": 5}, "space_names", Problem.WRONG_TYPE),
        (
            "agenda_wall",
            {"spaces": 2, "space_names": "Großer Saal, Kleiner Saal, Foyer"},
            "space_names",
            Problem.TOO_MANY_NAMES,
        ),
        ("break", {"dots_per_person": 3}, "dots_per_person", Problem.UNKNOWN_FIELD),
    ],
)
def test_wrong_settings_are_refused(
    kind: str, settings: dict[str, Any], setting: str, code: Problem
) -> None:
    with pytest.raises(SettingError) as caught:
        validate_settings(kind, settings)
    assert (caught.value.kind, caught.value.setting, caught.value.code) == (kind, setting, code)
    assert caught.value.problem


def test_range_problem_names_the_bounds() -> None:
    with pytest.raises(SettingError) as caught:
        validate_settings(PhaseKind.ROUNDS, {"round_minutes": 240})
    assert caught.value.problem == "must be an integer between 5 and 120"
    assert dict(caught.value.details) == {"got": 240, "minimum": 5, "maximum": 120}


def test_settings_must_be_a_table() -> None:
    with pytest.raises(SettingError) as caught:
        validate_settings("cards", ["allow_author"])  # type: ignore[arg-type]
    assert caught.value.code is Problem.WRONG_TYPE and caught.value.setting == ""


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="fishbowl"):
        validate_settings("fishbowl", {})


def _plan() -> list[PhaseDraft]:
    return [
        PhaseDraft(PhaseKind.CARDS, "Kritik", key="kritik"),
        PhaseDraft(PhaseKind.CLUSTER, "Kritik ordnen", key="kritik-cluster"),
        PhaseDraft(PhaseKind.CARDS, "Utopien", key="utopien"),
        PhaseDraft(PhaseKind.CLUSTER, "Utopien ordnen", settings={"source_phase": "kritik"}),
        PhaseDraft(PhaseKind.VOTE, "Gewichten"),
        PhaseDraft(PhaseKind.VOTE, "Nochmal", settings={"targets_phase": "kritik-cluster"}),
        PhaseDraft(PhaseKind.VOTE, "Falsch", settings={"targets_phase": "gibt-es-nicht"}),
        PhaseDraft(PhaseKind.REPORTS, "Berichte ohne Marktplatz"),
    ]


@pytest.mark.parametrize(
    ("index", "setting", "expected"),
    [
        (1, "source_phase", 0),  # empty: nearest cards before it
        (3, "source_phase", 0),  # by key, even across another cards phase
        (4, "targets_phase", 3),  # empty: nearest cluster, cards or reports before it
        (5, "targets_phase", 1),
        (6, "targets_phase", None),  # dangling
        (7, "agenda_phase", None),  # no agenda wall anywhere before
    ],
)
def test_referenced_phase(index: int, setting: str, expected: int | None) -> None:
    assert referenced_phase(_plan(), index, setting) == expected


def test_referenced_phase_only_reads_phase_refs() -> None:
    with pytest.raises(ValueError, match="not a phase reference"):
        referenced_phase(_plan(), 4, "dots_per_person")


def _lupdate() -> str | None:
    beside_python = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside_python) if beside_python.exists() else shutil.which("pyside6-lupdate")


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
def test_lupdate_extracts_every_label(tmp_path: Path) -> None:
    ts = tmp_path / "methods.ts"
    subprocess.run(
        [_lupdate(), str(Path(kinds_module.__file__)), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    found: dict[str, set[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        found[name] = {message.findtext("source", "") for message in context.iter("message")}
    assert found[KIND_CONTEXT] == set(KIND_LABELS.values())
    wanted = set()
    for specs in KIND_SETTINGS.values():
        for spec in specs:
            wanted |= {spec.label, *(choice.label for choice in spec.choices)}
            if spec.tooltip:
                wanted.add(spec.tooltip)
    assert found[SETTINGS_CONTEXT] == wanted


def test_the_template_authors_readme_names_every_setting() -> None:
    from werkstatt.resources import resource_path

    readme = resource_path("methods", "README.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(" `"): line for line in readme.splitlines() if "| `" in line}
    assert set(rows) == {str(kind) for kind in PhaseKind}
    for kind, specs in KIND_SETTINGS.items():
        for spec in specs:
            assert f"`{spec.key}`" in rows[str(kind)], f"{kind}.{spec.key} is not documented"
