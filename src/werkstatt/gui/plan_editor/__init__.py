"""The plan editor: a workshop's phases, their fields and settings, and the run sheet."""

from werkstatt.gui.plan_editor.editor import PlanEditor

__all__ = ["PlanEditor"]
