"""Per-text working state shared by the detectors, so each derived view is computed once.

One pass over the text's words (`Context.analyse`) gives the tokens, the word-gate bits (see
`gates`) and the word features (lexicon hits, adjectives, phrase starts) for every detector at
once. What a word contributes is computed once per distinct word for the whole process and kept
in `_INFO`, keyed by the word as written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
_INFO_STATE = [-1]
_new = tuple.__new__


def _info(raw: str, folded: str, lower: str) -> _Info:
    if len(_INFO) > 200_000:
        _INFO.clear()
    bits = 0
    for w in gates._WORD.findall(folded):
        bits |= word_bits(w)
    key = key_of(folded)
    # A letter of a spaced-out word is a token of its own or is next to a separator.
    hint = int(len(folded) == 1 or any(c in folded for c in ".-_*"))
    info = _new(_Info, (folded, lower, key, bits, word_features(folded, lower, key), hint))
    _INFO[raw] = info
    return info


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
        """Gate bits, word features and the number of plain words, in one pass over the words.

        For a text in Latin-1 (most comments) folding changes no character's class, so the
        words found in the text are those found in the folded text; each word's folded,
        lower-case and key forms, gate bits and features depend on the word alone and are
        cached. Tokens with their spans are made only when a detector asks for them.
        """
        text, folded = self.text, self.folded
        if _INFO_STATE[0] != gates.registered():
            _INFO.clear()
            _INFO_STATE[0] = gates.registered()
        bits = feats = hint = 0
        items: list[_Info | Token] = []
        if self._simple:
            get = _INFO.get
            append = items.append
            for raw in _WORD.findall(text):
                info = get(raw)
                if info is None:
                    info = _info(raw, fold(raw), raw.lower())
                bits |= info.bits
                hint |= info.hint
                if info.key:
                    feats |= info.feats
                    append(info)
            n_plain = len(items)
            if hint and _SPACED.search(folded):
                self._tokens = tokens(text, folded)
                for t in self._tokens[n_plain:]:
                    feats |= word_features(t.folded, t.lower, t.key)
                    n_plain += " " not in t.folded
                    items.append(t)
        else:
            self._tokens = tokens(text, folded)
            bits = text_bits(text_words(folded))
            n_plain = 0
            for t in self._tokens:
                feats |= word_features(t.folded, t.lower, t.key)
                n_plain += " " not in t.folded
            items = list(self._tokens)
        self._items, self._bits, self._feats, self._n_plain = items, bits, feats, n_plain

    @property
    def tokens(self) -> list[Token]:
        """The words with their spans, folded, lower-case and key forms (see `text.tokens`)."""
        if self._tokens is None:
            if self._items is None:
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
            self.analyse()
        return self._items  # type: ignore[return-value]

    @property
    def bits(self) -> int:
        """The text's word-gate bits (see `gates`), computed once."""
        if self._items is None:
            self.analyse()
        return self._bits

    @property
    def feats(self) -> int:
        """The union of the word features of the text's tokens (see `gates.feature`)."""
        if self._items is None:
            self.analyse()
        return self._feats

    @property
    def n_plain(self) -> int:
        """How many tokens have no space in them (spaced-out words like "i d i o t" do)."""
        if self._items is None:
            self.analyse()
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
