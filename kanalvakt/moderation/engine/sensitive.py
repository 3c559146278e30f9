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

_HEALTH = (r"cancer|tumor|diagnos\w*|adhd|add|autism\w*|asperger\w*|psykiskt sjuk\w*|psykos\w*|"
           r"schizofren\w*|bipolar\w*|depression|deprimerad\w*|missbruk\w*|missbrukare|alkoholist|"
           r"narkoman|knarkar|knarkare|sjukskriv\w*|inlagd|inlagda|psykiatri\w*|bup|hiv|aids|"
           r"demens|dement|alzheimer\w*|sjalvmordsforsok|forsokt ta livet av sig|gravid|abort\w*|"
           r"utbrand\w*|dialys|cellgift\w*|epilepsi|atastorning\w*|atstorning\w*|anorexi\w*|overdos\w*|"
           r"behandlingshem\w*|avgiftning|rattspsyk\w*|funktionsnedsattning|utvecklingsstord|"
           r"vardcentral\w*|psykakut\w*|ptsd|suicid\w*")
_SOCIAL = (r"socialtjansten|soc|socialen|orosanmal\w*|orosanmalan|lvu|lvm|omhandertag\w*|"
           r"forsorjningsstod|socialbidrag|familjehem\w*|placerad\w*|placerat|barnavardsutredning|"
           r"utredning hos soc|skyddad identitet|skyddade personuppgifter|sekretessmarkering|"
           r"kontaktforbud|hemtjanst\w*|lss|boendestod|god man|forvaltare|kvinnojour\w*|"
           r"skyddat boende|barnperspektiv|umgangesstod|vardnadstvist\w*|fosterhem\w*|"
           r"ekonomiskt bistand|utmatning|kronofogden|skulder")
_SCHOOL = (r"atgardsprogram\w*|sarskola\w*|anpassad grundskola|anpassade skolan|elevhalsa\w*|"
           r"avstangd\w*|underkand\w*|f i betyg|fatt f|betyg\w*|kurator\w*|specialpedagog\w*|"
           r"skolskoterska\w*|franvaro\w*|hemmasittare|mobbad|mobbar|mobbning|kranknings"
           r"anmal\w*|stodinsats\w*|resursskola|sarskild undervisningsgrupp")
_SENSITIVE = re.compile(first_chars(f"{_HEALTH}|{_SOCIAL}|{_SCHOOL}")
                        + rf"\b(?:{_HEALTH}|{_SOCIAL}|{_SCHOOL})\b")
_G_SENSITIVE = gate(*words_and_prefixes(f"{_HEALTH}|{_SOCIAL}|{_SCHOOL}"))
_KIND = [(re.compile(rf"\b(?:{_HEALTH})\b"), "hälsa"), (re.compile(rf"\b(?:{_SOCIAL})\b"),
         "socialtjänst"), (re.compile(rf"\b(?:{_SCHOOL})\b"), "skola")]

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


def _identifies(ctx: Context, s: int, e: int) -> tuple[float, str]:
    names = attack_words().names
    for m in _CAPITALISED(ctx.text[s:e]):
        if fold(m.group()) in names:
            return 0.9, f"en namngiven person ({m.group()})"
    m = _FAMILY_NAME.search(ctx.text[s:e])
    if m and m.start() > 0 and fold(m.group()) not in ctx.account.places:
        return 0.8, f"en person som kan identifieras ({m.group()})"
    m = _THIRD_PARTY.search(ctx.folded[s:e])
    if m:
        return 0.7, "en annan person som kan identifieras"
    return 0.0, ""


def detect(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    if not ctx.bits & _G_SENSITIVE:
        return out
    f = ctx.folded
    for m in _SENSITIVE.finditer(f):
        s, e = ctx.sentence(m.start())
        strength, who = _identifies(ctx, s, e)
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
