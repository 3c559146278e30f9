"""Off-topic: posts by private persons that are not about the municipality, its services or
its localities, judged against the account's purpose.

On-topic evidence is a place of the municipality (its gazetteer), a word from the vocabulary
of municipal services, a word of the account's own topics, or addressing the municipality
directly. A short reaction ("Tack!", "Håller med") is part of the conversation and never
off-topic. A mention of another town is not enough: comparisons ("i Linköping har de gratis
parkering") carry service words and stay on topic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from kanalvakt.moderation.engine.config import DATA, AccountConfig
from kanalvakt.moderation.engine.context import Context
from kanalvakt.moderation.engine.results import Finding
from kanalvakt.moderation.engine.text import fold, key_of

# Municipality names that are also ordinary Swedish words or first names.
_COMMON = {"vara", "mark", "kil", "ale", "nora", "mala", "bjuv", "habo", "ore", "lund", "ange",
           "mora", "orsa", "sala", "ystad", "ljusnarsberg", "tierp", "hylte", "lessebo", "degerfors"}


@dataclass(frozen=True, slots=True)
class _Vocab:
    long_stems: re.Pattern[str]
    short: frozenset[str]
    cues: re.Pattern[str]
    towns: re.Pattern[str]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    with open(DATA / "lexicons" / "services.yaml", encoding="utf-8") as f:
        raw = yaml.safe_load(f)
    stems = [fold(s) for s in raw["stems"]]
    long_ = sorted({s for s in stems if len(s) >= 5}, key=len, reverse=True)
    short = frozenset(key_of(s) for s in stems if len(s) < 5)
    cues = [fold(c) for c in raw["off_topic_cues"]]
    towns: dict[str, str] = {}
    for line in (DATA / "places" / "municipalities.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        _, _, name = line.partition("\t")
        if fold(name) not in _COMMON:
            towns[fold(name)] = name
    return _Vocab(
        long_stems=re.compile("|".join(re.escape(s) for s in long_)),
        short=short,
        cues=re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b"),
        towns=re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(towns, key=len,
                                                                         reverse=True)) + r")\b"),
    )


@lru_cache(maxsize=64)
def _places_re(places: frozenset[str]) -> re.Pattern[str] | None:
    if not places:
        return None
    alts = sorted(places, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in alts) + r")\w*")


def _service_hits(ctx: Context, acct: AccountConfig) -> int:
    v = _vocab()
    n = len(v.long_stems.findall(ctx.folded))
    for t in ctx.tokens:
        if t.key in v.short or t.key in acct.services:
            n += 1
    return n


def detect(ctx: Context) -> list[Finding]:
    acct = ctx.account
    if not acct.off_topic:
        return []
    words = [t for t in ctx.tokens if " " not in t.folded and t.key]
    if len(words) < 8:
        return []
    f = ctx.folded
    v = _vocab()
    places = _places_re(acct.places)
    if places is not None and places.search(f):
        return []
    topics = sum(1 for t in words if t.key in acct.topics)
    services = _service_hits(ctx, acct)
    cue = v.cues.search(f)
    if topics or (services and not cue) or services >= 2:
        if acct.topics and not topics and services:
            # About the municipality, but not what this account is for: worth a look only if
            # the account has asked for strict relevance (threshold below 0.45).
            return [Finding("off_topic", 0, len(ctx.text), "off_topic:purpose", 0.45,
                            "Handlar om kommunen men inte om kontots syfte")]
        return []
    # Without a private-topic cue or another town, only a long text is confidently off-topic.
    score = 0.5 if len(words) >= 12 else 0.4
    reasons = ["nämner varken kommunen, dess orter eller dess verksamheter"]
    if cue:
        score += 0.25
        reasons.append(f"privat ämne (”{ctx.text[cue.start():cue.end()]}”)")
    other = v.towns.search(f)
    if other:
        score += 0.1
        reasons.append(f"handlar om en annan ort ({ctx.text[other.start():other.end()]})")
    return [Finding("off_topic", 0, len(ctx.text), "off_topic:gazetteer", min(score, 0.9),
                    "Inlägget verkar inte handla om kommunen: " + "; ".join(reasons))]
