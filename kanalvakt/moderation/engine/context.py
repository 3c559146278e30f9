"""Per-text working state shared by the detectors, so each derived view is computed once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kanalvakt.moderation.engine.gates import text_bits, text_words
from kanalvakt.moderation.engine.text import Token, fold, sentence_bounds, sentence_of, tokens

if TYPE_CHECKING:
    from kanalvakt.moderation.engine.config import AccountConfig


@dataclass(slots=True)
class Context:
    text: str
    account: AccountConfig
    author: str | None = None
    folded: str = ""
    _tokens: list[Token] | None = None
    _sentences: list[tuple[int, int]] | None = None
    _bits: int = -1
    _words: frozenset[str] | None = None
    notes: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.folded = fold(self.text)

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = tokens(self.text, self.folded)
        return self._tokens

    @property
    def bits(self) -> int:
        """The text's word-gate bits (see `gates`), computed once."""
        if self._bits < 0:
            self._bits = text_bits(self.words)
        return self._bits

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
