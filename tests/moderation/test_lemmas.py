"""The lemma gate never skips a word whose lemma the lexicons could use."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import simplemma
from simplemma.strategies.defaultrules.sv import DEFAULT_RULES
from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

from kanalvakt.moderation.engine import lemmas
from kanalvakt.moderation.engine.text import fold, key_of, lemma_key, lemmatizer

DATA = Path(__file__).parent / "data"


def test_irregular_forms_file_is_up_to_date() -> None:
    expected = lemmas.render(lemmas.compute_irregular(lemmas.lexicon_keys()))
    assert lemmas.IRREGULAR_FILE.read_text(encoding="utf-8") == expected, (
        "the lexicons or simplemma changed: run `python -m kanalvakt.moderation.engine.lemmas`")


def _comment_words() -> set[str]:
    out: set[str] = set()
    for path in DATA.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            out.update(w.lower() for w in re.findall(r"[^\W\d_]+", json.loads(line)["text"]))
    return out


def _words() -> set[str]:
    out = _comment_words()
    # Words simplemma has to derive by its suffix rules: lexicon keys and ordinary words with
    # the endings its Swedish rules take off, and made-up compounds of the two.
    keys = sorted(set().union(*lemmas.lexicon_keys()))[::7]
    endings = [alt for pattern in DEFAULT_RULES for alt in pattern.pattern[3:-2].split("|")]
    forms = list(itertools.islice(DEFAULT_DICTIONARY_FACTORY.get_dictionary("sv"), 0, 200_000, 97))
    for stem in keys + [f.lower() for f in forms if f.isalpha()]:
        out.update(stem + e for e in endings[::3])
        out.add("x" + stem)
    return {w for w in out if w.isalpha()}


def test_gate_lets_through_every_word_whose_lemma_is_a_lexicon_key() -> None:
    words = _words()
    for keys in lemmas.lexicon_keys():
        key_heads = lemmas.heads(keys)
        missed = [w for w in words
                  if lemma_key(w) in keys and not lemmas.may_matter(key_of(fold(w)), w, key_heads)]
        assert missed == []


def test_gate_keeps_most_words_of_comments_from_the_lemmatiser() -> None:
    key_heads = lemmas.heads(set().union(*lemmas.lexicon_keys()))
    words = [w for w in _comment_words() if len(w) >= 4]
    passed = sum(lemmas.may_matter(key_of(fold(w)), w, key_heads) for w in words)
    assert passed / len(words) < 0.15


def test_dictionary_and_rules_give_simplemmas_lemma_for_every_word_of_the_sets() -> None:
    fast = lemmatizer()
    words = sorted(w for w in _comment_words() if len(w) >= 4)
    # Typos and new compounds too: words simplemma's dictionary does not know.
    words += [w + "ska" for w in words[::7]] + [w[:-1] + "ej" for w in words[::11]]
    for w in words:
        assert fast.lemmatize(w, lang="sv") == simplemma.lemmatize(w, lang="sv"), w
