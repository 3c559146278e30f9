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

from kanalvakt.moderation.engine import lexicon
from kanalvakt.moderation.engine.config import DATA, AccountConfig
from kanalvakt.moderation.engine.context import Context
from kanalvakt.moderation.engine.gates import gate, words_and_prefixes
from kanalvakt.moderation.engine.results import Finding
from kanalvakt.moderation.engine.text import FirstWordIndex, first_chars, fold, key_of

# Municipality names that are also ordinary Swedish words or first names.
_COMMON = {"vara", "mark", "kil", "ale", "nora", "mala", "bjuv", "habo", "ore", "lund", "ange",
           "mora", "orsa", "sala", "ystad", "ljusnarsberg", "tierp", "hylte", "lessebo", "degerfors"}


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, list[str]]:
    with open(DATA / "lexicons" / "services.yaml", encoding="utf-8") as f:
        raw = yaml.safe_load(f)
    return {k: [fold(str(w)) for w in v] for k, v in raw.items() if isinstance(v, list)}


def _private_cues() -> list[str]:
    """Cues of a private post: its subjects and the places abroad it is about."""
    lex = _lexicon()
    return sorted(set(lex["off_topic_cues"] + lex["more_off_topic_cues"] + lex["foreign_places"]),
                  key=len, reverse=True)


def _phrase_gate(phrases: list[str]) -> int:
    return gate(*words_and_prefixes("|".join(re.escape(c).replace("\\ ", " ") for c in phrases)))


def _cue_gate() -> int:
    return _phrase_gate(_private_cues())


def _multi_gate() -> int:
    """A gate for the service stems with a space or a dash ("god man", "p-plats"): the part after
    the last separator starts a `\\w+` word of any text that holds the stem. -1 (always open)
    if a stem ends with a separator."""
    with open(DATA / "lexicons" / "services.yaml", encoding="utf-8") as f:
        stems = [fold(s) for s in yaml.safe_load(f)["stems"]]
    tails = {re.split(r"[^\w]", s)[-1] for s in stems if len(s) >= 5 and not s.isalpha()}
    bit = gate("", " ".join(t for t in tails if t) or "\x00")
    return -1 if "" in tails else bit


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
_G_LOCAL = _phrase_gate(_lexicon()["local_cues"])
_G_OTHER = _phrase_gate(_lexicon()["other_cues"])
_G_MULTI = _multi_gate()
_G_TOWN = gate(*words_and_prefixes("|".join(re.escape(t).replace("\\ ", " ") + "|"
                                            + re.escape(t + "s").replace("\\ ", " ")
                                            for t in _town_names())))


@dataclass(frozen=True, slots=True)
class _Vocab:
    long_stems: re.Pattern[str]
    multi_stems: re.Pattern[str] | None  # stems with a space or a dash ("p-plats", "god man")
    short: frozenset[str]
    weak_stems: re.Pattern[str]
    weak_short: frozenset[str]
    cues: re.Pattern[str]
    cue_phrases: FirstWordIndex
    local: re.Pattern[str]
    other: re.Pattern[str]
    towns: re.Pattern[str]


def _words_re(alts: list[str]) -> re.Pattern[str]:
    body = "|".join(alts)
    return re.compile(first_chars(body) + r"\b(?:" + body + r")\b")


def _phrases(phrases: list[str]) -> FirstWordIndex:
    """Literal phrases found as `_words_re(phrases)` finds them, by their first word."""
    ordered = sorted(phrases, key=len, reverse=True)
    return FirstWordIndex([(_FIRST_WORD(p).group(), re.escape(p)) for p in ordered],
                          lambda body: re.compile(first_chars(body) + r"\b(?:" + body + r")\b"))


_FIRST_WORD = re.compile(r"\w+").search


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    lex = _lexicon()
    stems = lex["stems"]
    long_ = sorted({s for s in stems if len(s) >= 5}, key=len, reverse=True)
    # Short stems and the `words` list are whole words ("skatt", never "uppskattar").
    short = frozenset([key_of(s) for s in stems if len(s) < 5] + [key_of(w) for w in lex["words"]])
    weak = [w for w in lex["weak"] if w not in stems]
    weak_long = sorted({s for s in weak if len(s) >= 5}, key=len, reverse=True)
    towns = _town_names()
    return _Vocab(
        long_stems=re.compile("|".join(re.escape(s) for s in long_)),
        multi_stems=re.compile("|".join(re.escape(s) for s in long_ if not s.isalpha()))
        if any(not s.isalpha() for s in long_) else None,
        short=short,
        weak_stems=re.compile("|".join(re.escape(s) for s in weak_long)),
        weak_short=frozenset(key_of(s) for s in weak if len(s) < 5),
        cues=_words_re([re.escape(c) for c in _private_cues()]),
        cue_phrases=_phrases(_private_cues()),
        local=_words_re([re.escape(c) for c in lex["local_cues"]]),
        other=_words_re([re.escape(c) for c in lex["other_cues"]]),
        towns=_words_re([re.escape(t) + "s?" for t in sorted(towns, key=len, reverse=True)]),
    )


