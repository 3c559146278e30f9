"""Precision, recall and F1 per category for labelled examples (the `--evaluate` command)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kanalvakt.moderation.engine.results import CATEGORIES


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


def score(pairs: Iterable[tuple[set[str], set[str]]]) -> dict[str, Counts]:
    """Counts per category and 'overall' (micro-averaged) from (gold, predicted) label sets."""
    counts = {c: Counts() for c in CATEGORIES}
    for gold, pred in pairs:
        for c in CATEGORIES:
            if c in gold and c in pred:
                counts[c].tp += 1
            elif c in pred:
                counts[c].fp += 1
            elif c in gold:
                counts[c].fn += 1
    overall = Counts(sum(x.tp for x in counts.values()), sum(x.fp for x in counts.values()),
                     sum(x.fn for x in counts.values()))
    return {**counts, "overall": overall}


def macro_f1(counts: dict[str, Counts]) -> float:
    present = [counts[c] for c in CATEGORIES if counts[c].support or counts[c].fp]
    return sum(c.f1 for c in present) / len(present) if present else 1.0


def as_table(counts: dict[str, Counts]) -> str:
    lines = [f"{'category':<16} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}"]
    for name, c in counts.items():
        lines.append(f"{name:<16} {c.precision:>9.3f} {c.recall:>7.3f} {c.f1:>6.3f} {c.support:>8d}")
    return "\n".join(lines)


def as_dict(counts: dict[str, Counts]) -> dict[str, dict[str, float]]:
    return {n: {"precision": round(c.precision, 4), "recall": round(c.recall, 4),
                "f1": round(c.f1, 4), "support": c.support, "tp": c.tp, "fp": c.fp, "fn": c.fn}
            for n, c in counts.items()}
