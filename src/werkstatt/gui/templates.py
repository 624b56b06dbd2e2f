"""The method templates the GUI offers: the built-in ones plus the moderator's own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from werkstatt.methods import MethodTemplate, TemplateError, load_templates, template_from_document
from werkstatt.resources import resource_path

if TYPE_CHECKING:
    from werkstatt.store.library import Library


@cache
def builtin_templates(language: str) -> tuple[MethodTemplate, ...]:
    """Read once per process: the files ship with the program and do not change."""
    return tuple(load_templates(resource_path("methods"), language))


@dataclass
class TemplateCatalog:
    """Templates in the order the new-workshop dialog lists them (built-in first)."""

    templates: Sequence[MethodTemplate]
    builtin_keys: frozenset[str]
    problems: list[TemplateError] = field(default_factory=list)

    @classmethod
    def load(cls, library: Library, language: str) -> TemplateCatalog:
        """Built-in plus own templates; a broken own template is reported, not fatal.

        Built-in templates come sorted by their name in ``language``; own ones follow.
        """
        templates = list(builtin_templates(language))
        builtin_keys = frozenset(t.key for t in templates)
        problems: list[TemplateError] = []
        for document in library.user_templates():
            source = str(document.get("key", "")) or str(document.get("name", "?"))
            try:
                templates.append(template_from_document(document, source))
            except TemplateError as exc:
                problems.append(exc)
        return cls(templates, builtin_keys, problems)

    def find(self, key: str) -> MethodTemplate | None:
        return next((t for t in self.templates if t.key == key), None)

    def method_name(self, key: str, language: str) -> str:
        """The name to show for a workshop's method; the key itself if the template is gone."""
        template = self.find(key)
        return template.name(language) if template is not None else key

    def is_builtin(self, template: MethodTemplate) -> bool:
        return template.key in self.builtin_keys
