"""Method templates as data: load, validate, turn into phase drafts, and back.

A template document (a TOML file among the built-ins, a JSON dict for a moderator's own
template in the library) has this shape::

    format = 1
    key = "zukunftswerkstatt"
    name = { de = "...", en = "..." }        # or one plain string for every language
    description = { de = "...", en = "..." } # optional
    language = "de"                          # optional: the language it was written in
    [[phases]]
    key = "kritik-karten"                    # optional, unique; settings refer to it
    kind = "cards"                           # a PhaseKind
    title = { de = "...", en = "..." }
    question = ...                           # optional, what participants see
    script = ...                             # optional, what the moderator says and does
    minutes = 20
    settings = { max_chars = 80 }            # optional; see werkstatt.methods.kinds

Validation is strict so that a typo in a template is found when it is loaded, not in
front of 80 citizens: TemplateError names the file, the place and the problem.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol

from werkstatt.methods import limits
from werkstatt.methods.errors import Problem, SettingError, TemplateError
from werkstatt.methods.kinds import (
    KEY_PATTERN,
    SettingType,
    settings_spec,
    validate_settings,
)
from werkstatt.methods.localized import Localized
from werkstatt.methods.model import PhaseDraft, PhaseKind

FORMAT = 1
MIN_MINUTES, MAX_MINUTES = limits.MINUTES_RANGE

_TOP_FIELDS = ("format", "key", "name", "description", "language", "phases")
_PHASE_FIELDS = ("key", "kind", "title", "question", "script", "minutes", "settings")
# The languages a text of a template comes in: the ones Werkstatt speaks look like this.
_TEXT_LANGUAGE = re.compile(r"[a-z]{2,3}")
# The store's limits, so that every workshop it accepted can be saved as a template; they
# also keep a corrupt file from flooding a form.
_MAX_LENGTH = {
    "name": limits.TITLE_MAX,
    "title": limits.TITLE_MAX,
    "description": limits.TEXT_MAX,
    "question": limits.TEXT_MAX,
    "script": limits.TEXT_MAX,
}
_TOML_POSITION = re.compile(r"\s*\(at (line (\d+), column (\d+)|end of document)\)$")


@dataclass(frozen=True)
class PhaseTemplate:
    key: str
    kind: PhaseKind
    title: Localized
    question: Localized
    script: Localized
    minutes: int
    # complete (defaults filled in); values of text settings are Localized
    settings: Mapping[str, Any]

    def draft(self, language: str) -> PhaseDraft:
        settings = {
            name: value.text(language) if isinstance(value, Localized) else value
            for name, value in self.settings.items()
        }
        return PhaseDraft(
            kind=self.kind,
            title=self.title.text(language),
            question=self.question.text(language),
            script=self.script.text(language),
            planned_minutes=self.minutes,
            settings=settings,
            key=self.key,
        )

    def texts(self) -> dict[str, Localized]:
        """Every text of the phase by its place, settings included."""
        found = {"title": self.title, "question": self.question, "script": self.script}
        for name, value in self.settings.items():
            if isinstance(value, Localized):
                found[f"settings.{name}"] = value
        return found

    def to_document(self) -> dict[str, Any]:
        settings = {
            name: value.to_document() if isinstance(value, Localized) else value
            for name, value in self.settings.items()
        }
        return {
            "key": self.key,
            "kind": str(self.kind),
            "title": self.title.to_document(),
            "question": self.question.to_document(),
            "script": self.script.to_document(),
            "minutes": self.minutes,
            "settings": settings,
        }


@dataclass(frozen=True)
class MethodTemplate:
    key: str
    names: Localized
    descriptions: Localized
    phases: tuple[PhaseTemplate, ...]
    language: str = ""  # the language a moderator wrote it in; "" for multilingual ones
    source: str = ""

    def name(self, language: str) -> str:
        return self.names.text(language)

    def description(self, language: str) -> str:
        return self.descriptions.text(language)

    def drafts(self, language: str) -> list[PhaseDraft]:
        """The phases in ``language`` (missing texts fall back to German, then any)."""
        return [phase.draft(language) for phase in self.phases]

    def covers(self, language: str) -> bool:
        """True when every text of the template exists in ``language`` itself."""
        texts = [self.names, self.descriptions]
        for phase in self.phases:
            texts.extend(phase.texts().values())
        return all(text.covers(language) for text in texts)

    @property
    def total_minutes(self) -> int:
        return sum(phase.minutes for phase in self.phases)

    def to_document(self) -> dict[str, Any]:
        document: dict[str, Any] = {
            "format": FORMAT,
            "key": self.key,
            "name": self.names.to_document(),
            "description": self.descriptions.to_document(),
        }
        if self.language:
            document["language"] = self.language
        document["phases"] = [phase.to_document() for phase in self.phases]
        return document


# --- reading ------------------------------------------------------------------------


def load_template_file(path: Path) -> MethodTemplate:
    """Read and validate one TOML template file; TemplateError names ``path.name``."""
    source = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise TemplateError(
            source, "", f"cannot be read: {reason}", Problem.UNREADABLE, {"reason": reason}
        ) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TemplateError(
            source,
            f"byte {exc.start}",
            "is not UTF-8 text",
            Problem.NOT_UTF8,
            {"position": exc.start},
        ) from exc
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(source, exc) from exc
    return template_from_document(document, source)


def _syntax_error(source: str, exc: tomllib.TOMLDecodeError) -> TemplateError:
    # Python 3.11's TOMLDecodeError keeps the position only in its message.
    message = str(exc)
    line = column = None
    location = ""
    match = _TOML_POSITION.search(message)
    if match:
        message = message[: match.start()]
        if match.group(2):
            line, column = int(match.group(2)), int(match.group(3))
            location = f"line {line}, column {column}"
        else:
            location = "end of file"
    return TemplateError(
        source,
        location,
        f"is not valid TOML: {message}",
        Problem.SYNTAX,
        {"message": message, "line": line, "column": column},
    )


def load_templates(directory: Path, language: str = "de") -> list[MethodTemplate]:
    """Every ``*.toml`` template in ``directory``, sorted by name in ``language``.

    A broken file raises TemplateError: built-in templates are part of the program, and
    a silently missing method would be worse than a clear message.
    """
    if not directory.is_dir():
        raise TemplateError(
            str(directory),
            "",
            "cannot be read: not a folder",
            Problem.UNREADABLE,
            {"reason": "not a folder"},
        )
    try:
        paths = sorted(directory.glob("*.toml"))
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise TemplateError(
            str(directory), "", f"cannot be read: {reason}", Problem.UNREADABLE, {"reason": reason}
        ) from exc
    templates: list[MethodTemplate] = []
    seen: dict[str, str] = {}
    for path in paths:
        template = load_template_file(path)
        if template.key in seen:
            raise TemplateError(
                path.name,
                "key",
                f"'{template.key}' is already the key of {seen[template.key]}",
                Problem.DUPLICATE_KEY,
                {"key": template.key, "first": seen[template.key]},
            )
        seen[template.key] = path.name
        templates.append(template)
    return sorted(templates, key=lambda t: (t.name(language).casefold(), t.key))


class _Reader:
    """Checks one document and raises TemplateError with the place of the first problem."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, location: str, code: Problem, problem: str, **details: Any) -> TemplateError:
        return TemplateError(self.source, location, problem, code, details)

    def table(self, value: object, location: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(
                location,
                Problem.WRONG_TYPE,
                "must be a table",
                expected="table",
                got=type(value).__name__,
            )
        return value

    def only_known(self, table: Mapping[str, Any], known: Sequence[str], prefix: str) -> None:
        for name in table:
            if name not in known:
                raise self.fail(
                    f"{prefix}{name}",
                    Problem.UNKNOWN_FIELD,
                    f"is not a known field; known are: {', '.join(known)}",
                    field=name,
                    known=list(known),
                )

    def required(self, table: Mapping[str, Any], name: str, prefix: str) -> Any:
        if name not in table:
            raise self.fail(f"{prefix}{name}", Problem.MISSING, "is missing")
        return table[name]

    def key(self, value: object, location: str) -> str:
        if not isinstance(value, str) or not KEY_PATTERN.fullmatch(value):
            raise self.fail(
                location,
                Problem.BAD_KEY,
                "must be 1 to 64 lowercase letters, digits, '-' or '_' (starting with a "
                "letter or digit)",
                got=value,
            )
        return value

    def language(self, value: object, location: str) -> str:
        """The language of a text variant: a code Werkstatt could speak (de, en)."""
        if not isinstance(value, str) or not _TEXT_LANGUAGE.fullmatch(value):
            raise self.fail(
                location,
                Problem.BAD_LANGUAGE,
                "must be a language code such as de or en",
                got=value,
            )
        return value

    def written_in(self, value: object, location: str) -> str:
        """The language a template was written in: any tag the store accepts (de-AT)."""
        if not isinstance(value, str) or not limits.is_language_tag(value):
            raise self.fail(
                location,
                Problem.BAD_LANGUAGE,
                "must be a language tag such as de, en or de-AT",
                got=value,
            )
        return value

    def text(
        self, value: object, location: str, field: str, *, required: bool = False
    ) -> Localized:
        maximum = _MAX_LENGTH[field]
        if isinstance(value, str):
            self._check_text(value, location, maximum, required)
            return Localized.plain(value)
        if isinstance(value, Mapping):
            if not value:
                raise self.fail(
                    location, Problem.EMPTY, 'must name at least one language, e.g. de = "…"'
                )
            for language, variant in value.items():
                self.language(language, f"{location}.{language}")
                if not isinstance(variant, str):
                    raise self.fail(
                        f"{location}.{language}",
                        Problem.WRONG_TYPE,
                        "must be a text",
                        expected="text",
                        got=type(variant).__name__,
                    )
                self._check_text(variant, f"{location}.{language}", maximum, required)
            return Localized.of(value)
        raise self.fail(
            location,
            Problem.WRONG_TYPE,
            'must be a text or a table of texts by language, e.g. { de = "…", en = "…" }',
            expected="text",
            got=type(value).__name__,
        )

    def _check_text(self, text: str, location: str, maximum: int, required: bool) -> None:
        if required and not text.strip():
            raise self.fail(location, Problem.EMPTY, "must not be empty")
        if len(text) > maximum:
            raise self.fail(
                location,
                Problem.TOO_LONG,
                f"must be at most {maximum} characters long",
                maximum=maximum,
                got=len(text),
            )

    def minutes(self, value: object, location: str) -> int:
        problem = f"must be an integer between {MIN_MINUTES} and {MAX_MINUTES}"
        bounds = {"minimum": MIN_MINUTES, "maximum": MAX_MINUTES, "got": value}
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(location, Problem.WRONG_TYPE, problem, expected="integer", **bounds)
        if not MIN_MINUTES <= value <= MAX_MINUTES:
            raise self.fail(location, Problem.OUT_OF_RANGE, problem, **bounds)
        return value


def template_from_document(document: Mapping[str, Any], source: str) -> MethodTemplate:
    """Validate a template document (parsed TOML or a stored JSON dict).

    ``source`` is what a TemplateError names: the file name, or e.g. the user template's
    key. Phase keys missing in the document are generated as ``<kind>-<n>``.
    """
    read = _Reader(source)
    doc = read.table(document, "")
    fmt = read.required(doc, "format", "")
    if isinstance(fmt, bool) or not isinstance(fmt, int) or fmt < 1:
        raise read.fail(
            "format", Problem.WRONG_TYPE, f"must be the integer {FORMAT}", expected="integer"
        )
    if fmt != FORMAT:
        raise read.fail(
            "format",
            Problem.UNSUPPORTED_FORMAT,
            f"is {fmt}, newer than this Werkstatt reads ({FORMAT})",
            got=fmt,
            supported=FORMAT,
        )
    read.only_known(doc, _TOP_FIELDS, "")
    key = read.key(read.required(doc, "key", ""), "key")
    names = read.text(read.required(doc, "name", ""), "name", "name", required=True)
    descriptions = read.text(doc.get("description", ""), "description", "description")
    language = read.written_in(doc["language"], "language") if "language" in doc else ""
    raw_phases = read.required(doc, "phases", "")
    if not isinstance(raw_phases, list):
        raise read.fail(
            "phases",
            Problem.WRONG_TYPE,
            "must be a list of phases ([[phases]] in TOML)",
            expected="list",
            got=type(raw_phases).__name__,
        )
    if not raw_phases:
        raise read.fail("phases", Problem.EMPTY, "must hold at least one phase")
    tables = [read.table(raw, f"phases[{i}]") for i, raw in enumerate(raw_phases)]
    kinds = [_phase_kind(read, table, i) for i, table in enumerate(tables)]
    keys = _phase_keys(read, tables, kinds)
    phases = tuple(_phase(read, table, i, kinds, keys) for i, table in enumerate(tables))
    return MethodTemplate(
        key=key,
        names=names,
        descriptions=descriptions,
        phases=phases,
        language=language,
        source=source,
    )


def _phase_kind(read: _Reader, table: Mapping[str, Any], index: int) -> PhaseKind:
    prefix = f"phases[{index}]."
    read.only_known(table, _PHASE_FIELDS, prefix)
    kind = read.required(table, "kind", prefix)
    known = [str(k) for k in PhaseKind]
    if kind not in known:
        raise read.fail(
            f"{prefix}kind",
            Problem.UNKNOWN_KIND,
            f"is not a phase kind; known are: {', '.join(known)}",
            got=kind,
            known=known,
        )
    return PhaseKind(kind)


def _phase_keys(
    read: _Reader, tables: Sequence[Mapping[str, Any]], kinds: Sequence[PhaseKind]
) -> list[str]:
    keys: list[str] = [""] * len(tables)
    first_use: dict[str, str] = {}
    for i, table in enumerate(tables):
        if "key" not in table:
            continue
        location = f"phases[{i}].key"
        key = read.key(table["key"], location)
        if key in first_use:
            raise read.fail(
                location,
                Problem.DUPLICATE_KEY,
                f"'{key}' is already the key of {first_use[key].removesuffix('.key')}",
                key=key,
                first=first_use[key],
            )
        first_use[key] = location
        keys[i] = key
    return _fill_keys(keys, kinds)


def _fill_keys(keys: Sequence[str], kinds: Sequence[PhaseKind]) -> list[str]:
    """Give every phase without a key one of the form ``cards-2`` that is not taken."""
    taken = {key for key in keys if key}
    counters: dict[PhaseKind, int] = {}
    filled: list[str] = []
    for key, kind in zip(keys, kinds, strict=True):
        if not key:
            while True:
                counters[kind] = counters.get(kind, 0) + 1
                key = f"{kind.replace('_', '-')}-{counters[kind]}"
                if key not in taken:
                    break
            taken.add(key)
        filled.append(key)
    return filled


def _phase(
    read: _Reader,
    table: Mapping[str, Any],
    index: int,
    kinds: Sequence[PhaseKind],
    keys: Sequence[str],
) -> PhaseTemplate:
    prefix = f"phases[{index}]."
    kind = kinds[index]
    title = read.text(
        read.required(table, "title", prefix), f"{prefix}title", "title", required=True
    )
    question = read.text(table.get("question", ""), f"{prefix}question", "question")
    script = read.text(table.get("script", ""), f"{prefix}script", "script")
    minutes = read.minutes(read.required(table, "minutes", prefix), f"{prefix}minutes")
    raw_settings = read.table(table.get("settings", {}), f"{prefix}settings")
    settings = _settings(read, kind, raw_settings, f"{prefix}settings")
    _check_references(read, index, kind, settings, kinds, keys, f"{prefix}settings")
    return PhaseTemplate(
        key=keys[index],
        kind=kind,
        title=title,
        question=question,
        script=script,
        minutes=minutes,
        settings=MappingProxyType(settings),
    )


def _settings(
    read: _Reader, kind: PhaseKind, raw: Mapping[str, Any], location: str
) -> dict[str, Any]:
    """Validated settings; a text setting may be a table by language (each one checked)."""
    localized: dict[str, Localized] = {}
    plain = dict(raw)
    for spec in settings_spec(kind):
        value = raw.get(spec.key)
        if spec.type is SettingType.TEXT and isinstance(value, Mapping):
            localized[spec.key] = Localized.of(value)
            for language in value:
                read.language(language, f"{location}.{spec.key}.{language}")
    variants = [
        {**plain, **{name: text.text(lang) for name, text in localized.items()}}
        for lang in sorted({lang for text in localized.values() for lang in text.variants})
    ] or [plain]
    try:
        checked = [validate_settings(kind, variant) for variant in variants]
    except SettingError as exc:
        where = f"{location}.{exc.setting}" if exc.setting else location
        raise read.fail(where, exc.code, exc.problem, **exc.details) from exc
    return {**checked[0], **localized}


def _check_references(
    read: _Reader,
    index: int,
    kind: PhaseKind,
    settings: Mapping[str, Any],
    kinds: Sequence[PhaseKind],
    keys: Sequence[str],
    location: str,
) -> None:
    for spec in settings_spec(kind):
        target = settings[spec.key]
        if spec.type is not SettingType.PHASE_REF or not target:
            continue
        where = f"{location}.{spec.key}"
        if target == keys[index]:
            raise read.fail(where, Problem.SELF_REFERENCE, "refers to its own phase", key=target)
        if target not in keys:
            raise read.fail(
                where,
                Problem.UNKNOWN_PHASE,
                f"refers to phase '{target}', which this template does not have",
                key=target,
            )
        target_kind = kinds[keys.index(target)]
        if target_kind not in spec.ref_kinds:
            expected = [str(k) for k in spec.ref_kinds]
            raise read.fail(
                where,
                Problem.WRONG_PHASE_KIND,
                f"refers to phase '{target}' of kind {target_kind}; expected "
                f"{' or '.join(expected)}",
                key=target,
                kind=str(target_kind),
                expected=expected,
            )


# --- writing ------------------------------------------------------------------------


class PhaseLike(Protocol):
    """A PhaseDraft or the store's Phase record (both have a ``key``, possibly empty)."""

    @property
    def kind(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def question(self) -> str: ...
    @property
    def script(self) -> str: ...
    @property
    def planned_minutes(self) -> int: ...
    @property
    def settings(self) -> Mapping[str, Any]: ...


def template_document(
    key: str,
    name: str,
    language: str,
    drafts: Sequence[PhaseLike],
    *,
    description: str = "",
) -> dict[str, Any]:
    """The document for 'save as template': a JSON-ready dict of a workshop's phases.

    Phases without a (unique, valid) key get one; a phase reference that no longer
    points to a fitting phase (the moderator deleted or replaced it) becomes "" (the
    nearest fitting phase before it). Raises TemplateError (source: the key) when the
    drafts cannot make a valid template, e.g. a phase with an empty title.
    """
    kinds = [PhaseKind(draft.kind) for draft in drafts]
    # getattr: a caller's phase-like object need not have a key (the store's records do)
    given = [getattr(draft, "key", "") for draft in drafts]
    wanted = [key if isinstance(key, str) and KEY_PATTERN.fullmatch(key) else "" for key in given]
    unique = [k if k and k not in wanted[:i] else "" for i, k in enumerate(wanted)]
    keys = _fill_keys(unique, kinds)
    phases = []
    for i, draft in enumerate(drafts):
        settings = dict(draft.settings)
        for spec in settings_spec(kinds[i]):
            target = settings.get(spec.key)
            if spec.type is SettingType.PHASE_REF and target:
                fits = (
                    target in keys
                    and target != keys[i]
                    and kinds[keys.index(target)] in spec.ref_kinds
                )
                if not fits:
                    settings[spec.key] = ""
        phases.append(
            {
                "key": keys[i],
                "kind": str(kinds[i]),
                "title": draft.title,
                "question": draft.question,
                "script": draft.script,
                "minutes": draft.planned_minutes,
                "settings": settings,
            }
        )
    document: dict[str, Any] = {
        "format": FORMAT,
        "key": key,
        "name": name,
        "description": description,
        "language": language,
        "phases": phases,
    }
    template_from_document(document, source=key)
    return document


# German spelling for umlauts; the letters NFKD cannot take apart (Polish ł, Turkish ı, …)
_TRANSLITERATION = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "ł": "l",
        "ı": "i",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "þ": "th",
    }
)


def template_key(name: str, taken: Collection[str] = ()) -> str:
    """A template key made from ``name`` ("Stadtteilkonferenz Süd" -> "stadtteilkonferenz-sued")
    that is not in ``taken``."""
    text = name.casefold().translate(_TRANSLITERATION)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:56].strip("-") or "vorlage"
    return _first_free(base, taken)


def _first_free(base: str, taken: Collection[str]) -> str:
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate
