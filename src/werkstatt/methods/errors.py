"""Typed errors of the methods layer. They carry facts: which file, where in it, what kind
of problem and its particulars. ``problem`` is a short English phrase for logs and the
command line; ``werkstatt.messages`` words ``code`` and ``details`` in the user's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any


class Problem(StrEnum):
    """What is wrong with a template or a setting; ``details`` holds the particulars."""

    UNREADABLE = "unreadable"  # details: reason
    NOT_UTF8 = "not_utf8"  # details: position
    SYNTAX = "syntax"  # details: message, line, column
    UNSUPPORTED_FORMAT = "unsupported_format"  # details: got, supported
    MISSING = "missing"
    UNKNOWN_FIELD = "unknown_field"  # details: field, known
    WRONG_TYPE = "wrong_type"  # details: expected, got (+ minimum/maximum for integers)
    EMPTY = "empty"
    TOO_LONG = "too_long"  # details: maximum, got
    OUT_OF_RANGE = "out_of_range"  # details: minimum, maximum, got
    NOT_A_CHOICE = "not_a_choice"  # details: choices, got
    BAD_KEY = "bad_key"  # details: got
    BAD_LANGUAGE = "bad_language"  # details: got
    UNKNOWN_KIND = "unknown_kind"  # details: got, known
    DUPLICATE_KEY = "duplicate_key"  # details: key, first (location of the first use)
    UNKNOWN_PHASE = "unknown_phase"  # details: key
    SELF_REFERENCE = "self_reference"  # details: key
    WRONG_PHASE_KIND = "wrong_phase_kind"  # details: key, kind, expected
    TOO_MANY_NAMES = "too_many_names"  # details: names, maximum, setting


class MethodsError(Exception):
    """Base of everything werkstatt.methods raises on purpose."""


class SettingError(MethodsError, ValueError):
    """A kind setting of the wrong type, out of range, or unknown for its phase kind."""

    def __init__(
        self,
        kind: str,
        setting: str,
        code: Problem,
        problem: str,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(f"{kind}.{setting}: {problem}")
        self.kind = kind
        self.setting = setting
        self.code = code
        self.problem = problem
        self.details: Mapping[str, Any] = MappingProxyType(dict(details or {}))


class TemplateError(MethodsError, ValueError):
    """A template file or document that cannot become a method template.

    ``source`` names the file (or the user template), ``location`` the place inside it
    (``"phases[3].minutes"``, phases counted from 0; ``"line 5, column 3"`` for a syntax
    error; ``""`` for the whole file).
    """

    def __init__(
        self,
        source: str,
        location: str,
        problem: str,
        code: Problem,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        where = f"{source}: {location}" if location else source
        super().__init__(f"{where}: {problem}")
        self.source = source
        self.location = location
        self.problem = problem
        self.code = code
        self.details: Mapping[str, Any] = MappingProxyType(dict(details or {}))
