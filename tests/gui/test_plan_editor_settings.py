"""The kind settings form: one editor per setting, of the type the methods declare."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from werkstatt.core.records import Phase
from werkstatt.gui.plan_editor.settings_form import SettingsForm
from werkstatt.methods.kinds import SettingType, default_settings, settings_spec
from werkstatt.methods.model import PhaseKind

EDITOR_TYPES: dict[SettingType, type[QWidget]] = {
    SettingType.INT: QSpinBox,
    SettingType.BOOL: QCheckBox,
    SettingType.CHOICE: QComboBox,
    SettingType.TEXT: QLineEdit,
    SettingType.PHASE_REF: QComboBox,
}


def phase(phase_id: int, kind: PhaseKind, title: str, key: str = "") -> Phase:
    return Phase(
        id=phase_id,
        workshop_id=1,
        position=phase_id - 1,
        kind=kind,
        title=title,
        question="",
        script="",
        planned_minutes=20,
        settings=default_settings(kind),
        key=key,
    )


@pytest.fixture
def form(qtbot: QtBot) -> SettingsForm:
    widget = SettingsForm()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("kind", list(PhaseKind))
def test_every_setting_of_every_kind_gets_its_editor(form: SettingsForm, kind: PhaseKind) -> None:
    form.show_settings(phase(1, kind, "Phase"), [phase(1, kind, "Phase")])

    specs = settings_spec(kind)
    assert list(form.editors) == [spec.key for spec in specs]
    for spec in specs:
        assert isinstance(form.editors[spec.key], EDITOR_TYPES[spec.type])


def test_int_bounds_come_from_the_spec(form: SettingsForm) -> None:
    vote = phase(1, PhaseKind.VOTE, "Punktabfrage")
    form.show_settings(vote, [vote])

    dots = form.editors["dots_per_person"]
    assert isinstance(dots, QSpinBox)
    assert (dots.minimum(), dots.maximum(), dots.value()) == (1, 20, 3)


def test_a_text_setting_reports_each_keystroke_as_mergeable(
    qtbot: QtBot, form: SettingsForm
) -> None:
    wall = phase(1, PhaseKind.AGENDA_WALL, "Marktplatz")
    form.show_settings(wall, [wall])
    names = form.editors["space_names"]
    edits: list[tuple[str, object, bool]] = []
    form.settingEdited.connect(lambda key, value, mergeable: edits.append((key, value, mergeable)))

    qtbot.keyClicks(names, "Saal, Foyer")

    assert edits[-1] == ("space_names", "Saal, Foyer", True)
    assert len(edits) == len("Saal, Foyer")


def test_a_phase_reference_lists_the_phases_that_fit(qtbot: QtBot, form: SettingsForm) -> None:
    phases = [
        phase(1, PhaseKind.CARDS, "Kritikphase: Kartenabfrage", key="kritik-karten"),
        phase(2, PhaseKind.BREAK, "Kaffeepause", key="pause"),
        phase(3, PhaseKind.CARDS, "Phantasiephase: Kartenabfrage", key="utopie-karten"),
        phase(4, PhaseKind.CLUSTER, "Themenspeicher"),
    ]
    form.show_settings(phases[3], phases)
    source = form.editors["source_phase"]
    assert isinstance(source, QComboBox)
    edits: list[tuple[str, object, bool]] = []
    form.settingEdited.connect(lambda key, value, mergeable: edits.append((key, value, mergeable)))

    assert [source.itemText(i) for i in range(source.count())] == [
        "Automatic: 3. Phantasiephase: Kartenabfrage",
        "1. Kritikphase: Kartenabfrage (Card collection)",
        "3. Phantasiephase: Kartenabfrage (Card collection)",
    ]
    source.setFocus()
    qtbot.keyClick(source, Qt.Key.Key_Down)

    assert edits == [("source_phase", "kritik-karten", False)]


def test_a_stored_reference_is_shown(form: SettingsForm) -> None:
    cards = phase(1, PhaseKind.CARDS, "Kritikphase", key="kritik-karten")
    cluster = Phase(
        id=2,
        workshop_id=1,
        position=1,
        kind=PhaseKind.CLUSTER,
        title="Themenspeicher",
        question="",
        script="",
        planned_minutes=20,
        settings={"source_phase": "kritik-karten"},
    )

    form.show_settings(cluster, [cards, cluster])

    source = form.editors["source_phase"]
    assert isinstance(source, QComboBox)
    assert source.currentData() == "kritik-karten"


def test_automatic_without_a_fitting_phase_says_so(form: SettingsForm) -> None:
    cluster = phase(1, PhaseKind.CLUSTER, "Themenspeicher")
    form.show_settings(cluster, [cluster])

    # nothing before it to cluster: "automatic" says it finds nothing
    source = form.editors["source_phase"]
    assert isinstance(source, QComboBox)
    assert source.currentText() == "Automatic: none found before this phase"


def test_a_reference_to_a_removed_phase_is_shown_as_such(form: SettingsForm) -> None:
    cards = phase(1, PhaseKind.CARDS, "Kritikphase", key="kritik-karten")
    vote = dataclasses.replace(
        phase(2, PhaseKind.VOTE, "Gewichtung"),
        settings={**default_settings(PhaseKind.VOTE), "targets_phase": "kritik-cluster"},
    )

    form.show_settings(vote, [cards, vote])

    targets = form.editors["targets_phase"]
    assert isinstance(targets, QComboBox)
    # Not row 0 ("automatic"), which would claim a link the store does not hold.
    assert targets.currentData() == "kritik-cluster"
    assert targets.currentText() == "(removed phase: kritik-cluster)"
    assert targets.itemData(0) == ""


def test_a_value_that_does_not_fit_the_other_settings_is_not_reported_but_hinted(
    qtbot: QtBot, form: SettingsForm
) -> None:
    wall = dataclasses.replace(
        phase(1, PhaseKind.AGENDA_WALL, "Marktplatz"),
        settings={**default_settings(PhaseKind.AGENDA_WALL), "spaces": 2},
    )
    form.show_settings(wall, [wall])
    names, hint = form.editors["space_names"], form.hints["space_names"]
    edits: list[tuple[str, object, bool]] = []
    form.settingEdited.connect(lambda key, value, mergeable: edits.append((key, value, mergeable)))
    assert not hint.isVisible()

    qtbot.keyClicks(names, "Saal, Foyer, Garten")

    assert edits[-1] == ("space_names", "Saal, Foyer, ", True)
    assert "Saal, Foyer, G" not in [value for _key, value, _merge in edits]
    assert hint.isVisible()
    assert "3" in hint.text() and "2" in hint.text()
    assert "space_names" not in hint.text()

    qtbot.keyClick(names, Qt.Key.Key_Backspace)  # still three names
    assert hint.isVisible()
    for _ in "Garte":
        qtbot.keyClick(names, Qt.Key.Key_Backspace)
    assert names.text() == "Saal, Foyer, "
    assert not hint.isVisible()
