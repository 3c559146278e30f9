"""Advertising and spam: commercial promotion, scams, crypto and earn-money posts, link
shorteners, and the same text posted on several accounts (tracked across one run).

Signals are weighted and combined as 1 - Π(1 - w); one weak signal ("rabatt" in a complaint
about prices) stays below the review threshold, a few together do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kanalvakt.moderation.engine.config import DATA
from kanalvakt.moderation.engine.context import DUP_NORM, Context
from kanalvakt.moderation.engine.criminal import F_DOMAIN, domains
from kanalvakt.moderation.engine.gates import gate
from kanalvakt.moderation.engine.results import Finding
from kanalvakt.moderation.engine.spam_families import FAMILIES
from kanalvakt.moderation.engine.spam_families import alts as _alts

_SIGNALS: list[tuple[re.Pattern[str], float, str]] = [
    # crypto, trading, earn money
    (re.compile(r"\b(?:bitcoin|btc|krypto\w*|crypto\w*|ethereum|forex|binar\w* option\w*|"
                r"nft|tradingbot|trading|daytrading|investeringsplattform)\b"), 0.55, "krypto/trading"),
    (re.compile(r"\b(?:tjana|tjanar|tjanat|tjäna|earn)\s+(?:\w+\s+){0,3}(?:\d[\d\s.]*(?:kr|kronor|sek|"
                r"\$|usd|euro|dollar)|pengar(?!\s+pa\s+(?:den|det|att|oss|er|dem|kommun\w*|skatt\w*|var|vara|"
                r"andra|folk|sjuk\w*|aldre|barn\w*))|extra|hemifran|per dag|om dagen|i veckan|i manaden|tusentals|"
                r"hundratusentals|miljoner|varje\s+(?:dag|vecka|manad))"),
                0.6, "tjäna pengar"),
    (re.compile(r"\b(?:passiv inkomst|ekonomisk frihet|jobba hemifran|extrainkomst|"
                r"investerade\s+\d|avkastning|garanterad vinst|dubbla dina pengar|"
                r"min mentor|kontakta (?:min|hennes|hans) (?:mentor|coach)|whatsapp|"
                r"skriv till (?:mig|henne|honom) pa (?:whatsapp|telegram)|telegram)\b"), 0.55,
     "snabba pengar"),
    # scams
    (re.compile(r"\b(?:du har vunnit|grattis\W+du (?:ar|har)|du ar utvald|vinnare|vunnit en|"
                r"gratis iphone|presentkort|verifiera ditt konto|ditt konto (?:kommer att )?"
                r"(?:stangas|spärras|sparras|raderas)|klicka pa lanken|klicka har|"
                r"las mer pa lanken|lanken i (?:min )?bio|claim|hamta ditt pris|"
                r"sidan kommer att (?:stangas|raderas)|bekrafta dina uppgifter)\b"), 0.6, "bedrägeri"),
    # commercial promotion
    # The look-ahead of the alternatives' first characters skips most positions at once.
    (re.compile(r"(?=[\dbdefghjklmprstuvw])\b(?:kop nu|kop har|handla nu|bestall nu|bestall har|bestall idag|"
                r"rabatt\w*|rabattkod\w*|erbjudande\w*|kampanj(?:pris)?|rea|storrea|mellandagsrea|sommarrea|"
                r"vinterrea|slutrea|totalrea|utforsaljning|lagerrensning|black\s+friday|fyndpris\w*|"
                r"gratis frakt|fri frakt|superpris|kampanjkod|reapris|lagsta pris|"
                r"\d+\s?%\s?(?:rabatt|off)|boka (?:tid|din tid) (?:hos|pa|via)|besok (?:var|min) "
                r"(?:butik|hemsida|sida|webbshop|profil)|kolla in (?:min|var) (?:sida|profil|"
                r"kanal|shop|butik)|folj (?:oss|mig) pa|dm for (?:pris|info|mer)|"
                r"vi saljer|jag saljer|saljes|^saljer|kop foljare|billiga? foljare|bestallningar|till salu|priset ar|endast\s+\d+\s?(?:kr|:-)|"
                r"\d+\s?(?:kr|:-)\s?(?:st|/st|styck)|prisvard\w*|webbshop|webshop|"
                r"swisha\s+\d|swish\s?(?:nr|nummer)?\s?:?\s?123)\b"), 0.45, "reklam"),
    (re.compile(r"\b(?:lagga till mig|add me|subscribe|prenumerera pa min|gilla min sida|"
                r"snygga tjejer|dejta|singlar i (?:ditt|ditt omrade)|hot singles|sexig\w* "
                r"(?:tjejer|kvinnor)|onlyfans|only fans)\b"), 0.6, "spam"),
    # Added 2026-11, from how Swedish spam is phrased: contact me privately, followers for
    # sale, dating, quick loans, network marketing, discount codes, service offers.
    (re.compile(r"\b(?:skriv|skicka)\s+(?:ett\s+|en\s+)?(?:dm|pm)\b|\b(?:dm|pm|inbox)\s+(?:mig|vid\s+"
                r"intresse|for\s+(?:pris|info|mer))\b|\bi\s+(?:inbox|inkorgen|dm|pm)\b|\b(?:dma|pma|"
                r"inboxa)\s+mig\b"), 0.45, "privat kontakt"),
    (re.compile(r"\b(?:\d[\d\s]*\s)?(?:foljare|followers|likes|visningar)\s+(?:for|fran)\s+\d+|"
                r"\b(?:kop|kopa|fa)\s+(?:fler\s+)?(?:foljare|followers|likes)\b|\bfler\s+foljare\b"),
     0.6, "köpta följare"),
    (re.compile(r"\b(?:ensamma|heta|kata|sexiga|snygga|lekfulla)\s+(?:tjejer|kvinnor|killar|singlar|"
                r"damer|mammor)|\b(?:singlar|tjejer|kvinnor)\s+i\s+(?:din|ditt)\s+(?:narhet|omrade|"
                r"stad)|\b(?:datingsajt|dejtingsajt|datingapp|dejtingapp)\w*|\bvill\s+traffa\s+dig\b"),
     0.6, "dejting"),
    (re.compile(r"\blan\s+utan\s+uc\b|\b(?:snabblan|smslan|sms-lan|privatlan)\w*|\bpengarna\s+pa\s+"
                r"kontot\b|\bansok\s+(?:nu|idag|har|direkt)\b"), 0.5, "snabblån"),
    (re.compile(r"\b(?:mitt|vart)\s+team\b|\bambitiosa\s+(?:personer|manniskor|tjejer|killar)\b|"
                r"\bjobba\s+(?:med\s+mig|fran\s+mobilen|nar\s+du\s+vill)\b|\bfraga\s+mig\s+hur\b|"
                r"\b\d+\s?%\s+(?:avkastning|vinst|billigare)\b"), 0.45, "nätverksförsäljning"),
    (re.compile(r"\b(?:rabattkod|kampanjkod)\w*|\bkoden\s+[a-z]+\d*\s+(?:for|ger)\b|\boppningserbjudande\b|"
                r"\bkontakta\s+oss\s+for\s+(?:offert|bokning|pris|mer)\b|\b(?:rut|rot)-?avdrag\b|"
                r"\bfasta?\s+pris(?:er)?\b|\b(?:forsta|1:a)\s+(?:passet|besoket|timmen|manaden|lektionen)\s+"
                r"gratis\b|\bfolj\s+(?:mig|oss)\s+pa\s+(?:instagram|insta|tiktok|facebook|youtube)|"
                r"\b(?:webbutik|nätbutik|natbutik|webbshop)\w*|\bbilligt\s+och\s+snabbt\b"),
     0.45, "reklam"),
]
# Word gates (see `gates`), one per signal above: words the signal cannot match without.
# `True`: the signal also matches with digits and runs when the text has a digit and one of
# the substrings of `_digit_alternatives_possible`.
_SIGNAL_GATES: list[tuple[int, bool]] = [
    (gate("", "bitcoin btc krypto crypto ethereum forex binar nft tradingbot trading daytrading "
          "investeringsplattform"), False),
    (gate("tjana tjanar tjanat earn"), False),
    (gate("inkomst frihet hemifran extrainkomst investerade avkastning vinst pengar mentor coach "
          "whatsapp telegram"), False),
    (gate("vunnit grattis utvald vinnare iphone presentkort konto klicka lanken claim pris sidan "
          "bekrafta"), False),
    (gate("kop handla bestall kampanj kampanjpris rea frakt superpris kampanjkod reapris lagsta "
          "boka besok kolla folj dm saljer saljes foljare bestallningar salu priset webbshop "
          "webshop storrea mellandagsrea sommarrea vinterrea slutrea totalrea utforsaljning "
          "lagerrensning black", "rabatt erbjudande prisvard fyndpris"), True),
    (gate("lagga add subscribe prenumerera gilla tjejer dejta singlar singles kvinnor onlyfans "
          "fans"), False),
    (gate("skriv skicka dm pm inbox inkorgen dma pma inboxa"), False),
    (gate("foljare followers likes visningar"), False),
    (gate("tjejer kvinnor killar singlar damer mammor dig", "datingsajt dejtingsajt datingapp "
          "dejtingapp"), False),
    (gate("lan snabblan smslan sms privatlan pengarna ansok", "snabblan smslan privatlan"), False),
    (gate("team ambitiosa jobba fraga avkastning vinst billigare"), False),
    (gate("koden oppningserbjudande kontakta rut rot pris forsta 1 folj "
          "billigt", "webbutik natbutik webbshop rabattkod kampanjkod"), False),
]




# Public bodies and associations: "vi på förskolan", "vi på äldreboendet Solgården" is not a
# company speaking.
_PUBLIC = (r"kommun|forvaltning|\w*skola|\w*skolan|bibliotek|aldreboend|\w*boendet|hemtjanst|"
           r"fritidsgard|badhus|simhall|kundcenter|medborgarkontor|avdelning|enhet|socialtjanst|"
           r"stadshus|kulturhus|muse|sjukhus|vardcentral|lasarett|forening|klubb|kyrka|forsamling|"
           r"region|polis|raddningstjanst")
_SHOP_NOUNS = ("insta|instagram|app|appen|meny|menyn|salong|salongen|butik|butiken|restaurang|klinik|"
               "studio|tjanster|produkter|kunder|priser|erbjudanden|oppettider|webbsida|sajt|"
               "kollektion|kollektionen|sortiment|webbshop|marknadsforing|hemsida|webbplats|lokal|"
               "frisorsalong|nagelsalong|skonhetssalong|kladbutik|blomsterbutik|varkollektion|"
               "varkollektionen|sommarkollektion|hostkollektion|lunchmeny|julmeny")
_CTA_VERBS = (
    r"boka\b(?!\s+(?:om|av)\b)", r"bestall\b", r"kop\b", r"handla\s+(?:hos|pa|online|idag|nu)\b",
    r"prova\b", r"testa\s+(?:oss|var|vara|gratis)\b", r"kika\s+(?:in|hit|pa|garna|forbi)\b",
    r"titta\s+(?:in|hit|pa|garna|forbi)\b",
    r"kom\s+(?:in|forbi|och\s+(?:provkor|testa|prova|smaka|handla|fynda))\b",
    r"besok\s+(?:oss|var|vara|hemsidan|butiken)\b", r"ring\s+(?:oss|idag|nu|direkt|vart|var|\d|[a-z]+\s+pa\s+0\d|(?!(?:mig|hennes|hans|deras|henne|honom|dem)\b)(?:[a-z]+\s+){1,3}0\d)",
    r"teckna\s+(?:pa|via|hos|idag|nu|direkt)\b", r"kom\s+till\s+oss\b",
    r"skriv\s+till\s+oss\b", r"kontakta\s+oss\s+(?:idag|nu|direkt)\b",
    r"hor\s+av\s+(?:dig|er)\s+(?:till\s+oss|for)\b", r"passa\s+pa\b", r"missa\s+inte\b", r"skynda\b",
    r"fraga\s+mig\b", r"valkommen\s+(?:in|till\s+oss)\b", r"valkomna\s+(?:in|till\s+oss)\b",
    r"valkommen\W*$", r"valkomna\W*$", r"sok\s+(?:upp\s+)?oss\b", r"folj\s+(?:oss\b|@\w)", r"swisha\b",
    r"spara\s+(?:upp\s+till\s+)?(?:\d|tusentals|hundratals|massor|pengar)", r"jamfor\s+och\b",
    r"registrera\s+dig\b", r"anmal\s+dig\b", r"salj\s+(?:din|ditt|dina|era|ert|er)\b", r"knacka\s+pa\b", r"ga\s+med\s+i\b",
    r"sluta\s+betala\b", r"fa\s+fler\s+kunder\b", r"byt\s+till\s+oss\b",
    r"tipsa\s+(?:garna\s+)?(?:era|dina|alla)\s+vanner\b")
# The verbs as a pattern; `_clause_start` tells whether a match stands where an imperative does.
_IMPERATIVE = _alts(*_CTA_VERBS)


def _clause_start(f: str, pos: int) -> bool:
    """Whether `pos` starts a clause: the text's start, a new line, after punctuation or an emoji
    (up to two spaces between), or after "och"/"så" ("ring oss så fixar vi det")."""
    j = pos
    while j > 0 and f[j - 1].isspace() and pos - j < 2:
        j -= 1
        if f[j] == "\n":
            return True
    if j == 0:
        return True
    c = f[j - 1]
    if not (c.isalnum() or c == "_" or c.isspace()):
        return True
    for word in ("och ", "sa "):
        k = pos - len(word)
        if k >= 0 and f.startswith(word, k) and (k == 0 or not (f[k - 1].isalnum() or f[k - 1] == "_")):
            return True
    return False


_MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"

# The advertiser's opening question or headline: "Letar du efter ...?", "Trött på ...?",
# "Billiga däck ...", "Professionell hundfrisör ...".
_OPENER = re.compile(r"^\W*(?:(?:hej|hejsan|halla|tjena|hallo)(?:\s+\w+)?\W+)?(?:letar\s+(?:du|ni)\s+efter|behover\s+(?:du|ni)|trott\s+pa|trottnat\s+pa|"
                     r"less\s+pa|ont\s+i|har\s+(?:du|ni)\s+(?:skulder|ont|problem)|vill\s+(?:du|ni)\s+(?:ha|"
                     r"tjana|bli|slippa|spara|salja|ga\s+ner|kopa)|drommer\s+(?:du|ni)\s+om|sugen\s+pa|"
                     r"ska\s+(?:du|ni)\s+(?:salja|kopa|renovera)|funderar\s+(?:\w+\s+){1,2}pa|"
                     r"saknar\s+(?:du|ni)|(?:billig\w*|prisvard\w*|professionell\w*|erfaren|certifierad|"
                     r"auktoriserad|nystartad\w*)\s+\w+|varfor\s+betala\s+(?:dyrt|overpris|fullpris)|"
                     r"harda\s+tider|ar\s+(?:du|ni)\s+(?:ocksa\s+|som\s+jag\s+)?(?:trott|less|sugen|intresserad))\b")

# Added 2026-11 (second round), from how companies, scammers and spammers write in a
# municipality's comment field. The commercial families ("företag", "uppmaning", "erbjudande")
# are weak one by one (a citizen writes "vi på Solbacka", the library "välkomna!", anyone "2 för
# 1") and count only together. Each row: pattern, weight, label, word gate (see `gates`), whether
# digits open it too. Several rows may share a label: they are one family split so that each
# regex runs only on the texts holding its own rare words.
_MORE: list[tuple[re.Pattern[str], float, str, int, bool]] = [
    # A company speaking as "we": "Vi på X", "vi erbjuder", "vi har öppnat vår butik".
    (_alts(r"vi\s+pa\s+(?!(?:\w+\s+)?(?:" + _PUBLIC + r")|jobbet\b|landet\b|stan\b|motet\b|gatan\b|"
           r"var\b|vart\b|vara\b|\w+(?:gatan|vagen|torget)\b)[a-z]\w+",
           r"vi\s+ar\s+(?:ett|en)\s+(?:\w+\s+)?(?:\w*foretag|\w*firma|hantverkare|snickare|elektriker)\b",
           r"vi\s+(?:har\s+)?(?:nu\s+)?(?:nyoppnat|erbjuder|ordnar|levererar|fixar|hamtar|loser\s+(?:alla|dina|"
           r"era|ditt|ert)|installerar|utfor|reparerar|stadar|tillverkar|designar|skraddarsyr|"
           r"specialiserar|ger\s+(?:dig|er)|(?:precis\s+)?fatt\s+in\s+(?:nya|en\s+ny|ett\s+nytt|fler\s+"
           r"(?:varor|produkter)|\w*kollektion)|koper\s+(?:alla|din|ditt|dina|er|ert|era|guld|silver|"
           r"bilar|bostader|dodsbon|hela|bohag|smycken|klockor|mynt)|har\s+hjalpt\s+(?:over\s+)?\d+|"
           r"hjalper\s+(?:dig|er|foretag|privatpersoner|kommuner|smaforetag|butiker))\b",
           r"vi\s+(?:bygger|maler|lagar|klipper|fixar|gor)\s+allt\b"),
     0.35, "företag", gate("vi"), False),
    (_alts(r"(?:jag|vi)\s+har\s+(?:precis\s+|nu\s+|antligen\s+)?(?:startat|oppnat)\s+(?:eget|ett|en|"
           r"min|mitt|var|vart)\s+(?:\w+\s+){0,2}(?:foretag|firma|verksamhet|webbshop|restaurang|"
           r"\w*klinik|\w*butik|\w*salong|\w*cafe|\w*kafe|\w*studio|\w*bageri)\b",
           r"sa\s+(?:ringer|kontaktar|aterkommer)\s+vi\b",
           r"om\s+(?:nan|nagon|du|ni)\s+behover\s+(?:\w+\s+){1,3}(?:sa\s+)?(?:gor|fixar|hjalper|har|"
           r"erbjuder|ordnar)\s+(?:jag|vi)\b"),
     0.35, "företag", gate("startat oppnat ringer kontaktar aterkommer behover"), False),
    (_alts(r"(?:var|vart|vara)\s+(?:\w+\s+)?(?:" + _SHOP_NOUNS + r")\b"),
     0.35, "företag", gate(_SHOP_NOUNS.replace("|", " ")), False),
    (_alts(r"(?:mitt|min)\s+(?:foretag|firma|salong|butik|nystartade)\b", r"pa\s+etsy\b",
           r"hos\s+oss\b",
           r"(?:vi|jag)\s+tar\s+(?:pa\s+(?:mig|oss)\s+)?(?:(?:sma|stora|alla|nya|och|mindre|storre)\s+)"
           r"{0,4}(?:uppdrag|jobb|bestallningar|bokningar|kunder)\b",
           r"tar\s+(?:pa\s+(?:mig|oss)|emot)\s+(?:(?:sma|stora|alla|nya|och|mindre|storre)\s+){0,4}"
           r"(?:uppdrag|jobb|bestallningar|kunder)\b",
           r"byt\s+till\s+oss\b", r"saljer\s+vi\b", r"for\s+smaforetag\b",
           r"privatpersoner\s+och\s+foretag\b", r"foretag\s+och\s+privatpersoner\b",
           r"(?:ny|nu|nya|finns\s+nu)\s+pa\s+(?:instagram|insta|tiktok|facebook)\b"),
     0.35, "företag", gate("foretag firma salong butik nystartade etsy oss uppdrag jobb "
                           "bestallningar bokningar kunder saljer smaforetag privatpersoner "
                           "instagram insta tiktok facebook"), False),
    # A call to action in the imperative, at the start of a sentence or after a comma or emoji.
    (_IMPERATIVE, 0.3, "uppmaning",
     gate("boka bestall kop handla prova testa kika titta kom besok ring skriv kontakta hor passa "
          "missa skynda fraga valkommen valkomna sok folj swisha spara jamfor registrera anmal "
          "salj ga sluta fa byt tipsa teckna knacka"), False),
    # An offer: price cuts, free quotes, opening offers, limited time, prices per unit or hour.
    (re.compile(r"\b[1-5]\s+for\s+[1-9]\b"), 0.35, "erbjudande", gate("1 2 3 4 5"), False),
    (re.compile(r"(?=[\d\-])(?:(?<!\S)-\s?\d{1,2}\s?%|\b\d{1,2}(?:[.,]\d+)?\s?%\s+"
                r"(?:pa\s+(?:alla|allt|hela)|ranta|rabatt)\b|\b\d+:-|(?<=\bupp\still\s)\d+\s?%|"
                r"(?<=\bnu\s)\d+\s?%\s+(?:billigare|rabatt|off)\b)"),
     0.35, "erbjudande", gate(""), True),
    (_alts(r"halva\s+priset\b",
           r"(?:gratis|kostnadsfri|kostnadsfritt)\s+(?:vardering|kalkyl|offert|provtraning|provlektion|"
           r"konsultation|hembesok|leverans|hemkorning|uppstart|provpass)\b",
           r"(?:forsta|1:a)\s+\w+\s+(?:ar\s+)?(?:gratis|kostnadsfri\w*|halva\s+priset)\b",
           r"fa\s+(?:den\s+|det\s+)?(?:\w+\s+)?(?:tredje|andra|fjarde)\s+(?:\w+\s+)?gratis\b",
           r"(?:sa\s+)?far\s+du\s+(?:en\s+|ett\s+)?gratis\b",
           r"gratis\s+(?:lask|dryck|kaffe|fika|glass|tillbehor|frakt|provperiod|provmanad|testperiod)\b",
           r"(?:prova|testa)\s+(?:\w+\s+){0,2}gratis\s+i\s+\d+\s+(?:dagar|veckor)\b"),
     0.35, "erbjudande", gate("halva gratis kostnadsfri kostnadsfritt", "kostnadsfri"), False),
    (_alts(r"(?:bara|endast)\s+(?:idag|ikvall|i\s+helgen|denna\s+vecka|i\s+veckan)\b",
           r"hela\s+(?:forsta\s+|denna\s+|nasta\s+)?(?:helgen|manaden|veckan|" + _MONTHS + r")\s*(?:ut|\W|$)", r"denna\s+vecka\b",
           r"galler\s+(?:hela|t\.?\s?o\.?\s?m|till\s+och\s+med|bara|endast|sa\s+lange)\b"),
     0.35, "erbjudande", gate("bara endast hela denna galler"), False),
    (_alts(r"nyoppna\w*", r"nyinvig\w*", r"oppningsfest\w*", r"grand\s+opening\b",
           r"(?:har\s+(?:nu\s+)?oppnat|oppnar)\s+(?:idag|snart|nu|pa|i|vid)\b",
           r"(?:julbord|lunchbuffe\w*|dagens\s+lunch|afterwork|happy\s+hour|sommaroppet)\b",
           r"(?:antligen|nu)\s+oppet\b", r"(?:lunch|dagens|buffe)\s+\d+\s?(?:kr|:-)",
           r"nu\s+med\s+(?:nya|fler|langre|utokade)\s+\w+", r"nystartad\w*", r"nyhet\b(?=\W*$|\s*!)",
           r"oppet\s+(?:hus|dygnet\s+runt|alla\s+dagar|varje\s+dag)\b",
           r"(?:ny|nya|nytt)\s+\w*(?:bar|baren|studio|salong|restaurang|butik|hall|klinik|cafe|kafe|pizzeria|"
           r"gym|krog|bageri)\s+(?:oppnar|har\s+oppnat)\b"),
     0.35, "erbjudande", gate("grand oppnat oppnar julbord dagens afterwork happy sommaroppet oppet "
                              "lunch buffe nyhet nya fler langre utokade", "nyoppna nyinvig oppningsfest lunchbuffe "
                              "nystartad"), False),
    (_alts(r"inkl\.?\s+(?:kaffe|moms|frakt|dryck|sallad|brod)\b",
           r"(?:inkl|inklusive)\.?\s+(?:fika|lunch|material|middag|frukost|kaffe)\b",
           r"(?:inkl\.?|inklusive|med)\s+(?:sallad|dryck|brod)\s+och\s+(?:kaffe|dryck|brod|sallad)\b",
           r"(?:fran|for\s+bara|for\s+endast|bara)\s+\d+\s?(?:kr|:-)",
           r"kr\s?/\s?(?:h|tim|timme|man|manad|person|pers|dag|natt|vecka|liter|l|kg|kilo|st|m2|kvm)\b",
           r"billig(?:a|t)?\s+(?:\w+\s+){0,3}\d+\s?(?:kr|:-)"),
     0.35, "erbjudande", gate("inkl inklusive sallad dryck brod fran bara endast kr", "billig"), False),
    (_alts(r"lediga\s+(?:tider|stugor|rum|bord)\b",
           r"till\s+(?:ett\s+)?(?:bra|lagt|fast|schysst|grymt|oslagbart)\s+pris\b",
           r"(?:basta|lagsta)\s+priser\w*", r"prisgaranti\b", r"konkurrenskraftiga\s+priser\b",
           r"(?:hogsta|basta)\s+(?:pris|kvalitet)\b", r"\d+\s+ars\s+erfarenhet\b",
           r"prisvart\b", r"snabbt\s+och\s+(?:billigt|prisvart)\b", r"snabb\s+leverans\b",
           r"direkt\s+fran\s+(?:garden|odlaren|fabriken|lagret|tillverkaren)\b",
           r"ger\s+bort\b", r"gor\s+underverk\b", r"sa\s+lange\s+lagret\s+racker\b",
           r"forst\s+till\s+kvarn\b", r"begransat\s+antal\b", r"allt\s+fran\s+\w+\s+till\b",
           r"(?:\d+|en|tva|tre|fa)\s+platser\s+kvar\b", r"(?:sista|fa)\s+platserna\b"),
     0.35, "erbjudande", gate("lediga pris prisgaranti priser kvalitet erfarenhet prisvart billigt "
                              "leverans garden odlaren fabriken lagret tillverkaren bort underverk "
                              "kvarn antal allt platser platserna", "priser"), False),
    (_alts(r"(?:ring|kontakta|maila|mejla|sms:a|sms|mejl|mail|hor\s+av\s+(?:dig|er)|skriv)\b[^.!?\n]{0,40}?"
           r"\bfor\s+(?:en\s+|ett\s+)?(?:gratis\s+|kostnadsfri\w*\s+|snabb\s+)?(?:offert|prisforslag|"
           r"bokning|tidsbokning|mote|demo|vardering|konsultation)\b",
           r"boka\s+(?:ett\s+)?(?:kort\s+)?(?:mote|demo)\b"),
     0.35, "erbjudande", gate("offert prisforslag bokning tidsbokning mote demo vardering "
                              "konsultation"), False),
    # Selling points: "bästa pizzan i stan", "hittar du hos ...", "nöjda kunder".
    (_alts(r"(?:bast|billigast)\w*\s+(?:\w+\s+)?i\s+(?:stan|motala|kommunen|omradet|lanet|sverige|"
           r"ostergotland)\b", r"hittar\s+du\s+(?:hos|pa\s+[a-z]+\s+[a-z]+\s+vid)\b",
           r"nojda\s+kunder\b"),
     0.3, "säljargument", gate("hittar nojda", "bast billigast"), False),
    # An advertiser's opening question or headline (`_OPENER`).
    (_OPENER,
     0.25, "säljfråga", gate("letar behover trott trottnat less ont har vill drommer sugen ska "
                             "funderar saknar erfaren dyrt overpris fullpris harda intresserad", "billig prisvard professionell certifierad "
                             "auktoriserad nystartad"), False),
]
_MORE += FAMILIES
_SIGNALS += [(p, w, label) for p, w, label, _, _ in _MORE]
_SIGNAL_GATES += [(need, digits) for _, _, _, need, digits in _MORE]


def _digit_alternatives_possible(folded: str) -> bool:
    """Whether the "reklam" signal's alternatives that no gate word covers can match: "20 %
    rabatt", "endast 99 kr", "50 kr/st", "swisha 300", "swish 123...", and the offers' "109:-"
    and "-30%". A necessary condition
    (substrings those alternatives contain), so that a text with a digit but none of them (a
    phone number, a date, an address) does not run the whole alternation."""
    return ("%" in folded or ":-" in folded or "endast" in folded or "swish" in folded
            or (("kr" in folded or ":-" in folded) and "st" in folded))


# The weak commercial families (see `_MORE`): two different offers ("lediga tider", "för
# bokning") in one comment are nearly as telling as two different kinds of signal.
_WEAK = frozenset({"företag", "erbjudande", "uppmaning"})

_SIGNAL_MASK = 0
for _need, _ in _SIGNAL_GATES:
    _SIGNAL_MASK |= _need
_OPEN: dict[tuple[int, bool], list[tuple[re.Pattern[str], float, str]]] = {}


def _open_signals(bits: int, has_digit: bool) -> list[tuple[re.Pattern[str], float, str]]:
    """The signals whose gates a text's bits open, in order; one look-up per combination."""
    key = (bits, has_digit)
    found = _OPEN.get(key)
    if found is None:
        found = _OPEN[key] = [sig for sig, (need, digits_too) in zip(_SIGNALS, _SIGNAL_GATES,
                                                                       strict=True)
                              if bits & need or (digits_too and has_digit)]
    return found


