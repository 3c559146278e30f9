"""The `kanalvakt classify` contract, run through the real console script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO

SCRIPT = Path(sys.executable).parent / "kanalvakt"


def run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    assert SCRIPT.exists(), "the kanalvakt console script is installed in the venv"
    return subprocess.run([str(SCRIPT), "classify", *args], input=stdin, capture_output=True,
                          text=True, timeout=120, cwd=REPO)


def test_one_result_per_line_in_order_with_bad_lines_reported() -> None:
    lines = [
        json.dumps({"id": 17, "text": "Hans personnummer är 890723-2394"}),
        "this is not json",
        json.dumps({"id": "b", "account": "bibliotek"}),
        json.dumps({"id": "c", "text": "Tack för hjälpen!", "author": "Karin"}),
        json.dumps([1, 2]),
        json.dumps({"id": 5, "text": 5}),
    ]
    p = run([], "\n".join(lines) + "\n")
    assert p.returncode == 0
    out = [json.loads(x) for x in p.stdout.splitlines()]
    assert len(out) == 6
    first = out[0]
    assert first["id"] == 17 and first["action"] == "remove" and first["categories"] == ["personal_data"]
    f = first["findings"][0]
    assert set(f) == {"category", "start", "end", "rule", "score", "explanation", "legal_basis"}
    assert (f["start"], f["end"], f["rule"]) == (21, 32, "personnummer")
    assert out[1]["line"] == 2 and "error" in out[1]
    assert out[2] == {"line": 3, "error": 'missing "text"'}
    assert out[3] == {"id": "c", "action": "allow", "categories": [], "findings": []}
    assert out[4]["line"] == 5 and out[5]["line"] == 6
    assert "line 2" in p.stderr and "line 3" in p.stderr


def test_input_file_and_config(tmp_path: Path) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": 1, "text": "Det stod tomtebloss på lappen"}) + "\n",
                   encoding="utf-8")
    cfg = tmp_path / "k.yaml"
    cfg.write_text('version: "test-1"\nlexicon:\n  offensive: [tomtebloss]\n', encoding="utf-8")
    plain = json.loads(run([str(inp)]).stdout)
    custom = json.loads(run(["--config", str(cfg), str(inp)]).stdout)
    assert plain["categories"] == []
    assert custom["categories"] == ["offensive"]


def test_bad_config_is_a_clear_error(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.yaml"
    cfg.write_text('version: "x"\nthresholds:\n  default: {review: 0.9, remove: 0.1}\n')
    p = run(["--config", str(cfg)], "")
    assert p.returncode == 2 and "review <= remove" in p.stderr


def test_evaluate_prints_precision_recall_f1(tmp_path: Path) -> None:
    f = tmp_path / "gold.jsonl"
    f.write_text("\n".join([
        # An insult aimed at a person is offensive as well (tests/moderation/data/LABELLING.md).
        json.dumps({"id": 1, "text": "Du är en idiot", "labels": ["offensive", "personal_attack"]}),
        json.dumps({"id": 2, "text": "Tack!", "labels": []}),
        json.dumps({"id": 3, "text": "Jag vet var du bor", "labels": ["criminal"]}),
        "garbage",
    ]) + "\n", encoding="utf-8")
    p = run(["--evaluate", str(f)])
    assert p.returncode == 0
    assert "precision" in p.stdout and "recall" in p.stdout and "f1" in p.stdout
    assert "overall" in p.stdout and "personal_attack" in p.stdout
    assert "line 4" in p.stderr
    j = json.loads(run(["--evaluate", str(f), "--json"]).stdout)
    assert j["metrics"]["overall"]["f1"] == pytest.approx(1.0)
    assert j["examples"] == 3
