"""Methods as data: phase kinds, their settings, and method templates (no Qt, no SQL).

Built-in templates live in ``resources/methods/*.toml``; callers pass that folder
(``werkstatt.resources.resource_path("methods")``) to ``load_templates``.
"""

from werkstatt.methods.errors import MethodsError, Problem, SettingError, TemplateError
from werkstatt.methods.kinds import (
    KIND_CONTEXT,
    KIND_LABELS,
    KIND_SETTINGS,
    SETTINGS_CONTEXT,
    Choice,
    SettingSpec,
    SettingType,
    default_settings,
    kind_label,
    referenced_phase,
    settings_spec,
    validate_settings,
)
from werkstatt.methods.localized import Localized
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.methods.templates import (
    MethodTemplate,
    PhaseTemplate,
    load_template_file,
    load_templates,
    template_document,
    template_from_document,
    template_key,
)

__all__ = [
    "KIND_CONTEXT",
    "KIND_LABELS",
    "KIND_SETTINGS",
    "SETTINGS_CONTEXT",
    "Choice",
    "Localized",
    "MethodTemplate",
    "MethodsError",
    "PhaseDraft",
    "PhaseKind",
    "PhaseTemplate",
    "Problem",
    "SettingError",
    "SettingSpec",
    "SettingType",
    "TemplateError",
    "default_settings",
    "kind_label",
    "load_template_file",
    "load_templates",
    "referenced_phase",
    "settings_spec",
    "template_document",
    "template_from_document",
    "template_key",
    "validate_settings",
]