_SHORTENERS = frozenset({
    "bit.ly", "tinyurl.com", "goo.gl", "ow.ly", "is.gd", "cutt.ly", "rebrand.ly", "shorturl.at",
    "tiny.cc", "t.ly", "rb.gy", "buff.ly", "lnkd.in", "s.id", "v.gd", "shorte.st", "adf.ly",
    "bit.do", "tr.im", "t.co", "t.me", "linktr.ee", "urlz.fr", "gg.gg", "qr.net", "short.io",
})
_SHORTENER_TAILS = tuple("." + x for x in _SHORTENERS)
# Brands that phishing sites imitate in a hyphenated name ("bankid-fornya-se.com",
# "swish-verifiera.se", "telia-betal.info"); the real sites have no hyphen next to the brand.
_SPOOFED = frozenset({
    "bankid", "swish", "postnord", "telia", "tele2", "telenor", "skatteverket", "kronofogden",
    "forsakringskassan", "nordea", "swedbank", "handelsbanken", "klarna", "dhl", "instabox",
    "budbee", "meta", "facebook", "instagram", "apple", "microsoft", "netflix", "spotify", "paypal",
    "tullverket", "transportstyrelsen", "vattenfall", "1177", "csn", "bankgirot", "ups", "fedex",
})


def _spoofed(host: str) -> bool:
    """Whether a label of the host joins an imitated brand to other words with a hyphen."""
    return any("-" in label and not _SPOOFED.isdisjoint(label.split("-"))
               for label in host.split(".")[:-1])


