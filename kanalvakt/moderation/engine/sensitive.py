"""Health, social-services and school details about an identifiable person.

Such details are both `confidential` (sekretessbelagda uppgifter in the municipality's own
records) and `personal_data`. A finding needs a sensitive term and, in the same sentence, a
reference that identifies someone other than the writer: a first name, a family name pattern,
a relation ("grannens son", "hans fru") or a person at a named place. General statements
("socialtjänsten behöver mer resurser") and the writer's own matters ("jag har ADHD") are not
findings.
"""

from __future__ import annotations

import re

from kanalvakt.moderation.engine.context import Context
from kanalvakt.moderation.engine.gates import gate, words_and_prefixes
from kanalvakt.moderation.engine.lexicon import attack_words
from kanalvakt.moderation.engine.results import INTEGRITETSINTRANG, Finding
from kanalvakt.moderation.engine.text import first_chars, fold

_HEALTH = (r"cancer\w*|tumor|diagnos\w*|adhd|add|autism\w*|asperger\w*|psykiskt sjuk\w*|psykos\w*|"
           r"schizofren\w*|bipolar\w*|depression|deprimerad\w*|missbruk\w*|missbrukare|alkoholist|"
           r"narkoman|knarkar|knarkare|sjukskriv\w*|inlagd|inlagda|psykiatri\w*|bup|hiv|aids|"
           r"demens|dement|alzheimer\w*|sjalvmordsforsok|forsokt ta livet av sig|gravid|abort\w*|"
           r"utbrand\w*|dialys|cellgift\w*|epilepsi|atastorning\w*|atstorning\w*|anorexi\w*|overdos\w*|"
           r"behandlingshem\w*|avgiftning|rattspsyk\w*|funktionsnedsattning|utvecklingsstord|"
           r"vardcentral\w*|psykakut\w*|ptsd|suicid\w*|trycksar\w*|liggsar\w*|inkontinen\w*|"
           r"blojor|parkinson\w*|stroke|diabet\w*|hjartinfarkt|morfin|fel dos|felmedicin\w*|"
           r"medicin\w*|lakemedel\w*|tbc|tuberkulos|smittad\w*|drogpaverkad|"
           r"paverkad av droger|paverkad av alkohol|paverkad av narkotika|berusad pa jobbet|"
           r"obduktion\w*|beroende\w*|sjukhus\w*|lasarett\w*|opererad\w*|palliativ\w*|avled\w*")
_SOCIAL = (r"socialtjansten|soc|socialen|orosanmal\w*|orosanmalan|lvu|lvm|omhandertag\w*|"
           r"forsorjningsstod|socialbidrag|familjehem\w*|placerad\w*|placerat|barnavardsutredning|"
           r"utredning hos soc|skyddad identitet|skyddade personuppgifter|sekretessmarkering|"
           r"kontaktforbud|hemtjanst\w*|lss|boendestod|god man|forvaltare|kvinnojour\w*|"
           r"skyddat boende|barnperspektiv|umgangesstod|vardnadstvist\w*|fosterhem\w*|"
           r"ekonomiskt bistand|utmatning|kronofogden|skulder|sarskilt boende|"
           r"personlig assistans|skyddad adress|skyddade adressen|avvikelse\w*|lex sarah|lex maria|vrakt|vrakning\w*")
_SCHOOL = (r"atgardsprogram\w*|sarskola\w*|anpassad grundskola|anpassade skolan|elevhalsa\w*|"
           r"avstangd\w*|underkand\w*|f i betyg|fatt f|betyg\w*|kurator\w*|specialpedagog\w*|"
           r"skolskoterska\w*|franvaro\w*|hemmasittare|mobbad|mobbar|mobbning|kranknings"
           r"anmal\w*|stodinsats\w*|resursskola|sarskild undervisningsgrupp|elevassistent\w*|"
           r"har en assistent|egen assistent|resursperson\w*|slagit en larare|skolplacering\w*")
