"""Detectors of possibly criminal material: threats, hets mot folkgrupp, incitement, piracy links.

Each finding names the offence of 5 § lagen (1998:112) it may be. The patterns are written on
folded text (lower case, no diacritics). Hets mot folkgrupp needs a group word *and* a
degrading or dehumanising statement about it in the same sentence; a negative opinion on
immigration policy ("invandringen måste minska") has no such statement and is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kanalvakt.moderation.engine import criminal_sales as _sales
from kanalvakt.moderation.engine import threats as _broad
from kanalvakt.moderation.engine.config import DATA
from kanalvakt.moderation.engine.context import Context
from kanalvakt.moderation.engine.criminal_sales import _G_SALE, _SALE_ITEM  # noqa: F401 (tests)
from kanalvakt.moderation.engine.gates import gate, prefixes_of, raw_feature
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
# What a threat of arson, shooting or a beating is aimed at: a person, a group of staff or one of
# the municipality's buildings (the last word of a compound: "socialkontoret", "flyktingboendet").
_TARGET = (r"(?:(?:hela|er|ert|era|ditt|din|dina|hans|hennes|deras|den|det|de|dom|alla|varenda|"
           r"varje|javla|jakla)\s+){0,2}"
           r"(?:dig|dej|er|honom|henne|hen|dem|dom|politikerna|\w*(?:huset|kontoret|skolan|skola|"
           r"namnden|styrelsen|enheten|forvaltningen|boendet|boenden|boende|forlaggningen|"
           r"forlaggningar|mosken|kyrkan|synagogan|biblioteket|stationen|lokalerna|chefen|"
           r"kommunalradet|oppositionsradet|handlaggaren|handlaggarna|sekreteraren|rektorn|personalen|tjansteman|"
           r"tjanstemannen))")
# Violent verbs as the writer uses them of himself: present tense and infinitive, with the
# particle that makes "slå" or "bränna" violent ("slå ihjäl", "bränna ner").
_ACT_HEAD = (r"(?:branner|branna|tander|tanda|satter|satta|spranger|spranga|skjuter|skjuta|dodar|"
             r"doda|mordar|morda|knivhugger|knivhugga|misshandlar|misshandla|slar|sla|spoar|spoa)")
_ACT_PART = r"(?:ner|eld\s+pa|ihjal|sonder|ner\s+och\s+ut)"
_ACT_NEEDS_PART = r"(?<!\bsla)(?<!\bslar)(?<!\btander)(?<!\btanda)(?<!\bsatter)(?<!\bsatta)"
_FILLER = (r"(?:ska|skall|kommer|att|tanker|tankte|lovar|svar|vill|nog|snart|fan|javlar|"
           r"personligen|sjalv|sjalva|garanterat|bara|ga|gar|dit|och|aka|aker|ner|over|kan|"
           r"kunde|skulle|direkt|sen|sedan|nu|ikvall|imorgon|inatt|forst|helt|enkelt|da|sa)")
_WEAPON = (r"(?:basebolltra\w*|slagtra\w*|jarnror\w*|kniv|kniven|knivar|machete|yxa|yxan|"
           r"pistol\w*|gevar\w*|hagelbossa\w*|bossa|bossan|knogjarn|batong\w*|molotov\w*|"
           r"bensin\w*|brandbomb\w*|handgranat\w*|sprangmedel|dynamit|knytnav\w*|naven|navarna|"
           r"kofot\w*|tillhygg\w*|vapen|vapnen)")
_OBJ1 = r"(?:honom|henne|hen|dig|dej|er|dem|dom|dom\s+dar|de\s+dar)"
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
                r"(?:du|ni)\s+ska(?:ll)?\s+(?:fa\s+(?:stryk|betala|sota|lida|smaka|kanna|igen|ett\s+slut|"
                r"en\s+kula|pa\s+(?:kaften|kaken|nyllet|truten|moppe))|do|brinna|hanga|skjutas|"
                r"dodas)\b|"
                r"bomb\s+i\s+(?:kommunhuset|stadshuset|skolan)|"
                r"(?:skjuta|doda|spranga)\s+(?:hela\s+)?(?:kommunhuset|stadshuset|skolan|er alla))"),
     0.9, "Hot om våld eller skada"),
    # "jag sätter eld på förskolan", "så bränner jag ner hela stadshuset", "vi skjuter er".
    (re.compile(r"\b(?:(?:jag|vi)\s+(?:" + _FILLER + r"\s+){0,4}?" + _ACT_HEAD
                + r"|(?:sa|da|annars|snart|ikvall|inatt|imorgon)\s+" + _ACT_HEAD
                + r"\s+(?:jag|vi))\b(?:\s+" + _ACT_PART + r"|" + _ACT_NEEDS_PART + r")\s+"
                + r"(?:pa\s+)?" + _TARGET + r"\b"), 0.9,
     "Hot om våld mot en person eller en byggnad"),
    # "kommer det flyta blod", "blodet ska flyta".
    (re.compile(r"\b(?:kommer|ska|lar)\s+(?:det\s+)?(?:att\s+)?(?:flyta|rinna|spillas)\s+blod\b|"
                r"\bblod(?:et)?\s+(?:kommer\s+(?:att\s+)?|ska\s+)(?:flyta|rinna|spillas)\b|"
                r"\bdet\s+(?:blir|kommer\s+(?:att\s+)?bli)\s+(?:ett\s+)?blodbad\b"), 0.9,
     "Hot om blodsutgjutelse"),
    # "kommer nån av er att få ångra sig", "du ska ångra den dag du föddes".
    (re.compile(r"\b(?:kommer|ska(?:ll)?|lar)\s+(?:\w+\s+){0,3}?(?:att\s+)?fa\s+angra\s+"
                r"(?:dig|dej|er|sig)\b|\bangra\s+den\s+dag(?:en)?\s+(?:du|ni|han|hon|hen)\b"), 0.85,
     "Hot om att mottagaren ska få ångra sig"),
    # "ska han få känna vad vi tycker, med knytnävarna", "du ska få smaka på kniven".
    (re.compile(r"\b(?:(?:du|ni|han|hon|hen|dom|de)\s+(?:ska(?:ll)?|kommer)|(?:ska(?:ll)?|kommer)"
                r"\s+(?:du|ni|han|hon|hen|dom|de))(?:\s+att)?\s+(?:nog\s+|fan\s+)?fa\s+"
                r"(?:kanna|smaka)\b[^.!?\n]{0,60}?\b(?:" + _WEAPON + r"|stryk|kula|kulor|bly|"
                r"smartan|smarta)\b"), 0.9, "Hot om våld mot en person"),
    # "borde ställa sig utanför hans hus med ett basebollträ": an intent, a weapon and a person.
    (re.compile(r"\b(?:borde|ska(?:ll)?|kommer|dags|tanker|vill|ga|gar|aka|aker)\b"
                r"(?=[^.!?\n]*\b(?:honom|henne|hen|dig|dej|dem|hans|hennes|hens|deras|ditt|din|"
                r"era|ert|\w*chefen|politikerna|\w*radet|handlaggaren|rektorn)\b)"
                r"[^.!?\n]{0,60}?(?<!\bta\s)\bmed\s+(?:(?:ett|en|mitt|min|sitt|sin|lite|nagra|par|ett\s+par)\s+)?"
                + _WEAPON + r"\b"), 0.85, "Hot om våld med tillhygge mot en person"),
]
# Veiled threats: no violent verb, but the reader is told that the writer knows where they or
# their children are, that something may "happen", or warned to watch out. Written from how
# such threats are phrased in Swedish (police and BRÅ descriptions of olaga hot), not from any
# test sentence. Each needs a person (du, ni, din familj, honom ...) or a place of theirs.
_SEEK = _THREATS[5][0]
# A firm's home visit is no threat ("sälj ditt guld till oss, vi kommer hem till dig").
_FIRM = re.compile(r"\b(?:hogsta\s+pris|kostnadsfri\w*|boka\w*|offert\w*|vardering\w*|ring\s+oss|"
                   r"kontakta\s+oss|hembesok|kunder|salj|saljer|tjanst\w*)\b")
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
                r"hander|drabbade)(?:(?:\s+(?:med|till))?\s+(?:dig|er|din|dina|ditt|era|ert|honom|henne|hans|hennes|"
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
    # "kan räkna med att det smäller", "annars smäller det".
    (re.compile(r"\b(?:rakna|raknar|rakne)\s+med\s+att\s+det\s+(?:kommer\s+(?:att\s+)?|ska\s+|lar\s+)?"
                r"(?:smaller|smalla)\b|\bannars\s+(?:kommer\s+det\s+(?:att\s+)?smalla|smaller\s+det)\b"),
     0.85, "Hot om att något ska ”smälla”"),
    # "lära honom en läxa" with a weapon in the same sentence.
    (re.compile(r"\blara\s+" + _OBJ1 + r"\s+(?:en\s+)?(?:laxa|lektion|hut)\b(?=[^.!?\n]*\b" + _WEAPON
                + r"\b)|\b" + _WEAPON + r"\b[^.!?\n]{0,80}?\blara\s+" + _OBJ1
                + r"\s+(?:en\s+)?(?:laxa|lektion|hut)\b"), 0.85,
     "Hot om att ”lära någon en läxa” med våld"),
    # "krossa skallen på dig", "sticka kniven i honom", "skjuta skallen av dig".
    (re.compile(r"\b(?:krossa|krossar|sla\s+in|slar\s+in|spracka|spracker|sparka\s+in|sparkar\s+in)\s+"
                r"(?:skallen|huvudet|tanderna|ansiktet|kaften|nyllet|skallarna)\s+pa\s+" + _OBJ1
                + r"\b|\b(?:sticka|sticker|kora|kor|hugga|hugger)\s+(?:en\s+|kniven\s+|min\s+kniv\s+|"
                r"en\s+kniv\s+)(?:rakt\s+)?i\s+(?:" + _OBJ1 + r"|magen\s+pa\s+" + _OBJ1 + r")\b|"
                r"\b(?:skjuta|skjuter|blasa|blaser)\s+(?:skallen|huvudet)\s+av\s+" + _OBJ1 + r"\b"),
     0.9, "Hot om våld mot en person"),
    # "sov med ett öga öppet", "du får ha ögonen i nacken", "har en kniv och tvekar inte att
    # använda den".
    (re.compile(r"\bsov(?:a|er)?\s+med\s+(?:ett\s+)?oga\s+oppet\b|\b(?:du|ni|han|hon|hen)\s+(?:\w+\s+){0,3}?"
                r"ogonen\s+i\s+nacken\b|\b" + _WEAPON + r"\b[^.!?\n]{0,60}?\b(?:tvekar\s+(?:jag\s+|vi\s+)?"
                r"inte|drar\s+(?:jag\s+)?(?:mig|oss)\s+inte|ar\s+(?:jag\s+|vi\s+)?inte\s+radd\w*)\s+"
                r"(?:for\s+)?(?:att\s+)?anvanda\b"), 0.85, "Förtäckt hot mot mottagaren"),
    # Threats in English, which some write in: "i will kill you", "we know where you live".
    (re.compile(r"\b(?:i|we)\s*(?:will|'ll|ll|am\s+gonna|'m\s+gonna|m\s+gonna|are\s+gonna|'re\s+gonna|"
                r"gonna|wanna)\s+(?:\w+\s+(?:you\s+and\s+)?)?(?:kill|shoot|stab|murder|hurt|burn)\s+(?:you|u|"
                r"ya|him|her|them|your\s+\w+)\b|\bwe\s+know\s+where\s+(?:you|u|he|she|they)\s+live\b|"
                r"\byou(?:'re|\s+are|r|re)\s+(?:so\s+)?dead\b|\bburn\s+(?:it|them|the\s+\w+)\s+down\b"),
     0.85, "Hot på engelska"),
    # "ge dem en omgång", "ge honom stryk".
    (re.compile(r"\bge\s+" + _OBJ1 + r"\s+(?:en\s+)?(?:ordentlig\s+|rejal\s+|riktig\s+|fet\s+)?"
                r"(?:omgang(?=\s*(?:[.!,?;]|$|och\b|pa\s+(?:kaften|kaken|nyllet)\b|nar\b|sa\b|for\b))|stryk|spo|snyting|kaftsmall|rak\s+hoger|"
                r"small\s+pa\s+kaften|pa\s+kaften|pa\s+nyllet)\b"), 0.85,
     "Hot om eller uppmaning till misshandel"),
]
# Calls to others to commit crimes: uppvigling.
# "storma" and "jaga" are calls to violence only against people or buildings ("dags att storma
# kiosken, glassen är på rea" is not).
_VICTIM = (r"(?:alla\s+)?(?:" + _TARGET + r"|\w*(?:invandrar\w*|muslimer\w*|flykting\w*|judar\w*|"
           r"romer\w*|zigenar\w*|somalier\w*|araber\w*|afghaner\w*|svartskallar\w*|blattar\w*|"
           r"bogar\w*))")
_STORM = r"(?:storma|jaga)\s+(?:ut\s+|bort\s+)?" + _VICTIM
_INCITE = re.compile(
    r"\b(?:vi|ni|alla|folk|man|nan|nagon|naan)\s+(?:borde|maste|ska|bor)\s+(?:\w+\s+){0,2}"
    r"(?:ga\s+dit\s+och\s+)?"
    r"(?:(?:branna\s+ner|tanda\s+eld\s+pa|satta\s+eld\s+pa|spranga|slakta|skjuta|lyncha|hanga|"
    r"misshandla|ga\s+till\s+attack\s+mot|attackera)\s+" + _VICTIM + r"|" + _STORM
    + r"|krossa rutorna)\b|"
    r"\b(?:kom\s+igen|dags\s+att|lat\s+oss|vi\s+samlas\s+och)\s+(?:\w+\s+){0,2}(?:branna|tanda eld|"
    r"ta\s+till\s+vapen|" + _STORM + r"|lyncha|ga\s+till\s+attack|slakta|spranga)\b|"
    r"\bta\s+till\s+vapen\b|\bhang\s+(?:dom|dem|politikerna)\b|\blyncha\s+(?:dom|dem|honom|henne)\b|"
    r"\b(?:gar|aker|drar|sticker)\s+(?:vi|ni|alla)\s+(?:dit\s+)?och\s+(?:branner|tander\s+eld\s+pa|"
    r"satter\s+eld\s+pa|spranger|slar\s+sonder|misshandlar|attackerar)\b|"
    r"\b(?:alla|vi|ni|folk|man)\s+(?:borde|ska|maste|bor)\s+ge\s+sig\s+pa\s+\w+"
)
# More calls to crime, each with its gate: burning a building or "skiten", molotovs, a crowd
# gathered at a mosque or a refugee home to stop or chase people, bringing weapons.
_INCITE_MORE: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"(?:^|(?<=[.!?,:;\n])|\b(?:och|bara|nu|kom\s+igen|dags\s+att|lat\s+oss|borde|maste)"
                r")\s*(?:brann|branna)\s+(?:ner|upp)\s+(?:hela\s+)?(?:skiten|skiten|alltihop|rubbet|"
                r"elandet|kaken|kakerna|dom|dem|dom\s+dar|\w*(?:boende|boendet|boenden|forlaggning|"
                r"forlaggningen|forlaggningar|mosken|moske|moskeer|huset|kontoret|skolan|kyrkan|"
                r"synagogan|lagret|lagren))\b|"
                r"(?:^|(?<=[.!?,:;\n])|\b(?:och|bara|nu|kom\s+igen|dags\s+att|lat\s+oss)\s)\s*"
                r"(?:tand|satt)\s+eld\s+pa\s+(?:hela\s+)?\w*(?:boende|boendet|boenden|forlaggning\w*|"
                r"mosken|moske|moskeer|huset|kontoret|skolan|kyrkan|synagogan|skiten)\b",
                re.MULTILINE), gate("brann branna tand satt")),
    (re.compile(r"\b(?:behovs|behover|borde|dags\s+for|dags\s+med|fler|mer|lite|ta\s+med|kasta|"
                r"slang|slanga|hiva|hiv|kor\s+med)\s+(?:\w+\s+){0,2}?molotov\w*|"
                r"\bmolotov\w*\s+(?:mot|pa|in\s+i|genom\s+fonstren\s+pa)\s+(?:alla\s+)?(?:\w+\s+)?"
                r"\w*(?:boende|boendet|boenden|forlaggning\w*|moske\w*|mosken|synagog\w*)\b"),
     gate("", "molotov")),
    (re.compile(r"\b(?:samlas|samla|traffas|ses|moter\s+upp|mots|gar|aker|drar|marscherar)\s+"
                r"(?:\w+\s+){0,3}?(?:vid|utanfor|till|pa|framfor|mot)\s+(?:\w+\s+)?\w*(?:moske\w*|"
                r"mosken|synagog\w*|boende|boendet|boenden|forlaggning\w*)\b[^.!?\n]{0,80}?"
                r"\b(?:stoppa\w*|hindra\w*|jaga\w*|kasta\s+ut|driva\s+(?:ut|bort)|visa\s+(?:dem|dom)|"
                r"ta\s+med\s+(?:vad|nagot|allt|tillhygg\w*|slagtra\w*|basebolltra\w*|stenar|"
                r"vapen|bensin)|ge\s+(?:dem|dom)|rensa|storma|branna|tanda|spoa|sla)"),
     gate("samlas samla traffas ses moter mots gar aker drar marscherar")),  # see _PLACES
    (re.compile(r"\b(?:stoppa|stoppar|hindra|hindrar)\s+(?:dem|dom|muslimerna|judarna|\w+)\s+fran\s+"
                r"att\s+(?:be|bedja|utova\s+sin\s+religion|halla\s+gudstjanst|fira\s+\w+)\b"),
     gate("stoppa stoppar hindra hindrar")),
    (re.compile(r"\bhang\s+(?:alla\s+)?\w+\s+i\s+(?:narmaste\s+)?(?:lyktstolpe\w*|trad\w*|galge\w*)|"
                r"(?:^|(?<=[.!?,:;\n])|\b(?:och|borde|ska|maste|dags\s+att|kom\s+igen|lat\s+oss|vi|ni|"
                r"alla))\s*(?:kasta|slang|slanga)\s+(?:sten\w*|flaskor|smallare)\s+"
                r"(?:pa|mot)\s+(?:polisen|snuten|snutarna|polisbil\w*|ambulans\w*|brandman\w*|"
                r"brandkar\w*|raddningstjanst\w*|bussen|bussarna)\b"),
     gate("lyktstolpe lyktstolpen lyktstolparna narmaste trad tradet galge galgen", "sten flaskor "
          "smallare")),
    (re.compile(r"\bta\s+med\s+(?:er\s+|dig\s+)?(?:tillhygg\w*|basebolltra\w*|slagtra\w*|"
                r"jarnror\w*|knogjarn|molotov\w*|brandbomb\w*)"),
     gate("knogjarn", "tillhygg basebolltra slagtra jarnror molotov brandbomb")),
]
_GATHER = _INCITE_MORE[2][0]
# The gathering pattern needs one of these inside a word (a compound like "asylboendet"), which
# a word gate cannot see; a substring test is as cheap.
_PLACES = ("moske", "synagog", "boende", "forlaggning")
_GROUP = (
    r"(?:invandrare|invandrarna|invandrarnas|invandrar\w*|muslimer|muslimerna|muslim|islamister|"
    r"judar|judarna|juden|judarnas|somalier|somalierna|araber|araberna|afghaner|afghanerna|"
    r"afrikaner|afrikanerna|romer|romerna|zigenare|zigenarna|svarta|svartingar|negrer|blattar|"
    r"blattarna|svartskallar|homosexuella|bogar|bogarna|flator|hbtq\w*|transpersoner|"
    r"transor|invandrargrupper|flyktingar|flyktingarna|asylsokande|utlanningar|utlanningarna|"
    r"kurder|eritreaner|syrier|irakier|polacker|samer|samerna|kineser|asiater|de har manniskorna|"
    r"tattare|tattarna|svartskallarna|negrerna|rumaner|transpersonerna|"
    r"sadana som (?:dom|dem)|dom dar|dom|de dar)"
)
_DEGRADE = (
    r"(?:(?:ar|e|var|har\s+(?:alltid\s+)?varit)\s+(?:\w+\s+){0,2}(?:djur|kackerlackor|parasit\w*|rattor|"
    r"tjuvfolk|ohyra|avskum|ett virus|en cancer|"
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
_HETS = re.compile(rf"(?<!kriminella\s)(?<!illegala\s)\b{_GROUP}\b(?!\s+som\b)[^.!?\n]{{0,50}}?\b{_DEGRADE}")
# A sentence that quotes such a statement to reject it ("det är inte sant att muslimer är
# terrorister", "sluta säga att invandrare är kriminella") is not hets.
_REJECTED = re.compile(r"\b(?:(?:ar|e)\s+(?:ju\s+)?inte\s+(?:\w+\s+)?(?:parasit\w*|djur|ohyra|"
                       r"kriminella|terrorister|tjuvar|valdtaktsman|brottslingar|snyltare)|inte\s+sant|sluta\s+(?:saga|pasta|kalla|tro)|fel\s+att\s+(?:saga|pasta|"
                       r"tro|kalla)|myt|myten|fordom\w*|rasistiskt|rasism|kallade|nazisterna|"
                       r"ingen\s+(?:ska|far|kan)\s+(?:saga|pasta|kalla)|det\s+ar\s+inte\s+sa\s+att|havdat|pastatt|"
                       r"(?:de|dom|sd|han|hon|vissa|en\s+del|rasister|rasisterna|folk)\s+(?:sager|"
                       r"pastar|havdar|menar|tror)\s+att)\b")
# Group nouns only (no "dom" or "de"): a statement that a whole people are criminals ("alla X är
# våldtäktsmän", "X är tjuvar") is hets; "dom är kriminella" of a gang is not. A group followed
# by "som" ("invandrare som begår brott") is a subset, not the group.
_GROUP_NOUN = (
    r"(?:invandrare|invandrarna|muslimer|muslimerna|judar|judarna|somalier|somalierna|araber|"
    r"araberna|afghaner|afghanerna|afrikaner|afrikanerna|romer|romerna|zigenare|zigenarna|"
    r"tattare|tattarna|svartingar|negrer|negrerna|blattar|blattarna|svartskallar|svartskallarna|"
    r"homosexuella|bogar|bogarna|transpersoner|transpersonerna|flyktingar|flyktingarna|"
    r"asylsokande|utlanningar|utlanningarna|kurder|eritreaner|syrier|irakier|polacker|samer|"
    r"samerna|rumaner|turkar|invandrargrupper)"
)
_CRIME_NOUN = (r"(?:valdtaktsman|tjuvar|brottslingar|kriminella|terrorister|pedofiler|mordare|"
               r"banditer|snyltare|parasit\w*|knarklangare|rovare|skurkar|bidragsfuskare)")
# Statements that are hets about a people but ordinary about "dom" (a gang, the party in
# power): "X styr kommunen", "X borde låsas in", "X är psykiskt störda", "X har lägre IQ".
_DEGRADE_NOUN = (
    r"(?:(?:ar|e|var|har\s+(?:alltid\s+)?varit)\s+(?:\w+\s+){0,2}(?:psykiskt\s+(?:stord\w*|sjuka)|"
    r"pervon|perversa|ett\s+(?:folk|slakte|pack)\s+av\s+(?:tjuvar|brottslingar|parasiter|snyltare|"
    r"kriminella|valdtaktsman|mordare|banditer|lognare|bedragare|djur|rattor|ohyra))|"
    r"styr\s+(?:allt|allting|kommunen|politiken|regeringen|riksdagen|ekonomin|landet|samhallet|"
    r"staten|pengarna)|"
    r"(?:borde|ska|maste|bor)\s+(?:\w+\s+){0,2}(?:sparras\s+in|lasas\s+in|internaras|kastreras)|"
    r"har\s+(?:en\s+)?(?:lagre|lag|samre)\s+(?:iq|intelligens)|"
    r"(?:ar|e)\s+(?:\w+\s+)?(?:mindre|lagre)\s+(?:intelligenta|begavade|utvecklade|vardiga|varda|"
    r"civiliserade)|"
    r"(?:borde|ska)\s+inte\s+fa\s+(?:finnas|existera|foroka\s+sig)|"
    r"forokar\s+sig\s+som\s+(?:kaniner|rattor|kackerlackor|ohyra|djur|flugor|loss)|"
    r"(?:ar|e)\s+(?:\w+\s+)?(?:smutsiga|ackliga|vidriga|motbjudande|ociviliserade|primitiva|"
    r"barbarer|vildar)|"
    r"(?:valdtar|ranar|misshandlar|knivhugger|stjal\s+fran)\s+(?:vara|svenska)\s+(?:kvinnor|"
    r"tjejer|barn|dottrar|pensionarer)|"
    r"(?:borde|ska|maste)\s+(?:\w+\s+)?(?:deporteras|utvisas|skickas\s+(?:ut|hem|tillbaka))\s+"
    r"allihop)"
)
_HETS_NOUN = re.compile(
    r"(?<!kriminella\s)(?<!illegala\s)\b" + _GROUP_NOUN + r"\b(?!\s+som\b)(?:\s+(?:har\s+)?(?:alltid|ju|bara|typ|sjalvklart))?\s+"
    r"(?:ar|e|blir|var)\s+(?:alla\s+|bara\s+|ju\s+|typ\s+|allihop\s+|samtliga\s+|fodda\s+|"
    r"per\s+definition\s+|nastan\s+alla\s+|i\s+grunden\s+)?" + _CRIME_NOUN + r"\b")
_HETS_NOUN2 = re.compile(r"(?<!kriminella\s)(?<!illegala\s)\b" + _GROUP_NOUN
                         + r"\b(?!\s+som\b)[^.!?\n]{0,50}?\b" + _DEGRADE_NOUN)
# Slurs for a group in the plural with what they are said to do to "us" ("svartskallarna
# förstör allt"). The singular aimed at one person is an insult, not hets.
_HETS_SLUR = re.compile(
    r"\b(?:svartskallar|svartskallarna|blattar|blattarna|blattejavlar\w*|negrer|negrerna|"
    r"svartingar|svartingarna|tattare|tattarna|zigenarna|muzzar\w*|sandnegrer\w*|"
    r"kameljockeys?|turbanskallar\w*|bogjavlar\w*|packet)\b[^.!?\n]{0,40}?"
    r"\b(?:forstor|forstorde|forpestar|valdtar|stjal|snyltar|tar\s+over|ska\s+ut|maste\s+ut|"
    r"borde\s+ut|(?:ska|maste)\s+bort(?!\s+(?:vid|i|efter)\s+(?:valet|nasta\s+val))|hor\s+inte\s+hemma|ska\s+hem|maste\s+hem|"
    r"skickas\s+(?:hem|ut)|har\s+ingen\s+plats)\b|"
    r"\b(?:skicka|kasta|kor|sparka)\s+(?:ut|hem|bort)\s+(?:hela\s+)?(?:packet|svartskallarna|"
    r"blattarna|negrerna|tattarna|zigenarna)\b")
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
# Names of well-known pirate streaming, torrent and book sites, as words or inside a domain
# ("streameast.to", "fmovies24.net"); they change top-level domain often, the name stays.
_PIRATE_BRANDS = (
    r"fmovies\w*|123movies\w*|putlocker\w*|soap2day\w*|streameast\w*|crackstreams\w*|"
    r"sportsurge\w*|methstreams\w*|buffstreams\w*|totalsportek\w*|vipbox\w*|vipleague\w*|"
    r"hesgoal\w*|rojadirecta\w*|audiobookbay\w*|libgen\w*|zlibrary\w*|z-library|sci-hub\w*|"
    r"scihub\w*|gomovies\w*|yesmovies\w*|solarmovie\w*|primewire\w*|hdtoday\w*|lookmovie\w*|"
    r"sflix\w*|9anime\w*|kissanime\w*|kisscartoon\w*|gogoanime\w*|hianime\w*|aniwatch\w*|nyaa|"
    r"nyaa\.si|rutracker\w*|kickasstorrents?|eztv\w*|torrentgalaxy\w*|limetorrents?|dreamfilm\w*|"
    r"swefilmer\w*|sweflix\w*|swesub\w*|tankafetast\w*|moviesjoy\w*|flixtor\w*|cuevana\w*|"
    r"movie4k\w*|kinox\w*|123series\w*|watchseries\w*|myflixer\w*|streamtape\w*|mixdrop\w*"
)
# An offer of illegal IPTV: the word with thousands of channels, a low monthly price, all the
# sports channels or "write to me".
_IPTV_OFFER = (
    r"\d{1,3}(?:[ .]?\d{3})+\s*\+?\s*(?:tv-?)?(?:kanaler|channels|livekanaler)|"
    r"alla\s+(?:sport)?kanaler|sportkanaler|gratis\s+test\w*|testa\s+gratis|billig\w*|"
    r"\d+\s*(?:kr|:-|sek)\s*(?:/|i|per\s+)?\s*(?:man|manad|manaden)|skriv\s+(?:i\s+)?(?:dm|pm)|"
    r"dm|pm|inbox|whatsapp|telegram|snap|4k|vod"
)
_PIRACY_WORDS = re.compile(
    r"\b(?:" + _PIRATE_BRANDS + r")\b|"
    r"\biptv\b[^\n]{0,80}?\b(?:" + _IPTV_OFFER + r")\b|\b(?:" + _IPTV_OFFER + r")\b[^\n]{0,60}?\biptv\b|"
    r"\b(?:kodi|androidbox|android-?box|tv-?box|firestick|fire\s?stick|mag-?box)\b[^\n]{0,60}?"
    r"\b(?:alla\s+(?:sport)?kanaler|sportkanaler|gratis|\d{3,}\s*kanaler)\b|"
    r"\b\d{1,3}(?:[ .]?\d{3})+\s*\+?\s*(?:tv-?)?(?:kanaler|livekanaler)\b[^\n]{0,80}?"
    r"\d+\s*(?:kr|:-|sek)\b|"
    r"\b(?:piratebay|thepiratebay|pirate bay|the pirate bay|1337x|popcorn ?time|rarbg|yify|yts|"
    r"gratis\s+(?:streama|stream|se)\s+(?:\w+\s+){0,3}(?:film|filmen|filmer|serien|serier|matchen)|"
    r"ladda\s+ner\s+(?:\w+\s+){0,2}(?:piratkopi\w*|crackad\w*)|ladda\s+ner\s+(?:hela\s+|nya\s+|alla\s+)?"
    r"(?:film\w*|serie\w*|sasong\w*|avsnitt\w*|album\w*|ljudbok\w*|e-?bok\w*|musik\w*|skivan)\s+"
    r"(?:\w+\s+){0,2}?gratis|crackad\w*|piratkopi\w*|"
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
_G_ACT = gate("branner branna tander tanda satter satta spranger spranga skjuter skjuta dodar "
              "doda mordar morda knivhugger knivhugga misshandlar misshandla slar sla spoar spoa")
_G_ACT_SUBJ = gate("jag vi")
_G_BLOOD = gate("", "blod")
_G_ANGRA = gate("angra")
_G_FEEL = gate("kanna smaka")
_G_INTENT = gate("borde ska skall kommer dags tanker vill ga gar aka aker")
_G_WEAPON = gate("kniv kniven knivar machete yxa yxan bossa bossan knogjarn sprangmedel dynamit "
                 "naven navarna vapen vapnen", "basebolltra slagtra jarnror pistol gevar hagelbossa "
                 "batong molotov bensin brandbomb handgranat knytnav kofot tillhygg")
_THREAT_GATES = [
    (_G_VET | _G_BOR,), (_G_HANDER,), (_G_SUBJ | _G_YOU,), (_G_DEAD,), (_G_AKTA,),
    (_G_JAGVI | _G_SEEK,), (_G_HARM, _G_DUNI | _G_WILL),
    (_G_ACT | _G_ACT_SUBJ,), (_G_BLOOD,), (_G_ANGRA,), (_G_FEEL,), (_G_INTENT | _G_WEAPON,),
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
_G_SMALLER = gate("smaller smalla")
_G_LESSON = gate("laxa lektion hut")
_G_BEATING = gate("omgang stryk spo snyting kaftsmall hoger kaften nyllet")
_G_EYE = gate("oppet nacken anvanda")
_G_ENGLISH = gate("kill shoot stab murder hurt burn live dead")
_G_SKULL = gate("krossa krossar sla slar spracka spracker sparka sparkar sticka sticker kora kor "
                "hugga hugger skjuta skjuter blasa blaser")
_VEILED_GATES = [_G_KNOW, _G_WARN, _G_SMALLA, _G_PITY, _G_WATCH, _G_LIVE, _G_BURN, _G_BULLET,
                 _G_HELL, _G_VISIT, _G_SMALLER, _G_LESSON, _G_SKULL, _G_EYE, _G_ENGLISH, _G_BEATING]
_VEILED_GATED = list(zip(_VEILED, _VEILED_GATES, strict=True))
_G_GROUP = gate(
    "invandrare invandrarna invandrarnas muslimer muslimerna muslim islamister judar judarna "
    "juden judarnas somalier somalierna araber araberna afghaner afghanerna afrikaner "
    "afrikanerna romer romerna zigenare zigenarna svarta svartingar negrer blattar blattarna "
    "svartskallar homosexuella bogar bogarna flator transpersoner transor invandrargrupper "
    "flyktingar flyktingarna asylsokande utlanningar utlanningarna kurder eritreaner syrier "
    "irakier polacker samer samerna kineser asiater de sadana dom tattare tattarna "
    "svartskallarna negrerna rumaner transpersonerna", "invandrar hbtq")
_G_DEGRADE = gate(
    "borde ska maste bor hor",
    "djur kackerlackor parasiter rattor ohyra avskum virus cancer pest untermenschen "
    "undermanniskor vardiga manniskor smitta huvudet pedofiler efterblivna apor vildar boskap "
    "skadedjur sjukdom allihop kriminella valdtaktsman genetiskt forpestar forgiftar forstor "
    "blandar rasforradare styr kastas skadedjur odjur bestar missfoster naturen plaga gissel "
    "leva parasit tjuvfolk")
_G_DEGRADE_NOUN = gate(
    "psykiskt pervon perversa folk slakte pack styr sparras lasas internaras kastreras iq "
    "intelligens intelligenta begavade utvecklade vardiga varda civiliserade finnas existera "
    "foroka forokar smutsiga ackliga vidriga motbjudande ociviliserade primitiva barbarer vildar "
    "valdtar ranar misshandlar knivhugger stjal allihop")
_G_HETS_NOUN = gate(
    "invandrare invandrarna muslimer muslimerna judar judarna somalier somalierna araber araberna "
    "afghaner afghanerna afrikaner afrikanerna romer romerna zigenare zigenarna tattare tattarna "
    "svartingar negrer negrerna blattar blattarna svartskallar svartskallarna homosexuella bogar "
    "bogarna transpersoner transpersonerna flyktingar flyktingarna asylsokande utlanningar "
    "utlanningarna kurder eritreaner syrier irakier polacker samer samerna rumaner turkar "
    "invandrargrupper")
_G_CRIME_NOUN = gate("valdtaktsman tjuvar brottslingar kriminella terrorister pedofiler mordare "
                     "banditer snyltare knarklangare rovare skurkar bidragsfuskare", "parasit")
_G_HETS_SLUR = gate("svartskallar svartskallarna blattar blattarna negrer negrerna svartingar "
                    "svartingarna tattare tattarna zigenarna kameljockey kameljockeys packet",
                    "blattejavlar muzzar sandnegrer turbanskallar bogjavlar")
_G_HETS_REV = gate("utrota gasa rensa skjut hang deportera kasta")
_G_SHARED = gate("gratis") | gate("", "ladda tanka")
_G_CSAM = gate("", "barn cp child pedoporr sexbilder nakenbilder loli")
_G_GORE = gate("", "halshugg gore avrattningsvideo video avrattas slaktas knivhuggs")
_G_PIRACY = gate("kanaler livekanaler kodi androidbox android tvbox tv firestick fire mag "
                 "magbox", "piratebay thepiratebay pirate 1337x popcorn rarbg yify yts "
                 "gratis ladda crackad piratkopi iptv warez keygen torrent "
                 + prefixes_of(_PIRATE_BRANDS).replace(" z ", " library "))




_THREAT_MASK = 0
for _alts in _THREAT_GATES:
    for _n in _alts:
        _THREAT_MASK |= _n
for _n in _VEILED_GATES:
    _THREAT_MASK |= _n
# A text with none of these gate bits and no "." (no web address) has nothing to look at.
_ANY_GATE = (_THREAT_MASK | _G_INCITE | _G_GROUP | _G_DEGRADE | _G_HETS_REV | _G_CSAM | _G_GORE
             | _G_PIRACY | _G_HETS_NOUN | _G_HETS_SLUR | _G_SHARED
             | _G_DEGRADE_NOUN)
for _p, _n in _INCITE_MORE:
    _ANY_GATE |= _n
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


_ANY_GATE |= _sales.MASK | _broad.ENTRY


# A link to an unknown streaming site offered for free viewing of films, series or matches:
# the host is made of streaming words ("fotbollslive-hd.xyz", "freemoviesonline.net"), the text
# offers something to watch for free. Legal free services (SVT Play, the libraries' Cineasterna,
# YouTube) and Swedish hosts are left alone.
_HOST_WORDS = re.compile(r"stream|live|movie|film|watch|free|gratis|torrent|iptv|serie|sport|"
                         r"match|fotboll|football|soccer|anime|hd|tv|cinema|kino|flix")
_LEGAL_HOSTS = re.compile(r"svt|urplay|tv4|youtu|viaplay|cmore|netflix|hbo|disney|sfanytime|"
                          r"cineasterna|bibliotek|elib|storytel|bookbeat|nextory|spotify|twitch|"
                          r"dazn|discovery|dplay|kanal5|kanal9|eurosport|allsvenskan|"
                          r"fotbollskanalen|svenskfotboll|shl\.|nhl\.|aftonbladet|expressen|apple|"
                          r"amazon|primevideo|google|facebook|instagram|tiktok|kommun|plex|tubi|"
                          r"pluto|rakuten|skyshowtime|paramount|archive\.org|vimeo|motala")
_FREE_WATCH = re.compile(
    r"\b(?:gratis|free|utan\s+att\s+betala|istallet\s+for\s+att\s+betala|slipp\w*\s+betala|"
    r"behover\s+(?:inte|ej)\s+(?:kopa|betala))\b")
_CONTENT = re.compile(
    r"\b(?:film|filmen|filmer|filmerna|serie|serien|serier|serierna|sasong\w*|avsnitt\w*|"
    r"match|matchen|matcher|matcherna|allsvenskan|shl|nhl|premier\s+league|champions\s+league|"
    r"ufc|formel\s+1|f1|ljudbok\w*|e-?bok\w*|album|biobiljett\w*|bion|final|finalen|derbyt|"
    r"derbyn|fighten|vm|em|os)\b")


_SHORTENERS = frozenset(("bit.ly", "tinyurl.com", "t.co", "goo.gl", "cutt.ly", "rb.gy", "is.gd",
                         "shorturl.at", "tiny.cc", "t.ly"))


def _free_stream_host(host: str, f: str) -> bool:
    """A host that looks like a pirate stream, in a text that offers free viewing."""
    if host.endswith((".se", ".nu")) or _LEGAL_HOSTS.search(host):
        return False
    if host in _SHORTENERS:
        return _FREE_WATCH.search(f) is not None and _CONTENT.search(f) is not None
    name = host.rsplit(".", 1)[0]
    words = len(_HOST_WORDS.findall(name))
    return words >= 1 and _FREE_WATCH.search(f) is not None and (
        words >= 2 or _CONTENT.search(f) is not None)


# Shared downloads: "laddade ner hela X gratis, länken ligger i min profil".
_SHARED_DOWNLOAD = re.compile(
    r"\b(?:laddade|laddat|laddar|ladda|tankade|tankat|tankar|tanka)\s+(?:ner\s+)?(?:\w+\s+){0,6}?"
    r"gratis\b[^.!?\n]{0,80}?\b(?:lanken|lank|lankar|dm|pm|profil\w*|skickar|delar)\b")


def detect(ctx: Context) -> list[Finding]:
    f = ctx.folded
    bits = ctx.bits
    out: list[Finding] = []
    if not bits & _ANY_GATE and not _UNGATED and "." not in f:
        return out
    threats, veiled = _open_threats(bits & _THREAT_MASK)
    for pattern, score, expl in threats:
        for m in pattern.finditer(f):
            if _broad.quoted_report(f, m.start(), m.end()) or (pattern is _SEEK and _FIRM.search(f)):
                continue
            out.append(Finding("criminal", m.start(), m.end(), "threat", score,
                               f"{expl} – kan vara olaga hot", OLAGA_HOT))
    for pattern, score, expl in veiled:
        for m in pattern.finditer(f):
            if _broad.quoted_report(f, m.start(), m.end()):
                continue
            if not any(x.start < m.end() and m.start() < x.end for x in out):
                out.append(Finding("criminal", m.start(), m.end(), "threat", score,
                                   f"{expl} – kan vara olaga hot", OLAGA_HOT))
    for s, e, rule, score, expl, basis in _broad.findings(f, bits, ctx.n_digits):
        if basis == HETS and _REJECTED.search(ctx.sentence_text(s)):
            continue
        if not any(x.start < e and s < x.end for x in out):
            if rule == "threat":
                expl += " – kan vara olaga hot"
            out.append(Finding("criminal", s, e, rule, score, expl, basis))
    for m in _INCITE.finditer(f) if bits & _G_INCITE else ():
        out.append(Finding("criminal", m.start(), m.end(), "incitement", 0.85,
                           "Uppmaning till brott eller våld – kan vara uppvigling", UPPVIGLING))
    for pattern, need in _INCITE_MORE:
        if not bits & need or (pattern is _GATHER and not any(p in f for p in _PLACES)):
            continue
        for m in pattern.finditer(f):
            out.append(Finding("criminal", m.start(), m.end(), "incitement", 0.85,
                               "Uppmaning till brott eller våld – kan vara uppvigling", UPPVIGLING))
    for pat, need in ((_HETS, _G_GROUP | _G_DEGRADE), (_HETS_REV, _G_HETS_REV),
                      (_HETS_NOUN, _G_HETS_NOUN | _G_CRIME_NOUN), (_HETS_SLUR, _G_HETS_SLUR),
                      (_HETS_NOUN2, _G_HETS_NOUN | _G_DEGRADE_NOUN)):
        if bits & need != need:
            continue
        for m in pat.finditer(f):
            if _REJECTED.search(ctx.sentence_text(m.start())):
                continue
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
            elif _free_stream_host(host, f):
                out.append(Finding("criminal", s, e, "piracy_link", 0.75,
                                   f"Erbjuder gratis film, serier eller sport via {host} – kan "
                                   "vara upphovsrättsintrång", UPPHOVSRATT))
    if bits & _sales.MASK:
        out += _sales.findings(ctx)
    if bits & _G_SHARED == _G_SHARED:
        for m in _SHARED_DOWNLOAD.finditer(f):
            out.append(Finding("criminal", m.start(), m.end(), "piracy", 0.75,
                               "Erbjuder att dela nedladdat material gratis – kan vara "
                               "upphovsrättsintrång", UPPHOVSRATT))
    for m in _PIRACY_WORDS.finditer(f) if bits & _G_PIRACY else ():
        if not any(x.start <= m.start() < x.end for x in out):
            out.append(Finding("criminal", m.start(), m.end(), "piracy", 0.75,
                               "Hänvisar till piratkopierat material – kan vara upphovsrättsintrång",
                               UPPHOVSRATT))
    return out
