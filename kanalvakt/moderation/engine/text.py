"""Text helpers shared by the detectors: folding, de-obfuscated tokens, lemmas and sentences.

Two views of a text are used. `fold()` keeps every character in place (same length, so regex
spans are spans in the original): lower case, diacritics dropped. `tokens()` gives words with
their original spans and a de-obfuscated key (l33t undone, inserted dots and dashes removed,
repeated letters collapsed) for lexicon look-ups, plus the key of the word's lemma.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, NamedTuple

_FOLD_EXTRA = {"ß": "s", "ø": "o", "æ": "a", "ð": "d", "þ": "t", "ł": "l", "đ": "d"}


def _fold_char(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:
        return ch
    if low in _FOLD_EXTRA:
        return _FOLD_EXTRA[low]
    if ord(low) < 128:
        return low
    base = unicodedata.normalize("NFD", low)[0]
    return base if len(base) == 1 else low


class _FoldTable(dict[int, str]):
    """A lazily filled str.translate table; one dict lookup per character after warm-up."""

    def __missing__(self, key: int) -> str:
        value = _fold_char(chr(key))
        self[key] = value
        return value


_TABLE = _FoldTable()


# The fold of every Latin-1 character that `str.lower` can produce, as a bytes table: most
# comments are ASCII or Latin-1 (å, ä, ö, é), and bytes.translate is far cheaper than a
# per-character dict look-up.
_LATIN1 = bytes(ord(_fold_char(chr(i))) if ord(_fold_char(chr(i))) < 256 else i
                for i in range(256))


def fold(text: str) -> str:
    """Lower-case and strip diacritics, keeping the length (and so every span) unchanged."""
    lower = text.lower()
    if len(lower) == len(text):
        # Each character lowered to one character, as `_fold_char` lowers it, so folding the
        # lowered text character by character gives the same result.
        if lower.isascii():
            return lower
        try:
            latin1 = lower.encode("latin-1")
        except UnicodeEncodeError:
            latin1 = None  # characters beyond Latin-1: the general table below
        if latin1 is not None:
            return latin1.translate(_LATIN1).decode("latin-1")
    out = text.translate(_TABLE)
    # A handful of characters fold to nothing or to two characters; fall back to per-char work.
    if len(out) != len(text):
        out = "".join(_TABLE[ord(c)] if len(_TABLE[ord(c)]) == 1 else c for c in text)
    return out


# Leetspeak as people use it to slip past filters: "1d10t", "h0ra", "fi77a", "$vin".
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s", "!": "i", "8": "b", "€": "e", "|": "i"})
_NON_LETTER = re.compile(r"[^a-z]+")
_REPEATS = re.compile(r"(.)\1+")


def _first_of_run(m: re.Match[str]) -> str:
    return m.group(1)  # a function is three times as fast as the template r"\1" here


@lru_cache(maxsize=65536)
def key_of(word: str) -> str:
    """The de-obfuscated lexicon key of one folded word: 'iiiid.i.0ttt' -> 'idiot'."""
    if not (word.isascii() and word.isalpha() and word.islower()):
        # Letters a-z only (most words) are left alone by the leet table and `_NON_LETTER`.
        if sum(c.isalpha() for c in word) >= 2:
            word = word.translate(_LEET)
        word = _NON_LETTER.sub("", word)
    return _REPEATS.sub(_first_of_run, word)


@lru_cache(maxsize=1)
def lemmatizer() -> Any:
    """simplemma's lemmatizer with the two strategies that give a Swedish lemma: its dictionary,
    then its suffix rules (see `lemmas`). simplemma's default chain tries prefix, affix and
    morpheme decompositions of a word it does not know before giving up, which costs about half
    a millisecond per such word (a typo, a name, a new compound) and finds no Swedish lemma the
    two do not (tests/moderation/test_lemmas.py compares them on every word of the labelled
    sets). Loaded on first use: its Swedish dictionary takes most of a second."""
    from simplemma import Lemmatizer  # noqa: PLC0415
    from simplemma.strategies import (  # noqa: PLC0415
        DEFAULT_DICTIONARY_FACTORY,
        DictionaryLookupStrategy,
        RulesStrategy,
    )

    class DictionaryThenRules:
        def __init__(self) -> None:
            self.dictionary = DictionaryLookupStrategy(DEFAULT_DICTIONARY_FACTORY)
            self.rules = RulesStrategy()

        def get_lemma(self, token: str, lang: str) -> str | None:
            return self.dictionary.get_lemma(token, lang) or self.rules.get_lemma(token, lang)

    return Lemmatizer(lemmatization_strategy=DictionaryThenRules())


@lru_cache(maxsize=65536)
def lemma_key(word: str) -> str:
    """The key of the word's Swedish lemma ('idioterna' -> 'idiot'), or '' if it is the word."""
    if not word.isalpha() or len(word) < 4:
        return ""
    lemma = lemmatizer().lemmatize(word, lang="sv").lower()
    if lemma == word:
        return ""
    return key_of(fold(lemma))


class Token(NamedTuple):
    start: int
    end: int
    folded: str  # the token as written, folded (lower case, no diacritics)
    lower: str  # lower case with diacritics, for lemmatisation
    key: str  # de-obfuscated key