# An account handle ("@mtl.sneakerplug", "@wilma_hundvakt"): not an e-mail address, and with a
# dot, underscore or digit that a person's tagged name ("@Anna") does not have.
_HANDLE = re.compile(r"(?<![\w.])@[a-z0-9_]*[._\d][a-z0-9_.]*")
# Pointing to an account: "kolla @mtl.sneakerplug", "dm @vatternjet_motala".
_AT_CONTACT = re.compile(r"\b(?:(?:kolla|kika|folj|besok|spana\s+in)\s+(?:in\s+)?(?:garna\s+)?(?:mig\s+)?|"
                         r"(?:dm|pm|dma|pma|skriv|msg)\s+(?:till\s+)?)@")
# A price an hour or a month glued to its number or with "i"/"per" ("80kr/h", "99 kr i månaden"),
# which the "erbjudande" rows' "kr/h" does not take; run only when "kr/", "kr i" or "kr per" is there.
_PER_UNIT = re.compile(r"(?:\d(?:kr|:-)\s?/\s?|\d\s?(?:kr|:-)\s+(?:i|per)\s+)(?:h|tim|timme|timmen|man|manad|"
                       r"manaden|person|pers|dag|natt|vecka|veckan|pass|kvall)\b")
# A Swedish phone number, the advertiser's contact line.
_PHONE = re.compile(r"(?<!\d)0\d{1,3}[\s-]?\d{2,3}(?:[\s-]?\d{2}){2}(?!\d)")
# Top-level domains that scam and spam sites favour (cheap to register, rarely used by Swedish
# businesses or authorities): "postnord-se.top", "meta-support-verify.help".
_SHADY_TLDS = (".xyz", ".top", ".shop", ".click", ".online", ".site", ".store", ".live", ".buzz",
               ".icu", ".help", ".win", ".loan", ".bet", ".vip", ".cfd", ".sbs", ".monster",
               ".rest", ".cam", ".quest", ".bond")
