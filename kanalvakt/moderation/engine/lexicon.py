"""Lexicon matching robust to obfuscation and inflection, the offensive detector, and the word
lists and target finding that the personal-attack detector (`attacks`) builds on.

Terms are compiled to de-obfuscated keys (see `text.key_of`). A token matches a term by its own
key, by the key of its lemma, or as part of a compound ("idiotpolitiker", "invandrarpack").
Multi-word phrases are matched on the folded text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from kanalvakt.moderation.engine.config import DATA
from kanalvakt.moderation.engine.context import Context
from kanalvakt.moderation.engine.gates import feature, rarest
from kanalvakt.moderation.engine.lemmas import heads, may_matter
from kanalvakt.moderation.engine.results import Finding
from kanalvakt.moderation.engine.text import (
    FirstWordIndex,
    Token,
    first_chars,
    fold,
    key_of,
    lemma_key,
)

# Inflection endings that may follow a compound's last part: "pk-idioterna", "gatuhororna".
_INFL = r"(?:e|en|er|erna|ers|ens|ar|arna|or|orna|n|na|s|et|ets|t|rna|ns|a)?"
_INFL_ENDINGS = ("", "e", "en", "er", "erna", "ers", "ens", "ar", "arna", "or", "orna", "n", "na", "s",
                 "et", "ets", "t", "rna", "ns", "a")  # the alternatives of `_INFL`
_COMPOUND_ENDINGS = ("", "et", "en", "na", "n", "ar", "arna", "er", "erna", "s")
_MASK_ENDINGS = ("na", "rna", "erna", "arna", "en", "er", "ar", "n")
_MIN_STEM = 4  # shorter stems would match inside too many ordinary words


_UNSEEN = object()  # a word not yet in a lexicon's cache (None is a cached "no match")


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    group: str
    score: float
    surface: str


class Lexicon:
    """A compiled set of terms, each belonging to a group with a score."""

    def __init__(self, groups: dict[str, tuple[float, list[str]]], exceptions: set[str],
                 hyphen_heads: bool = False):
        # `hyphen_heads`: a hyphenated word whose first part is a term ("m0ngo-lösning",
        # "blatte-musik") matches as that term.
        self.hyphen_heads = hyphen_heads
        self.exact: dict[str, str] = {}  # key -> group (also via lemma)
        self.exact_only: dict[str, str] = {}  # key -> group (never via lemma)
        self.scores: dict[str, float] = {}
        self.phrases: dict[str, str] = {}
        self._cache: dict[str, str | None] = {}
        prefix: dict[str, str] = {}
        suffix: dict[str, str] = {}
        for group, (score, terms) in groups.items():
            self.scores[group] = score
            for raw in terms:
                term = fold(str(raw)).strip()
                if " " in term:
                    self.phrases[term] = group
                    continue
                only = term.startswith("=")
                pre, suf = term.endswith("*"), term.startswith("*")
                k = key_of(term.strip("=*"))
                if not k:
                    continue
                (self.exact_only if only else self.exact)[k] = group
                if len(k) >= _MIN_STEM:
                    if pre:
                        prefix[k] = group
                    if suf:
                        suffix[k] = group
        # "=höra": that word as written (lower case, diacritics kept); "~löser": any word
        # containing it. For ordinary words whose key is a term's key ("höra" -> "hora").
        self.exceptions = {key_of(fold(e)) for e in exceptions if e[:1] not in "=~"}
        self.lower_exact = frozenset(e[1:].lower() for e in exceptions if e.startswith("="))
        self.lower_parts = tuple(e[1:].lower() for e in exceptions if e.startswith("~"))
        # One search for all of them (a new word is tested against every lexicon).
        self._parts = (re.compile("|".join(re.escape(p) for p in self.lower_parts)).search
                       if self.lower_parts else None)
        self.prefix = prefix
        self.suffix = suffix
        alt = lambda d: "|".join(sorted((re.escape(k) for k in d), key=len, reverse=True))  # noqa: E731
        self._prefix_re = re.compile(f"^(?:{alt(prefix)})") if prefix else None
        self._suffix_re = re.compile(f"(?:{alt(suffix)}){_INFL}$") if suffix else None
        # The words `_suffix_re` matches whole: a key matches it at position i exactly when
        # key[i:] is one of them, so the leftmost match is found with a few set look-ups.
        self._suffix_forms = frozenset(k + e for k in suffix for e in _INFL_ENDINGS)
        self._suffix_min = min((len(f) for f in self._suffix_forms), default=0)
        if self.phrases:
            parts = sorted(self.phrases, key=len, reverse=True)
            body = "|".join(r"\W+".join(re.escape(w) for w in p.split()) for p in parts)
            self._phrase_re: re.Pattern[str] | None = re.compile(
                first_chars(body) + rf"(?<!\w)(?:{body})(?!\w)")
            firsts = [re.match(r"\w+", p) for p in parts]
            # The same matches, by first word, when every phrase starts with a word.
            self._phrase_index = FirstWordIndex(
                [(m.group(), r"\W+".join(re.escape(w) for w in p.split()))
                 for m, p in zip(firsts, parts, strict=True) if m],
                lambda alt: re.compile(first_chars(alt) + rf"(?<!\w)(?:{alt})(?!\w)"),
            ) if all(firsts) else None
        else:
            self._phrase_re = None
            self._phrase_index = None
        self.phrase_words = gate_words(self.phrases)
        self._heads = heads(self.exact)

    def add_compounds(self, group: str, score: float, stems: list[str], tails: list[str]) -> None:
        """Register every stem+tail compound ("invandrar"+"pack") as one exact key."""
        self.scores[group] = score
        for s in stems:
            for t in tails:
                for end in _COMPOUND_ENDINGS:  # "invandrarpack", "-packet", "-jävlarna"
                    self.exact[key_of(fold(s)) + key_of(fold(t) + end)] = group
                    self.exact[key_of(fold(s) + fold(t) + end)] = group
        self._heads = heads(self.exact)

    def match_key(self, key: str, lower: str) -> str | None:
        # Comments repeat the same words; the answer for a word never changes, so cache it.
        # The key is a function of the lower-case word (`key_of(fold(lower))`), so the word
        # alone is the cache key.
        g = self._cache.get(lower, _UNSEEN)
        if g is not _UNSEEN:
            return g  # type: ignore[return-value]
        if len(self._cache) > 200_000:
            self._cache.clear()
        g = self._match_key(key, lower)
        self._cache[lower] = g
        return g

    def _match_key(self, key: str, lower: str) -> str | None:
        if key in self.exceptions or lower in self.lower_exact:
            return None
        if self._parts is not None and self._parts(lower):
            return None
        g = self.exact.get(key) or self.exact_only.get(key)
        if g:
            return g
        # Lemmatising is the costliest step for a new word; `may_matter` tells when it can help.
        lk = lemma_key(lower) if lower.isalpha() and may_matter(key, lower, self._heads) else ""
        if lk and lk not in self.exceptions:
            g = self.exact.get(lk)
            if g:
                return g
        if "*" in lower.strip("*"):
            g = self._masked(lower)
            if g:
                return g
        if self.hyphen_heads and "-" in lower:
            head = key_of(fold(lower.split("-", 1)[0]))
            g = self.exact.get(head) if head not in self.exceptions else None
            # A short head ("bög-", "kuk-") only when the word is a slur whatever it means
            # otherwise: "bog-propellern" is a ship's part.
            if g and (len(head) >= _MIN_STEM or len(head) == 3 and self.scores[g] >= 0.75):
                return g
        if len(key) > _MIN_STEM:
            if self._suffix_forms:
                forms = self._suffix_forms
                for i in range(len(key) - self._suffix_min + 1):
                    if key[i:] in forms:
                        stem = key[i:]
                        for k, grp in self.suffix.items():
                            if stem.startswith(k):
                                return grp
            if self._prefix_re is not None:
                m = self._prefix_re.match(key)
                if m and len(key) >= m.end() + 3:
                    return self.prefix[m.group()]
        return None

    def _masked(self, lower: str) -> str | None:
        """A word with letters starred out ("id*ot", "f**ta"): the group of a lexicon key it can
        be, each run of stars standing for one to that many letters. Rare, and cached per word
        by `match_key`."""
        parts = re.split(r"(\*+)", fold(lower).strip("*"))
        letters = "".join(p for p in parts if not p.startswith("*"))
        if len(key_of(letters)) < 3:
            return None
        body = "".join(f".{{1,{len(p)}}}" if p.startswith("*") else re.escape(key_of(p))
                       for p in parts)
        pat = re.compile(body)
        found = {g for k, g in (*self.exact.items(), *self.exact_only.items())
                 if len(k) >= 4 and pat.fullmatch(k)}
        if not found:  # "n****rna": a starred stem with an inflection ending
            found = {g for k, g in self.exact.items()
                     if len(k) >= 4 and any(pat.fullmatch(k + e) for e in _MASK_ENDINGS)}
        # Every key is a word of the lexicon: any of them will do; take the surest group.
        return max(found, key=lambda g: (self.scores.get(g, 0.0), g)) if found else None

    def find(self, ctx: Context, extra: frozenset[str] = frozenset(),
             extra_group: str = "", skip: frozenset[str] = frozenset(),
             word_feature: int = -1, phrase_feature: int = -1) -> list[Hit]:
        """Hits in the text. `word_feature` and `phrase_feature` are the word features (see
        `gates.feature`) without which no token, or no phrase, of this lexicon can match."""
        hits: list[Hit] = []
        cache = self._cache
        feats = ctx.feats
        if extra or word_feature == -1:
            toks = ctx.tokens
        else:
            # Only the tokens that can match (their word feature says so) are looked at.
            toks = ctx.tokens_with(word_feature) if feats & word_feature else ()
        for t in toks:
            if skip and (t.key in skip or t.folded in skip):
                continue
            g = cache[t.lower] if t.lower in cache else self.match_key(t.key, t.lower)
            if g is None and extra and (t.key in extra or t.folded in extra):
                g = extra_group
            if g is not None:
                hits.append(Hit(t.start, t.end, g, self.scores.get(g, 0.8), ctx.text[t.start:t.end]))
        if self._phrase_re is not None and feats & phrase_feature:
            for m in (self._phrase_index.finditer(ctx.folded, ctx.words)
                      if self._phrase_index is not None else self._phrase_re.finditer(ctx.folded)):
                g = self.phrases[" ".join(m.group().split())] if " ".join(
                    m.group().split()) in self.phrases else self._phrase_group(m.group())
                hits.append(Hit(m.start(), m.end(), g, self.scores.get(g, 0.8), ctx.text[m.start():m.end()]))
        return hits

    def _phrase_group(self, s: str) -> str:
        norm = " ".join(re.findall(r"\w+", s))
        return self.phrases.get(norm, next(iter(self.phrases.values())))


def gate_words(phrases: object) -> frozenset[str] | None:
    """The rarest `\\w+` word of each phrase (see `gates.rarest`): a text that matches the
    phrase (with `\\b` or `(?<!\\w)` before it and `(?!\\w)` after, non-word characters
    between its words) has each of its `\\w+` words as a whole word, so the rarest one will
    do. None when some phrase has no word character at all."""
    out = set()
    for p in phrases:  # type: ignore[attr-defined]
        words = re.findall(r"\w+", p)
        if not words:
            return None
        out.add(rarest(words))
    return frozenset(out)


def _has_word(words: frozenset[str] | None, folded: str) -> bool:
    if words is None:
        return True
    if folded.isalnum():  # one `\w+` word (most words)
        return folded in words
    return any(w in words for w in _WORDS(folded))


_WORDS = re.compile(r"\w+").findall


def _load(name: str) -> dict[str, Any]:
    with open(DATA / "lexicons" / name, encoding="utf-8") as f:
        return yaml.safe_load(f)


@lru_cache(maxsize=1)
def offensive_lexicon() -> tuple[Lexicon, dict[str, str]]:
    raw = _load("offensive.yaml")
    groups: dict[str, tuple[float, list[str]]] = {}
    explanations: dict[str, str] = {}
    compounds = None
    for name, g in raw["groups"].items():
        explanations[name] = g["explanation"]
        if "stems" in g:
            compounds = (name, float(g["score"]), g["stems"], g["tails"])
            continue
        groups[name] = (float(g["score"]), g["terms"])
    lex = Lexicon(groups, set(raw.get("exceptions") or []), hyphen_heads=True)
    if compounds:
        lex.add_compounds(*compounds)
    return lex, explanations


@lru_cache(maxsize=1)
def group_lexicons() -> tuple[Lexicon, Lexicon]:
    """Words for a group of people ("muslimer", "invandrarna") and dehumanising words
    ("parasiter", "inte människor"): both in one sentence make a degrading generalisation."""
    raw = _load("offensive.yaml")["generalisation"]
    return (Lexicon({"group": (0.85, raw["groups"])}, set(raw.get("group_exceptions") or [])),
            Lexicon({"dehumanising": (0.85, raw["dehumanising"])},
                    set(raw.get("dehumanising_exceptions") or [])))


@dataclass(slots=True)
class AttackWords:
    lexicon: Lexicon
    adjectives: frozenset[str]
    adjective_phrases: re.Pattern[str]
    second: frozenset[str]
    third: frozenset[str]
    staff: frozenset[str]
    profanity: frozenset[str]
    names: frozenset[str]
    adjective_words: frozenset[str] | None
    roles: Lexicon  # staff and other people by role, with compounds ("miljöchefen")
    persons: frozenset[str]  # nouns for a person ("gubben", "typen"): a target like "han"
    subjects_thing: frozenset[str]  # subjects that make "X är ..." about a thing or oneself
    mockery: re.Pattern[str]  # "ser ut som en blöt potatis", "tjock som en val"
    mockery_nouns: frozenset[str]


@lru_cache(maxsize=1)
def attack_words() -> AttackWords:
    raw = _load("attack.yaml")
    lex = Lexicon(
        {"insult": (float(raw["insults"]["score"]), raw["insults"]["terms"]),
         "phrase": (float(raw["phrases"]["score"]), raw["phrases"]["terms"]),
         "vulgar": (float(raw["vulgar"]["score"]), raw["vulgar"]["terms"])},
        set(raw.get("exceptions") or []),
    )
    adj_single = [a for a in raw["adjectives"]["terms"] if " " not in a]
    adj_multi = [a for a in raw["adjectives"]["terms"] if " " in a]
    names_path: Path = DATA / "names-first.txt"
    names = frozenset(
        fold(line.strip()) for line in names_path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    adj_body = "|".join(re.escape(fold(a)) for a in adj_multi)
    mock = sorted(raw["mockery_nouns"], key=len, reverse=True)
    return AttackWords(
        lexicon=lex,
        adjectives=frozenset(key_of(fold(a)) for a in adj_single),
        adjective_phrases=re.compile(first_chars(adj_body) + r"\b(?:" + adj_body + r")\b"),
        second=frozenset(fold(w) for w in raw["second_person"]),
        third=frozenset(fold(w) for w in raw["third_person"]),
        staff=frozenset(key_of(fold(w)) for w in raw["staff"]),
        profanity=frozenset(key_of(fold(w)) for w in raw["profanity"]),
        names=names,
        adjective_words=gate_words([fold(a) for a in adj_multi]),
        roles=Lexicon({"role": (0.95, raw["roles"])}, set(raw.get("role_exceptions") or [])),
        persons=frozenset(key_of(fold(w)) for w in raw["persons"]),
        subjects_thing=frozenset(fold(w) for w in raw["subjects_thing"]),
        mockery=re.compile(
            r"\b(?:ser\s+ut\s+som|(?:tjock|fet|ful|dum|korkad|trog)\s+som|luktar\s+som|"
            r"beter\s+(?:dig|sig|er)\s+som|later\s+som)\s+(?:en|ett)\s+(?:\w+\s+){0,2}?(?:"
            + "|".join(re.escape(fold(n)) for n in mock) + r")\b"),
        mockery_nouns=frozenset(fold(n) for n in mock),
    )


# Word features (see `gates.feature`): computed once per distinct word, so that a text with no
# lexicon word skips the lexicons' loops and phrase patterns altogether.
F_OFFENSIVE = feature(lambda f, lower, k: k != "" and offensive_lexicon()[0].match_key(k, lower)
                      is not None)
F_OFFENSIVE_PHRASE = feature(lambda f, lower, k: _has_word(offensive_lexicon()[0].phrase_words, f))
F_INSULT = feature(lambda f, lower, k: k != "" and attack_words().lexicon.match_key(k, lower)
                   is not None)
F_INSULT_PHRASE = feature(lambda f, lower, k: _has_word(attack_words().lexicon.phrase_words, f))
F_ADJECTIVE = feature(lambda f, lower, k: k in attack_words().adjectives)
F_ADJECTIVE_PHRASE = feature(lambda f, lower, k: _has_word(attack_words().adjective_words, f))
F_GROUP = feature(lambda f, lower, k: k != "" and group_lexicons()[0].match_key(k, lower)
                  is not None)
F_DEHUMAN = feature(lambda f, lower, k: k != "" and group_lexicons()[1].match_key(k, lower)
                    is not None)
F_DEHUMAN_PHRASE = feature(lambda f, lower, k: _has_word(group_lexicons()[1].phrase_words, f))
_CURSES = frozenset("javla jakla djavla forbannade satans fucking ackliga smutsiga vidriga "
                    "skitiga lortiga".split())
F_GROUP_CURSE = feature(lambda f, lower, k: f in _CURSES)  # the words of `_GROUP_CURSE`
F_MOCKERY = feature(lambda f, lower, k: f in attack_words().mockery_nouns)
# Animal words that call a person fat or ugly ("den där suggan", "en fet kossa", "vilken val"):
# the strong ones need a pointer or a determiner, the weak ones ("val", "ko") also a body word.
_ANIMAL_STRONG = frozenset("kossa kossan sugga suggan valross valrossen flodhast flodhasten".split())
_ANIMAL_WEAK = frozenset("ko kon val valen gris grisen elefant elefanten".split())
F_ANIMAL = feature(lambda f, lower, k: f in _ANIMAL_STRONG or f in _ANIMAL_WEAK)
_BODY_ADJ = r"(?:fet|feta|fett|tjock|tjocka|ful|fula|acklig|ackliga|stor|stora|javla|jakla)"
_ANIMAL = re.compile(
    r"\b(?:(?:den|din|en|som\s+en|vilken|jakla|javla)\s+(?:(?:dar|har|riktig|jakla|javla|"
    + _BODY_ADJ[3:-1] + r")\s+){0,2}(?:" + "|".join(sorted(_ANIMAL_STRONG)) + r")"
    r"|(?:en\s+|din\s+|den\s+(?:dar|har)\s+)?(?:riktig\s+)?(?:fet|feta|tjock|tjocka)\s+"
    r"(?:" + "|".join(sorted(_ANIMAL_WEAK)) + r")|vilken\s+(?:" + "|".join(sorted(_ANIMAL_WEAK))
    + r"))\b")
# The diagnosis as an insult ("pratar som en autist", "är du störd", "har du nån diagnos",
# "glömt ta din medicin"), gated on its rare word.
_DIAGNOSIS_WORDS = frozenset("autist autisten stord storda diagnos diagnosen medicin mediciner "
                             "medicinen mongo cp spastiker cpbarn".split())
F_DIAGNOSIS = feature(lambda f, lower, k: f in _DIAGNOSIS_WORDS)
_DIAGNOSIS = re.compile(
    r"\b(?:som\s+en\s+(?:(?:javla|jakla|riktig|total)\s+)?(?:autist|mongo|cp|spastiker)|"
    r"(?:din|jakla|javla)\s+(?:lilla\s+)?autist|(?:du|ni|han|hon)\s+(?:ar|e)\s+(?:ju\s+)?stord|"
    r"(?:ar|e)\s+(?:du|ni|han|hon)\s+(?:helt\s+)?stord|"
    r"(?:har|hade)\s+(?:du|ni|han|hon)\s+(?:nan|nagon|ngn|en)\s+diagnos|vilken\s+diagnos\s+har|"
    r"(?:glomt|glomde|glomma)\s+(?:att\s+)?ta\s+(?:din|dina|sin|sina)\s+medicin)").search
# "ett lat as", "lata as", "ett jävla as": "as" (carcass) for a person.
F_AS = feature(lambda f, lower, k: f == "as")
_AS_ADJ = r"(?:javla|jakla|lat|latt|uselt|fegt|lamt|fett|fult|ackligt|ruttet|ruttna)\s+"
_AS = re.compile(r"\b(?:(?:ett|ditt|lata|era)\s+(?:" + _AS_ADJ + r"){0,2}|en\s+(?:" + _AS_ADJ
                 + r"){1,2})as\b").search
_F_OFFENSIVE_ANY = F_OFFENSIVE | F_OFFENSIVE_PHRASE
_F_ATTACK_ANY = F_INSULT | F_INSULT_PHRASE | F_ADJECTIVE | F_ADJECTIVE_PHRASE | F_MOCKERY


_GROUP_CURSE = re.compile(r"\b(?:javla|jakla|djavla|forbannade|satans|fucking|ackliga|"
                          r"smutsiga|vidriga|skitiga|lortiga)\s+$").search
_THEY = re.compile(r"\b(?:de|dom)\s+(?:ar|e|blir)\b").search
_EGGPLANT, _SEXUAL_EMOJI = "\U0001f346", ("\U0001f4a6", "\U0001f351", "\U0001f445")


def _generalisations(ctx: Context) -> list[Finding]:
    """"Muslimer är kackerlackor", "afghaner är inte människor": a group of people and a
    dehumanising word in one sentence (or the dehumanising word as a sentence of its own)."""
    groups, dehuman = group_lexicons()
    found = groups.find(ctx, word_feature=F_GROUP)
    if not found:
        return []
    out: list[Finding] = []
    for g in found:
        # "jävla invandrare", "äckliga muslimer": a curse or a disgust word on the group itself.
        m = _GROUP_CURSE(ctx.folded[max(0, g.start - 20):g.start])
        if m:
            s = g.start - len(m.group())
            return [Finding("offensive", s, g.end, "lexicon:generalisation", 0.8,
                            f"Nedsättande uttryck om en folkgrupp: ”{ctx.text[s:g.end]}”")]
    for d in dehuman.find(ctx, word_feature=F_DEHUMAN, phrase_feature=F_DEHUMAN_PHRASE):
        ss, se = ctx.sentence(d.start)
        alone = len(_WORDS(ctx.folded[ss:se])) <= 3
        they = _THEY(ctx.folded[ss:se]) is not None  # "somalier ... De är ju bara parasiter"
        for g in found:
            if alone or ss <= g.start < se or (they and d.start - 200 < g.start < ss):
                s, e = min(g.start, d.start), max(g.end, d.end)
                out.append(Finding("offensive", s, e, "lexicon:generalisation", 0.85,
                                   "Nedvärderande generalisering om en folkgrupp: "
                                   f"”{ctx.text[s:e]}”"))
                return out
    return out


def _animal_insults(ctx: Context) -> list[tuple[int, int, float, str]]:
    """"den där suggan på miljökontoret", "hon är en fet kossa", "vilken val 🐋 hon": an animal
    word for a person, with the person it is aimed at (a name, a role, a pronoun, the reader)."""
    out = []
    for m in _ANIMAL.finditer(ctx.folded):
        strength, who = _targets(ctx, attack_words(), m.start(), m.end())
        if m.group().startswith("din "):
            strength, who = 1.0, "mottagaren"
        elif strength < 0.8 and m.group().startswith("den ") and m.group().endswith("an"):
            strength, who = 0.8, "den som åsyftas"  # "den där suggan", not "den där kon"
        if strength >= 0.8:
            out.append((m.start(), m.end(), strength, who))
    return out


# "de här kackerlackorna", "dom där parasiterna", "those rats": a dehumanising word pointed at
# people, a group in all but name.
_POINTED_GROUP = re.compile(r"\b(?:(?:de|dom)\s+(?:har|dar)|dessa|those|these|all\s+those)"
                            r"\s+(?:\w+\s+)?$").search
_ECHO = re.compile(r"\({3}\s*\w+\s*\){3}|(?<!\d)(?<!\d )14[ /]?88(?! ?\d)").search  # "(((de)))", "1488"


def _pointed_groups(ctx: Context) -> list[Finding]:
    for d in group_lexicons()[1].find(ctx, word_feature=F_DEHUMAN):
        if _POINTED_GROUP(ctx.folded[max(0, d.start - 25):d.start]):
            return [Finding("offensive", d.start, d.end, "lexicon:generalisation", 0.85,
                            f"Avhumaniserande ord om en grupp människor: ”{d.surface}”")]
    return []


# "judarna styr världen", "alla judar kontrollerar medierna", "de styr allt med sina pengar":
# the conspiracy trope, whatever the words between; not when the writer reports the myth ("nazisterna påstod att judarna styr").
_JEW_WORDS = frozenset("jude juden judar judarna judarnas judiska judisk sionist sionister "
                       "sionisterna zionister jews".split())
F_JEW = feature(lambda f, lower, k: f in _JEW_WORDS)
_CONSPIRACY = re.compile(
    r"\b(?:jude|juden|judar|judarna|judarnas|judiska|sionister|sionisterna|zionister|jews)\b"
    r"(?:\W+\w+){0,8}?\W+(?:styr|kontrollerar|ager|manipulerar|ligger\s+bakom|ar\s+bakom|"
    r"e\s+bakom|control|controls|own|owns|run|runs)\b(?:\W+\w+){0,4}?\W+(?:med\s+sina\s+pengar|"
    r"media|medierna|median|bankerna|pengarna|varlden|ekonomin|regeringen|politiken|"
    r"politikerna|sverige|hollywood|everything|the\s+media|the\s+banks|the\s+world)\b").search
_REPORTED_MYTH = re.compile(r"\b(?:pastod|pastar|pastas|myten|konspirationsteori\w*|"
                            r"antisemitisk\w*|propaganda)\b").search
# "tjejer ska inte få köra buss", "hbtq-folk borde inte få jobba på förskolorna", "kurdiska
# barn borde inte få gå i samma klass": a group of people to be kept out of work, school or a
# right. Women are kept from any of these; other groups from children and school.
_EXCLUDED = re.compile(
    r"(?:\W+\w+){0,3}?\W+(?:ska|skall|borde|bor|should)\s+(?:inte|int|ej|aldrig|not)\s+"
    r"(?:fa|ha\s+ratt\s+att|be\s+allowed\s+to)\s+(?:"
    r"(?:jobba|arbeta|vara|ga|sitta|bo)\s+(?:\w+\s+){0,3}?(?:barn|barnen|ungar|ungarna|"
    r"forskol\w*|skol\w*|klass|klassen|dagis|fritids)"
    r"|(?P<women>kora|rosta|bestamma|styra|leda|sitta|jobba|arbeta|vara\s+chefer?|bli\s+chefer?|"
    r"vara\s+politiker|ha\s+asikter|ha\s+rostratt|drive|vote))\b"
    # "tjejer kan inte köra", "kvinnor klarar inte av att leda": what women supposedly cannot do
    r"|(?:\W+\w+){0,2}?\W+(?:kan|klarar)\s+(?:inte|int|ej|aldrig)\s+(?:av\s+)?(?:att\s+)?"
    r"(?P<women_can>kora|parkera|rakna|leda|styra|bestamma|tanka|backa|grilla|programmera)\b").match
# Substrings every match of `_EXCLUDED` has (a cheap test before the tokens are made).
_EXCLUDED_CUES = ("inte fa ", "int fa ", "ej fa ", "aldrig fa ", " ratt att ", "not be allowed",
                  "kan inte ", "kan int ", "kan aldrig ", "klarar inte ", "klarar int ")
_WOMEN = frozenset("kvinnor kvinnorna tjejer tjejerna brudar fruntimmer kvinnfolk".split())


def _excluded_groups(ctx: Context) -> list[Finding]:
    for g in group_lexicons()[0].find(ctx, word_feature=F_GROUP):
        m = _EXCLUDED(ctx.folded, g.end)
        if m and (m.group("women") is None and m.group("women_can") is None
                  or fold(g.surface) in _WOMEN):
            s, e = g.start, m.end()
            return [Finding("offensive", s, e, "lexicon:generalisation", 0.8,
                            f"Nedvärderande generalisering om en grupp människor: ”{ctx.text[s:e]}”")]
    return []


# "åk tillbaka till djungeln", "back to the jungle", "upp i trädet igen": said to a person, the
# jungle or the tree calls them an ape. Gated on the rare word (a phrase would open on "tillbaka").
F_JUNGLE = feature(lambda f, lower, k: f in ("djungeln", "djungel", "jungle", "tradet"))
_JUNGLE = re.compile(r"\b(?:tillbaka|hem|ak|dra|back|go)\s+(?:\w+\s+){0,2}?(?:till|to)\s+(?:the\s+)?"
                     r"(?:djungeln|jungle|tradet)\b|\bupp\s+i\s+tradet\s+igen\b").search


def detect_offensive(ctx: Context) -> list[Finding]:
    acct = ctx.account
    out: list[Finding] = []
    if ctx.feats & F_GROUP and ctx.feats & (F_DEHUMAN | F_DEHUMAN_PHRASE | F_GROUP_CURSE):
        out += _generalisations(ctx)
    if not out and ctx.feats & F_DEHUMAN:
        out += _pointed_groups(ctx)
    if not out and ctx.feats & F_GROUP and any(c in ctx.folded for c in _EXCLUDED_CUES):
        out += _excluded_groups(ctx)
    if ctx.feats & F_JUNGLE and (m := _JUNGLE(ctx.folded)):
        out.append(Finding("offensive", m.start(), m.end(), "lexicon:hate_phrase", 0.85,
                           f"Rasistiskt uttryck: ”{ctx.text[m.start():m.end()]}”"))
    if ctx.feats & F_JEW and (m := _CONSPIRACY(ctx.folded)) and not _REPORTED_MYTH(ctx.folded):
        out.append(Finding("offensive", m.start(), m.end(), "lexicon:hate_phrase", 0.85,
                           f"Antisemitisk konspirationsmyt: ”{ctx.text[m.start():m.end()]}”"))
    if ctx.feats & F_ANIMAL:
        for s, e, _, _who in _animal_insults(ctx):
            out.append(Finding("offensive", s, e, "lexicon:body_shaming", 0.8,
                               f"Grovt nedsättande om någons kropp: ”{ctx.text[s:e]}”"))
    if ctx.feats & F_DIAGNOSIS and (m := _DIAGNOSIS(ctx.folded)):
        out.append(Finding("offensive", m.start(), m.end(), "lexicon:ableist_phrase", 0.75,
                           f"Nedsättande uttryck om funktionsnedsättning: ”{ctx.text[m.start():m.end()]}”"))
    if ("(((" in ctx.text or "88" in ctx.text) and (m := _ECHO(ctx.text)):
        out.append(Finding("offensive", m.start(), m.end(), "lexicon:hate_phrase", 0.85,
                           f"Kodad hatsymbol: ”{m.group()}”"))
    if _EGGPLANT in ctx.text and any(e in ctx.text for e in _SEXUAL_EMOJI):
        i = ctx.text.index(_EGGPLANT)
        out.append(Finding("offensive", i, i + 1, "lexicon:vulgar_emoji", 0.8,
                           "Sexuellt anspelande emojier"))
    if not ctx.feats & _F_OFFENSIVE_ANY and "offensive" not in acct.lexicon_add:
        _LAST[0], _LAST[1] = ctx, out
        return out  # no word or phrase of the lexicon, and no account additions
    lex, expl = offensive_lexicon()
    for h in lex.find(ctx, acct.lexicon_add.get("offensive", frozenset()), "custom",
                      acct.lexicon_except, F_OFFENSIVE, F_OFFENSIVE_PHRASE):
        explanation = expl.get(h.group, "Ord som kommunen har listat som stötande")
        out.append(Finding("offensive", h.start, h.end, f"lexicon:{h.group}", h.score,
                           f"{explanation}: ”{h.surface}”"))
    _LAST[0], _LAST[1] = ctx, out
    return out


# The offensive findings of the last context (the engine runs `detect_attacks` right after
# `detect_offensive` on the same context): a slur aimed at someone is also an attack.
_LAST: list[Any] = [None, []]


_CAP_WORD = re.compile(r"(?<![\w@])[A-ZÅÄÖ][a-zåäöéü]{1,}")
_MENTION = re.compile(r"@\w{2,}")
# A family name by its common Swedish endings ("Berglund", "Lindqvist", "Sandén"), also in the
# genitive ("Lindholms").
SURNAME = re.compile(r"(?<![\w@])[A-ZÅÄÖ][a-zåäöéü]+(?:sson|son|berg|ström|qvist|kvist|lund|gren|"
                     r"blad|dahl|holm|strand|ander|ius|lin|én|borg|stedt|feldt|felt|gård|mark|"
                     r"wall|bäck|sjö|fors)s?\b")
_NAME_WORD = re.compile(r"(?<![\w@])([A-ZÅÄÖ][a-zåäöéü]+?)s?\b")


def is_place(word: str, places: frozenset[str]) -> bool:
    """Whether a capitalised word (or its genitive) is one of the municipality's places."""
    folded = fold(word)
    return folded in places or folded.removesuffix("s") in places