_SENSITIVE = re.compile(first_chars(f"{_HEALTH}|{_SOCIAL}|{_SCHOOL}")
                        + rf"\b(?:{_HEALTH}|{_SOCIAL}|{_SCHOOL})\b")
_G_SENSITIVE = gate(*words_and_prefixes(f"{_HEALTH}|{_SOCIAL}|{_SCHOOL}"))
_KIND = [(re.compile(rf"\b(?:{_HEALTH})\b"), "hälsa"), (re.compile(rf"\b(?:{_SOCIAL})\b"),
         "socialtjänst"), (re.compile(rf"\b(?:{_SCHOOL})\b"), "skola")]

# Confidential without a person: a door, alarm or network code given out, and insider leaks
# ("en kompis på soc berättade att ...", "detta är sekretess men ...", "läckt från ...").
_SECRET_WORDS = (r"losen\w*|wifi-?losen\w*|portkod\w*|portkoden|larmkod\w*|dorrkod\w*|pinkod\w*|"
                 r"koden till|koden for|koden pa|wifi-?losenord\w*|inloggning\w*")
_SECRET = re.compile(rf"\b(?:{_SECRET_WORDS})\b(?:\W+\w+){{0,7}}?(?:\W+(?:ar|e)\W+(?:\w+\W+)?|\W*[:=]\W*)(?=\S*\d)\S+")
_G_SECRET = gate(*words_and_prefixes(_SECRET_WORDS))
_INSIDER = r"soc|socialen|socialtjansten|vardcentralen|skolan|kommunen|aldreboendet|hemtjansten|"\
           r"polisen|sjukhuset|lasarettet|forvaltningen|bun|namnden|personalen"
_LEAK_WORDS = (r"lackt|lackta|lackte|lacker|lackan|sekretess\w*|hemlig\w*|hemligstampla\w*|"
               r"kompis|bekant|kollega|polare|van|svagerska|svoger|kusin|jobbar|offentlig\w*|internt|interna|"
               r"komma")
_LEAK = re.compile(
    r"\b(?:lackt|lackta|lackte|lacker|lackan)\s+(?:fran|ur|har|info|uppgifter|dokument)\b|"
    r"\b(?:det|detta|det har)\s+(?:ar|e)\s+(?:egentligen\s+)?(?:sekretess\w*|hemlig\w*)\s+men\b|"
    r"\bsett\s+(?:de\s+)?(?:sekretessbelagd\w*|hemligstampla\w*|hemliga)\s+(?:handlingar|papper|"
    r"dokument|uppgifter|journaler)\b|"
    r"\bsekretessbelagd\w*\s+(?:del|delen|delar|delarna|handling\w*|rapport\w*|uppgift\w*|information\w*|"
    r"utredning\w*|protokoll\w*)\b|\binte\s+offentlig\w*\s+(?:an|annu)\b|"
    r"\binterna?t?\s+(?:mejl|mail|mejlet|mailet|dokument|dokumentet|papper|underlag|protokoll)\s+(?:fran|fran)\b|"
    r"\bfar\s+inte\s+komma\s+ut\b|"
    rf"\b(?:kompis|bekant|kollega|polare|van|svagerska|svoger|kusin)\s+(?:till mig\s+)?(?:pa|som jobbar pa|"
    rf"som jobbar inom|inom)\s+(?:{_INSIDER})\b(?:\W+\w+){{0,4}}?\W+(?:berattade|sa|sade|"
    r"beratta|avslojade|skvallrade)\b|"
    r"\bjag\s+jobbar\s+(?:\w+\s+){0,2}(?:pa|inom|i)\s+(?:\w+\s+){0,3}(?:och|sa)\s+(?:kan|vill|ska)\s+"
    r"(?:beratta|avsloja|saga)\b"
)
_G_LEAK = gate(*words_and_prefixes(_LEAK_WORDS))


