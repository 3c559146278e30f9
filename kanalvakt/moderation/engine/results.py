"""The engine's output types: findings with spans and reasons, and one result per text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

# Stable identifiers fixed in PRODUCT.md; the UI, the CLI and statistics use them.
CATEGORIES: tuple[str, ...] = (
    "confidential",
    "offensive",
    "personal_attack",
    "personal_data",
    "criminal",
    "advertising",
    "off_topic",
)

# The offences of 5 § lagen (1998:112) om ansvar för elektroniska anslagstavlor.
OLAGA_HOT = "olaga hot"
HETS = "hets mot folkgrupp"
UPPVIGLING = "uppvigling"
INTEGRITETSINTRANG = "olaga integritetsintrång"
BARNPORR = "barnpornografibrott"
VALDSSKILDRING = "olaga våldsskildring"
UPPHOVSRATT = "upphovsrättsintrång"
LEGAL_BASES: tuple[str, ...] = (
    OLAGA_HOT, HETS, UPPVIGLING, INTEGRITETSINTRANG, BARNPORR, VALDSSKILDRING, UPPHOVSRATT,
)

ACTIONS: tuple[str, ...] = ("allow", "review", "remove")


class Finding(NamedTuple):
    """One reason why a text may break the guideline, pointing at the characters that show it.

    Immutable; a named tuple rather than a frozen dataclass because it is made several times per
    text and a frozen dataclass sets each field through `object.__setattr__` (about 5x slower).
    """

    category: str
    start: int
    end: int
    rule: str
    score: float
    explanation: str
    legal_basis: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "score": round(self.score, 3),
            "explanation": self.explanation,
            "legal_basis": self.legal_basis,
        }


@dataclass(slots=True)
class Result:
    """The engine's verdict on one text."""

    action: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def categories(self) -> list[str]:
        present = {f.category for f in self.findings}
        return [c for c in CATEGORIES if c in present]

    def as_dict(self, item_id: Any = None) -> dict[str, Any]:
        return {
            "id": item_id,
            "action": self.action,
            "categories": self.categories,
            "findings": [f.as_dict() for f in self.findings],
        }
