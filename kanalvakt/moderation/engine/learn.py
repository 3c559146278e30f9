"""A small learned model trained from moderators' decisions, combined with the rules.

Function API for the Django side: it feeds `train_and_evaluate` an iterable of `Example`s (one
per moderator decision, with the decision's id), gets back a report, and puts the model in use
only when `report.accepted` is true: the model did not make the evaluation on held-out
decisions worse than the rules alone. The model file (NumPy .npz, no pickle) carries its
manifest: the ids of every decision it was trained on, so each model in use can be traced.
Nothing is learnt from one decision alone: a category is modelled only with at least
`MIN_POSITIVE` positive examples from distinct decisions, and texts decided several times count once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kanalvakt.moderation.engine.results import CATEGORIES, Finding
from kanalvakt.moderation.engine.text import fold

if TYPE_CHECKING:
    from kanalvakt.moderation.engine.engine import Engine

MIN_POSITIVE = 5  # positive decisions a category needs before the model may learn it
MIN_EXAMPLES = 30  # decisions in all before any model is trained
N_FEATURES = 2**18
THRESHOLD = 0.7  # model probability from which it adds a finding


@dataclass(frozen=True, slots=True)
class Example:
    """One moderator decision: the text, the categories it was hidden/deleted for (empty when
    kept), and the decision's id for traceability."""

    decision_id: str
    text: str
    labels: frozenset[str]
    account: str | None = None


def _vectorizer() -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer

    # Character n-grams inside word boundaries are robust to inflection and obfuscation, and a
    # hashing vectoriser needs no stored vocabulary, so the model file is just weights.
    return HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=N_FEATURES,
                             alternate_sign=False, norm="l2", preprocessor=fold)


@dataclass(slots=True)
class Model:
    categories: list[str]
    coef: np.ndarray  # (len(categories), N_FEATURES)
    intercept: np.ndarray
    manifest: dict[str, Any]
    _vec: Any = None

    @property
    def model_id(self) -> str:
        return str(self.manifest["model_id"])

    def probabilities(self, texts: list[str]) -> np.ndarray:
        if self._vec is None:
            self._vec = _vectorizer()
        x = self._vec.transform(texts)
        z = x @ self.coef.T + self.intercept
        return 1.0 / (1.0 + np.exp(-np.asarray(z)))

    def findings(self, text: str, already: set[str]) -> list[Finding]:
        if not self.categories or not text.strip():
            return []
        probs = self.probabilities([text])[0]
        out = []
        for cat, p in zip(self.categories, probs, strict=True):
            if cat not in already and p >= THRESHOLD:
                out.append(Finding(cat, 0, len(text), f"model:{self.model_id[:12]}", float(p),
                                   "Liknar inlägg som kommunens moderatorer har tagit bort "
                                   f"(inlärd modell {self.model_id[:12]})"))
        return out

    def save(self, path: str | Path) -> None:
        with open(path, "wb") as f:
            np.savez_compressed(
                f, coef=self.coef.astype(np.float32), intercept=self.intercept.astype(np.float32),
                manifest=np.array(json.dumps(self.manifest, ensure_ascii=False)),
            )

    @classmethod
    def load(cls, path: str | Path) -> Model:
        with np.load(path, allow_pickle=False) as data:
            manifest = json.loads(str(data["manifest"]))
            return cls(list(manifest["categories"]), data["coef"], data["intercept"], manifest)


@dataclass(slots=True)
class Report:
    accepted: bool
    reason: str
    model: Model | None = None
    rules: dict[str, Any] = field(default_factory=dict)
    combined: dict[str, Any] = field(default_factory=dict)
    train_decisions: int = 0
    holdout_decisions: int = 0

    def summary(self) -> dict[str, Any]:
        return {"accepted": self.accepted, "reason": self.reason,
                "model_id": self.model.model_id if self.model else None,
                "train_decisions": self.train_decisions,
                "holdout_decisions": self.holdout_decisions,
                "rules": self.rules, "rules_and_model": self.combined}


def _dedupe(examples: Iterable[Example]) -> list[Example]:
    """One example per distinct text; conflicting decisions on the same text are dropped."""
    by_text: dict[str, list[Example]] = {}
    for ex in examples:
        unknown = set(ex.labels) - set(CATEGORIES)
        if unknown:
            raise ValueError(f"decision {ex.decision_id}: unknown categories {sorted(unknown)}")
        by_text.setdefault(" ".join(fold(ex.text).split()), []).append(ex)
    out = []
    for group in by_text.values():
        if len({ex.labels for ex in group}) == 1:
            out.append(group[0])
    return out


