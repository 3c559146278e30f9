"""Finds hashtags that a screen reader cannot read word by word (#motalakommun, not #MotalaKommun).

A hashtag fails when it is a known hashtag spelt with the wrong capitals, or when it is all lower
(or all upper) case and splits into two or more Swedish words while not being one word itself.
The Swedish dictionary is simplemma's, loaded on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

_HASHTAG = re.compile(r"(?<![\w&#/])#(\w+)")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_CAMEL_PART = re.compile(r"[A-ZÅÄÖÉÜ]?[a-zåäöéü]+|[A-ZÅÄÖÉÜ]+(?![a-zåäöéü])|\d+")
MIN_PART = 3  # dictionary words shorter than this are too easy to find by accident ("i", "på")


@dataclass(frozen=True, slots=True)
class HashtagProblem:
    start: int  # of the '#'
    end: int
    written: str  # as written, with '#'
    suggestion: str  # with '#'


@cache
def _is_swedish_word(word: str) -> bool:
    from simplemma import is_known  # noqa: PLC0415  imported lazily: its dictionary loads slowly

    return bool(is_known(word, lang="sv"))


def _segment(tag: str, extra: frozenset[str]) -> list[str] | None:
    """Split lower-case ``tag`` into the fewest known words (at least two), or None."""
    n = len(tag)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(1, n + 1):
        for start in range(end):
            prefix = best[start]
            if prefix is None:
                continue
            part = tag[start:end]
            known = part in extra or (
                len(part) >= MIN_PART and (part.isdigit() or _is_swedish_word(part))
            )
            if known and (best[end] is None or len(prefix) + 1 < len(best[end] or [])):
                best[end] = [*prefix, part]
    parts = best[n]
    return parts if parts is not None and len(parts) >= 2 else None


def hashtag_problems(text: str, known: Iterable[str] = ()) -> list[HashtagProblem]:
    """Hashtags in ``text`` that are not written in CamelCase; ``known`` are the right spellings."""
    canonical = {tag.lstrip("#").lower(): tag.lstrip("#") for tag in known}
    parts_of_known = frozenset(
        part.lower() for tag in canonical.values() for part in _CAMEL_PART.findall(tag)
    )
    masked = _URL.sub(lambda m: " " * len(m.group()), text)
    problems: list[HashtagProblem] = []
    for match in _HASHTAG.finditer(masked):
        tag = match.group(1)
        right = canonical.get(tag.lower())
        if right is not None:
            if tag != right:
                problems.append(HashtagProblem(match.start(), match.end(), "#" + tag, "#" + right))
            continue
        letters = [c for c in tag if c.isalpha()]
        if not letters or not (tag.lower() == tag or tag.upper() == tag):
            continue  # mixed case: already written word by word
        lower = tag.lower()
        if _is_swedish_word(lower):
            continue  # one word ("#kommunfullmäktige")
        parts = _segment(lower, parts_of_known)
        if parts:
            suggestion = "#" + "".join(p[:1].upper() + p[1:] for p in parts)
            problems.append(HashtagProblem(match.start(), match.end(), "#" + tag, suggestion))
    return problems