# A private person selling their own things ("Säljer min soffa, 500 kr", "Säljes: barnvagn, PM
# vid intresse") is not commercial promotion but a private post unrelated to the municipality:
# guideline 8 calls it off-topic ("inlägg från privatpersoner som inte handlar om Motala
# kommun"), advertising being "reklaminlägg" (PRODUCT.md: commercial promotion, spam). A trade
# (a company, delivery, ordering, a web shop, a price per unit, discounts) stays advertising, and
# the municipality selling land is neither.
_SALE_WORDS = frozenset({"saljer", "saljes", "jag saljer", "till salu"})
_PRIVATE_SALE = re.compile(r"^\W*(?:jag\s+)?(?:saljer|saljes)\b|\btill\s+salu\b|\b(?:saljer|saljes)\s+"
                           r"(?:min|mitt|mina|var|vart|vara|en|ett|begagnad\w*|gammal|gamla|"
                           r"anvand\w*|oanvand\w*|for\s+\d+)\b")
_TRADE = re.compile(r"\b(?:vi\s+saljer|kommun\w*|foretag\w*|firma\w*|butik\w*|webb?shop\w*|webbutik\w*|"
                    r"levere\w*|leverans\w*|frakt\w*|bestall\w*|rabatt\w*|kampanj\w*|"
                    r"erbjudande\w*|sortiment\w*|lager|grossist\w*|f-skatt|org\.?\s?nr|"
                    r"per\s+(?:kubik|kubikmeter|st|styck|kg|kilo|timme|sack|pall|meter|m2|kvm)|"
                    r"kr\s?/\s?(?:st|kg|tim|m)|/st|www|https?|\w+\.(?:se|com|nu|net))\b")
