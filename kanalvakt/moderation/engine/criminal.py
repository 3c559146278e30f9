"""Detectors of possibly criminal material: threats, hets mot folkgrupp, incitement, piracy links.

Each finding names the offence of 5 § lagen (1998:112) it may be. The patterns are written on
folded text (lower case, no diacritics). Hets mot folkgrupp needs a group word *and* a
degrading or dehumanising statement about it in the same sentence; a negative opinion on
immigration policy ("invandringen måste minska") has no such statement and is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kanalvakt.moderation.engine.config import DATA
from kanalvakt.moderation.engine.context import Context
from kanalvakt.moderation.engine.gates import gate, raw_feature
from kanalvakt.moderation.engine.results import (
    BARNPORR,
    HETS,
    OLAGA_HOT,
    UPPHOVSRATT,
    UPPVIGLING,
    VALDSSKILDRING,
    Finding,
)

_YOU = r"(?:dig|dej|er|honom|henne|hen|dem|dom|din familj|dina barn|era barn|din fru|din man|"\
       r"kommunhuset|stadshuset|kontoret|politikerna|rektorn|handlaggaren|er alla|er allihop)"
_VIOLENT = (r"(?:doda|dodar|mord[a]?|mordar|skjuta|skjuter|skjut|sla ihjal|slar ihjal|ha ihjal|"
            r"knivhugga|knivhugger|hugga|spranga|spranger|branna ner|branna|branner|tanda eld pa|"
            r"satta eld pa|satter eld pa|misshandla|spoa|spo|sla sonder|sla ner|slakta|hanga|"
            r"strypa|kniva|skada|krossa|ga loss pa|ta|hamta|valdta|skara|kasta syra pa)")
_THREATS: list[tuple[re.Pattern[str], float, str]] = [
    (re.compile(r"\b(?:jag|vi)\s+vet\s+(?:var|vart)\s+(?:du|ni|han|hon|hen|dom|de)\s+bor\b"), 0.95,
     "Hot: skribenten säger sig veta var någon bor"),
    (re.compile(r"\b(?:ni|du)\s+ska(?:ll)?\s+(?:fa|fa)\s+se\s+vad\s+som\s+hander\b"), 0.9,
     "Hot om att något ska hända mottagaren"),
    (re.compile(r"\b(?:jag|vi|nagon|nan|nån)\s+(?:ska(?:ll)?|kommer\s+(?:att\s+)?|tanker|ska\s+nog|"
                r"borde|kommer\s+snart\s+(?:att\s+)?)\s*(?:\w+\s+){0,2}" + _VIOLENT + r"\s+(?:\w+\s+){0,1}"
                + _YOU + r"\b"), 0.95, "Hot om våld mot en person eller kommunens lokaler"),
    (re.compile(r"\b(?:du|ni|han|hon)\s+(?:ar|e)\s+(?:ett\s+)?(?:dod|doda|dodens|dodsdomd)\b"
                r"(?!\s+(?:trott|sugen|fardig|rolig))"), 0.9, "Hot: mottagaren sägs vara död"),
    (re.compile(r"\bakta\s+(?:dig|er|dej)\b.{0,40}\b(?:jag|vi|annars|kommer)\b|\bakta\s+(?:dig|er)"
                r"\s+(?:noga|javligt|ordentligt)\b"), 0.85, "Hotfull varning till mottagaren"),
    (re.compile(r"\b(?:vi|jag)\s+(?:kommer|kommer att|ska)\s+(?:hem\s+till|hitta|leta upp|fa tag pa|"
                r"besoka)\s+(?:dig|er|honom|henne|hen|dem)\b"), 0.9,
     "Hot om att söka upp någon"),
    (re.compile(r"\b(?:det\s+kommer\s+(?:att\s+)?(?:flyta blod|bli blod)|"
                r"(?:du|ni)\s+kommer\s+(?:att\s+)?(?:fa\s+)?(?:angra\s+(?:dig|er)|fa betala|do|"
                r"fa stryk|bli skjuten|bli skjutna|forsvinna)|"
                r"(?:dina|era)\s+(?:barn|ungar|dagar)\s+(?:ar|kommer)|"
                r"(?:en\s+)?kula\s+i\s+(?:huvudet|skallen)\s+pa\s+(?:dig|er|honom|henne)|"
                r"(?:du|ni)\s+ska(?:ll)?\s+(?:fa|do|brinna|hanga|skjutas|dodas)\b|"
                r"bomb\s+i\s+(?:kommunhuset|stadshuset|skolan)|"
                r"(?:skjuta|doda|spranga)\s+(?:hela\s+)?(?:kommunhuset|stadshuset|skolan|er alla))"),
     0.9, "Hot om våld eller skada"),
]
# Veiled threats: no violent verb, but the reader is told that the writer knows where they or
# their children are, that something may "happen", or warned to watch out. Written from how
# such threats are phrased in Swedish (police and BRÅ descriptions of olaga hot), not from any
# test sentence. Each needs a person (du, ni, din familj, honom ...) or a place of theirs.
_P2 = r"(?:du|ni|han|hon|hen|din|dina|ditt|er|era|ert|hans|hennes|hens|deras)"
_OBJ = r"(?:dig|dej|er|honom|henne|hen|dem|dom)"
_THEIRS = (r"(?:bor|bott|gar|jobbar|arbetar|kor|parkerar|sover|tranar|slutar|vistas|brukar|"
           r"skola|skolan|forskola|forskolan|dagis|barn|barnen|ungar|ungarna|dotter|son|fru|"
           r"man|sambo|bil|bilen|familj|familjen|adress|hus|huset|hem)\w*")
_VEILED: list[tuple[re.Pattern[str], float, str]] = [
    (re.compile(r"\b(?:jag|vi)\s+vet\s+(?:precis\s+|exakt\s+|mycket\s+val\s+|ocksa\s+)?"
                r"(?:var|vart|vilken|vilket|vilka|nar)\s+(?:\w+\s+){0,2}?" + _P2
                + r"\s+(?:\w+\s+){0,3}?" + _THEIRS), 0.9,
     "Hot: skribenten säger sig veta var någon eller någons barn eller bil finns"),
    (re.compile(r"\b(?:akta|passa)\s+(?:dig|dej|er)\s+(?:\w+\s+){0,2}?(?:noga|javligt|"
                r"ordentligt|nar\s+(?:du|ni)|ikvall|i\s+kvall|inatt|i\s+natt|pa\s+vagen\s+hem|"
                r"framover|i\s+fortsattningen|for\s+vad\s+(?:du|ni)|for\s+mig|for\s+oss)\b"),
     0.85, "Hotfull varning till mottagaren"),
    (re.compile(r"\bdet\s+(?:kommer\s+(?:att\s+)?|ska\s+|lar\s+)smalla\b(?:\s+\w+){0,6}?\s+"
                r"(?:om\s+(?:ni|du)\s+inte|for\s+(?:dig|er)|pa\s+(?:dig|er|kommunhuset|stadshuset|"
                r"kontoret)|hos\s+(?:dig|er))\b|\bsmalla\s+(?:pa|i|for|hos|mot)\s+(?:dig|er|"
                r"kommunhuset|stadshuset|kontoret|skolan)\b"), 0.85, "Hot om att något ska ”smälla”"),
    (re.compile(r"\b(?:vore|ar|skulle\s+vara|blir)\s+(?:\w+\s+)?(?:synd|trakigt|tragiskt|sorgligt|"
                r"olyckligt)\s+om\s+(?:(?:nagot|nat|en\s+olycka)\s+(?:skulle\s+)?(?:hande|handa|"
                r"hander|drabbade)(?:\s+(?:dig|er|din|dina|ditt|era|ert|honom|henne|hans|hennes|"
                r"barnen)\b|\s*(?:[.!,]|$))|(?:din|dina|ditt|er|era|ert|hans|hennes)\s+\w+\s+"
                r"(?:\w+\s+)?(?:brann|brinner|borjade\s+brinna|skadades|forsvann|"
                r"rakade\s+ut\s+for))"), 0.85, "Förtäckt hot om att något ska hända"),
    (re.compile(r"\b(?:vi|jag)\s+(?:haller|har)\s+(?:\w+\s+)?(?:koll|ogonen|ett\s+oga)\s+pa\s+"
                r"(?:dig|dej|honom|henne|din\s+familj|dina\s+barn)\b|\b(?:tills|nar|om)\s+(?:vi|jag)"
                r"\s+(?:hittar|far\s+tag\s+(?:pa|i)|far\s+fatt\s+pa)\s+(?:dig|dej|honom|henne)\b"),
     0.85, "Hot: skribenten säger sig hålla uppsikt över eller söka upp någon"),
    (re.compile(r"\b(?:du|ni|han|hon)\s+(?:kommer|lar)\s+(?:inte\s+)?(?:att\s+)?(?:leva|"
                r"overleva)\s+(?:lange|sa\s+lange|manga|natten|veckan|aret)|\b(?:du|ni)\s+"
                r"(?:overlever|lever)\s+inte\s+(?:lange|natten|veckan)\b"), 0.9,
     "Hot: mottagaren sägs inte ha lång tid kvar"),
    (re.compile(r"\b(?:brinner|branns|sprangs|exploderar)\s+(?:ditt|ert|hans|hennes|deras|din|er)\s+"
                r"(?:hus|hem|bil|villa|lagenhet|kontor|garage|butik)\b|\b(?:ditt|ert|hans|hennes|din|er)"
                r"\s+(?:hus|hem|bil|villa|lagenhet|garage)\s+(?:kommer\s+(?:att\s+)?|ska\s+|lar\s+)?"
                r"(?:brinna|brinner|ga\s+upp\s+i\s+rok|sprangas|explodera)\b"), 0.9,
     "Hot om att någons hem eller egendom ska förstöras"),
    (re.compile(r"\b(?:ge|skicka)\s+(?:\w+\s+){0,2}(?:en\s+kula|ett\s+skott)\b|\b(?:fortjanar|"
                r"behover)\s+(?:en\s+kula|att\s+(?:do|skjutas|hangas|misshandlas|slas\s+ihjal))\b"),
     0.9, "Hot eller önskan om våld mot en person"),
    (re.compile(r"\bgora\s+(?:ditt|ert|hans|hennes|deras)\s+liv\s+till\s+(?:ett\s+)?(?:helvete|"
                r"mardrom)\b|\bse\s+till\s+att\s+(?:du|ni|han|hon)\s+aldrig\s+(?:mer\s+)?(?:kan|"
                r"kommer|ska)\s+(?:att\s+)?(?:ga|se|prata|jobba|andas|vakna)\b"), 0.85,
     "Hot om att skada eller förstöra för någon"),
    (re.compile(r"\b(?:halsa|halsar|knacka|knackar)\s+pa\s+(?:\w+\s+){0,2}?(?:hemma\s+hos|hem\s+till)"
                r"\s+" + _OBJ + r"\b"), 0.85, "Hot om att söka upp någon i hemmet"),
]
# Calls to others to commit crimes: uppvigling.
_INCITE = re.compile(
    r"\b(?:vi|ni|alla|folk|man)\s+(?:borde|maste|ska|bor)\s+(?:\w+\s+){0,2}(?:ga\s+dit\s+och\s+)?"
    r"(?:branna ner|tanda eld pa|satta eld pa|spranga|slakta|skjuta|lyncha|hanga|misshandla|"
    r"ga till attack mot|attackera|storma|krossa rutorna)\b|"
    r"\b(?:kom\s+igen|dags\s+att|lat\s+oss|vi\s+samlas\s+och)\s+(?:\w+\s+){0,2}(?:branna|tanda eld|"
    r"ta\s+till\s+vapen|storma|lyncha|ga\s+till\s+attack|slakta|spranga|jaga)\b|"
    r"\bta\s+till\s+vapen\b|\bhang\s+(?:dom|dem|politikerna)\b|\blyncha\s+(?:dom|dem|honom|henne)\b|"
    r"\b(?:gar|aker|drar|sticker)\s+(?:vi|ni|alla)\s+(?:dit\s+)?och\s+(?:branner|tander\s+eld\s+pa|"
    r"satter\s+eld\s+pa|spranger|slar\s+sonder|misshandlar|attackerar)\b|"
    r"\b(?:alla|vi|ni|folk|man)\s+(?:borde|ska|maste|bor)\s+ge\s+sig\s+pa\s+\w+"
)
_GROUP = (
    r"(?:invandrare|invandrarna|invandrarnas|invandrar\w*|muslimer|muslimerna|muslim|islamister|"
    r"judar|judarna|juden|judarnas|somalier|somalierna|araber|araberna|afghaner|afghanerna|"
    r"afrikaner|afrikanerna|romer|romerna|zigenare|zigenarna|svarta|svartingar|negrer|blattar|"
    r"blattarna|svartskallar|homosexuella|bogar|bogarna|flator|hbtq\w*|transpersoner|"
    r"transor|invandrargrupper|flyktingar|flyktingarna|asylsokande|utlanningar|utlanningarna|"
    r"kurder|eritreaner|syrier|irakier|polacker|samer|samerna|kineser|asiater|de har manniskorna|"
    r"sadana som (?:dom|dem)|dom dar|dom|de dar)"
)
_DEGRADE = (
    r"(?:(?:ar|e)\s+(?:\w+\s+){0,2}(?:djur|kackerlackor|parasiter|rattor|ohyra|avskum|ett virus|en cancer|"
    r"en pest|untermenschen|undermanniskor|mindre vardiga|inte manniskor|inga manniskor|"
    r"smitta|sjuka i huvudet|pedofiler|efterblivna|apor|vildar|boskap|skadedjur|en sjukdom|"
    r"kriminella allihop|valdtaktsman allihop|alla kriminella|alla valdtaktsman|genetiskt)|"
    r"(?:borde|ska|maste|bor)\s+(?:\w+\s+){0,2}(?:utrotas|gasas|skjutas|hangas|brannas|dodas|dö|do|"
    r"slaktas|rensas ut|kastas ut allihop|avlivas|steriliseras|sattas i lager|sattas i lager)|"
    r"(?:hor inte hemma bland manniskor|forpestar|forgiftar|smittar ner|forstor rasen|"
    r"blandar ut rasen|rasforradare|styr\s+(?:allt|varlden|media|medierna|bankerna|sverige)|"
    r"(?:borde|ska|maste|bor)\s+kastas\s+ut\s+ur\s+(?:landet|sverige)|"
    r"(?:ar|e)\s+(?:\w+\s+){0,2}(?:skadedjur|odjur|bestar|missfoster|kriminella\s+av\s+naturen|"
    r"en\s+plaga|ett\s+gissel)|(?:borde|ska)\s+inte\s+fa\s+leva))"
)
_HETS = re.compile(rf"\b{_GROUP}\b[^.!?\n]{{0,50}}?\b{_DEGRADE}")
_HETS_REV = re.compile(
    r"\b(?:utrota|gasa|rensa\s+(?:sverige|landet|motala|samhallet)\s+fran|skjut|hang|deportera alla|"
    r"kasta ut alla)\s+(?:alla\s+)?" + _GROUP + r"\b"
)
_CSAM = re.compile(
    r"\b(?:barnporr|barnpornografi|cp-?bilder|cp-?videos?|childporn|child porn|pedoporr|"
    r"sexbilder pa barn|nakenbilder pa barn|barn-?sexbilder|loli-?porr)\b"
)
_CSAM_OFFER = re.compile(r"\b(?:har|saljer|byter|delar|dm|skickar|ladda ner|lank|kolla|finns pa|"
                         r"tg|telegram|wickr|kik|snap)\w*")
_GORE = re.compile(
    r"\b(?:halshuggning(?:s?video|s?film)?|gorevideo|gore-?video|avrattningsvideo|"
    r"video\w*\s+(?:pa|nar|dar)\s+(?:\w+\s+){0,3}(?:halshugg|avratt|slakt|knivhugg)\w*|"
    r"(?:kolla|se|titta pa)\s+(?:\w+\s+){0,3}(?:halshugg|avrattas|slaktas|knivhuggs)\w*)"
)
_URL = re.compile(
    r"(?:https?://)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?:[/:?#][^\s]*)?",
    re.IGNORECASE,
)
_PIRACY_WORDS = re.compile(
    r"\b(?:piratebay|thepiratebay|pirate bay|the pirate bay|1337x|popcorn ?time|rarbg|yify|yts|"
    r"gratis\s+(?:streama|stream|se)\s+(?:\w+\s+){0,3}(?:film|filmen|filmer|serien|serier|matchen)|"
    r"ladda\s+ner\s+(?:\w+\s+){0,2}(?:gratis|piratkopi\w*|crackad\w*)|crackad\w*|piratkopi\w*|"
    r"iptv\s+(?:gratis|billigt|alla kanaler)|warez|keygen|torrent\w*)\b"
)


# Word gates (see `gates`): words each pattern cannot match without. They follow the patterns
# above; change both together (tests/moderation/test_gates.py checks them).
_G_VET, _G_BOR, _G_HANDER = gate("vet"), gate("bor"), gate("hander")
_G_SUBJ = gate("jag vi nagon nan")
_G_YOU = gate("dig dej er honom henne hen dem dom familj barn fru man kommunhuset stadshuset "
              "kontoret politikerna rektorn handlaggaren alla allihop")
_G_DEAD, _G_AKTA = gate("dod doda dodens dodsdomd"), gate("akta")
_G_JAGVI, _G_SEEK = gate("jag vi"), gate("hem hitta leta fa besoka")
_G_HARM = gate("blod kula bomb skjuta doda spranga dina era")
_G_DUNI, _G_WILL = gate("du ni"), gate("kommer ska skall")
_THREAT_GATES = [
    (_G_VET | _G_BOR,), (_G_HANDER,), (_G_SUBJ | _G_YOU,), (_G_DEAD,), (_G_AKTA,),
    (_G_JAGVI | _G_SEEK,), (_G_HARM, _G_DUNI | _G_WILL),
]  # per pattern: alternatives, each a set of bits that must all be present
_THREATS_GATED = list(zip(_THREATS, _THREAT_GATES, strict=True))
_G_INCITE = gate("borde maste ska bor igen dags lat samlas vapen hang lyncha gar aker drar "
                 "sticker")
_G_KNOW = gate("vet")
_G_WARN = gate("akta passa")
_G_SMALLA = gate("smalla")
_G_PITY = gate("synd trakigt tragiskt sorgligt olyckligt")
_G_WATCH = gate("koll ogonen oga hittar tag fatt")
_G_LIVE = gate("leva overleva overlever lever")
_G_BURN = gate("brinner branns sprangs exploderar brinna sprangas explodera rok")
_G_BULLET = gate("kula skott fortjanar behover")
_G_HELL = gate("helvete mardrom aldrig")
_G_VISIT = gate("halsa halsar knacka knackar")
_VEILED_GATES = [_G_KNOW, _G_WARN, _G_SMALLA, _G_PITY, _G_WATCH, _G_LIVE, _G_BURN, _G_BULLET,
                 _G_HELL, _G_VISIT]
_VEILED_GATED = list(zip(_VEILED, _VEILED_GATES, strict=True))
_G_GROUP = gate(
    "invandrare invandrarna invandrarnas muslimer muslimerna muslim islamister judar judarna "
    "juden judarnas somalier somalierna araber araberna afghaner afghanerna afrikaner "
    "afrikanerna romer romerna zigenare zigenarna svarta svartingar negrer blattar blattarna "
    "svartskallar homosexuella bogar bogarna flator transpersoner transor invandrargrupper "
    "flyktingar flyktingarna asylsokande utlanningar utlanningarna kurder eritreaner syrier "
    "irakier polacker samer samerna kineser asiater de sadana dom", "invandrar hbtq")
_G_DEGRADE = gate(
    "borde ska maste bor hor",
    "djur kackerlackor parasiter rattor ohyra avskum virus cancer pest untermenschen "
    "undermanniskor vardiga manniskor smitta huvudet pedofiler efterblivna apor vildar boskap "
    "skadedjur sjukdom allihop kriminella valdtaktsman genetiskt forpestar forgiftar forstor "
    "blandar rasforradare styr kastas skadedjur odjur bestar missfoster naturen plaga gissel "
    "leva")
_G_HETS_REV = gate("utrota gasa rensa skjut hang deportera kasta")
_G_CSAM = gate("", "barn cp child pedoporr sexbilder nakenbilder loli")
_G_GORE = gate("", "halshugg gore avrattningsvideo video avrattas slaktas knivhuggs")
_G_PIRACY = gate("", "piratebay thepiratebay pirate 1337x popcorn rarbg yify yts gratis ladda "
                 "crackad piratkopi iptv warez keygen torrent")




_THREAT_MASK = 0
for _alts in _THREAT_GATES:
    for _n in _alts:
        _THREAT_MASK |= _n
for _n in _VEILED_GATES:
    _THREAT_MASK |= _n
# A text with none of these gate bits and no "." (no web address) has nothing to look at.
_ANY_GATE = (_THREAT_MASK | _G_INCITE | _G_GROUP | _G_DEGRADE | _G_HETS_REV | _G_CSAM | _G_GORE
             | _G_PIRACY)
_UNGATED = any(n == 0 for alts in _THREAT_GATES for n in alts) or 0 in _VEILED_GATES
_Patterns = list[tuple[re.Pattern[str], float, str]]
_OPEN: dict[int, tuple[_Patterns, _Patterns]] = {}


def _open_threats(bits: int) -> tuple[_Patterns, _Patterns]:
    """The threat and veiled-threat patterns whose gates the bits open; one look-up per
    combination of bits instead of a test per pattern."""
    found = _OPEN.get(bits)
    if found is None:
        found = _OPEN[bits] = (
            [p for p, need in _THREATS_GATED if any(bits & n == n for n in need)],
            [p for p, need in _VEILED_GATED if bits & need],
        )
    return found


@lru_cache(maxsize=1)
def piracy_domains() -> frozenset[str]:
    lines = (DATA / "domains" / "piracy.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


# Every address has a letter or digit, a dot and two letters in a row: texts without that
# (most comments) skip the expensive address pattern.
_DOMAIN_HINT = re.compile(r"[a-z0-9]\.[a-z]{2}", re.IGNORECASE)


F_DOMAIN = raw_feature(_DOMAIN_HINT.search)  # the hint lies inside one word


def find_domains(text: str) -> list[tuple[int, int, str]]:
    """(start, end, host) of every web address or bare domain name in the text."""
    out: list[tuple[int, int, str]] = []
    if not _DOMAIN_HINT.search(text):
        return out
    for m in _URL.finditer(text):
        host = m.group(1).lower()
        if "." not in host or host[-1].isdigit():
            continue
        out.append((m.start(), m.end(), host))
    return out


def domains(ctx: Context) -> list[tuple[int, int, str]]:
    """`find_domains` of the context's text, computed once per text for all detectors."""
    found = ctx.notes.get("domains")
    if found is None:
        found = ctx.notes["domains"] = find_domains(ctx.text) if ctx.feats & F_DOMAIN else []
    return found  # type: ignore[return-value]


