"""`kanalvakt classify`: classify JSON Lines, or evaluate the engine on labelled JSON Lines.

    kanalvakt classify [--config FILE] [INPUT]       one result object per input line
    kanalvakt classify [--config FILE] --evaluate FILE [--json]
    kanalvakt classify --train FILE --model-out PATH  train a model from decisions (JSON Lines
                                                      with "decision_id", "text", "labels")

A bad input line gives {"line": n, "error": "..."} in its place and a message on standard error;
the run goes on. No database, no Django: the top-level `kanalvakt` script dispatches here
before importing Django so start-up stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import IO, Any

from kanalvakt.moderation.engine.config import ConfigError

_BATCH = 512


def _parse(line: str, n: int) -> tuple[dict[str, Any] | None, str | None]:
    if not line.strip():
        return None, "empty line"
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as e:
        return None, f"invalid JSON: {e.msg if hasattr(e, 'msg') else e}"
    if not isinstance(obj, dict):
        return None, "not a JSON object"
    if "text" not in obj:
        return None, "missing \"text\""
    if not isinstance(obj["text"], str):
        return None, "\"text\" must be a string"
    for k in ("account", "author"):
        if obj.get(k) is not None and not isinstance(obj[k], (str, int)):
            return None, f"\"{k}\" must be a string"
    return obj, None


def _lines(stream: IO[str]) -> Iterator[tuple[int, str]]:
    for n, line in enumerate(stream, start=1):
        yield n, line.rstrip("\n").rstrip("\r")


def _classify(engine: Any, stream: IO[str], out: IO[str]) -> int:
    errors = 0
    buf: list[str] = []
    for n, line in _lines(stream):
        obj, err = _parse(line, n)
        if err is not None or obj is None:
            errors += 1
            _error_buf(buf, n, err or "invalid line")
        else:
            acct = obj.get("account")
            author = obj.get("author")
            result = engine.classify(obj["text"], None if acct is None else str(acct),
                                     None if author is None else str(author))
            buf.append(json.dumps(result.as_dict(obj.get("id")), ensure_ascii=False))
        if len(buf) >= _BATCH:
            out.write("\n".join(buf) + "\n")
            buf.clear()
    if buf:
        out.write("\n".join(buf) + "\n")
    out.flush()
    return errors


def _error_buf(buf: list[str], n: int, reason: str) -> None:
    buf.append(json.dumps({"line": n, "error": reason}, ensure_ascii=False))
    sys.stderr.write(f"kanalvakt classify: line {n}: {reason}\n")


def _read_labelled(path: str) -> Iterator[tuple[int, dict[str, Any]]]:
    from kanalvakt.moderation.engine.results import CATEGORIES

    with open(path, encoding="utf-8") as f:
        for n, line in _lines(f):
            obj, err = _parse(line, n)
            if err is None and obj is not None:
                labels = obj.get("labels")
                if not isinstance(labels, list) or not all(c in CATEGORIES for c in labels):
                    err = "\"labels\" must be a list of categories"
            if err is not None or obj is None:
                sys.stderr.write(f"kanalvakt classify: {path}: line {n}: {err}\n")
                continue
            yield n, obj


def _evaluate(engine: Any, path: str, as_json: bool, out: IO[str]) -> int:
    from kanalvakt.moderation.engine import metrics

    pairs = []
    for _, obj in _read_labelled(path):
        acct = obj.get("account")
        res = engine.classify(obj["text"], None if acct is None else str(acct), obj.get("author"))
        pairs.append((set(obj["labels"]), set(res.categories)))
    counts = metrics.score(pairs)
    if as_json:
        out.write(json.dumps({"examples": len(pairs), "config": engine.config.version,
                              "metrics": metrics.as_dict(counts)}, ensure_ascii=False) + "\n")
    else:
        out.write(f"examples: {len(pairs)}  config: {engine.config.version}\n")
        out.write(metrics.as_table(counts) + "\n")
    return 0


def _train(engine: Any, path: str, model_out: str, out: IO[str]) -> int:
    from kanalvakt.moderation.engine.learn import Example, train_and_evaluate

    examples = [Example(str(obj.get("decision_id", obj.get("id", n))), obj["text"],
                        frozenset(obj["labels"]), obj.get("account"))
                for n, obj in _read_labelled(path)]
    report = train_and_evaluate(engine, examples)
    if report.model is not None and report.accepted:
        report.model.save(model_out)
    out.write(json.dumps(report.summary(), ensure_ascii=False, indent=2) + "\n")
    return 0 if report.accepted else 3


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kanalvakt classify",
                                     description="Classify Swedish comments (JSON Lines).")
    parser.add_argument("--config", metavar="FILE", help="engine configuration (YAML)")
    parser.add_argument("--evaluate", metavar="FILE", help="labelled JSON Lines to evaluate on")
    parser.add_argument("--json", action="store_true", help="evaluation report as JSON")
    parser.add_argument("--train", metavar="FILE", help="labelled decisions to train a model on")
    parser.add_argument("--model-out", metavar="PATH", help="where to write the trained model")
    parser.add_argument("input", nargs="?", metavar="INPUT", help="JSON Lines file (default: stdin)")
    args = parser.parse_args(argv)

    from kanalvakt.moderation.engine.engine import Engine

    try:
        engine = Engine.from_config_file(args.config)
    except ConfigError as e:
        sys.stderr.write(f"kanalvakt classify: {e}\n")
        return 2
    try:
        if args.evaluate:
            return _evaluate(engine, args.evaluate, args.json, sys.stdout)
        if args.train:
            if not args.model_out:
                parser.error("--train needs --model-out")
            return _train(engine, args.train, args.model_out, sys.stdout)
        if args.input and args.input != "-":
            with open(args.input, encoding="utf-8", errors="replace") as f:
                _classify(engine, f, sys.stdout)
        else:
            stdin = open(sys.stdin.fileno(), encoding="utf-8", errors="replace", closefd=False)
            _classify(engine, stdin, sys.stdout)
    except OSError as e:
        sys.stderr.write(f"kanalvakt classify: {e.filename}: {e.strerror}\n")
        return 2
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
