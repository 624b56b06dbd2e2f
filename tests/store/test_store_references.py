"""Phase references that stop fitting are emptied by the store, and undo brings them back.

The plan: Kritikphase (cards) <- Kritik clustern (cluster) <- Gewichtung (vote) <-
Verwirklichung (action plan), each one naming the one before by its key."""

from __future__ import annotations

import pytest

from werkstatt.core.records import Phase, Workshop, WorkshopDraft
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store import validation
from werkstatt.store.library import Library
from werkstatt.store.references import ReferenceReset


@pytest.fixture
def workshop(library: Library) -> Workshop:
    return library.create_workshop(
        WorkshopDraft(title="Zukunftswerkstatt Quartier Nordstadt", method="zukunftswerkstatt"),
        [
            PhaseDraft(PhaseKind.BRIEFING, "Begrüßung", key="begruessung"),
            PhaseDraft(PhaseKind.CARDS, "Kritikphase", key="kritik-karten"),
            PhaseDraft(
                PhaseKind.CLUSTER,
                "Kritik clustern",
                key="kritik-cluster",
                settings={"source_phase": "kritik-karten"},
            ),
            PhaseDraft(
                PhaseKind.VOTE,
                "Gewichtung der Kritik",
                key="kritik-punkte",
                settings={"targets_phase": "kritik-cluster"},
            ),
            PhaseDraft(
                PhaseKind.ACTION_PLAN,
                "Verwirklichungsphase",
                key="massnahmen",
                settings={"source_phase": "kritik-punkte"},
            ),
        ],
    )


def _by_key(library: Library, workshop: Workshop) -> dict[str, Phase]:
    return {phase.key: phase for phase in library.list_phases(workshop.id)}


def test_removing_a_phase_empties_the_references_to_it_in_the_same_change(
    library: Library, workshop: Workshop
) -> None:
    phases = _by_key(library, workshop)

    resets = library.remove_phase(phases["kritik-cluster"].id)

    assert resets == (
        ReferenceReset(phases["kritik-punkte"].id, "targets_phase", "kritik-cluster"),
    )
    after = _by_key(library, workshop)
    assert after["kritik-punkte"].settings["targets_phase"] == ""
    assert after["massnahmen"].settings["source_phase"] == "kritik-punkte"  # still fits


def test_restoring_with_the_resets_brings_the_references_back(
    library: Library, workshop: Workshop
) -> None:
    before = library.list_phases(workshop.id)
    cluster = _by_key(library, workshop)["kritik-cluster"]
    resets = library.remove_phase(cluster.id)

    library.restore_phase(cluster.id, relink=resets)

    assert library.list_phases(workshop.id) == before


def test_relinking_keeps_a_reference_chosen_since(library: Library, workshop: Workshop) -> None:
    phases = _by_key(library, workshop)
    vote = phases["kritik-punkte"]
    resets = library.remove_phase(phases["kritik-cluster"].id)
    library.update_phase(vote.id, settings={**vote.settings, "targets_phase": "kritik-karten"})

    library.restore_phase(phases["kritik-cluster"].id, relink=resets)

    assert _by_key(library, workshop)["kritik-punkte"].settings["targets_phase"] == "kritik-karten"


def test_a_reference_is_not_relinked_to_a_phase_that_does_not_fit_any_more(
    library: Library, workshop: Workshop
) -> None:
    phases = _by_key(library, workshop)
    resets = library.remove_phase(phases["kritik-cluster"].id)
    # Meanwhile the cluster came back without its resets and became a break.
    library.restore_phase(phases["kritik-cluster"].id)
    library.update_phase(phases["kritik-cluster"].id, kind="break")

    library.restore_phase(phases["kritik-cluster"].id, relink=resets)

    assert _by_key(library, workshop)["kritik-punkte"].settings["targets_phase"] == ""


def test_a_change_of_kind_empties_what_no_longer_fits_and_undo_restores_it(
    library: Library, workshop: Workshop
) -> None:
    before = library.list_phases(workshop.id)
    cluster = _by_key(library, workshop)["kritik-cluster"]

    change = library.change_kind(cluster.id, PhaseKind.BRIEFING)

    assert change.phase.kind == "briefing"
    assert change.unlinked == (
        ReferenceReset(
            _by_key(library, workshop)["kritik-punkte"].id, "targets_phase", "kritik-cluster"
        ),
    )
    assert _by_key(library, workshop)["kritik-punkte"].settings["targets_phase"] == ""

    # undo as the plan editor does it: the old kind, the old settings, the resets
    library.update_phase(
        cluster.id, kind=cluster.kind, settings=dict(cluster.settings), relink=change.unlinked
    )
    assert library.list_phases(workshop.id) == before


def test_a_change_of_kind_empties_the_phases_own_reference_that_no_longer_fits(
    library: Library, workshop: Workshop
) -> None:
    cluster = _by_key(library, workshop)["kritik-cluster"]

    # An action plan also has a source_phase, but takes no card collection.
    change = library.change_kind(cluster.id, PhaseKind.ACTION_PLAN)

    assert change.phase.settings["source_phase"] == ""
    assert ReferenceReset(cluster.id, "source_phase", "kritik-karten") in change.unlinked


def test_update_phase_with_a_kind_empties_references_too(
    library: Library, workshop: Workshop
) -> None:
    cluster = _by_key(library, workshop)["kritik-cluster"]
    library.update_phase(cluster.id, kind="feedback")
    assert _by_key(library, workshop)["kritik-punkte"].settings["targets_phase"] == ""


def test_a_change_of_kind_keeps_the_shared_settings_that_the_new_kind_accepts() -> None:
    settings = validation.phase_settings(
        PhaseKind.AGENDA_WALL,
        {"spaces": 2, "space_names": "Saal, Foyer, Garten", "max_chars": 80},
        keep_what_fits=True,
    )
    # Three names for two spaces do not fit: the names go, the number of spaces stays.
    assert settings["spaces"] == 2
    assert settings["space_names"] == ""
