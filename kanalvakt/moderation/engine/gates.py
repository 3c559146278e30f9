"""Cheap word gates that tell a detector whether its expensive patterns can match at all.

Most comments contain none of the words a threat, hets or spam pattern is built around, yet
running a pattern costs a scan of the whole text. A gate is a set of whole words and of word
prefixes (on folded text, split at `\\w+` like the patterns' `\\b`); each distinct word's gate
bits are computed once and cached, a text's bits are the union over its words, and a detector
runs a pattern only when the words the pattern cannot match without are present. A gate must be
a *necessary* condition of its pattern: it may let texts through that do not match, never the
other way round (tests/moderation/test_gates.py checks this on every pattern).
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"\w+")
_GROUPS: list[tuple[frozenset[str], tuple[str, ...]]] = []
# `registered()`, kept up to date by every registration, for the per-text check in `Context`.
STATE = [0]


def gate(words: str = "", prefixes: str = "") -> int:
    """Register a gate (space-separated whole words and word prefixes); returns its bit."""
    _GROUPS.append((frozenset(words.split()), tuple(prefixes.split())))
    word_bits.cache_clear()
    STATE[0] = registered()
    return 1 << (len(_GROUPS) - 1)


def prefixes_of(alternation: str) -> str:
    """Gate prefixes for a `|`-alternation of literal words and phrases ("cancer|psykos\\w*|god
    man"): per alternative its longest word, cut at the first regex character. Optional letters
    ("ata?storning") cut the word before them, so the prefix stays a necessary condition."""
    out = []
    for alt in alternation.split("|"):
        word = max(alt.split(" "), key=len)
        m = re.match(r"[a-z0-9]*", word)
        head = m.group() if m else ""
        if word[len(head):len(head) + 1] == "?":
            head = head[:-1]
        out.append(head)
    return " ".join(out)


# Words too common to gate on: a gate or a phrase feature opened by "i" or "jag" is open for
# most comments. Folded (å, ä -> a, ö -> o), as the gates see words.
COMMON = frozenset(
    "i och att det som en pa ar av for med till den har de inte om ett han men var jag sa fran "
    "kan nar vi du ni hon man dom e va sig dig mig mej dej min mitt mina din ditt dina sin sitt "
    "sina er era ert var vart vara oss honom henne dem deras hans hennes hen ska skall skulle vill "
    "kommer blir bli ha hade haft gor gora gjorde far fa fick gar ga gick ju nu bara sen da dar "
    "har hit dit hur vad vem vilken vilket vilka eller utan under efter over mot vid in ut upp "
    "ner nej ja tack inget ingen inga nagot nagon nagra nat nan ngn ngt mycket mer mest alla "
    "allt all andra annan annat sjalv sjalva samma aven ocksa redan igen kvar hela helt lite "
    "bra ny nya nytt gammal stor stora liten sma manga alltid aldrig ofta kanske mycke sa".split())


def _plain_words(alt: str) -> list[str]:
    """The words ([a-z0-9] only) that a literal alternative ("eu\\-valet i", "kr/h") can only
    match as whole `\\w+` words, within a pattern bounded by `\\b` on both sides: its
    space-separated pieces made of such words and escaped separators, split at the separators."""
    out = []
    for piece in alt.split(" "):
        if re.fullmatch(r"[a-z0-9]+(?:(?:\\[-.&]|/)[a-z0-9]+)*", piece):
            out += re.findall(r"[a-z0-9]+", piece)
    return out


def rarest(words: list[str]) -> str:
    """The word of a phrase least likely to be in a comment: the longest that is not one of
    the `COMMON` words (the longest of all if each is)."""
    rare = [w for w in words if w not in COMMON] or words
    return max(rare, key=len)


def words_and_prefixes(alternation: str) -> tuple[str, str]:
    """Gate words and prefixes for a pattern `\\b(?:alt|alt|...)\\b` of literal words and
    phrases: per alternative its rarest plain word (see `rarest`), which the pattern can only
    match as a whole `\\w+` word (a space, a separator or `\\b` on each side), else the
    prefix that `prefixes_of` gives. Whole words open the gate far less often than prefixes
    ("fatt f" needs the word "fatt", not every word starting with it, like "fattar")."""
    words, prefixes = [], []
    for alt in alternation.split("|"):
        plain = _plain_words(alt)
        if plain:
            words.append(rarest(plain))
        else:
            prefixes.append(prefixes_of(alt))
    return " ".join(words), " ".join(prefixes)


class _Index:
    """Every gate's words and prefixes in two dicts (word or prefix -> bits), so that a new
    word costs a few dict look-ups (its own and its prefixes' of the lengths in use) rather
    than a test against every gate."""

    state = -1
    exact: dict[str, int] = {}
    by_head: dict[str, tuple[tuple[str, int], ...]] = {}  # first two letters -> (prefix, bits)
    short = 0  # the bits of the gates with a prefix shorter than two letters

    @classmethod
    def build(cls) -> None:
        exact: dict[str, int] = {}
        by_head: dict[str, dict[str, int]] = {}
        short = 0
        for i, (words, prefixes) in enumerate(_GROUPS):
            for w in words:
                exact[w] = exact.get(w, 0) | 1 << i
            for p in prefixes:
                if len(p) < 2:
                    short |= 1 << i
                else:
                    group = by_head.setdefault(p[:2], {})
                    group[p] = group.get(p, 0) | 1 << i
        cls.exact, cls.short = exact, short
        cls.by_head = {h: tuple(g.items()) for h, g in by_head.items()}
        cls.state = STATE[0]


@lru_cache(maxsize=65536)
def word_bits(word: str) -> int:
    """The bits of the gates that `word` opens: it is one of a gate's words or starts with one
    of its prefixes."""
    if _Index.state != STATE[0]:
        _Index.build()
    bits = _Index.exact.get(word, 0)
    for prefix, b in _Index.by_head.get(word[:2], ()):
        if word.startswith(prefix):
            bits |= b
    if _Index.short:
        for i, (_, prefixes) in enumerate(_GROUPS):
            if _Index.short >> i & 1 and word.startswith(prefixes):
                bits |= 1 << i
    return bits


def text_words(folded: str) -> frozenset[str]:
    """The distinct `\\w+` words of a folded text."""
    return frozenset(_WORD.findall(folded))


def text_bits(words: frozenset[str]) -> int:
    bits = 0
    for w in words:
        bits |= word_bits(w)
    return bits


# Word features: per-word facts the detectors need (a lexicon hit, an adjective, a word that
# starts a phrase) computed once per distinct word for the whole process, so that one pass over
# a text's words tells every detector whether it has anything to look at.
_FEATURES: list[object] = []


def feature(test: object) -> int:
    """Register a word feature, `test(folded, lower, key) -> bool`; returns its bit."""
    _FEATURES.append(test)
    word_bits.cache_clear()
    STATE[0] = registered()
    return 1 << (len(_FEATURES) - 1)


_RAW: list[int] = []  # the bits of the features that test the word as written
RAW_ALL = [0]  # their union: a text whose words are not looked at one by one gets them all


def raw_feature(test: object) -> int:
    """Register a word feature on the word as written (case kept), `test(raw) -> bool`. It is
    computed only where the words of the text are the words of the folded text (see
    `Context.analyse`); elsewhere its bit is simply set, so it must be a necessary condition."""
    bit = feature(lambda f, lower, k: False)
    _FEATURES[-1] = ("raw", test)
    _RAW.append(bit)
    RAW_ALL[0] |= bit
    return bit


def word_features(folded: str, lower: str, key: str, raw: str | None = None) -> int:
    if _SPLIT[0] != len(_FEATURES):
        _split()
    feats = 0
    for bit, test in _PLAIN:
        if test(folded, lower, key):
            feats |= bit
    for bit, test in _ON_RAW:
        if raw is None or test(raw):
            feats |= bit
    return feats


# The features as (bit, test) pairs, plain and on the word as written, rebuilt when one is added.
_PLAIN: list[tuple[int, object]] = []
_ON_RAW: list[tuple[int, object]] = []
_SPLIT = [-1]


def _split() -> None:
    _PLAIN[:] = [(1 << i, t) for i, t in enumerate(_FEATURES) if not isinstance(t, tuple)]
    _ON_RAW[:] = [(1 << i, t[1]) for i, t in enumerate(_FEATURES) if isinstance(t, tuple)]
    _SPLIT[0] = len(_FEATURES)


def registered() -> int:
    """Changes whenever a gate or a feature is registered (callers cache per-word answers)."""
    return len(_GROUPS) * 1000 + len(_FEATURES)

