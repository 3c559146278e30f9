"""Ours vs Presidio on comments neither has seen before, one fresh process per run.

`bench/moderation.py` times both tools on the dev-set comments after a warm-up on the same
comments, so our per-word caches answer almost every word. Real comments bring new words (names,
places, misspellings). Here both tools are warmed on the dev set and half of the held-out
comments, then timed once on the other half, which neither has seen; then ours again on the same
half, for the cached figure. Run: `.venv/bin/python bench/moderation_first_sight.py --runs 3`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "moderation" / "data"


def texts(name: str) -> list[str]:
    return [json.loads(line)["text"] for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


def one_run() -> dict[str, float]:
    sys.path.insert(0, str(REPO / "bench"))
    import moderation as bench  # noqa: PLC0415 - the peer's set-up lives there

    from kanalvakt.moderation.engine.engine import Engine

    unseen = texts("heldout.jsonl") + texts("heldout2.jsonl")
    warm, new = unseen[::2], unseen[1::2]
    analyzer = bench.presidio_analyzer()
    engine = Engine.from_config_file(None)
    for text in texts("dev.jsonl") + warm:
        engine.classify(text)
        analyzer.analyze(text=text, language="sv")
    t = time.perf_counter()
    for text in new:
        engine.classify(text)
    ours_first = (time.perf_counter() - t) / len(new)
    t = time.perf_counter()
    for text in new:
        analyzer.analyze(text=text, language="sv")
    theirs = (time.perf_counter() - t) / len(new)
    t = time.perf_counter()
    for text in new:
        engine.classify(text)
    ours_again = (time.perf_counter() - t) / len(new)
    return {"ours_first_us": ours_first * 1e6, "ours_again_us": ours_again * 1e6, "presidio_us": theirs * 1e6}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run()))
        return
    runs = [json.loads(subprocess.run([sys.executable, __file__, "--one"], capture_output=True, text=True,
                                      check=True, cwd=REPO).stdout.strip().splitlines()[-1])
            for _ in range(args.runs)]
    med = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    print(json.dumps({"runs": runs, "median": med,
                      "ratio_first_sight": round(med["presidio_us"] / med["ours_first_us"], 1),
                      "ratio_seen_before": round(med["presidio_us"] / med["ours_again_us"], 1)}, indent=1))


if __name__ == "__main__":
    main()