def names_someone(text: str, places: frozenset[str]) -> bool:
    """Whether `text` names someone: a first name (also in the genitive, "Annikas") or a family
    name that is not one of the municipality's places ("Hedmark och Lind", not "Borensberg")."""
    names = attack_words().names
    return (any(fold(m.group(1)) in names for m in _NAME_WORD.finditer(text))
            or any(not is_place(m.group(), places) for m in SURNAME.finditer(text)))


def _targets(ctx: Context, words: AttackWords, s: int, e: int,
             whole: bool = False, second: bool = True) -> tuple[float, str]:
    """How clearly the sentence around [s, e) (or the whole text) is aimed at a person, and at
    whom. `second=False`: the second person does not count."""
    if whole:
        lo, hi = 0, len(ctx.text)
    else:
        ss, se = ctx.sentence(s)
        lo, hi = max(ss, s - 60), min(se, e + 60)
    best, who = 0.0, ""
    for t in ctx.tokens:
        if t.end <= lo or t.start >= hi or (t.start >= s and t.end <= e):
            continue
        if second and t.folded in words.second:
            return 1.0, "mottagaren"
        if best < 0.95 and (t.key in words.staff
                            or words.roles.match_key(t.key, t.lower) is not None):
            best, who = 0.95, "kommunens personal eller politiker"
        elif best < 0.8 and (t.folded in words.third or t.key in words.persons):
            best, who = 0.8, "en person"
    segment = ctx.text[lo:hi]
    for m in _CAP_WORD.finditer(segment):
        if fold(m.group()) in words.names and best < 0.95:
            best, who = 0.95, f"en namngiven person ({m.group()})"
    if _MENTION.search(segment) and best < 0.95:
        best, who = 0.95, "en annan kommentator"
    return best, who


def token_set(tokens: list[Token]) -> set[str]:
    return {t.key for t in tokens}


# The personal-attack detector lives in `attacks`, which builds on this module; the engine
# calls it as `lexicon.detect_attacks`. Imported last: `attacks` imports names from here.
from kanalvakt.moderation.engine import attacks as _attacks  # noqa: E402


def detect_attacks(ctx: Context) -> list[Finding]:
    return _attacks.detect_attacks(ctx)