@lru_cache(maxsize=64)
def _places_re(places: frozenset[str]) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """The places pattern and, as a cheap necessary condition, the first words of the places."""
    if not places:
        return None
    alts = sorted(places, key=len, reverse=True)
    firsts = tuple({re.split(r"[^\w]", p, maxsplit=1)[0] for p in alts})
    body = "|".join(re.escape(p) for p in alts)
    return re.compile(first_chars(body) + r"\b(?:" + body + r")\w*"), firsts


_ASKS_HOW = re.compile(r"\b(?:hur|var|vart|nar)\s+(?:ansoker|soker|anmaler|gor|far|bokar|kontaktar|"
                       r"vander)\s+(?:man|jag|vi|hon|han)\b|\bkan\s+(?:man|jag|vi)\s+(?:fa|ansoka|"
                       r"soka|boka)\b")
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


# Per account (by identity) and per token (folded form, with its key): whether it starts like a
# place of the account, is one of the account's topics, how many long service stems it holds,
# whether it is a short service word, whether it starts with a one-word place (so the places
# pattern surely matches), and whether it is a weak word of local life; packed as
# `_M_PLACE | _M_TOPIC | _M_SHORT | _M_SURE | _M_WEAK | stems << 5`.
_M_PLACE, _M_TOPIC, _M_SHORT, _M_SURE, _M_WEAK = 1, 2, 4, 8, 16
_FACTS: dict[int, _AccountFacts] = {}
# Inflections a short service word takes ("hamn" -> "hamnen", "torg" -> "torget", "by" -> "byn").
_ENDINGS = ("arnas", "ernas", "arna", "erna", "ens", "ets", "en", "et", "ar", "er", "or", "na",
            "n", "t", "s")


def _short_hit(key: str, words: frozenset[str]) -> bool:
    if key in words:
        return True
    for e in _ENDINGS:
        if key.endswith(e) and len(key) - len(e) >= 3 and key[:-len(e)] in words:
            return True
    return False


@dataclass(slots=True)
class _AccountFacts:
    acct: AccountConfig
    places: tuple[re.Pattern[str], tuple[str, ...]] | None  # see `_places_re`
    firsts: tuple[str, ...] | None  # the places' first words, if each has a letter
    singles: tuple[str, ...]  # the places that are one `\\w+` word
    words: dict[str, tuple[str, int]]  # folded token -> (its key, its packed facts)
    chunks: dict[str, int]  # word as written -> its facts as `_summable` counts


def _facts_of(acct: AccountConfig) -> _AccountFacts:
    entry = _FACTS.get(id(acct))
    if (entry is None or entry.acct is not acct or len(entry.words) > 100_000
            or len(entry.chunks) > 100_000):
        if len(_FACTS) > 64:
            _FACTS.clear()
        places = _places_re(acct.places)
        firsts = places[1] if places is not None and _lettered(places[1]) else None
        singles = tuple(p for p in acct.places if re.fullmatch(r"\w+", p))
        entry = _FACTS[id(acct)] = _AccountFacts(acct, places, firsts, singles, {}, {})
    return entry


def _word_facts(folded: str, key: str, acct: AccountConfig, rec: _AccountFacts) -> int:
    v = _vocab()
    m = 0
    pieces = _PIECE.findall(folded)
    if rec.firsts is not None and any(w.startswith(rec.firsts) for w in pieces):
        m |= _M_PLACE
        if rec.singles and any(w.startswith(rec.singles) for w in pieces):
            m |= _M_SURE  # `\b` + the place + `\w*` matches where this word starts
    if acct.topics and " " not in folded and key in acct.topics:
        m |= _M_TOPIC
    if _short_hit(key, v.short) or key in acct.services:
        m |= _M_SHORT
    stems = len(v.long_stems.findall(folded))
    if not stems and not m & _M_SHORT and (_short_hit(key, v.weak_short)
                                            or v.weak_stems.search(folded)):
        m |= _M_WEAK
    return m | stems << 5


_FIELD = (1 << 16) - 1  # a text has at most 20,000 characters: no count reaches 2**16


