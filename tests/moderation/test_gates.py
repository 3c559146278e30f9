"""The word gates are necessary conditions: a pattern never matches a text its gate closes."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kanalvakt.moderation.engine import criminal, gates, personal, sensitive, spam
from kanalvakt.moderation.engine.config import load_config
from kanalvakt.moderation.engine.context import Context
from kanalvakt.moderation.engine.gates import text_bits, text_words, word_features
from kanalvakt.moderation.engine.text import fold, tokens

DATA = Path(__file__).parent / "data"
ACCOUNT = load_config(None).account(None)


def _all_bits(*bits: int) -> int:
    out = 0
    for b in bits:
        out |= b
    return out


# (pattern, alternatives of required bits, whether digits alone also open it)
CHECKS = [
    *[(p, need, False) for (p, _, _), need in zip(criminal._THREATS, criminal._THREAT_GATES,
                                                    strict=True)],
    *[(p, (need,), False) for (p, _, _), need in criminal._VEILED_GATED],
    (criminal._INCITE, (criminal._G_INCITE,), False),
    (criminal._HETS, (criminal._G_GROUP | criminal._G_DEGRADE,), False),
    (criminal._HETS_REV, (criminal._G_HETS_REV,), False),
    (criminal._CSAM, (criminal._G_CSAM,), False),
    (criminal._GORE, (criminal._G_GORE,), False),
    (criminal._PIRACY_WORDS, (criminal._G_PIRACY,), False),
    *[(p, (need,), digits) for (p, _, _), (need, digits) in zip(spam._SIGNALS, spam._SIGNAL_GATES,
                                                                strict=True)],
    (sensitive._SENSITIVE, (sensitive._G_SENSITIVE,), False),
    (sensitive._SECRET, (sensitive._G_SECRET,), False),
    (sensitive._LEAK, (sensitive._G_LEAK,), False),
    (personal._GIRO, (personal._G_GIRO,), False),
    (personal._PLATE_CUE, (personal._G_PLATE_CUE,), False),
    (personal._ADDRESS, None, False),
]


def _check(text: str) -> None:
    ctx = Context(text, ACCOUNT)
    f = ctx.folded
    for pattern, need, digits in CHECKS:
        if need is None:  # the street hint, on folded text, for the address pattern on the text
            if pattern.search(text):
                assert personal._STREET_HINT.search(f), (pattern.pattern[:40], text)
            continue
        if pattern.search(f):
            opened = any(ctx.bits & n == n for n in need) or (digits and personal.digit_count(f) > 0)
            assert opened, (pattern.pattern[:60], text)
    # Word features on the words as written are necessary conditions too.
    for pattern, bit, on in ((personal._PNR, personal.F_PNR, text),
                             (personal._PNR_SPACED, personal.F_PNR_HEAD, text),
                             (personal._ACCOUNT, personal.F_CLEARING, text),
                             (personal._IBAN, personal.F_IBAN, text),
                             (personal._PLATE, personal.F_PLATE, text),
                             (personal._STREET_HINT, personal.F_STREET, f),
                             (criminal._DOMAIN_HINT, criminal.F_DOMAIN, text)):
        if pattern.search(on):
            assert ctx.feats & bit, (pattern.pattern[:40], text)
    for m in criminal._URL.finditer(text):
        if "." in m.group(1):
            assert criminal._DOMAIN_HINT.search(text), text


def test_gates_on_labelled_sets() -> None:
    for name in ("dev.jsonl", "heldout.jsonl", "heldout2.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            _check(json.loads(line)["text"])


# Words taken from the patterns themselves and ordinary filler, glued in every way people do.
_VOCAB = sorted({w for p, _, _ in CHECKS for w in __import__("re").findall(r"[a-z]{2,}", p.pattern)}
                | {"och", "det", "jag", "du", "ni", "kommunen", "idag", "12", "070", "bor", "ska"})


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=12),
       st.lists(st.sampled_from([" ", " ", " ", "", ".", "-", ", ", "! "]), min_size=12, max_size=12),
       st.booleans())
def test_gates_are_necessary(words: list[str], seps: list[str], upper: bool) -> None:
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    _check(text.upper() if upper else text)


def test_digit_count_matches_regex() -> None:
    for text in ("abc", "070-123 45 67", "٣٤٥ och 12", "ＡＢＣ１２", "Åsa ringde 12 gånger"):
        assert personal.digit_count(text) == len(re.findall(r"\d", text))
        assert Context(text, ACCOUNT).n_digits == len(re.findall(r"\d", text))


def _one_pass_agrees(text: str) -> None:
    """The one-pass analysis (cached per word) gives what the plain per-text functions give."""
    ctx = Context(text, ACCOUNT)
    assert ctx.folded == fold(text)
    assert ctx.bits == text_bits(text_words(ctx.folded)), text
    toks = tokens(text, ctx.folded)
    assert ctx.tokens == toks
    assert [(t.folded, t.key) for t in ctx.items] == [(t.folded, t.key) for t in toks]
    assert ctx.n_plain == sum(1 for t in toks if " " not in t.folded)
    feats = 0
    for t in toks:
        feats |= word_features(t.folded, t.lower, t.key)
    raw = gates.RAW_ALL[0]
    assert ctx.feats & ~raw == feats & ~raw, text


def test_one_pass_analysis_examples() -> None:
    for text in ("Du är en i d i o t", "f.i.t.t.a", "Hej Åsa! Ring 070-123 45 67", "ΟΔΟΣ Σ",
                 "İstanbul idioter", "jävla pk-idioterna 😀", "K\u212a idiot", "", "  . ,"):
        _one_pass_agrees(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_VOCAB, "idiot", "Åsa", "i d i o t", "h0ra", "dum i huvudet",
                                 "fan ta dig", "ÖREBRO", "é", "SE45", "ABC", "12A", "811218-9876", "8327-9", "1234", "gatan", "Vägen",
                                 "x.se", "(www.A.Bc)"]), max_size=12),
       st.lists(st.sampled_from([" ", "", ".", "-", ", ", "*", "_", "\n"]), max_size=12),
       st.text(max_size=20))
def test_one_pass_analysis_agrees(words: list[str], seps: list[str], noise: str) -> None:
    _one_pass_agrees("".join(w + s for w, s in zip(words, seps, strict=False)) + noise)