# A price per piece ("100kr st") in "säljer mina gamla skolböcker" is still a private sale.
_OWN_PRICE = re.compile(r"\d+\s?kr\s?(?:st|styck)")
_OWN_SALE = re.compile(r"\b(?:saljer|saljes)\s+(?:min|mitt|mina)\b")
_PRIVATE_OK = frozenset({"reklam", "privat kontakt", "uppmaning"})  # signals a private sale also gives


# A citizen warning others about a scam quotes it ("fick ett sms om att mitt paket väntar, bluff!").
_WARNING = re.compile(r"\b(?:bluff\w*|bedrag\w*|varna\w*|akta\s+er|phishing|nätfiske|natfiske|"
                      r"lurad\w*|lurade|lurat|polisanm\w*|(?:nagon|nan|de|dom)\s+ringde|"
                      r"fick\s+(?:ett|en)\s+(?:sms|mejl|mail|meddelande|samtal))")
_SCAM_LABELS = frozenset({"bedrägeri", "falsk avsändare"})
# Selling illegal goods (forged permits, drugs, abuse material) is a crime, not advertising: the
# criminal detector reports it, and the selling words here are no evidence of spam.
_ILLEGAL = re.compile(r"\b(?:falsk\w*|forfalsk\w*|knark|narkotika|droger|hasch|kokain|amfetamin|"
                      r"tramadol|xanax|stulna|stulen|stulet|barnporr\w*|vapen|pistol\w*|"
                      r"sprangmedel|gras|tabbe|tabbar|weed|crack\w*|kms-\w*|drive-mapp\w*|google\s+drive|inget\s+virus|inga\s+kvitton|inget\s+kvitto|utan\s+kvitto|inga\s+fragor|"
                      r"ramlat\s+av\s+lastbilen|laddat\s+ner|laddade\s+ner|piratkopi\w*|wickr)\b")
