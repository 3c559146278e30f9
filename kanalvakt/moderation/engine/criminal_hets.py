"""Hets mot folkgrupp as people write it: a group (also in compounds, obfuscated or as "arabiska
barn") with a degrading statement about the whole group in the same sentence. A slur alone
("centrum är fullt av svartskallar") is offensive, not hets: it needs the statement too. Same format as `threats.RULES`; `criminal.detect` drops a match in a sentence
that rejects the statement ("det är inte sant att ..."). Written on folded text (ä -> a, so
"dom ä" is "dom a").
"""

from __future__ import annotations

import re

from kanalvakt.moderation.engine.gates import gate
from kanalvakt.moderation.engine.results import HETS

_Rule = tuple[re.Pattern[str], tuple[int, ...], float, str, str, str | None]

_GROUP = (
    r"(?:invandrar\w*|muslim\w*|m[-*.]?u?[-*.]?slim(?:er|erna|jävlar)|islamist\w*|judar|judarna|"
    r"juden|judejavl\w*|somalier|somalierna|araber|araberna|arabjavl\w*|afghaner|afghanerna|"
    r"afrikaner|afrikanerna|romer|romerna|zigenar\w*|tattare|tattarna|svarting\w*|svartskall\w*|"
    r"negrer\w*|n\*+r\w*|blattar|blattarna|blattejavl\w*|bogar|bogarna|bogjavl\w*|flator|flatorna|"
    r"transa|transan|transor|transorna|tr\*nsor\w*|transpersoner\w*|trans-?freak\w*|trans-?folk\w*|"
    r"hbtq\w*|homosexuella|kineser|kineserna|polacker|polackerna|kurder|kurderna|syrier|irakier|"
    r"eritreaner|rumaner|turkar|asylsokande|flyktingar|flyktingarna|utlanningar|utlanningarna|"
    r"(?:kurdiska|arabiska|somaliska|muslimska|judiska|romska|afghanska|syriska|polska|"
    r"utlandska)\s+(?:barn|familjer|kvinnor|man|killar|ungdomar|ungar|elever))"
)
_SLUR = (r"blattar|blattarna|svartskall\w*|svarting\w*|negrer\w*|zigenar\w*|tattare|tattarna|"
         r"trans-?freak\w*|transa|transan|transor|transorna|tr\*nsor\w*|bogar|bogarna|bogjavl\w*|"
         r"flator|flatorna|arabjavl\w*|judejavl\w*|blattejavl\w*")
_G_GROUP = gate(
    "judar judarna juden somalier somalierna araber araberna afghaner afghanerna afrikaner "
    "afrikanerna romer romerna tattare tattarna blattar blattarna bogar bogarna flator flatorna "
    "transa transan transor transorna homosexuella kineser kineserna polacker polackerna kurder "
    "kurderna syrier irakier eritreaner rumaner turkar asylsokande flyktingar flyktingarna "
    "utlanningar utlanningarna kurdiska arabiska somaliska muslimska judiska romska afghanska "
    "syriska polska utlandska n m tr",
    "invandrar muslim slim msl islamist judejavl arabjavl zigenar svarting svartskall negrer "
    "blattejavl bogjavl transpersoner trans hbtq")
# What is said of the whole group: sick, not human, a danger to children, thieves, in control of
# the media, worthless, to be locked up. Not after a negation ("är inte parasiter").
_NOT = r"(?!(?:\w+\s+){0,2}?(?:inte|inga|ej|aldrig)\b)"
_PRED = (
    r"(?:sjuka\s+i\s+(?:huvudet|huvet|skallen|roten)|psykiskt\s+sjuka|(?:en\s+)?psykisk\s+sjukdom|"
    r"inte\s+(?:ens\s+)?(?:riktiga\s+)?manniskor|inte\s+manskliga|"
    r"(?:en\s+)?fara\s+for\s+(?:vara\s+)?(?:barn|barnen|ungarna|samhallet)|"
    r"(?:ska|borde|bor)\s+(?:inte\s+vara\s+nara|halla\s+sig\s+borta\s+fran)\s+(?:vara\s+)?barn\w*|"
    r"borde\s+inte\s+fa\s+(?:jobba|arbeta)\s+(?:med|pa|i|nara)\s+(?:barn\w*|\w*skol\w*|dagis)|"
    r"(?:ar|e|a)\s+" + _NOT + r"(?:\w+\s+){0,2}?(?:parasiter|snyltare|ohyra|avskum|pack|packet|tjuvpack|zigenarpack|djur|"
    r"apor|svin|fyllesvin)|snyltande\s+\w*svin|"
    r"stjal\s+(?:ju\s+)?(?:allt|allting|cyklarna|bilarna)|dom\s+som\s+stjal|"
    r"(?:kontrollerar|styr|ager)\s+(?:ju\s+)?(?:anda\s+)?(?:allt|allting|medierna|media|"
    r"bankerna|varlden|pengarna|sverige)|"
    r"boskapsvagnar\w*|ater\s+hundar|luktar\s+(?:illa|skit)?|drar\s+ner\s+allt|"
    r"(?:ar|e|a)\s+inte\s+varda\s+(?:ett\s+skit|nagonting|nagot|ett\s+piss)|"
    r"(?:ska|borde|bor|maste)\s+(?:\w+\s+)?(?:lasas|sparras)\s+in|"
    r"kan\s+inte\s+bo\s+(?:i|bland|nara)\s+\w+)"
)
_G_PRED = gate(
    "sjuka psykiskt psykisk manniskor manskliga fara nara borta jobba arbeta parasiter "
    "snyltare ohyra avskum djur apor svin fyllesvin snyltande stjal kontrollerar styr ager "
    "boskapsvagnar hundar luktar drar varda lasas sparras bo pack packet tjuvpack zigenarpack",
    "boskapsvagn")

RULES: list[_Rule] = [
    # "bögar och flator är sjuka i huvet", "alla tr*nsor borde låsas in", "alla judar kontrollerar
    # medierna", "kurdiska barn ... dom drar ner allt och luktar".
    # A slur names the whole people even in "de där blattarna som ..."; a neutral group word
    # followed by "som" is a subset ("invandrare som begår brott").
    (re.compile(r"\b(?:" + _SLUR + r")\b[^.!?\n]{0,120}?\b" + _PRED + r"\b|"
                r"(?<!kriminella\s)(?<!illegala\s)\b" + _GROUP + r"\b(?!\s+som\b)[^.!?\n]{0,120}?\b"
                + _PRED + r"\b"),
     (_G_GROUP | _G_PRED,), 0.9,
     "Nedvärderande påstående om en folkgrupp – kan vara hets mot folkgrupp",
     "hets_mot_folkgrupp", HETS),
    # The antisemitic "echo" ("(((de))) som äger bankerna").
    (re.compile(r"\({3}[^()\n]{1,20}\){3}[^.!?\n]{0,120}?\b" + _PRED + r"\b"), (_G_PRED,), 0.9,
     "Antisemitisk kod med nedvärderande påstående – kan vara hets mot folkgrupp",
     "hets_mot_folkgrupp", HETS),
]
