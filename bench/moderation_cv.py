"""Leave-one-set-out cross-validation of the base model combined with the rules.

    .venv/bin/python bench/moderation_cv.py [--folds tune7 tune8 ...] [--c 8] [--sweep]

For each fold set (by default every tuning set no rule was written from, tune7 onwards), a base
model is trained on every other training set (`ngram.TRAINING_SETS`), and the fold's comments are
judged as the engine judges them: the rules' findings, the model's findings for categories no rule
found (off-topic only without a stronger finding), and the off-topic rules overruled where the
model's probability of off-topic is below `ngram.OFF_TOPIC_VETO`. Precision, recall and F1 are
pooled over all folds. `--sweep` also prints F1 per category for other thresholds, which is how
`ngram.THRESHOLDS` were chosen. The held-out sets are never used. Takes about 20 s per fold.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kanalvakt.moderation.engine import ngram  # noqa: E402
from kanalvakt.moderation.engine.engine import Engine  # noqa: E402
from kanalvakt.moderation.engine.spam import DuplicateTracker  # noqa: E402

DEFAULT_FOLDS = [s for s in ngram.TRAINING_SETS
                 if s.startswith("tune") and int(s.removeprefix("tune")) >= 7]


def load(name: str) -> list[dict]:
    with open(ngram.SETS_DIR / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", nargs="*", default=DEFAULT_FOLDS)
    ap.add_argument("--c", type=float, default=8.0)
    ap.add_argument("--sweep", action="store_true")
    args = ap.parse_args()
    rules = Engine.from_config_file(None)
    rules.base = None
    rows = []  # (gold, rule categories after thresholds, rule categories found, strong, probabilities)
    started = time.perf_counter()
    for name in args.folds:
        model = ngram.train(*ngram.load_sets(s for s in ngram.TRAINING_SETS if s != name), c=args.c)
        rules.duplicates = DuplicateTracker()  # as `kanalvakt classify --evaluate` on the set
        for d in load(name):
            found = rules.findings(d["text"])
            strong = any(f.score >= 0.5 and f.category != "off_topic" for f in found)
            rows.append((set(d["labels"]), set(rules.decide(found).categories),
                         {f.category for f in found}, strong, model.probabilities(d["text"])))
    print(f"{len(args.folds)} folds, {len(rows)} comments, {time.perf_counter() - started:.0f} s",
          file=sys.stderr)
    cats = list(ngram.CATEGORIES)

    def score(thresholds: dict[str, float], veto: float) -> dict[str, tuple[float, float, float]]:
        out = {}
        for k, c in enumerate(cats):
            tp = fp = fn = 0
            for gold, final, found, strong, p in rows:
                kept = c in final and (c != "off_topic" or p[k] >= veto)
                added = (c not in found and p[k] >= thresholds[c]
                         and not (c == "off_topic" and strong))
                pred, g = kept or added, c in gold
                tp += pred and g
                fp += pred and not g
                fn += g and not pred
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            out[c] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0)
        return out

    def show(label: str, res: dict[str, tuple[float, float, float]]) -> None:
        f1 = [res[c][2] for c in cats]
        print(f"{label:34s}" + " ".join(f"{c[:8]}={res[c][2]:.3f}" for c in cats)
              + f"  mean={sum(f1) / len(f1):.3f}")

    show("rules alone", score({c: 2.0 for c in cats}, 0.0))
    show("rules + model", score(ngram.THRESHOLDS, 0.0))
    shipped = score(ngram.THRESHOLDS, ngram.OFF_TOPIC_VETO)
    show("rules + model, off-topic veto", shipped)
    for c in cats:
        p, r, f = shipped[c]
        print(f"  {c:16s} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    if args.sweep:
        for c in cats:
            line = []
            for t in (0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
                res = score({**ngram.THRESHOLDS, c: t}, ngram.OFF_TOPIC_VETO)
                line.append(f"{t}:{res[c][2]:.3f}")
            print(f"  threshold {c:16s} " + " ".join(line))


if __name__ == "__main__":
    main()
