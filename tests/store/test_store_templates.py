"""'Save as template': own templates as documents of the built-in templates' shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from werkstatt.core.records import WorkshopDraft
from werkstatt.methods import Problem, TemplateError, limits, template_from_document
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.errors import InvalidValueError, NoPhasesError, NotFoundError
from werkstatt.store.library import Library


def test_save_as_template_stores_the_live_phases_as_a_document(
    library: Library, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    workshop = library.create_workshop(draft, phases)
    removed = library.list_phases(workshop.id)[2]
    library.remove_phase(removed.id)

    key = library.save_as_template(workshop.id, "  Zukunftswerkstatt für Seniorenbeiräte ")

    assert key == "user_zukunftswerkstatt-fuer-seniorenbeiraete"
    (document,) = library.user_templates()
    json.dumps(document)  # plain JSON all the way down
    template = template_from_document(document, source=key)
    assert template.key == key
    assert template.name("de") == "Zukunftswerkstatt für Seniorenbeiräte"
    expected = [p for p in phases if p.title != removed.title]
    assert [
        (d.kind, d.title, d.question, d.script, d.planned_minutes)
        for d in template.drafts("de")
    ] == [(p.kind, p.title, p.question, p.script, p.planned_minutes) for p in expected]


def test_phase_keys_and_references_survive_save_as_template(library: Library) -> None:
    phases = [
        PhaseDraft(PhaseKind.CARDS, "Kritik sammeln", key="kritik-karten"),
        PhaseDraft(
            PhaseKind.CLUSTER,
            "Kritik clustern",
            key="kritik-cluster",
            settings={"source_phase": "kritik-karten"},
        ),
    ]
    workshop = library.create_workshop(WorkshopDraft("Werkstatt Süd", "zukunftswerkstatt"), phases)
    assert [p.key for p in library.list_phases(workshop.id)] == ["kritik-karten", "kritik-cluster"]

    key = library.save_as_template(workshop.id, "Kurzwerkstatt")
    drafts = template_from_document(library.user_templates()[0], source=key).drafts("de")
    assert [d.key for d in drafts] == ["kritik-karten", "kritik-cluster"]
    assert drafts[1].settings["source_phase"] == "kritik-karten"


def test_template_keys_stay_unique(
    library: Library, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    workshop = library.create_workshop(draft, phases)
    first = library.save_as_template(workshop.id, "Bürgerwerkstatt")
    second = library.save_as_template(workshop.id, "BÜRGERWERKSTATT")
    arabic = library.save_as_template(workshop.id, "ورشة المستقبل")
    assert first == "user_buergerwerkstatt"
    assert second == "user_buergerwerkstatt-2"
    assert arabic == "user_vorlage"
    assert [d["key"] for d in library.user_templates()] == [first, second, arabic]
    assert library.user_templates()[2]["name"] == "ورشة المستقبل"


def test_templates_survive_reopening_and_can_be_deleted(
    data_dir: Path, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    with Library.open(data_dir) as library:
        workshop = library.create_workshop(draft, phases)
        key = library.save_as_template(workshop.id, "Stadtteilkonferenz kompakt")
    with Library.open(data_dir) as library:
        assert [d["key"] for d in library.user_templates()] == [key]
        library.delete_user_template(key)
        assert library.user_templates() == []
        with pytest.raises(NotFoundError) as caught:
            library.delete_user_template(key)
        assert caught.value.what == "template"


def test_template_documents_handed_out_are_copies(
    library: Library, draft: WorkshopDraft, phases: list[PhaseDraft]
) -> None:
    workshop = library.create_workshop(draft, phases)
    library.save_as_template(workshop.id, "Open Space Quartier")
    document = library.user_templates()[0]
    document["phases"].clear()  # type: ignore[attr-defined]
    assert len(library.user_templates()[0]["phases"]) == len(phases)


def test_template_needs_a_name_and_phases(library: Library, draft: WorkshopDraft) -> None:
    empty = library.create_workshop(draft, [])
    with pytest.raises(NoPhasesError) as no_phases:
        library.save_as_template(empty.id, "Leere Vorlage")
    assert (no_phases.value.workshop_id, no_phases.value.title) == (empty.id, draft.title)
    with pytest.raises(InvalidValueError) as caught:
        library.save_as_template(empty.id, "   ")
    assert caught.value.field == "name"
    with pytest.raises(NotFoundError):
        library.save_as_template(4711, "Gibt es nicht")
    assert library.user_templates() == []


def test_every_workshop_the_store_accepts_can_be_saved_as_template(library: Library) -> None:
    """The store's longest texts and widest values, an Austrian language tag and a phase of
    0 minutes: what the store took, 'save as template' takes too."""
    longest_title = ("Quartiersentwicklungskonzept " * 20)[: limits.TITLE_MAX].strip()
    workshop = library.create_workshop(
        WorkshopDraft(title=longest_title, method="eigene", language="de-AT"),
        [
            PhaseDraft(
                PhaseKind.BRIEFING,
                longest_title,
                question=("Wie wollen wir in Floridsdorf wohnen? " * 600)[: limits.TEXT_MAX],
                script="Begrüßen Sie die Anrainerinnen und Anrainer. " * 400,
                planned_minutes=limits.MINUTES_RANGE[0],
            ),
            PhaseDraft(PhaseKind.CARDS, "Kritik", planned_minutes=limits.MINUTES_RANGE[1]),
        ],
    )
    phases = library.list_phases(workshop.id)
    assert len(phases[0].title) == limits.TITLE_MAX
    assert len(phases[0].question) == limits.TEXT_MAX

    key = library.save_as_template(workshop.id, longest_title)

    [document] = library.user_templates()
    template = template_from_document(document, key)
    assert template.language == "de-AT"
    assert template.drafts("de")[0].question == phases[0].question
    assert [p.minutes for p in template.phases] == list(limits.MINUTES_RANGE)


def test_a_template_error_is_carried_out_as_itself_and_nothing_is_stored(
    library: Library,
    draft: WorkshopDraft,
    phases: list[PhaseDraft],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workshop = library.create_workshop(draft, phases)
    refusal = TemplateError(
        "user_stadtteilkonferenz", "phases[1].title", "must not be empty", Problem.EMPTY, {}
    )

    def refuse(*args: object, **kwargs: object) -> dict[str, object]:
        raise refusal

    monkeypatch.setattr("werkstatt.store.library.template_document", refuse)
    with pytest.raises(TemplateError) as caught:
        library.save_as_template(workshop.id, "Stadtteilkonferenz")
    assert caught.value is refusal  # messages.describe words it with file, place and problem
    assert library.user_templates() == []
