"""The learned model: trained from decisions, traceable, and used only when it does not hurt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kanalvakt.moderation.engine import learn
from kanalvakt.moderation.engine.engine import Engine
from kanalvakt.moderation.engine.learn import Example, Model

DEV = Path(__file__).parent / "data" / "dev.jsonl"


@pytest.fixture(scope="module")
def trained() -> Model:
    model = learn.train(_examples())
    assert model is not None
    return model


def _examples() -> list[Example]:
    rows = [json.loads(x) for x in DEV.read_text(encoding="utf-8").splitlines()]
    return [Example(f"d{r['id']}", r["text"], frozenset(r["labels"])) for r in rows]


def test_nothing_is_learnt_from_one_decision(engine) -> None:
    assert learn.train([Example("d1", "Du är en tomtebloss", frozenset({"personal_attack"}))]) is None
    # Thirty decisions but only one positive: the category is not modelled.
    many = [Example(f"k{i}", f"Tack för hjälpen nummer {i}", frozenset()) for i in range(40)]
    many.append(Example("x1", "Du är en tomtebloss", frozenset({"personal_attack"})))
    assert learn.train(many) is None


def test_model_is_traceable_and_round_trips(tmp_path: Path, trained: Model) -> None:
    model = trained
    assert set(model.manifest["decision_ids"]) <= {f"d{i}" for i in range(1, 1000)}
    assert len(model.manifest["decision_ids"]) > 300
    path = tmp_path / "m.npz"
    model.save(path)
    again = Model.load(path)
    assert again.model_id == model.model_id
    assert again.manifest["decision_ids"] == model.manifest["decision_ids"]
    text = "Tjäna pengar snabbt med krypto"
    assert abs(again.probabilities([text])[0][0] - model.probabilities([text])[0][0]) < 1e-3


def test_model_is_accepted_only_if_not_worse(engine) -> None:
    report = learn.train_and_evaluate(engine, _examples())
    assert report.model is not None and report.holdout_decisions > 50
    worse = (report.combined["micro_f1"] < report.rules["micro_f1"]
             or report.combined["macro_f1"] < report.rules["macro_f1"])
    assert report.accepted == (not worse)
    assert report.model.manifest["evaluation"]["holdout_decision_ids"]


def test_engine_uses_a_configured_model(tmp_path: Path, trained: Model) -> None:
    model = trained
    model.save(tmp_path / "m.npz")
    cfg = tmp_path / "c.yaml"
    cfg.write_text('version: "with-model"\nmodel: m.npz\n', encoding="utf-8")
    e = Engine.from_config_file(cfg)
    assert e.model is not None and e.model.model_id == model.model_id
    for f in e.classify("Investera i krypto och tjäna pengar, dm för info").findings:
        assert f.rule.startswith(("spam", "model:"))