def piracy_host(host: str) -> bool:
    domains = piracy_domains()
    parts = host.split(".")
    return any(".".join(parts[i:]) in domains for i in range(len(parts) - 1))


def detect(ctx: Context) -> list[Finding]:
    f = ctx.folded
    bits = ctx.bits
    out: list[Finding] = []
    if not bits & _ANY_GATE and not _UNGATED and "." not in f:
        return out
    threats, veiled = _open_threats(bits & _THREAT_MASK)
    for pattern, score, expl in threats:
        for m in pattern.finditer(f):
            out.append(Finding("criminal", m.start(), m.end(), "threat", score,
                               f"{expl} – kan vara olaga hot", OLAGA_HOT))
    for pattern, score, expl in veiled:
        for m in pattern.finditer(f):
            if not any(x.start < m.end() and m.start() < x.end for x in out):
                out.append(Finding("criminal", m.start(), m.end(), "threat", score,
                                   f"{expl} – kan vara olaga hot", OLAGA_HOT))
    for m in _INCITE.finditer(f) if bits & _G_INCITE else ():
        out.append(Finding("criminal", m.start(), m.end(), "incitement", 0.85,
                           "Uppmaning till brott eller våld – kan vara uppvigling", UPPVIGLING))
    for pat, need in ((_HETS, _G_GROUP | _G_DEGRADE), (_HETS_REV, _G_HETS_REV)):
        if bits & need != need:
            continue
        for m in pat.finditer(f):
            out.append(Finding("criminal", m.start(), m.end(), "hets_mot_folkgrupp", 0.9,
                               "Nedvärderande eller avhumaniserande påstående om en folkgrupp – "
                               "kan vara hets mot folkgrupp", HETS))
    for m in _CSAM.finditer(f) if bits & _G_CSAM else ():
        if _CSAM_OFFER.search(f[max(0, m.start() - 60):m.end() + 60]) or "http" in f:
            out.append(Finding("criminal", m.start(), m.end(), "csam", 0.95,
                               "Erbjuder eller hänvisar till sexuella bilder av barn – kan vara "
                               "barnpornografibrott", BARNPORR))
    for m in _GORE.finditer(f) if bits & _G_GORE else ():
        out.append(Finding("criminal", m.start(), m.end(), "violent_depiction", 0.75,
                           "Hänvisar till en grov våldsskildring – kan vara olaga våldsskildring",
                           VALDSSKILDRING))
    if "." in f and ctx.feats & F_DOMAIN:
        for s, e, host in domains(ctx):
            if piracy_host(host):
                out.append(Finding("criminal", s, e, "piracy_link", 0.9,
                                   f"Länk till en känd piratsajt ({host}) – kan vara "
                                   "upphovsrättsintrång", UPPHOVSRATT))
    for m in _PIRACY_WORDS.finditer(f) if bits & _G_PIRACY else ():
        if not any(x.start <= m.start() < x.end for x in out):
            out.append(Finding("criminal", m.start(), m.end(), "piracy", 0.75,
                               "Hänvisar till piratkopierat material – kan vara upphovsrättsintrång",
                               UPPHOVSRATT))
    return out
