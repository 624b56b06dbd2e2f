"""The committed generated forms are what their Designer files compile to."""

from __future__ import annotations

from pathlib import Path

import pytest

from werkstatt.gui import compile_forms

FORMS = compile_forms.forms()


def test_there_are_forms() -> None:
    assert "new_workshop.ui" in [form.name for form in FORMS]


@pytest.mark.parametrize("form", FORMS, ids=lambda form: form.name)
def test_generated_form_is_up_to_date(form: Path) -> None:
    committed = compile_forms.generated_path(form)
    assert committed.exists(), f"run python -m werkstatt.gui.compile_forms ({form.name})"
    fresh = compile_forms.compile_form(form)
    assert compile_forms.comparable(committed.read_text(encoding="utf-8")) == (
        compile_forms.comparable(fresh)
    ), f"{committed.name} is out of date: run python -m werkstatt.gui.compile_forms"
