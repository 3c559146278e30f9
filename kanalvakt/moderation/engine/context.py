"""Per-text working state shared by the detectors, so each derived view is computed once.

One pass over the text's words (`Context.analyse`) gives the tokens, the word-gate bits (see
`gates`) and the word features (lexicon hits, adjectives, phrase starts) for every detector at
once. What a word contributes is computed once per distinct word for the whole process and kept
in `_INFO`, keyed by the word as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import reduce
from operator import or_
from typing import TYPE_CHECKING, NamedTuple

from kanalvakt.moderation.engine import gates
from kanalvakt.moderation.engine.gates import text_bits, text_words, word_bits, word_features
from kanalvakt.moderation.engine.text import (
    _LATIN1,
    _SPACED,
    _TRIM,
    _WORD,
    Token,
    digit_count,
    fold,
    key_of,
    sentence_bounds,
    sentence_of,
    tokens,
)

if TYPE_CHECKING:
    from kanalvakt.moderation.engine.config import AccountConfig


class _Info(NamedTuple):
    folded: str
    lower: str
    key: str
    bits: int  # word-gate bits of the `\w+` words inside the token
    feats: int  # word features (see `gates.feature`)
    hint: int  # 1 if the token may be part of a spaced-out word ("i d i o t", "f.i.t.t.a")
    norm: str  # this word's part of the duplicate key (see `_dup_part`)


# Keyed by the token as written and, in the fast path, by the whitespace-separated chunk it was
# stripped from ("bor." and "bor" alike), so that a text's words need no stripping once seen.
_INFO: dict[str, _Info] = {}
# Per word as written: its gate bits, its features shifted by `_FEAT_SHIFT` and its spaced-word
# hint at `_HINT_BIT`, in one int, so that a text's union is one `reduce` over its words in C.
# The shifts follow the number of gates and features registered (see `_fresh_cache`), so the
# ints stay small.
_MASK: dict[str, int] = {"": 0}
# Per word as written: its `_Info.norm`, for the duplicate key (see `Context.dup_norm`).
_NORM: dict[str, str] = {"": ""}
_FEAT_SHIFT, _HINT_BIT = 256, 1 << 320
_BITS_ALL, _FEATS_ALL = (1 << _FEAT_SHIFT) - 1, (1 << 64) - 1
_NOTHING: _Info  # the info of a chunk of trimmed characters only (set below)
_TOKEN_FEATS: dict[tuple[str, str], int] = {}  # features of tokens outside the fast path
_INFO_STATE = [-1]
_new = tuple.__new__


# The duplicate key's normalisation (`spam.DuplicateTracker`): each web address, digit run and
# run of non-word characters becomes one space, then the ends are stripped.
DUP_NORM = re.compile(r"https?://\S+|\d+|[^\w]+")
_WORD_CHAR = re.compile(r"\w").match


def _dup_part(folded: str) -> str:
    """A token's part of `DUP_NORM.sub(" ", text).strip()`, for a text without "http".

    The whitespace between two tokens and the non-word characters at their ends (trimmed or
    not) form one run, which becomes one space: so each token's own result loses the space of a
    non-word run at its start and at its end, and the parts are joined by single spaces
    (skipping empty ones); the caller strips the ends.
    """
    if folded.isalpha():
        return folded  # no address, digit or non-word character: the word itself
    part = DUP_NORM.sub(" ", folded)
    if folded and not _WORD_CHAR(folded[0]):
        part = part[1:]
    if folded and part and not _WORD_CHAR(folded[-1]):
        part = part[:-1]
    return part


def _info(raw: str, folded: str, lower: str) -> _Info:
    bits = 0
    pieces = gates._WORD.findall(folded)
    for w in pieces:
        bits |= word_bits(w)
    key = key_of(folded)
    # A letter of a spaced-out word is a token of its own or is next to a separator.
    hint = int(len(folded) == 1 or any(c in folded for c in ".-_*"))
    feats = word_features(folded, lower, key, raw)
    norm = _dup_part(folded)
    info = _new(_Info, (folded, lower, key, bits, feats, hint, norm))
    _INFO[raw] = info
    _NORM[raw] = norm
    _MASK[raw] = bits | feats << _FEAT_SHIFT | (_HINT_BIT if hint else 0)
    return info


def _learn(chunk: str) -> _Info:
    """Cache a whitespace-separated chunk of a Latin-1 text under its own spelling."""
    raw = chunk.strip(_TRIM)
    if not raw:
        info = _NOTHING
        _MASK[chunk], _NORM[chunk] = 0, ""
    else:
        info = _INFO.get(raw) or _info(raw, fold(raw), raw.lower())
        _MASK[chunk], _NORM[chunk] = _MASK[raw], info.norm
    _INFO[chunk] = info
    return info


def _fresh_cache() -> None:
    """Empty the per-word caches when gates or features were registered, or they grew big."""
    global _FEAT_SHIFT, _HINT_BIT, _BITS_ALL, _FEATS_ALL
    state = gates.STATE[0]
    if state != _INFO_STATE[0] or len(_INFO) > 200_000:
        n_gates, n_feats = len(gates._GROUPS), len(gates._FEATURES)
        assert n_feats <= 64
        _FEAT_SHIFT, _HINT_BIT = n_gates, 1 << (n_gates + n_feats)
        _BITS_ALL, _FEATS_ALL = (1 << n_gates) - 1, (1 << n_feats) - 1
        _INFO.clear()
        _MASK.clear()
        _MASK[""] = 0
        _NORM.clear()
        _NORM[""] = ""
        _TOKEN_FEATS.clear()
        _INFO_STATE[0] = state


_NOTHING = _new(_Info, ("", "", "", 0, 0, 0, ""))


_BEYOND_LATIN1 = re.compile(r"[\x00-\xff]+").sub
_SYMBOLS: dict[str, bool] = {}


def _symbols_only(chars: str) -> bool:
    """Whether every character is one that is no word character, lower-cases and folds to
    itself (emoji, arrows, dashes, quotation marks): in a text otherwise Latin-1 such
    characters change nothing in how its words are found."""
    for c in chars:
        ok = _SYMBOLS.get(c)
        if ok is None:
            if len(_SYMBOLS) > 10_000:
                _SYMBOLS.clear()
            ok = _SYMBOLS[c] = not c.isalnum() and c.lower() == c and fold(c) == c
        if not ok:
            return False
    return True


class Context:
    """A text and every view of it the detectors share. The word pass (`analyse`), the gate bits,
    word features and digit count are computed when the context is made: every detector needs
    them. Plain attributes rather than properties: the detectors read them many times."""

    __slots__ = ("text", "account", "author", "folded", "bits", "feats", "n_digits", "notes",
                 "_tokens", "_items", "_sentences", "_n_plain", "_simple", "_raw", "_words",
                 "_analysed", "_tok_feats", "_spaced")

    def __init__(self, text: str, account: AccountConfig, author: str | None = None) -> None:
        self.text, self.account, self.author = text, account, author
        self._tokens = self._items = self._sentences = self._raw = self._words = None
        self._tok_feats: list[int] = []
        self._spaced = False
        self._n_plain = 0
        self.notes: dict[str, object] = {}
        lower = text.lower()
        raw = None
        simple = False
        if len(lower) == len(text):
            if text.isascii():
                self.folded, raw = lower, lower.encode("ascii")
            else:
                try:
                    # The text itself must be Latin-1 too: "\u212a" (Kelvin) lowers to "k".
                    text.encode("latin-1")
                    raw = lower.encode("latin-1")
                    self.folded = raw.translate(_LATIN1).decode("latin-1")
                except UnicodeEncodeError:
                    self.folded = fold(text)
                    # Emoji and other symbols outside Latin-1 fold to themselves and are no
                    # word characters: the words as written are still the folded words.
                    simple = _symbols_only(_BEYOND_LATIN1("", text))
        else:
            self.folded = fold(text)
        self._simple = raw is not None or simple
        # Latin-1 has no digits but 0-9, and lower-casing keeps them: count them in the bytes.
        self.n_digits = (len(raw) - len(raw.translate(None, b"0123456789")) if raw is not None
                         else digit_count(text))
        self.analyse()

    def analyse(self) -> None:
        """Gate bits and word features of the text, in one pass over its words.

        For a text in Latin-1 (most comments) folding changes no character's class, so the
        words found in the text are those found in the folded text; each word's folded,
        lower-case and key forms, gate bits and features depend on the word alone and are
        cached. Tokens with their spans are made only when a detector asks for them.
        """
        text, folded = self.text, self.folded
        if gates.STATE[0] != _INFO_STATE[0] or len(_INFO) > 200_000:
            _fresh_cache()
        if self._simple:
            # The tokens as `_WORD` finds them are the runs of non-space characters with the
            # trim set stripped at both ends (a run of punctuation only gives none); each run is
            # cached under its own spelling, so it is stripped only the first time it is seen.
            words = text.split()
            try:
                acc = reduce(or_, map(_MASK.__getitem__, words), 0)
            except KeyError:
                for chunk in words:
                    if chunk not in _MASK:
                        _learn(chunk)
                acc = reduce(or_, map(_MASK.__getitem__, words), 0)
            self._raw = words
            self.bits = acc & _BITS_ALL
            self.feats = (acc >> _FEAT_SHIFT) & _FEATS_ALL
            if acc & _HINT_BIT and _SPACED.search(folded):
                self._spaced = True
                self._tokens = tokens(text, folded)
                self._set_items(self._tokens)
        else:
            self._tokens = tokens(text, folded)
            self.bits = text_bits(text_words(folded))
            self.feats = 0
            self._set_items(self._tokens)
        self._analysed = True

    def _set_items(self, toks: list[Token]) -> None:
        feats = n_plain = 0
        tok_feats = []
        for t in toks:
            k = (t.folded, t.lower)
            f = _TOKEN_FEATS.get(k)
            if f is None:
                if len(_TOKEN_FEATS) > 100_000:
                    _TOKEN_FEATS.clear()
                f = _TOKEN_FEATS[k] = word_features(t.folded, t.lower, t.key)
            feats |= f
            tok_feats.append(f)
            n_plain += " " not in t.folded
        self.feats |= feats | gates.RAW_ALL[0]
        self._items, self._n_plain = list(toks), n_plain
        self._tok_feats = tok_feats

    @property
    def tokens(self) -> list[Token]:
        """The words with their spans, folded, lower-case and key forms (see `text.tokens`)."""
        if self._tokens is None:
            if self._tokens is None:
                # Latin-1 text without spaced-out words (else `analyse` made the tokens): the
                # plain tokens, from the per-word cache that `analyse` filled.
                text, lower = self.text, self.text.lower()
                toks: list[Token] = []
                tok_feats: list[int] = []
                get = _INFO.get
                for m in _WORD.finditer(self.folded):
                    s, e = m.span()
                    info = get(text[s:e])
                    if info is None:
                        info = _info(text[s:e], m.group(), lower[s:e])
                    if info.key:
                        toks.append(_new(Token, (s, e, info.folded, info.lower, info.key)))
                        tok_feats.append(info.feats)
                self._tokens, self._tok_feats = toks, tok_feats
        return self._tokens  # type: ignore[return-value]

    def tokens_with(self, feature: int) -> list[Token]:
        """The tokens that have one of these word features (see `gates.feature`)."""
        toks = self.tokens
        return [t for t, f in zip(toks, self._tok_feats, strict=True) if f & feature]

    @property
    def items(self) -> list[_Info | Token]:
        """The tokens' folded and key forms without spans, in order (cheaper than `tokens`)."""
        if self._items is None:
            if self._items is None:
                # Every chunk of the text was cached by `analyse` (unless the cache was emptied
                # since, by another text's analysis).
                raw: list[str] = self._raw  # type: ignore[assignment]
                try:
                    items: list[_Info | Token] = [i for i in map(_INFO.__getitem__, raw) if i.key]
                except KeyError:
                    items = [i for i in (_INFO.get(c) or _learn(c) for c in raw) if i.key]
                self._items, self._n_plain = items, len(items)
        return self._items

    def word_sum(self, values: dict[str, int], compute: Callable[[_Info], int]) -> int | None:
        """The sum over the text's words (the words of `items`) of `compute(word)`, cached in
        `values` under the word as written; None when the words are not the text's
        whitespace-separated chunks (spaced-out words, or a text outside the fast path)."""
        raw = self._raw
        if raw is None or self._spaced:
            return None
        try:
            return sum(map(values.__getitem__, raw))
        except KeyError:
            for chunk in raw:
                if chunk not in values:
                    info = _INFO.get(chunk) or _learn(chunk)
                    values[chunk] = compute(info) if info.key else 0
            return sum(map(values.__getitem__, raw))

    def dup_norm(self) -> str | None:
        """`DUP_NORM.sub(" ", folded).strip()` from the per-word cache, for a text without
        "http"; None when the text was not analysed word by word (not Latin-1)."""
        raw = self._raw
        if raw is None:
            return None
        return " ".join(filter(None, map(_NORM.__getitem__, raw))).strip()

    @property
    def n_plain(self) -> int:
        """How many tokens have no space in them (spaced-out words like "i d i o t" do)."""
        if self._items is None:
            self.items  # noqa: B018
        return self._n_plain

    @property
    def words(self) -> frozenset[str]:
        """The distinct `\\w+` words of the folded text, computed once."""
        if self._words is None:
            self._words = text_words(self.folded)
        return self._words

    @property
    def sentences(self) -> list[tuple[int, int]]:
        if self._sentences is None:
            self._sentences = sentence_bounds(self.folded)
        return self._sentences

    def sentence(self, pos: int) -> tuple[int, int]:
        return sentence_of(self.sentences, pos)

    def sentence_text(self, pos: int) -> str:
        s, e = self.sentence(pos)
        return self.folded[s:e]