# The municipality or one of its services as the one offering ("kommunen erbjuder gratis
# energirådgivning", "kika in på motala.se", "lämna julgranen på återvinningscentralen"): its
# own events and services use the same words as an advertiser, so the weak commercial hints
# count for half.
_PUBLIC_ACTOR = re.compile(r"\bkommun(?:en)?\s+(?:erbjuder|har|ordnar|anordnar|bjuder|informerar)\b|"
                           r"\bkommunens\s+(?:hemsida|e-tjanst\w*|kundcenter|webbplats)|\bmotala\.se\b|"
                           r"\b(?:atervinningscentral|bibliotek|badhus|simhall|kundcenter|medborgarkontor|"
                           r"fritidsgard|forskola|kulturhus|museet|stadshus|kommunhus|fardtjanst|hemtjanst|"
                           r"aldreboende|1177)\w*")
_COMMERCIAL_LABELS = frozenset({"företag", "erbjudande", "uppmaning", "säljfråga", "säljargument",
                                "reklam", "länk", "belopp"})
_SELLING_LABELS = frozenset({"reklam", "uppmaning", "privat kontakt", "snabba pengar", "erbjudande",
                             "företag", "belopp", "lockbete", "egen reklam", "kontohänvisning"})
# A complaint about what something costs names an amount without selling anything.
_PRICE_COMPLAINT = re.compile(r"\b(?:kostar|kostade|avgift\w*|taxa\w*|dyr|dyra|dyrt|dyrare|hojd\w*|"
                              r"hojt|hojning\w*)\b")
