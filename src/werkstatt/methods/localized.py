"""A text in several languages, or one text for all of them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

FALLBACK_LANGUAGE = "de"


@dataclass(frozen=True)
class Localized:
    """``variants`` maps language codes to texts; an empty mapping key-set means ``common``
    applies to every language (a plain string in a template)."""

    common: str | None = None
    variants: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def plain(cls, text: str) -> Localized:
        return cls(common=text)

    @classmethod
    def of(cls, variants: Mapping[str, str]) -> Localized:
        return cls(variants=MappingProxyType(dict(variants)))

    def text(self, language: str) -> str:
        """The text in ``language``; else German; else the first language given."""
        if self.common is not None:
            return self.common
        for wanted in (language, FALLBACK_LANGUAGE):
            if wanted in self.variants:
                return self.variants[wanted]
        return next(iter(self.variants.values()), "")

    def covers(self, language: str) -> bool:
        """True when the text exists in ``language`` itself (no fallback needed)."""
        return self.common is not None or language in self.variants

    def texts(self) -> list[str]:
        return [self.common] if self.common is not None else list(self.variants.values())

    def to_document(self) -> str | dict[str, str]:
        return self.common if self.common is not None else dict(self.variants)