def _summable(m: int) -> int:
    """A word's packed facts as counts in 16-bit fields, so that a text's are one sum: topic
    words, short service words << 16, weak words << 32, long stems << 48, place-like words << 64,
    surely-a-place words << 80, words << 96."""
    return ((m >> 1 & 1) | (m >> 2 & 1) << 16 | (m >> 4 & 1) << 32 | (m >> 5) << 48
            | (m & _M_PLACE) << 64 | (m >> 3 & 1) << 80 | 1 << 96)  # and the word itself << 96


def _word_total(ctx: Context, rec: _AccountFacts) -> int | None:
    """The sum of the text's words' `_summable` facts for this account, or None (see
    `Context.word_sum`)."""
    facts, acct = rec.words, rec.acct
    get = facts.get

    def packed(t: object) -> int:
        folded, key = t.folded, t.key  # type: ignore[attr-defined]
        fk = get(folded)
        if fk is None or fk[0] != key:
            fk = facts[folded] = (key, _word_facts(folded, key, acct, rec))
        return _summable(fk[1])

    return ctx.word_sum(rec.chunks, packed)


def _evidence(ctx: Context, acct: AccountConfig, rec: _AccountFacts,
              total: int | None = None) -> tuple[int, int, int, int, int]:
    """(place bits `_M_PLACE | _M_SURE` of any word, topic words, long service stems, short
    service words, weak words) of the text's tokens, in one pass with the per-word facts
    cached."""
    facts = rec.words
    get = facts.get
    if total is not None:
        # One C-level sum over the words' packed facts (see `_summable`).
        places = (_M_PLACE if total >> 64 & _FIELD else 0) | (_M_SURE if total >> 80 & _FIELD else 0)
        return places, total & _FIELD, total >> 48 & _FIELD, total >> 16 & _FIELD, total >> 32 & _FIELD
    places = topics = stems = short = weak = 0
    for t in ctx.items:
        folded, key = t.folded, t.key
        fk = get(folded)
        if fk is None or fk[0] != key:
            fk = facts[folded] = (key, _word_facts(folded, key, acct, rec))
        m = fk[1]
        if m:
            places |= m & (_M_PLACE | _M_SURE)
            topics += m >> 1 & 1
            short += m >> 2 & 1
            weak += m >> 4 & 1
            stems += m >> 5
    return places, topics, stems, short, weak


# Another municipality's own affairs: "Göteborgs kommun", "kommunen i Uppsala", "jag bodde där".
_ELSEWHERE = re.compile(r"\s*s?\s+kommun\b|\s*s?\s+stad\b")
_ELSEWHERE_BEFORE = re.compile(r"\bkommunen\s+i\s+$|\b(?:soker|letar|flyttar|flytta|flyttat)\b"
                               r"(?:\s+\w+){0,4}\s+(?:i|till)\s+$")
_LIVED_THERE = re.compile(r"\b(?:bodde|bott|vaxte|vuxit|pluggade|flyttade|bor|jobbar)\s+"
                          r"(?:ju\s+|nu\s+|fortfarande\s+)?(?:dar|upp\s+dar|dit|dar\s+i)\b")
_COMPARE = re.compile(r"\b(?:hit|vi|oss|vår|våra|vårt|här|också|istället|hemma)\b")
_G_LIVED = gate("bodde bott vaxte vuxit pluggade flyttade bor jobbar")
_YOU = frozenset(("du", "dig", "dej", "din", "ditt", "dina"))
_F_INSULT = getattr(lexicon, "F_INSULT", 0) | getattr(lexicon, "F_INSULT_PHRASE", 0)


_SITE = re.compile(r"\b([a-z0-9-]+)\.(?:to|xyz|se|com|nu|net|io|org|cc|tv|me|app|site|online|live|"
                   r"stream|shop|store|biz|info|eu|ru|co|de|tk|ly|gg|link|club|top|pw)\b")
# Sites where people share videos and posts: a link there is chatter like any other.
_SOCIAL = frozenset(("youtube", "youtu", "facebook", "fb", "instagram", "tiktok", "spotify",
                     "netflix", "twitter", "x", "reddit", "imgur", "flickr", "pinterest", "snapchat",
                     "vimeo", "twitch", "wikipedia", "aftonbladet", "expressen", "svt", "dn",
                     "gp", "sydsvenskan", "corren"))


def _shares_a_site(f: str) -> bool:
    return any(m.group(1) not in _SOCIAL for m in _SITE.finditer(f))


def prepare(acct: AccountConfig) -> None:
    """Compile the vocabulary and this account's places pattern (see `Engine.prepare`)."""
    _vocab()
    _facts_of(acct)


