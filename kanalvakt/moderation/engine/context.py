"""Per-text working state shared by the detectors, so each derived view is computed once.

One pass over the text's words (`Context.analyse`) gives the tokens, the word-gate bits (see
`gates`) and the word features (lexicon hits, adjectives, phrase starts) for every detector at
once. What a word contributes is computed once per distinct word for the whole process and kept
in `_INFO`, keyed by the word as written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import reduce
from operator import or_
from typing import TYPE_CHECKING, NamedTuple

from kanalvakt.moderation.engine import gates
from kanalvakt.moderation.engine.gates import text_bits, text_words, word_bits, word_features
from kanalvakt.moderation.engine.text import (
    _LATIN1,
    _SPACED,
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


_INFO: dict[str, _Info] = {}
# Per word as written: its gate bits, its features shifted by `_FEAT_SHIFT` and its spaced-word
# hint at `_HINT_BIT`, in one int, so that a text's union is one `reduce` over its words in C.
_MASK: dict[str, int] = {}
_FEAT_SHIFT, _HINT_BIT = 256, 1 << 320
_BITS_ALL, _FEATS_ALL = (1 << _FEAT_SHIFT) - 1, (1 << 64) - 1
_TOKEN_FEATS: dict[tuple[str, str], int] = {}  # features of tokens outside the fast path
_INFO_STATE = [-1]
_new = tuple.__new__


def _info(raw: str, folded: str, lower: str) -> _Info:
    bits = 0
    for w in gates._WORD.findall(folded):
        bits |= word_bits(w)
    key = key_of(folded)
    # A letter of a spaced-out word is a token of its own or is next to a separator.
    hint = int(len(folded) == 1 or any(c in folded for c in ".-_*"))
    feats = word_features(folded, lower, key, raw)
    info = _new(_Info, (folded, lower, key, bits, feats, hint))
    _INFO[raw] = info
    _MASK[raw] = bits | feats << _FEAT_SHIFT | (_HINT_BIT if hint else 0)
    return info


def _fresh_cache() -> None:
    """Empty the per-word caches when gates or features were registered, or they grew big."""
    state = gates.registered()
    if state != _INFO_STATE[0] or len(_INFO) > 200_000:
        assert len(gates._GROUPS) <= _FEAT_SHIFT and len(gates._FEATURES) <= 64
        _INFO.clear()
        _MASK.clear()
        _TOKEN_FEATS.clear()
        _INFO_STATE[0] = state


@dataclass(slots=True)
class Context:
    text: str
    account: AccountConfig
    author: str | None = None
    folded: str = ""
    _tokens: list[Token] | None = None
    _items: list[_Info | Token] | None = None
    _sentences: list[tuple[int, int]] | None = None
    _bits: int = 0
    _feats: int = 0
    _n_plain: int = 0
    _simple: bool = False
    _analysed: bool = False
    _raw: list[str] | None = None
    _digits: int = -1
    _words: frozenset[str] | None = None
    notes: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        text = self.text
        lower = text.lower()
        if len(lower) == len(text):
            if lower.isascii():
                self.folded, self._simple = lower, True
                return
            try:
                self.folded = lower.encode("latin-1").translate(_LATIN1).decode("latin-1")
                self._simple = True
                return
            except UnicodeEncodeError:
                pass
        self.folded = fold(text)

    def analyse(self) -> None:
        """Gate bits and word features of the text, in one pass over its words.

        For a text in Latin-1 (most comments) folding changes no character's class, so the
        words found in the text are those found in the folded text; each word's folded,
        lower-case and key forms, gate bits and features depend on the word alone and are
        cached. Tokens with their spans are made only when a detector asks for them.
        """
        text, folded = self.text, self.folded
        _fresh_cache()
        if self._simple:
            words = _WORD.findall(text)
            for raw in [w for w in words if w not in _MASK]:
                _info(raw, fold(raw), raw.lower())
            acc = reduce(or_, map(_MASK.__getitem__, words), 0)
            self._raw = words
            self._bits = acc & _BITS_ALL
            self._feats = (acc >> _FEAT_SHIFT) & _FEATS_ALL
            if acc & _HINT_BIT and _SPACED.search(folded):
                self._tokens = tokens(text, folded)
                self._set_items(self._tokens)
        else:
            self._tokens = tokens(text, folded)
            self._bits = text_bits(text_words(folded))
            self._set_items(self._tokens)
        self._analysed = True

    def _set_items(self, toks: list[Token]) -> None:
        feats = n_plain = 0
        for t in toks:
            k = (t.folded, t.lower)
            f = _TOKEN_FEATS.get(k)
            if f is None:
                if len(_TOKEN_FEATS) > 100_000:
                    _TOKEN_FEATS.clear()
                f = _TOKEN_FEATS[k] = word_features(t.folded, t.lower, t.key)
            feats |= f
            n_plain += " " not in t.folded
        self._feats |= feats | gates.RAW_ALL[0]
        self._items, self._n_plain = list(toks), n_plain

    @property
    def tokens(self) -> list[Token]:
        """The words with their spans, folded, lower-case and key forms (see `text.tokens`)."""
        if self._tokens is None:
            if not self._analysed:
                self.analyse()
            if self._tokens is None:
                # Latin-1 text without spaced-out words (else `analyse` made the tokens): the
                # plain tokens, from the per-word cache that `analyse` filled.
                text, lower = self.text, self.text.lower()
                toks: list[Token] = []
                get = _INFO.get
                for m in _WORD.finditer(self.folded):
                    s, e = m.span()
                    info = get(text[s:e])
                    if info is None:
                        info = _info(text[s:e], m.group(), lower[s:e])
                    if info.key:
                        toks.append(_new(Token, (s, e, info.folded, info.lower, info.key)))
                self._tokens = toks
        return self._tokens  # type: ignore[return-value]

    @property
    def n_digits(self) -> int:
        """How many digits (`\\d`) the text has."""
        if self._digits < 0:
            self._digits = digit_count(self.text, self._simple)
        return self._digits

    @property
    def items(self) -> list[_Info | Token]:
        """The tokens' folded and key forms without spans, in order (cheaper than `tokens`)."""
        if self._items is None:
            if not self._analysed:
                self.analyse()
            if self._items is None:
                get = _INFO.get
                items: list[_Info | Token] = []
                for raw in self._raw:
                    info = get(raw) or _info(raw, fold(raw), raw.lower())
                    if info.key:
                        items.append(info)
                self._items, self._n_plain = items, len(items)
        return self._items

    @property
    def bits(self) -> int:
        """The text's word-gate bits (see `gates`), computed once."""
        if not self._analysed:
            self.analyse()
        return self._bits

    @property
    def feats(self) -> int:
        """The union of the word features of the text's words (see `gates.feature`)."""
        if not self._analysed:
            self.analyse()
        return self._feats

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
