"""Leave-one-set-out cross-validation of the base model combined with the rules.

    .venv/bin/python bench/moderation_cv.py [--folds tune7 tune8 ...] [--c 8] [--sweep]
        [--cache FILE] [--dump FILE]

For each fold set (by default every tuning set no rule was written from, tune7 onwards), a base
model is trained on every other training set (`ngram.TRAINING_SETS`), and the fold's comments are
judged as the engine judges them: the rules' findings, the model's findings for categories no rule
found (off-topic only without a stronger finding), and the off-topic rules overruled where the
model's probability of off-topic is below `ngram.OFF_TOPIC_VETO`. Precision, recall and F1 are
pooled over all folds. `--sweep` also prints F1 per category for other thresholds, which is how
`ngram.THRESHOLDS` were chosen. The held-out sets are never used. Takes about 20–40 s per fold and core.

`--cache FILE` keeps each fold's out-of-fold probabilities, keyed by the SHA-256 of every training
set and C, so that a change to the rules is measured again in a minute (the models do not depend
on the rules); a changed set or C trains again. `--dump FILE` writes one JSON line per comment
(set, id, text, gold labels, predicted labels, the rules that fired, the model's probabilities),
for reading the out-of-fold errors of the training sets (never of a held-out set).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kanalvakt.moderation.engine import ngram  # noqa: E402
from kanalvakt.moderation.engine.attacks import aimed_at_someone  # noqa: E402
from kanalvakt.moderation.engine.context import Context  # noqa: E402
from kanalvakt.moderation.engine.engine import Engine  # noqa: E402
from kanalvakt.moderation.engine.spam import DuplicateTracker  # noqa: E402

DEFAULT_FOLDS = [s for s in ngram.TRAINING_SETS
                 if s.startswith("tune") and int(s.removeprefix("tune")) >= 7]


def load(name: str) -> list[dict]:
    with open(ngram.SETS_DIR / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def fold_probabilities(name: str, c: float) -> list[list[float]]:
    """The probabilities, per comment of set `name`, of a model trained on every other set."""
    model = ngram.train(*ngram.load_sets(s for s in ngram.TRAINING_SETS if s != name), c=c)
    return [list(model.probabilities(d["text"])) for d in load(name)]


def predicted(c: str, k: int, final: set[str], found: set[str], strong: bool, aimed: bool,
              p: list[float], thresholds: dict[str, float], veto: float) -> bool:
    """Whether the engine gives category `c` (index `k`): kept from the rules (off-topic only
    where the model does not overrule it), or added by the model where no rule found it (an
    attack only where the text is aimed at someone)."""
    kept = c in final and (c != "off_topic" or p[k] >= veto)
    added = (c not in found and p[k] >= thresholds[c] and not (c == "off_topic" and strong)
             and (aimed or c != "personal_attack"))
    return kept or added


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", nargs="*", default=DEFAULT_FOLDS)
    ap.add_argument("--c", type=float, default=8.0)
    ap.add_argument("--sweep", action="store_true")
    ap.add_argument("--cache", type=Path, help="keep out-of-fold probabilities in this file")
    ap.add_argument("--dump", type=Path, help="write every comment's judgement to this file")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="folds trained at once (default: one per core)")
    ap.add_argument("--no-gate", dest="gate", action="store_false",
                    help="let the model's attack findings stand without anyone to aim at")
    args = ap.parse_args()
    rules = Engine.from_config_file(None)
    rules.base = None
    account = rules.config.account(None)
    key = hashlib.sha256(json.dumps([ngram.set_digests(ngram.TRAINING_SETS), args.c])
                         .encode()).hexdigest()
    cached: dict[str, list[list[float]]] = {}
    if args.cache and args.cache.exists():
        stored = json.loads(args.cache.read_text())
        if stored.get("key") == key:
            cached = stored["folds"]
    rows = []  # (gold, rule categories after thresholds, rule categories found, strong, aimed, p)
    dump = []
    started = time.perf_counter()
    todo = [name for name in args.folds if name not in cached]
    with ProcessPoolExecutor(args.jobs) as pool:
        for name, probabilities in zip(todo, pool.map(fold_probabilities, todo, [args.c] * len(todo)),
                                       strict=True):
            cached[name] = probabilities
            if args.cache:  # written whole and renamed, so an interrupted run keeps its folds
                part = args.cache.with_suffix(".part")
                part.write_text(json.dumps({"key": key, "folds": cached}))
                part.replace(args.cache)
    for name in args.folds:
        comments = load(name)
        rules.duplicates = DuplicateTracker()  # as `kanalvakt classify --evaluate` on the set
        for d, p in zip(comments, cached[name], strict=True):
            found = rules.findings(d["text"])
            strong = any(f.score >= 0.5 and f.category != "off_topic" for f in found)
            final = set(rules.decide(found).categories)
            aimed = aimed_at_someone(Context(d["text"], account)) if args.gate else True
            rows.append((set(d["labels"]), final, {f.category for f in found}, strong, aimed, p))
            if args.dump:
                dump.append({"set": name, "id": d["id"], "text": d["text"], "gold": d["labels"],
                             "rules": sorted({f"{f.category}:{f.rule}:{f.score:.2f}"
                                              for f in found}),
                             "p": dict(zip(ngram.CATEGORIES, (round(x, 3) for x in p),
                                           strict=True))})
    print(f"{len(args.folds)} folds, {len(rows)} comments, {time.perf_counter() - started:.0f} s",
          file=sys.stderr)
    cats = list(ngram.CATEGORIES)

    def score(thresholds: dict[str, float], veto: float) -> dict[str, tuple[float, float, float]]:
        out = {}
        for k, c in enumerate(cats):
            tp = fp = fn = 0
            for gold, final, found, strong, aimed, p in rows:
                pred = predicted(c, k, final, found, strong, aimed, p, thresholds, veto)
                g = c in gold
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

    if args.dump:
        with args.dump.open("w", encoding="utf-8") as f:
            for d, (_, final, found, strong, aimed, p) in zip(dump, rows, strict=True):
                d["predicted"] = [c for k, c in enumerate(cats) if predicted(
                    c, k, final, found, strong, aimed, p, ngram.THRESHOLDS, ngram.OFF_TOPIC_VETO)]
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
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
        line = []
        for v in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5):
            line.append(f"{v}:{score(ngram.THRESHOLDS, v)['off_topic'][2]:.3f}")
        print("  off-topic veto below        " + " ".join(line))


if __name__ == "__main__":
    main()