# "hos Blomsterhörnan", "hos Motala Däck": a business by name, on the text as written (capital
# letter). A person ("hos Anna") or a public body ("hos Kronofogden") is not one.
_HOS_NAME = re.compile(r"\bhos\s+([A-ZÅÄÖ][\w&'-]+)")
_HOS_PUBLIC = re.compile(r"(?:kommun|kronofogd|forsakringskass|skatteverk|arbetsformedling|polis|"
                         r"region|bostader|migrationsverk|lansstyrels|csn|\w*skola|\w*skolan|"
                         r"vardcentral|sjukhus|socialtjanst|biblioteket|motala|oss|er|dem|mig|dig)")


def prepare() -> None:
    """Load the first names now (see `Engine.prepare`)."""
    _first_names()


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    lines = (DATA / "names-first.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def _business_by_name(text: str, folded: str) -> tuple[int, int] | None:
    for m in _HOS_NAME.finditer(text):
        name = folded[m.start(1):m.end(1)]
        if name in _first_names() or _HOS_PUBLIC.match(name):
            continue
        return m.start(), m.end()
    return None


_MONEY = re.compile(r"\d[\d\s.]*\s?(?:kr|kronor|sek|:-|\$|usd|euro|€)")
_NORM = DUP_NORM
_WORDS = re.compile(r"\w+")


@dataclass(slots=True)
class DuplicateTracker:
    """Remembers texts seen in this run, to notice the same text on several accounts.

    Only the hash of the normalised text is kept, with the accounts and authors it came from.
    A text is a duplicate when it has been seen on another account (or, without accounts,
    three times); short texts ("Tack!", "Håller med") are common and never count.
    """

    seen: dict[int, tuple[set[str], int]] = field(default_factory=dict)
    min_length: int = 40

    def check(self, folded: str, account: str | None, has_digit: bool = True,
              words_norm: str | None = None) -> int:
        """`words_norm`: `_NORM.sub(" ", folded).strip()` if the caller has it (`Context.dup_norm`)."""
        if len(folded) < self.min_length:
            return 0  # normalising never makes a text longer
        if words_norm is not None:
            norm = words_norm
            # Without digits the words are joined by single spaces.
            if len(norm) < self.min_length or (
                    len(norm.split()) if has_digit else norm.count(" ") + 1) < 6:
                return 0
        elif not has_digit and "http" not in folded:
            # Without digits and links `_NORM` only turns each run of non-word characters
            # into one space: the same as joining the words, at a third of the cost.
            words = _WORDS.findall(folded)
            norm = " ".join(words)
            if len(norm) < self.min_length or len(words) < 6:
                return 0
        else:
            norm = _NORM.sub(" ", folded).strip()
            if len(norm) < self.min_length or len(norm.split()) < 6:
                return 0
        # Python's 64-bit string hash (salted per process) is enough within one run: a false
        # match needs a collision among the run's texts, about 1 in 10^9 for 100,000 texts.
        h = hash(norm)
        acct = account or ""
        entry = self.seen.get(h)
        if entry is None:
            self.seen[h] = ({acct}, 1)
            return 0
        accounts, count = entry
        other_accounts = len(accounts) - (acct in accounts)
        accounts.add(acct)
        self.seen[h] = (accounts, count + 1)
        # Without accounts a repeated text says nothing: people quote each other and reuse
        # templates ("Ring mig på ..."). Spam is the same text spread over several accounts.
        return 2 if other_accounts >= 1 and account else 0


_G_SALE = gate("saljer saljes salu")


def _private_sale(f: str, hits: list[tuple[int, int, float, str]]) -> tuple[int, int] | None:
    """The span of a private person's sale, if every advertising signal of the text is one a
    private sale gives too (the sale words, "PM vid intresse") and nothing marks a trade."""
    for s, e, _, lbl in hits:
        if lbl == "reklam" and " ".join(f[s:e].split()) not in _SALE_WORDS and not (
                _OWN_PRICE.fullmatch(f, s, e) and _OWN_SALE.search(f)):
            return None
    m = _PRIVATE_SALE.search(f)
    if m is None or _TRADE.search(f):
        return None
    return m.start(), m.end()


def detect(ctx: Context, duplicates: DuplicateTracker | None = None,
           account_key: str | None = None) -> list[Finding]:
    f = ctx.folded
    hits: list[tuple[int, int, float, str]] = []
    bits = ctx.bits
    digit_open = ctx.n_digits > 0 and _digit_alternatives_possible(f)
    opened = bits & _SIGNAL_MASK
    weak: dict[str, int] = {}
    for pat, w, label in _open_signals(opened, digit_open) if opened or digit_open else ():
        # The opener can only match at the start: one attempt there, not a scan.
        found = pat.finditer(f) if pat is not _OPENER else filter(None, (pat.match(f),))
        if label in _WEAK:
            # A weak family is split over several rows: up to two hits for the family, the
            # second nearly as telling as the first (two different offers in one comment).
            for m in found:
                if pat is _IMPERATIVE and not _clause_start(f, m.start()):
                    continue
                n = weak.get(label, 0)
                if n >= 2:
                    break
                weak[label] = n + 1
                hits.append((m.start(), m.end(), w if n == 0 else w * 0.8, label))
            continue
        # Up to two hits per kind of signal: "rabatt" twice is not twice the evidence.
        for i, m in enumerate(found):
            if i >= 2:
                break
            hits.append((m.start(), m.end(), w if i == 0 else w * 0.6, label))
    if ctx.n_digits and ("kr/" in f or "kr i " in f or "kr per " in f or ":-/" in f) and weak.get(
            "erbjudande", 0) < 2:
        unit = _PER_UNIT.search(f)
        if unit is not None:
            hits.append((unit.start(), unit.end(), 0.35 if "erbjudande" not in weak else 0.28, "erbjudande"))
    if " hos " in f:
        span = _business_by_name(ctx.text, f)
        if span is not None:
            hits.append((span[0], span[1], 0.3, "företag"))
    sale = None
    if hits and ctx.account.off_topic and (bits & _G_SALE) and not _ILLEGAL.search(f) and all(
            lbl in _PRIVATE_OK for _, _, _, lbl in hits):
        sale = _private_sale(f, hits)
        if sale is not None:
            hits = []
    if hits and _ILLEGAL.search(f):
        hits = [h for h in hits if h[3] not in _SELLING_LABELS]
    has_link = False
    other = bool(hits)
    if "." in f and ctx.feats & F_DOMAIN:
        for s, e, host in domains(ctx):
            has_link = True
            if host in _SHORTENERS or host.endswith(_SHORTENER_TAILS):
                hits.append((s, e, 0.6, "förkortad länk"))
            elif host.endswith(_SHADY_TLDS):
                hits.append((s, e, 0.45, "misstänkt länk"))
            if "-" in host and _spoofed(host):
                hits.append((s, e, 0.5, "falsk avsändare"))
    if has_link and other:
        # A link with only weak commercial hints ("kika in på motala.se") adds less; a shady
        # link alone (a pirate film site) is no advertisement.
        hits.append((0, 0, 0.3 if any(h[2] >= 0.4 for h in hits) else 0.2, "länk"))
    if "\U0001f51e" in f:  # the 18+ emoji: adult content for sale
        hits.append((0, 0, 0.35, "vuxen"))
    if "@" in f:
        at = _AT_CONTACT.search(f)
        if at is not None:
            hits.append((at.start(), at.end(), 0.45, "egen reklam"))
            other = True
        handle = _HANDLE.search(f) if other else None
        if handle is not None:
            hits.append((handle.start(), handle.end(), 0.25, "kontohänvisning"))
    if hits and any(lbl in _SCAM_LABELS for _, _, _, lbl in hits) and (
            "blu" in f or "bedr" in f or "varn" in f or "akta" in f or "fiske" in f
            or "phish" in f or "fick e" in f
            or "lura" in f or "polisanm" in f or "ringde" in f) and _WARNING.search(f):
        hits = [h for h in hits if h[3] not in _SCAM_LABELS]
    if hits and _MONEY.search(f) and not _PRICE_COMPLAINT.search(f):
        hits.append((0, 0, 0.2, "belopp"))
    if ctx.n_digits >= 8 and other and any(lbl in _COMMERCIAL_LABELS and w >= 0.35
                                           for _, _, w, lbl in hits):
        phone = _PHONE.search(f)
        if phone is not None:
            hits.append((phone.start(), phone.end(), 0.15, "telefonnummer"))
    if hits and _PUBLIC_ACTOR.search(f):
        hits = [(s, e, w * 0.5, lbl) if lbl in _COMMERCIAL_LABELS else (s, e, w, lbl)
                for s, e, w, lbl in hits]
    out: list[Finding] = []
    if hits:
        rest = 1.0
        for _, _, w, _ in hits:
            rest *= 1.0 - w
        score = 1.0 - rest
        spans = [(s, e) for s, e, _, _ in hits if e > s]
        s = min(x for x, _ in spans) if spans else 0
        e = max(y for _, y in spans) if spans else len(ctx.text)
        labels = ", ".join(dict.fromkeys(lbl for _, _, _, lbl in hits))
        out.append(Finding("advertising", s, e, "spam:signals", round(score, 3),
                           f"Reklam eller skräppost ({labels})"))
    if sale is not None:
        out.append(Finding("off_topic", sale[0], sale[1], "off_topic:private_sale", 0.75,
                           "Privatperson som säljer något – handlar inte om kommunen"))
    if duplicates is not None:
        has_digit = ctx.n_digits > 0
        norm = None
        if len(f) >= duplicates.min_length and "http" not in f:
            norm = ctx.dup_norm()
        dup = duplicates.check(f, account_key, has_digit, norm)
        if dup:
            out.append(Finding("advertising", 0, len(ctx.text), "spam:duplicate",
                               0.8 if dup == 2 else 0.6,
                               "Samma text har publicerats på flera konton" if dup == 2 else
                               "Samma text har publicerats flera gånger"))
    return out