def _gated(pattern: re.Pattern[str], ctx: Context, bit: int) -> re.Match[str] | None:
    return pattern.search(ctx.folded) if ctx.bits & bit else None


def detect(ctx: Context) -> list[Finding]:
    acct = ctx.account
    if not acct.off_topic:
        return []
    rec = _facts_of(acct)
    total = _word_total(ctx, rec)
    n_words = total >> 96 & _FIELD if total is not None else ctx.n_plain
    if n_words < 3:
        return []
    f = ctx.folded
    v = _vocab()
    place_like, topics, stems, short, weak = _evidence(ctx, acct, rec, total)
    if place_like & _M_SURE:
        return []  # one of the municipality's places, surely (the cheapest test: first)
    # A private-topic cue ("säljer min cykel", "hittad katt", "semester i Thailand") or another
    # town: a short post is off-topic only with one of them.
    cue = v.cue_phrases.search(f, ctx.words) if ctx.bits & _G_CUE else None
    other = _gated(v.towns, ctx, _G_TOWN)
    if not cue and (n_words < 5 or not other and n_words < 8):
        return []
    places = rec.places
    if places is not None:
        pattern, all_firsts = places
        mentioned = place_like if rec.firsts is not None else _mentions(ctx, all_firsts)
        if place_like & _M_SURE or (mentioned and pattern.search(f)):
            return []
    if v.multi_stems is not None and (_G_MULTI == -1 or ctx.bits & _G_MULTI) and v.multi_stems.search(f):
        # Stems with a space or a dash lie across tokens: count them over the whole text.
        stems = len(v.long_stems.findall(f))
    # Addressed to the municipality or about the town as the writer's own ("kan ni", "i stan");
    # or a mark of another category (trade, piracy, an insult in the thread), judged there.
    if _gated(v.local, ctx, _G_LOCAL) or _gated(v.other, ctx, _G_OTHER):
        return []
    if "." in f and _shares_a_site(f):
        return []  # a link to a shop, a stream or a download is judged as spam or piracy
    if not cue and ("@" in ctx.text or ctx.feats & _F_INSULT and not ctx.words.isdisjoint(_YOU)):
        return []  # a reply to someone in the thread, or an insult to them
    services = stems + short
    elsewhere = False
    if other and services:
        # The service words are another municipality's ("Göteborgs kommun sköter ...").
        elsewhere = bool(_ELSEWHERE.match(f, other.end())
                         or _ELSEWHERE_BEFORE.search(f, max(0, other.start() - 40), other.start())
                         or _gated(_LIVED_THERE, ctx, _G_LIVED))
    if elsewhere:
        services = max(0, services - f.count("kommun"))
    elif services and "kommun" in f:
        services += 1  # the municipality by name: one service word more is enough
    if topics or services and n_words < 8 and not elsewhere:
        return []  # a short post with a word of the municipality's is part of the conversation
    if elsewhere:
        # Another municipality's services are ours only when compared or asked about
        # ("Jönköpings kommun har infört matavfallsinsamling, kommer det hit också?").
        on_topic = bool(services and ("?" in f or _ASKS_HOW.search(f)
                                      or _COMPARE.search(ctx.text.lower())))
    elif cue:
        # With a private cue only words of the municipality's own services count, one for each
        # private subject ("Trump vinner valet i USA" is about two), unless the text asks how to
        # use the service ("min fru behöver hemtjänst, hur ansöker vi?").
        n_cues = len({m.group() for m in v.cue_phrases.finditer(f, ctx.words)}) if services else 1
        if other and not _COMPARE.search(ctx.text.lower()):
            n_cues += 1  # another town is one more private subject ("gymmet i Linköping centrum")
        # A question may leave one private subject without its service word, no more
        # ("tappade min mobil på bussen, vart vänder jag mig?").
        on_topic = services >= n_cues or bool(services and services + 1 >= n_cues
                                              and ("?" in f or _ASKS_HOW.search(f)))
    elif other:
        # Another town with a service word or with "här", "vi", "hit" compares ("i Linköping
        # har de gratis parkering", "varför får Norrköping allt och inte vi?").
        on_topic = services >= 1 or bool(_COMPARE.search(ctx.text.lower()))
    else:
        on_topic = services + weak >= 1 or bool(ctx.n_digits > 4)
    if on_topic:
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
    if other:
        score += 0.1
        reasons.append(f"handlar om en annan ort ({ctx.text[other.start():other.end()]})")
    return [Finding("off_topic", 0, len(ctx.text), "off_topic:gazetteer", min(score, 0.9),
                    "Inlägget verkar inte handla om kommunen: " + "; ".join(reasons))]