# A token is a run of non-space characters with surrounding punctuation trimmed; inner
# punctuation ("id.iot", "p-plats") is kept for the key. One regex does both: it starts and ends
# on a character outside the trim set and may contain trim characters only between such.
_TRIM = ".,;:!?\"'()[]{}<>«»”“’‘…/\\#"
_T = re.escape(_TRIM)
_WORD = re.compile(rf"[^\s{_T}]+(?:[{_T}]+[^\s{_T}]+)*")
# Single letters with separators, "i d i o t" or "f.i.t.t.a": people write insults this way.
_SPACED = re.compile(r"(?<![^\W_])(?:[^\W_][ .\-_*]{1,2}){2,}[^\W_](?![^\W_])")
_new_token = tuple.__new__


def tokens(text: str, folded: str | None = None) -> list[Token]:
    if folded is None:
        folded = fold(text)
    out: list[Token] = []
    lower = text.lower()
    if len(lower) != len(text):
        lower = folded
    for m in _WORD.finditer(folded):
        word = m.group()
        k = key_of(word)
        if k:
            s, e = m.span()
            out.append(_new_token(Token, (s, e, word, lower[s:e], k)))
    out += spaced_tokens(folded, lower, out)
    return out


def spaced_tokens(folded: str, lower: str, plain: list[Token]) -> list[Token]:
    """The "i d i o t"-style tokens of a text, given its plain tokens."""
    out: list[Token] = []
    plain_spans: set[tuple[int, int]] | None = None
    for mm in _SPACED.finditer(folded):
        k = key_of(mm.group())
        s, e = mm.span()
        if plain_spans is None:
            plain_spans = {(t.start, t.end) for t in plain}
        if len(k) >= 3 and (s, e) not in plain_spans:
            out.append(_new_token(Token, (s, e, mm.group(), lower[s:e], k)))
    return out


class FirstWordIndex:
    """One regex alternation (`alternatives`, in their order of preference, each starting with
    a known `\\w+` word) split into one pattern per first word, with the matches the whole
    alternation would give: the leftmost match, there the first alternative that matches, and
    so on from its end (`re.finditer`). A text runs only the patterns of the first words it has:
    hundreds of alternatives in one pattern cost a try at nearly every position of every text.
    `wrap(body)` compiles the pattern around an alternation body."""

    def __init__(self, alternatives: list[tuple[str, str]],
                 wrap: Callable[[str], re.Pattern[str]]) -> None:
        groups: dict[str, list[str]] = {}
        for word, alt in alternatives:
            groups.setdefault(word, []).append(alt)
        self.by_word = {w: wrap(_factored(w, alts)) for w, alts in groups.items()}
        self.words = frozenset(groups)

    def finditer(self, text: str, words: frozenset[str]) -> Iterator[re.Match[str]]:
        """The matches in `text`, whose `\\w+` words are `words`."""
        patterns = [self.by_word[w] for w in words & self.words]
        pos = 0
        while patterns:
            best = None
            for pattern in patterns:
                m = pattern.search(text, pos)
                if m and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            pos = best.end() if best.end() > best.start() else best.end() + 1

    def search(self, text: str, words: frozenset[str]) -> re.Match[str] | None:
        return next(self.finditer(text, words), None)


def _factored(word: str, alts: list[str]) -> str:
    """`a|b|c`, with the first word the alternatives share written once in front of them:
    "du(?:\\W+ar\\W+dum|\\W+suger|)" rather than "du\\W+ar\\W+dum|du\\W+suger|du". The
    same alternatives in the same order, so the same matches; the regex engine compares the
    word once at a position instead of once per alternative."""
    if not word.isalnum() or not all(a.startswith(word) for a in alts):
        return "|".join(alts)
    return word + "(?:" + "|".join(a[len(word):] for a in alts) + ")"


def first_chars(body: str) -> str:
    """A look-ahead `(?=[...])` of the characters the alternatives of a regex `body` ("a|b\\w*|
    c d") can start with, to put before `\\b(?:body)`: the regex engine then skips every other
    position without trying the alternation (about twice as fast on a long list of words). The
    class is taken from the first character of every `|`-separated piece, a superset of the
    alternatives' first characters, so it never changes what matches; "" if a piece starts with
    anything but a plain character."""
    pieces = body.split("|")
    if not pieces or any(not p or p[0] in "\\()[]{}.^$*+?|" for p in pieces):
        return ""
    chars = sorted({p[0] for p in pieces})
    return "(?=[" + "".join(re.escape(c) for c in chars) + "])"


_DIGIT = re.compile(r"\d")


def digit_count(text: str, latin1: bool = False) -> int:
    """How many digits (as `\\d` counts them, Unicode included) the text has. `latin1`: the
    caller knows the text has no digits but 0-9 (Latin-1 has no others)."""
    if latin1 or text.isascii():
        raw = text.encode("latin-1")
        return len(raw) - len(raw.translate(None, b"0123456789"))
    return len(_DIGIT.findall(text))


_SENTENCE_END = re.compile(r"[.!?\n]+\s*|\s+-\s+")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans; social media text has little punctuation, so this errs to long."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds or [(0, len(text))]


def sentence_of(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in bounds:
        if s <= pos < e:
            return s, e
    return (0, 0) if not bounds else bounds[-1]
