"""GENERATED CODE: do not edit.

Compiled from the Qt Designer forms in ``ui/`` by ``python -m werkstatt.gui.compile_forms``;
edit the ``.ui`` file and recompile instead. Excluded from ruff.
"""
