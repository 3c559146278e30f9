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
from kanalvakt.moderation.engine.gates import gate, words_and_prefixes
from kanalvakt.moderation.engine.results import Finding
from kanalvakt.moderation.engine.text import fold, key_of

# Municipality names that are also ordinary Swedish words or first names.
_COMMON = {"vara", "mark", "kil", "ale", "nora", "mala", "bjuv", "habo", "ore", "lund", "ange",
           "mora", "orsa", "sala", "ystad", "ljusnarsberg", "tierp", "hylte", "lessebo", "degerfors"}


def _cue_gate() -> int:
    with open(DATA / "lexicons" / "services.yaml", encoding="utf-8") as f:
        cues = [re.escape(fold(c)) for c in yaml.safe_load(f)["off_topic_cues"]]
    return gate(*words_and_prefixes("|".join(c.replace("\\ ", " ") for c in cues)))


def _town_names() -> dict[str, str]:
    towns: dict[str, str] = {}
    for line in (DATA / "places" / "municipalities.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        _, _, name = line.partition("\t")
        if fold(name) not in _COMMON:
            towns[fold(name)] = name
    return towns


# Registered at import, like every gate, so that no text's gate bits are computed without them.
_G_CUE = _cue_gate()
_G_TOWN = gate(*words_and_prefixes("|".join(re.escape(t).replace("\\ ", " ")
                                            for t in _town_names())))


@dataclass(frozen=True, slots=True)
class _Vocab:
    long_stems: re.Pattern[str]
    multi_stems: re.Pattern[str] | None  # stems with a space or a dash ("p-plats", "god man")
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
    towns = _town_names()
    return _Vocab(
        long_stems=re.compile("|".join(re.escape(s) for s in long_)),
        multi_stems=re.compile("|".join(re.escape(s) for s in long_ if not s.isalpha()))
        if any(not s.isalpha() for s in long_) else None,
        short=short,
        cues=re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b"),
        towns=re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(towns, key=len,
                                                                         reverse=True)) + r")\b"),
    )


@lru_cache(maxsize=64)
def _places_re(places: frozenset[str]) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """The places pattern and, as a cheap necessary condition, the first words of the places."""
    if not places:
        return None
    alts = sorted(places, key=len, reverse=True)
    firsts = tuple({re.split(r"[^\w]", p, maxsplit=1)[0] for p in alts})
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in alts) + r")\w*"), firsts


_FIRSTS_SEEN: dict[tuple[str, ...], dict[str, bool]] = {}
_PIECE = re.compile(r"\w+")


@lru_cache(maxsize=64)
def _lettered(firsts: tuple[str, ...]) -> bool:
    return all(re.search("[a-z]", w) for w in firsts)


def _mentions(ctx: Context, firsts: tuple[str, ...]) -> bool:
    """Whether a `\\w+` word of the text starts like a place; cached per token. (A place's first
    word has a letter, so it is never inside a token without one, which `items` leaves out.)"""
    if not _lettered(firsts):
        return any(w.startswith(firsts) for w in ctx.words)
    seen = _FIRSTS_SEEN.get(firsts)
    if seen is None or len(seen) > 100_000:
        seen = _FIRSTS_SEEN[firsts] = {}
    for t in ctx.items:
        hit = seen.get(t.folded)
        if hit is None:
            hit = seen[t.folded] = any(w.startswith(firsts) for w in _PIECE.findall(t.folded))
        if hit:
            return True
    return False


@lru_cache(maxsize=65536)
def _stems_in(word: str) -> int:
    return len(_vocab().long_stems.findall(word))


def _service_hits(ctx: Context, acct: AccountConfig) -> int:
    v = _vocab()
    if v.multi_stems is not None and v.multi_stems.search(ctx.folded):
        n = len(v.long_stems.findall(ctx.folded))
    else:
        # Letters-only stems lie inside one token: count them per word, cached, instead of
        # running the 300-way alternation over every text.
        n = sum(_stems_in(t.folded) for t in ctx.items)
    short, extra = v.short, acct.services
    return n + sum(1 for t in ctx.items if t.key in short or t.key in extra)


def detect(ctx: Context) -> list[Finding]:
    acct = ctx.account
    if not acct.off_topic:
        return []
    n_words = ctx.n_plain
    if n_words < 5:
        return []
    f = ctx.folded
    v = _vocab()
    if n_words < 8:
        # A short post is off-topic only with a clear private-topic cue ("säljer min cykel,
        # 300 kr", "hittad katt i Skövde") and no word of the municipality's at all.
        if not (ctx.bits & _G_CUE and v.cues.search(f)):
            return []
    places = _places_re(acct.places)
    if places is not None:
        pattern, firsts = places
        if _mentions(ctx, firsts) and pattern.search(f):
            return []
    own = acct.topics
    topics = sum(1 for t in ctx.items if " " not in t.folded and t.key in own) if own else 0
    services = _service_hits(ctx, acct)
    cue = v.cues.search(f) if ctx.bits & _G_CUE else None
    if n_words < 8 and (topics or services):
        return []
    if topics or (services and not cue) or services >= 2:
        if acct.topics and not topics and services:
            # About the municipality, but not what this account is for: worth a look only if
            # the account has asked for strict relevance (threshold below 0.45).
            return [Finding("off_topic", 0, len(ctx.text), "off_topic:purpose", 0.45,
                            "Handlar om kommunen men inte om kontots syfte")]
        return []
    # Without a private-topic cue or another town, only a long text is confidently off-topic.
    score = 0.5 if n_words >= 12 else 0.4
    reasons = ["nämner varken kommunen, dess orter eller dess verksamheter"]
    if cue:
        score += 0.25
        reasons.append(f"privat ämne (”{ctx.text[cue.start():cue.end()]}”)")
    other = v.towns.search(f) if ctx.bits & _G_TOWN else None
    if other:
        score += 0.1
        reasons.append(f"handlar om en annan ort ({ctx.text[other.start():other.end()]})")
    return [Finding("off_topic", 0, len(ctx.text), "off_topic:gazetteer", min(score, 0.9),
                    "Inlägget verkar inte handla om kommunen: " + "; ".join(reasons))]