def _in_holdout(decision_id: str, fraction: float) -> bool:
    h = int(hashlib.sha256(decision_id.encode()).hexdigest()[:8], 16)
    return (h % 1000) < fraction * 1000


def train(examples: Iterable[Example]) -> Model | None:
    """Train on the examples; None when there is too little to learn from."""
    from sklearn.linear_model import LogisticRegression

    data = _dedupe(examples)
    if len(data) < MIN_EXAMPLES:
        return None
    cats = [c for c in CATEGORIES
            if len({ex.decision_id for ex in data if c in ex.labels}) >= MIN_POSITIVE]
    if not cats:
        return None
    vec = _vectorizer()
    x = vec.transform([ex.text for ex in data])
    coef = np.zeros((len(cats), N_FEATURES), dtype=np.float64)
    intercept = np.zeros(len(cats))
    for i, c in enumerate(cats):
        y = np.array([c in ex.labels for ex in data], dtype=int)
        if y.min() == y.max():
            continue
        clf = LogisticRegression(C=4.0, class_weight="balanced", solver="liblinear")
        clf.fit(x, y)
        coef[i] = clf.coef_[0]
        intercept[i] = clf.intercept_[0]
    ids = sorted(ex.decision_id for ex in data)
    digest = hashlib.sha256()
    digest.update(json.dumps(ids).encode())
    digest.update(coef.astype(np.float32).tobytes())
    manifest = {
        "model_id": digest.hexdigest(),
        "trained_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "categories": cats,
        "decision_ids": ids,
        "n_features": N_FEATURES,
        "features": "char_wb 2-5 hashing, folded text",
        "threshold": THRESHOLD,
    }
    return Model(cats, coef, intercept, manifest)


def train_and_evaluate(engine: Engine, examples: Iterable[Example],
                       holdout_fraction: float = 0.25) -> Report:
    """Train on part of the decisions, compare rules vs rules+model on the rest.

    The split is by decision id, so it is stable across runs. The model is accepted only if
    the micro- and macro-averaged F1 on the held-out decisions are not lower with it.
    """
    from kanalvakt.moderation.engine import metrics
    from kanalvakt.moderation.engine.engine import Engine as _Engine

    data = _dedupe(examples)
    train_set = [ex for ex in data if not _in_holdout(ex.decision_id, holdout_fraction)]
    hold = [ex for ex in data if _in_holdout(ex.decision_id, holdout_fraction)]
    report = Report(False, "", train_decisions=len(train_set), holdout_decisions=len(hold))
    model = train(train_set)
    if model is None:
        report.reason = (f"too few decisions to learn from (need {MIN_EXAMPLES}, and "
                         f"{MIN_POSITIVE} per category)")
        return report
    if not hold:
        report.reason = "no held-out decisions to evaluate on"
        return report
    rules_only = _Engine(engine.config)
    with_model = _Engine(engine.config, model)
    pairs_r = [(set(ex.labels), set(rules_only.classify(ex.text, ex.account).categories))
               for ex in hold]
    pairs_m = [(set(ex.labels), set(with_model.classify(ex.text, ex.account).categories))
               for ex in hold]
    cr, cm = metrics.score(pairs_r), metrics.score(pairs_m)
    report.rules = {"micro_f1": round(cr["overall"].f1, 4), "macro_f1": round(metrics.macro_f1(cr), 4)}
    report.combined = {"micro_f1": round(cm["overall"].f1, 4),
                       "macro_f1": round(metrics.macro_f1(cm), 4)}
    model.manifest["evaluation"] = {"rules": report.rules, "rules_and_model": report.combined,
                                    "holdout_decision_ids": sorted(ex.decision_id for ex in hold)}
    report.model = model
    report.accepted = (cm["overall"].f1 >= cr["overall"].f1
                       and metrics.macro_f1(cm) >= metrics.macro_f1(cr))
    report.reason = ("the model does not make the held-out evaluation worse" if report.accepted
                     else "the model makes the held-out evaluation worse; keep the rules alone")
    return report


def retrained(model: Model, **changes: Any) -> Model:
    """A copy of the model with manifest changes (used by tests to check traceability)."""
    return dataclasses.replace(model, manifest={**model.manifest, **changes})
