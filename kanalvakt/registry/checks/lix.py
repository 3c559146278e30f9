"""LIX (läsbarhetsindex) for Swedish text, with a sentence splitter that knows Swedish abbreviations.

LIX = words / sentences + long words * 100 / words, where a long word has more than six letters
(Björnsson 1968). Web addresses, e-mail addresses and @-mentions are not words a reader reads, so they
are left out; numbers count as (short) words. A line break ends a sentence, because profile texts
and posts often put one statement per line without a full stop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations that do not end a sentence although they end in a full stop ("kl. 8", "t.ex. böcker").
# Compared without dots and in lower case, so "t.ex." and "tex." are the same.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "tex", "bla", "pga", "sk", "dvs", "fr", "from", "tom", "jfr", "resp", "kl", "ca", "nr",
        "tel", "ang", "inkl", "exkl", "fd", "fn", "st", "obs", "ex", "mfl", "mm", "osv", "od",
        "ed", "etc", "sid", "kap", "ff", "vard", "mån", "tis", "ons", "tors", "fre", "lör", "sön",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
        "ev", "bl", "t", "o", "s", "f", "p", "d", "e", "m", "adr", "avd", "enl", "forts", "jur",
        "kr", "min", "tfn", "uppl", "vol", "särsk", "bet",
    }
)
# Of those, the ones that often do end a sentence ("… böcker, filmer osv. Vi ses!"): a boundary
# when a capital letter follows.
MAY_END: frozenset[str] = frozenset({"osv", "mm", "mfl", "etc", "od", "ed", "st", "kr", "min"})

_SKIP = re.compile(
    r"(?:https?://|www\.)\S+"  # web addresses
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|(?<!\w)@\w+",  # mentions
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,:]\d+)*")
_TERMINATOR = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class LixStats:
    words: int
    sentences: int
    long_words: int

    @property
    def lix(self) -> float | None:
        """None when there are no words to measure."""
        if not self.words:
            return None
        return self.words / self.sentences + self.long_words * 100 / self.words


def _strip_unread(text: str) -> str:
    return _SKIP.sub(" ", text)


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    """Whether the terminator in ``match`` ends a sentence, or only an abbreviation or initial."""
    if match.group().startswith(("!", "?", "…")) or len(match.group().rstrip("\"'”’»)]")) > 1:
        return True
    rest = text[match.end():]
    if not rest.strip() or rest.lstrip(" \t").startswith(("\n", "\r")):
        return True  # the end of the text or of a line ends a sentence whatever came before
    before = text[: match.start()].rsplit(None, 1)
    token = before[-1] if before else ""
    token = token.lstrip("([\"'«“")
    key = token.replace(".", "").lower()
    if token and "." not in token and token[0].isupper() and len(token) == 1:
        return False  # an initial: "Anna K. Svensson"
    if key in ABBREVIATIONS:
        following = rest.lstrip()
        return key in MAY_END and bool(following) and following[0].isupper()
    return True


def sentences(text: str) -> list[str]:
    """Split ``text`` into sentences (empty ones and those without a word left out)."""
    out: list[str] = []
    for line in re.split(r"[\r\n]+", text):
        start = 0
        for match in _TERMINATOR.finditer(line):
            if _ends_sentence(line, match):
                out.append(line[start : match.end()])
                start = match.end()
        out.append(line[start:])
    return [s.strip() for s in out if _WORD.search(_strip_unread(s))]


def words(text: str) -> list[str]:
    """The words of ``text`` as LIX counts them (addresses and mentions left out)."""
    return _WORD.findall(_strip_unread(text))


def is_long(word: str) -> bool:
    return len(_LETTER.findall(word)) > 6


def lix_stats(text: str) -> LixStats:
    counted = words(text)
    # A text with words but no sentence end is still one sentence.
    n_sentences = max(1, len(sentences(text))) if counted else 0
    return LixStats(
        words=len(counted),
        sentences=n_sentences,
        long_words=sum(1 for w in counted if is_long(w)),
    )


def lix(text: str) -> float | None:
    """The LIX of ``text``, or None if it has no words."""
    return lix_stats(text).lix


def lix_level(value: float) -> str:
    """The usual Swedish description of a LIX value."""
    if value < 25:
        return "mycket lättläst"
    if value < 35:
        return "lättläst"
    if value < 45:
        return "medelsvår"
    if value < 55:
        return "svår"
    return "mycket svår"
