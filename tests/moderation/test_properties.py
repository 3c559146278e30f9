"""Property tests: any text in, never an exception, every span inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kanalvakt.moderation.engine.context import DUP_NORM, Context
from kanalvakt.moderation.engine.engine import Engine
from kanalvakt.moderation.engine.results import ACTIONS, CATEGORIES, LEGAL_BASES

_ENGINE = Engine.from_config_file(None)
_PIECES = st.sampled_from([
    "du är en idiot", "070-123 45 67", "890723-2394", "jag vet var du bor", " ", ".", "å", "ÅÄÖ",
    "bit.ly/x", "@anna", "İ", "ß", "\u0301", "🔥", "\n", "1337x.to", "Motala", "f.i.t.t.a", "-", "+",
    "\u212a", "Ÿ", "12 34", "http://x.se", "«", "…", "_", "²",
])
_TEXT = st.one_of(st.text(max_size=300), st.lists(st.one_of(_PIECES, st.text(max_size=8)),
                                                   max_size=30).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, st.sampled_from([None, "bibliotek", "ungdom", "okänt"]), st.none() | st.text(max_size=20))
def test_any_text_is_classified_with_spans_inside_it(text: str, account, author) -> None:
    result = _ENGINE.classify(text, account=account, author=author)
    assert result.action in ACTIONS
    for f in result.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert f.category in CATEGORIES
        assert 0.0 <= f.score <= 1.0
        assert f.legal_basis is None or f.legal_basis in LEGAL_BASES
        assert f.explanation
    assert (result.action == "allow") == (not result.findings)


def test_upper_case_letters_outside_latin1_that_lower_into_it() -> None:
    # "\u212a" (Kelvin sign) lowers to "k" and "Ÿ" to "ÿ": the text is still not Latin-1.
    for text in ("a\u212a 12", "Ÿ 070-123 45 67", "\u212a"):
        assert _ENGINE.classify(text).action in ACTIONS


_DUP_ALPHABET = st.sampled_from(list("ab é1 2-_.,!?()\"'«»…/#\\:;\t\n²½×ÅÖ0") + ["http", "://"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_DUP_ALPHABET, max_size=40).map("".join))
def test_duplicate_key_from_the_word_cache_equals_the_regex_normalisation(text: str) -> None:
    ctx = Context(text, _ENGINE.config.account(None))
    norm = ctx.dup_norm()
    if norm is not None and "http" not in ctx.folded:
        assert norm == DUP_NORM.sub(" ", ctx.folded).strip()


def test_lexicon_phrases_by_first_word_match_as_the_single_pattern() -> None:
    import random

    from kanalvakt.moderation.engine.gates import text_words
    from kanalvakt.moderation.engine.lexicon import attack_words, group_lexicons, offensive_lexicon
    from kanalvakt.moderation.engine.text import fold

    lexicons = [offensive_lexicon()[0], attack_words().lexicon, *group_lexicons()]
    words = [w for lex in lexicons for p in lex.phrases for w in p.split()]
    rng = random.Random(3)
    for _ in range(3000):
        f = fold(" ".join(rng.choice(words + ["och", ",", "du", "!"])
                          for _ in range(rng.randint(1, 12))))
        for lex in lexicons:
            if lex._phrase_index is not None:
                assert ([m.span() for m in lex._phrase_index.finditer(f, text_words(f))]
                        == [m.span() for m in lex._phrase_re.finditer(f)]), f
