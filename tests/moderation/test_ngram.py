"""The shipped base model: what it learnt from, how it scores, how the engine combines it."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from kanalvakt.moderation.engine import ngram
from kanalvakt.moderation.engine.config import load_config
from kanalvakt.moderation.engine.engine import Engine
from kanalvakt.moderation.engine.results import CATEGORIES, Finding

DATA = Path(__file__).parent / "data"


def _ids(name: str) -> list[str]:
    with open(DATA / f"{name}.jsonl", encoding="utf-8") as f:
        return [f"{name}:{json.loads(line)['id']}" for line in f]


def test_the_shipped_model_learnt_from_exactly_the_training_sets_and_never_the_held_out_ones() -> None:
    # Retrain (`python -m kanalvakt.moderation.engine.ngram`) whenever a training set changes.
    model = ngram.shipped()
    trained_on = model.manifest["trained_on"]
    assert trained_on == [i for name in ngram.TRAINING_SETS for i in _ids(name)]
    # The same lines with the same labels: a relabelled set needs a new model too.
    assert model.manifest["set_sha256"] == ngram.set_digests(ngram.TRAINING_SETS)
    assert not any(i.startswith(tuple(f"{name}:" for name in ngram.HELD_OUT)) for i in trained_on)
    assert model.categories == CATEGORIES


def test_held_out_sets_are_refused_for_training() -> None:
    with pytest.raises(ValueError, match="held out"):
        ngram.load_sets(["tune5", "heldout5"])


def test_features_are_char_wb_grams_and_the_folded_words() -> None:
    assert ngram.chunk_words("Hå!bra") == ["ha", "bra"]
    assert ngram.word_grams("ha") == [" h", "ha", "a ", " ha", "ha ", " ha ", "#ha"]


def test_packed_sums_add_signed_fields() -> None:
    a = ngram._pack([1.5, -2.25, 0.0, 3.0, -0.5, 0.0, 7.0], 4.0)
    b = ngram._pack([-3.0, -1.0, 2.0, 0.0, -0.5, 1.0, -7.0], 2.5)
    sums, squares = ngram._unpack(a + b, 7)
    assert sums == pytest.approx([-1.5, -3.25, 2.0, 3.0, -1.0, 1.0, 0.0], abs=1e-6)
    assert squares == pytest.approx(6.5, abs=1e-6)


def test_probabilities_are_the_logistic_of_the_normalised_dot_product() -> None:
    texts = ["ring mig", "köp billigt nu", "hej hej", "köp köp billigt", "vi ses i parken",
             "billigt nu köp"]
    labels = [[], ["advertising"], [], ["advertising"], [], ["advertising"]]
    model = ngram.train(texts, labels, [f"t:{i}" for i in range(len(texts))])
    text = "Köp billigt!  köp barnbarn"  # "barnbarn" has features twice: the slow path
    values, norm = ngram.text_features(text, model.idf)
    k = model.categories.index("advertising")
    z = sum(model.weights[g][k] * v for g, v in values.items()) / norm
    expected = 1 / (1 + math.exp(-(z + model.bias[k])))
    # Per-chunk sums are kept in fixed point (2**-20): equal to about six decimals.
    assert model.probabilities(text)[k] == pytest.approx(expected, abs=1e-6)
    # The cached path gives the same answer a second time.
    assert model.probabilities(text)[k] == pytest.approx(expected, abs=1e-6)
    assert model.probabilities("")[k] == pytest.approx(1 / (1 + math.exp(-model.bias[k])))


def test_a_long_text_is_scored_without_overflow() -> None:
    model = ngram.shipped()
    text = "köp " * 15_000 + "x" * 20_000
    assert all(0.0 <= p <= 1.0 for p in model.probabilities(text))


def test_a_saved_model_loads_with_the_same_scores(tmp_path: Path) -> None:
    texts = ["köp billigt nu", "hej där", "billig köp", "vi ses"]
    model = ngram.train(texts, [["advertising"], [], ["advertising"], []], ["a", "b", "c", "d"])
    model.save(tmp_path / "m.npz")
    again = ngram.NgramModel.load(tmp_path / "m.npz")
    assert again.manifest == model.manifest
    for t in ("köp nu", "hej", "🙂"):
        assert again.probabilities(t) == pytest.approx(model.probabilities(t), rel=1e-5)


def _engine(base: bool) -> Engine:
    config = load_config(None)
    config.base_model = base
    return Engine(config)


def test_the_base_model_only_sends_to_review_and_only_adds_what_the_rules_missed() -> None:
    with_model, rules = _engine(True), _engine(False)
    texts = [json.loads(line)["text"] for line in open(DATA / "tune6.jsonl", encoding="utf-8")]
    added = overruled = 0
    for t in texts:
        r_rules, r_both = rules.classify(t), with_model.classify(t)
        rule_findings = [f for f in r_both.findings if f.rule != "model:base"]
        if rule_findings != r_rules.findings:
            # Only the off-topic rules are ever overruled, and only where the model is sure the
            # text is on topic; every other rule finding is untouched.
            assert rule_findings == [f for f in r_rules.findings if f.category != "off_topic"]
            assert with_model.base.probabilities(t)[CATEGORIES.index("off_topic")] < ngram.OFF_TOPIC_VETO
            assert "off_topic" not in r_both.categories
            overruled += 1
        for f in r_both.findings:
            if f.rule == "model:base":
                added += 1
                assert f.score <= ngram.MAX_SCORE
                assert f.category not in r_rules.categories
                assert f.explanation.startswith("Liknar inlägg")
    assert added > 0 and overruled > 0


def test_the_off_topic_rules_are_overruled_where_the_model_is_sure_the_text_is_on_topic() -> None:
    with_model, rules = _engine(True), _engine(False)
    # About the municipality's school chief, in words the off-topic rules do not know.
    text = "Skolchefen borde ta ansvar för att lärarna slutar, det är hans ansvar"
    assert "off_topic" in rules.classify(text).categories
    assert with_model.base.probabilities(text)[CATEGORIES.index("off_topic")] < ngram.OFF_TOPIC_VETO
    assert with_model.classify(text).action == "allow"


def test_an_account_where_chatter_is_welcome_gets_no_off_topic_finding_from_the_model() -> None:
    engine = _engine(True)
    text = "Katten har börjat kissa i diskhon 😩 tips någon??"
    assert "off_topic" in engine.classify(text).categories  # the model's finding
    # The youth account has `off_topic: false`: private chatter is welcome there.
    assert "off_topic" not in engine.classify(text, "ungdom").categories


def test_without_base_model_the_engine_is_the_rules_alone() -> None:
    assert _engine(False).base is None
    assert not any(f.rule == "model:base" for f in _engine(False).findings("Nån borde ta hand om dig"))


def test_a_base_model_finding_never_removes_even_where_the_threshold_is_low() -> None:
    config = load_config(None)
    config.base_model = True
    engine = Engine(config)
    text = "ungdomsgården"
    f = Finding("personal_attack", 0, len(text), "model:base", 0.85, "Liknar ...")
    # The youth account removes personal attacks from 0.85; a model finding still only asks.
    assert engine.decide([f], "ungdom").action == "review"
    rule = f._replace(rule="attack:insult")
    assert engine.decide([rule], "ungdom").action == "remove"


def test_the_municipalitys_own_post_is_checked_by_the_rules_but_not_the_model() -> None:
    engine = _engine(True)
    # A reply from the municipality: the model takes its call to action for an advert.
    text = "Hej! Tack för din fråga. Kontakta kundtjänst på 0141-22 50 00 så hjälper de dig."
    assert any(f.rule == "model:base" for f in engine.findings(text))
    assert not any(f.rule == "model:base" for f in engine.findings(text, own=True))
    # Personal data in an own post is still found.
    leak = "Beslutet gäller Anna Berg, 19121212-1212, Storgatan 3 i Motala"
    assert "personal_data" in engine.classify(leak, own=True).categories


def test_criticism_of_a_decision_is_not_taken_for_a_crime() -> None:
    # Found in the demo: at a criminal threshold of 0.6 the model flagged this (0.62).
    text = "Jag håller inte med om beslutet att lägga ner skolan i Motala Väster. Det drabbar barnen."
    assert _engine(True).classify(text).action == "allow"


def test_the_model_adds_no_personal_attack_to_a_text_aimed_at_nobody() -> None:
    engine = _engine(True)
    attack = CATEGORIES.index("personal_attack")
    for text in ("Skolmaten ser ut som nåt en clown lagat",
                 "Det känns som om kommunens svar skrivs av en robot. Finns det en människa där?"):
        # The model's word shapes say attack; nobody is named, addressed or pointed out.
        assert engine.base.probabilities(text)[attack] >= ngram.THRESHOLDS["personal_attack"]
        assert "personal_attack" not in engine.classify(text).categories
    # Aimed at someone, the same kind of finding stands.
    text = "Lindgren ser ut som nåt en clown lagat"
    assert any(f.category == "personal_attack" and f.rule == "model:base"
               for f in engine.classify(text).findings)
