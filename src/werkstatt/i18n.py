"""Translation for the parts of Werkstatt that run without Qt (command line, messages).

Call it as a bare function, ``from werkstatt.i18n import translate`` and then
``translate("Context", "English sentence with {facts}").format(...)``: pyside6-lupdate
recognises exactly that spelling, so these strings land in the same
``resources/translations/werkstatt_<lang>.ts`` file as the GUI's ``tr()`` strings and one
German translation serves both.

By default the text is looked up in that ``.ts`` file itself (no Qt needed). The GUI
installs a backend that asks ``QCoreApplication.translate`` instead, so that the one
QTranslator it loads answers for every layer.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

SUPPORTED_LANGUAGES: tuple[str, ...] = ("de", "en")
DEFAULT_LANGUAGE = "de"
SOURCE_LANGUAGE = "en"  # the language of the source strings in the code
LANGUAGE_ENV = "WERKSTATT_LANG"

Backend = Callable[[str, str], str]
"""(context, source text) -> translated text, or the source text when there is none."""


class UnsupportedLanguageError(ValueError):
    """A language was asked for (``--lang``, ``$WERKSTATT_LANG``) that Werkstatt lacks."""

    def __init__(self, language: str, origin: str) -> None:
        super().__init__(f"unsupported language {language!r} from {origin}")
        self.language = language
        self.origin = origin
        self.supported = SUPPORTED_LANGUAGES


def catalog_path(language: str) -> Path:
    """The ``.ts`` file that holds the translations into ``language``."""
    from werkstatt.resources import resource_path

    return resource_path("translations", f"werkstatt_{language}.ts")


@cache
def load_catalog(path: Path) -> Mapping[tuple[str, str], str]:
    """Finished translations of a Qt Linguist ``.ts`` file, keyed by (context, source).

    Unfinished, vanished and obsolete entries and empty translations are left out, so
    that the English source text shows rather than a half-done or stale sentence. A
    missing file is an empty catalog (English throughout), not an error.
    """
    if not path.is_file():
        return {}
    catalog: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
                continue
            text = translation.text or ""
            if text:
                catalog[(name, source)] = text
    return catalog


class _State:
    language: str = DEFAULT_LANGUAGE
    backend: Backend | None = None


def _catalog_backend(context: str, text: str) -> str:
    if _State.language == SOURCE_LANGUAGE:
        return text
    return load_catalog(catalog_path(_State.language)).get((context, text), text)


def translate(context: str, text: str) -> str:
    """``text`` in the current language; ``text`` itself when no translation exists."""
    backend = _State.backend or _catalog_backend
    return backend(context, text)


def set_language(language: str) -> None:
    """Switch the language of ``translate`` (one of SUPPORTED_LANGUAGES)."""
    if language not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguageError(language, "set_language")
    _State.language = language


def current_language() -> str:
    return _State.language


def install_backend(backend: Backend | None) -> None:
    """Route ``translate`` through ``backend``; ``None`` returns to the ``.ts`` lookup."""
    _State.backend = backend


def language_from_locale() -> str:
    """'en' for an English locale, German for everything else (German is the default)."""
    # POSIX precedence: LC_ALL overrides LC_MESSAGES overrides LANG.
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "en" if value.lower().startswith("en") else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def _checked(value: str, origin: str) -> str:
    language = value.strip().lower()
    if language not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguageError(value, origin)
    return language


def resolve_language(option: str | None, *, saved: str | None = None) -> str:
    """The language to use: ``--lang``, else ``$WERKSTATT_LANG``, else ``saved`` (the
    GUI's setting, if the caller has one), else the locale.

    Raises UnsupportedLanguageError when the option or the variable names a language
    Werkstatt does not have; an unknown saved setting is ignored, since the user did not
    just type it.
    """
    if option:
        return _checked(option, "--lang")
    from_env = os.environ.get(LANGUAGE_ENV)
    if from_env:
        return _checked(from_env, LANGUAGE_ENV)
    if saved and saved.strip().lower() in SUPPORTED_LANGUAGES:
        return saved.strip().lower()
    return language_from_locale()