# Someone other than the writer, identified or easy to identify.
_THIRD_PARTY = re.compile(
    r"\b(?:grannen|grannens|grannarna|grannarnas|hans|hennes|hens|deras|familjen\s+\w+|"
    r"han|hon|hen|mannen|kvinnan|killen|tjejen|pojken|flickan|eleven|elevens|barnet|"
    r"barnen|ungen|ungarna|lararen|lararens|rektorn|rektorns|mamman|pappan|sonen|dottern|"
    r"frun|maken|sambon|exet|handlaggaren|tjanstemannen|politikern|"
    r"\w+s\s+(?:son|dotter|barn|fru|man|mamma|pappa|sambo|kille|tjej))\b"
)
_FAMILY_NAME = re.compile(r"(?<!\w)[A-ZÅÄÖ][a-zåäö]+(?:sson|son|berg|ström|qvist|kvist|lund|gren|"
                          r"blad|dahl|holm|strand|ander|ius)\b")
_OWN = re.compile(r"\b(?:jag|mig|min|mitt|mina|vi|oss|var|vart|vara)\b")


_CAPITALISED = re.compile(r"(?<![\w@])[A-ZÅÄÖ][a-zåäöéü]+").finditer


def _identifies(ctx: Context, s: int, e: int, term: tuple[int, int] = (0, 0)) -> tuple[float, str]:
    """How clearly the sentence [s, e) identifies someone; the sensitive term itself at `term`
    ("Parkinson") is not a name."""
    names = attack_words().names
    for m in _CAPITALISED(ctx.text[s:e]):
        if fold(m.group()) in names:
            return 0.9, f"en namngiven person ({m.group()})"
    for m in _FAMILY_NAME.finditer(ctx.text[s:e]):
        if term[0] < s + m.end() and s + m.start() < term[1]:
            continue
        if m.start() > 0 and fold(m.group()) not in ctx.account.places:
            return 0.8, f"en person som kan identifieras ({m.group()})"
        break
    m = _THIRD_PARTY.search(ctx.folded[s:e])
    if m:
        return 0.7, "en annan person som kan identifieras"
    return 0.0, ""


def detect(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    if ctx.bits & _G_SECRET and ctx.n_digits:
        for m in _SECRET.finditer(ctx.folded):
            out.append(Finding("confidential", m.start(), m.end(), "sensitive:access_code", 0.85,
                               "En kod eller ett lösenord till kommunens lokaler eller system"))
    if ctx.bits & _G_LEAK:
        m = _LEAK.search(ctx.folded)
        if m:
            out.append(Finding("confidential", m.start(), m.end(), "sensitive:leak", 0.8,
                               "Uppgifter som sägs komma inifrån en verksamhet eller vara "
                               "sekretessbelagda"))
    if not ctx.bits & _G_SENSITIVE:
        return out
    f = ctx.folded
    for m in _SENSITIVE.finditer(f):
        if m.group() == "medicin" and f[max(0, m.start() - 5):m.start()] == "egen ":
            continue  # "få smaka på sin egen medicin" is an idiom
        s, e = ctx.sentence(m.start())
        strength, who = _identifies(ctx, s, e, m.span())
        if strength == 0.0:
            continue
        if _OWN.search(f[s:e]) and strength < 0.8:
            continue  # "min son har ADHD, han ..." is the writer's own family matter
        kind = next((k for pat, k in _KIND if pat.search(m.group())), "hälsa")
        basis = INTEGRITETSINTRANG if kind == "hälsa" and strength >= 0.8 else None
        out.append(Finding("confidential", m.start(), m.end(), f"sensitive:{kind}", strength,
                           f"Uppgift om {kind} som rör {who} – kan vara sekretessbelagd", basis))
        out.append(Finding("personal_data", m.start(), m.end(), f"sensitive:{kind}", strength,
                           f"Känslig personuppgift ({kind}) om {who}"))
    return out
