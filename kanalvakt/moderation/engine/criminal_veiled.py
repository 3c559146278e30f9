"""Veiled threats and calls to harm that name no violent act, added to the broad rules of `threats`.

Families, not sentences: the writer knows where someone parks or what car they have; a warning
to look under the car; something "will happen" to their property if they do not give in; an
address or phone number handed out with a call to go there or ring; arson as "tända på"; tools
for damage brought to a place. Same format as `threats.RULES` (pattern, alternatives of gate
bits, score, explanation, rule, legal basis); written on folded text.
"""

from __future__ import annotations

import re

from kanalvakt.moderation.engine.gates import gate
from kanalvakt.moderation.engine.results import OLAGA_HOT, UPPVIGLING

_Rule = tuple[re.Pattern[str], tuple[int, ...], float, str, str, str | None]

_I = r"(?:jag|ja|vi)"
# Where a person can be found and what of theirs can be harmed.
_WHERE_VERB = (r"(?:bor|parkerar|staller\s+(?:sin|sina|din|er|hans|hennes)\s+\w+|jobbar|arbetar|"
               r"sover|tranar|handlar|hamtar|lamnar|gar\s+hem|slutar\s+(?:jobbet|skolan)|"
               r"har\s+(?:sin|sitt|din|ditt|er|ert)\s+\w+)")
_PROPERTY = (r"(?:bil|bilen|bilar|stuga|stugan|sommarstuga|sommarstugan|hus|huset|villa|villan|"
             r"bat|baten|garage|lagenhet|lagenheten|hund|hunden|katt|katten|skola|forskola|dagis)")
_POSS = r"(?:din|ditt|dina|er|ert|era|hans|hennes|hens|deras|sin|sitt|sina)"
_PERSON_OBJ = r"(?:dig|dej|er|honom|henne|hen|dem|dom)"
_VEH_BUILDING = (r"\w*(?:huset|paviljongen|paviljong|skolan|kontoret|boendet|mosken|kyrkan|"
                 r"biblioteket|stationen|garden|depan|lagret|bilen|bilarna|cyklarna|bussen|"
                 r"bussarna|plogbilarna|kiosken|butiken|affaren|stugan|villan|kameran)")

# In each alternative of gates the rarest is registered first: `threats.ENTRY` takes the first
# bit that is not a common word's as the alternative's cheap necessary condition.
RULES: list[_Rule] = [
    # "vi vet var Peter på kommunikationsavdelningen parkerar", "ja vet vilken stuga du har",
    # "jag vet exakt vilken bil du har", "vi vet var hon ställer sin bil nattetid".
    # Starts with the literal "vet" (with fixed-width look-behinds for the subject) so that the
    # regex engine can skip to it: three times faster than a leading alternation.
    (re.compile(r"vet(?<!\wvet)(?:(?<=\bjag\svet)|(?<=\bja\svet)|(?<=\bvi\svet)|\s+" + _I + r")\s+(?:precis\s+|exakt\s+|mycket\s+val\s+|ocksa\s+|nog\s+|"
                r"redan\s+|aven\s+)?(?:var|vart|vilken|vilket|vilka|nar)\s+(?!man\b|ni\s+kan\b|som\b)"
                r"(?:\w+\s+){0,6}?(?:" + _WHERE_VERB + r"|" + _PROPERTY + r"\s+(?:du|ni|han|hon|hen)"
                r"\s+(?:har|kor|ager|bor\s+i))\b"),
     (gate("vet") | gate("bor parkerar staller jobbar arbetar sover tranar handlar hamtar "
                         "lamnar gar slutar har kor ager"),), 0.9,
     "Hot: skribenten säger sig veta var någon finns eller vad de äger", "threat", OLAGA_HOT),
    # "ja har sett din bil utanför på kvällarna", "vi har koll på din stuga".
    (re.compile(r"\b" + _I + r"\s+har\s+(?:sett|kollat|fotat|fotograferat|foljt|koll\s+pa)\s+"
                r"(?:din|ditt|dina|er|ert|era)\s+" + _PROPERTY + r"\s+(?:\w+\s+){0,2}?"
                r"(?:utanfor|pa\s+(?:natterna|kvallarna|kvallen|natten)|varje\s+(?:kvall|natt)|"
                r"nattetid|hemma)"),
     (gate("sett kollat fotat fotograferat foljt koll") | gate("utanfor natterna kvallarna "
                                                               "kvallen natten varje nattetid "
                                                               "hemma"),), 0.85,
     "Hot: skribenten säger sig hålla uppsikt över någons hem eller bil", "threat", OLAGA_HOT),
    # "kolla under bilen innan du startar den", "titta under bilen i morgon".
    (re.compile(r"\b(?:kolla|kollar|titta|tittar|se|look)\s+under\s+(?:din\s+|er\s+)?bil(?:en|arna)?\s+"
                r"(?:\w+\s+){0,2}?(?:(?:innan|nar|forst)\s+(?:du|ni|han|hon)\s+(?:startar|kor|aker|"
                r"satter)|imorgon|i\s+morgon|ikvall|i\s+kvall|varje\s+morgon|fran\s+och\s+med\s+nu)\b"),
     (gate("under") | gate("bil bilen bilarna"),), 0.9,
     "Förtäckt hot om en sprängladdning under bilen", "threat", OLAGA_HOT),
    # "DU ska vara jävligt försiktig när du går till din bil", "ni ska vara väldigt försiktiga
    # ikväll".
    (re.compile(r"\b(?:du|ni|han|hon|hen)\s+(?:ska|skall|bor|borde|far|maste)\s+(?:nog\s+)?vara\s+"
                r"(?:javligt|jakligt|fan\s+sa|satans|valdigt|riktigt)\s+forsiktiga?\b"
                r"(?=[^.!?\n]{0,40}(?:nar\s+(?:du|ni|han|hon)\s+(?:gar|aker|kor|cyklar|kommer)|"
                r"ikvall|i\s+kvall|inatt|i\s+natt|framover|med\s+vad|fran\s+och\s+med|[🙂😉😈🔪🔫]|$))"),
     (gate("forsiktig forsiktiga") | gate("javligt jakligt fan satans valdigt riktigt"),), 0.85,
     "Hotfull varning till mottagaren", "threat", OLAGA_HOT),
    # "om jag ser dig på stan igen så slutar det inte bra för dig".
    (re.compile(r"\bom\s+" + _I + r"\s+(?:ser|traffar|moter|hittar|hor|far\s+se|fangar)\s+"
                r"(?:dig|dej|er|honom|henne|hen)\b[^!?\n]{0,60}?\b(?:slutar|kommer\s+(?:det\s+)?"
                r"(?:att\s+)?sluta)\s+(?:det\s+)?(?:inte\s+(?:bra|val|lyckligt|snyggt)|illa|med\s+"
                r"(?:tarar|blod|sjukhus))"),
     (gate("slutar sluta") | gate("ser traffar moter hittar hor se fangar"),), 0.85,
     "Förtäckt hot mot mottagaren", "threat", OLAGA_HOT),
    # "om ni inte fixar vägen så kommer det hända nåt med era plogbilar", "säljer hon cigg till
    # mina ungar igen så kommer den inte att finnas kvar länge", "den nya byggnaden kommer inte
    # stå så länge heller 🔥".
    (re.compile(r"\b(?:kommer|lar|ska)\s+(?:det\s+)?(?:att\s+)?(?:handa|ske)\s+(?:nat|nagot|nagonting|"
                r"grejer|saker)\s+(?:med|till|pa)\s+" + _POSS + r"\s+\w+|"
                r"\bom\s+(?:ni|du|han|hon|hen|dom|de|kommunen)\b[^.!?\n]{0,80}?\b(?:kommer|lar|ska)\s+"
                r"(?:den|det|dom|de|\w+(?:en|et|na))\s+(?:\w+\s+){0,2}?inte\s+(?:att\s+)?"
                r"(?:finnas\s+kvar|sta\s+kvar|sta\s+(?:sa\s+)?lange|overleva)\b|"
                r"\b(?:kommer|lar)\s+(?:den|det|dom|de|\w+(?:en|et|na))\s+(?:\w+\s+){0,2}?inte\s+"
                r"(?:att\s+)?(?:sta|finnas\s+kvar)\s+(?:sa\s+)?lange\b[^.!?\n]{0,20}?🔥"),
     (gate("handa ske") | gate("nat nagot nagonting grejer saker"),
      gate("om") | gate("finnas sta overleva") | gate("kvar lange overleva"),
      gate("sta finnas") | gate("lange")), 0.85,
     "Förtäckt hot om att något ska hända någons egendom", "threat", OLAGA_HOT),
    # "annars gör jag det själv och inte snällt heller", "annars löser vi det på vårt sätt".
    (re.compile(r"\bannars\s+(?:gor|fixar|loser|ordnar|tar)\s+" + _I + r"\s+(?:det|hand\s+om\s+"
                r"(?:det|dig|er|honom|henne|saken))\b[^.!?\n]{0,30}?(?:inte\s+(?:snallt|snall|"
                r"vanligt|trevligt|vanligt)|pa\s+(?:mitt|vart)\s+(?:eget\s+)?satt|med\s+vald|"
                r"handgripligen|med\s+egna\s+hander)"),
     (gate("annars") | gate("snallt snall vanligt trevligt satt vald handgripligen hander"),),
     0.85, "Hot om att ta saken i egna händer", "threat", OLAGA_HOT),
    # "om ni inte slutar ... så vet jag vad jag gör på nästa möte", "ni har blivit varnade".
    (re.compile(r"\bom\s+(?:ni|du)\s+inte\b[^\n]{0,150}?(?:\b(?:ni|du)\s+(?:har\s+blivit|ar|e)\s+"
                r"(?:harmed\s+)?varnade?\b|\bvet\s+(?:jag|ja|vi)\s+(?:precis\s+)?vad\s+(?:jag|ja|vi)\s+"
                r"(?:gor|ska\s+gora|kommer\s+(?:att\s+)?gora)\b)"),
     (gate("varnade varnad vet") | gate("om"),), 0.8, "Hotfull varning till mottagaren",
     "threat", OLAGA_HOT),
    # "vi ses på torsdag efter skolan, kom ensam 🙂", "kom ensam så pratar vi".
    (re.compile(r"\bkom\s+(?:hit\s+|dit\s+)?ensam\b(?=[^\n]{0,60}(?:vi\s+ses|du\s+vet|🙂|😉|😈|"
                r"🔪|$))|\bvi\s+ses\b[^.!?\n]{0,40}?\bkom\s+ensam\b"),
     (gate("ensam") | gate("kom"),), 0.85, "Förtäckt hot: mottagaren ska komma ensam", "threat",
     OLAGA_HOT),
    # "vi är några som tänker hälsa på rektorn när han går till bilen", "han vet varför".
    (re.compile(r"\b(?:tanker|ska|skall|kommer\s+att|borde|tankte)\s+(?:ga\s+och\s+)?halsa\s+pa\s+"
                r"(?:\w+\s+){0,4}?(?:nar|efter\s+att|innan)\s+(?:han|hon|hen|du|ni|dom|de)\s+"
                r"(?:gar|kommer|slutar|aker|cyklar|lamnar)\b|\bhalsa\s+pa\s+(?:\w+\s+){0,5}?"
                r"(?:han|hon|hen|du|dom)\s+vet\s+(?:varfor|vad\s+(?:det|han|hon)\s+\w+)"),
     (gate("halsa") | gate("nar efter innan"), gate("halsa") | gate("varfor vad")), 0.85,
     "Hot om att söka upp någon", "threat", OLAGA_HOT),
    # "honom skulle man ge en lektion han aldrig glömmer".
    (re.compile(r"\ben\s+(?:lektion|laxa|omgang|minnesbeta)\s+(?:som\s+)?(?:han|hon|hen|du|ni|dom|"
                r"de)\s+(?:aldrig|sent|inte)\s+(?:kommer\s+att\s+)?glommer\b"),
     (gate("lektion laxa omgang minnesbeta") | gate("glommer glomma"),), 0.85,
     "Hot om att ”ge någon en lektion”", "threat", OLAGA_HOT),
    # "det vore synd om nån råkade repa din fina Audi", "tråkigt om någon punkterade dina däck".
    (re.compile(r"\b(?:synd|trakigt|tragiskt|sorgligt|olyckligt)\s+om\s+(?:nan|nagon|naan|nat|"
                r"nagot)\s+(?:\w+\s+)?(?:rakade\s+\w+|repade|repar|punkterade|punkterar|krossade|"
                r"sabbade|skadade|tande\s+pa|hande)\s+(?:\w+\s+){0,2}?" + _POSS + r"\b"),
     (gate("synd trakigt tragiskt sorgligt olyckligt") | gate("nan nagon naan nat nagot"),),
     0.85, "Förtäckt hot om att något ska hända", "threat", OLAGA_HOT),
    # "hoppas handläggaren får se sitt eget hus brinna", "du ska få se ditt hem gå upp i rök".
    (re.compile(r"\b(?:hoppas|onskar|ska|skall|kommer|lar|borde)\s+(?:\w+\s+){0,10}?(?:fa|far)\s+se\s+"
                + _POSS + r"\s+(?:eg(?:en|et|na)\s+|fina\s+|nya\s+)?(?:hus|hem|bil|villa|stuga|lagenhet|"
                r"garage|kontor|butik)\s+(?:brinna|ga\s+upp\s+i\s+rok|explodera|sprangas)\b"),
     (gate("brinna explodera sprangas rok") | gate("se"),), 0.9,
     "Hot om att någons hem eller egendom ska förstöras", "threat", OLAGA_HOT),
    # "nån kommer se till att det brinner där en natt".
    (re.compile(r"\b(?:nan|nagon|naan|vi|jag|ja)\s+(?:\w+\s+){0,3}?se\s+till\s+att\s+(?:det|den|dom|"
                r"\w+)\s+(?:brinner|brinna|smaller|exploderar|flyger\s+i\s+luften)\s+(?:\w+\s+){0,2}?"
                r"(?:en\s+natt|i\s+natt|inatt|snart|nagon\s+natt|dar|hos)"),
     (gate("brinner brinna smaller exploderar flyger") | gate("se") | gate("till"),), 0.9,
     "Förtäckt hot om brand eller sprängning", "threat", OLAGA_HOT),
    # "skickade din adress till grabbarna", "har gett hans nummer till killarna".
    (re.compile(r"\b(?:skickade|skickat|gav|gett|lamnade|lamnat|delade|delat)\s+(?:din|er|hans|"
                r"hennes|deras)\s+(?:adress|hemadress|nummer|mobilnummer)\s+till\s+(?:grabbarna|"
                r"killarna|polarna|gubbarna|ganget|nagra|dom|folk|brorsan|broderna|kusinerna)\b"),
     (gate("adress hemadress nummer mobilnummer") | gate("skickade skickat gav gett lamnade "
                                                         "lamnat delade delat"),), 0.9,
     "Hot: mottagarens adress har lämnats ut till andra", "threat", OLAGA_HOT),
    # "vi har era lösenord 😈 kolla er mejl", "jag har dina nakenbilder, betala annars".
    (re.compile(r"\b" + _I + r"\s+har\s+(?:era|dina|ditt|din|hans|hennes|deras)\s+(?:losenord|"
                r"inloggning\w*|nakenbilder|nudes|bankuppgifter|kortuppgifter)\b[^\n]{0,60}?"
                r"(?:😈|kolla|annars|betala|innan|snart|publicer\w*|sprid\w*|lagger\s+ut)"),
     (gate("losenord nakenbilder nudes bankuppgifter kortuppgifter", "inloggning"),), 0.85,
     "Hot eller utpressning med någons uppgifter eller bilder", "threat", OLAGA_HOT),
    # "vi vet att han har skyddad adress numera, ingen ska tro att man kan gömma sig".
    (re.compile(r"\bskyddad\w*\s+(?:adress|identitet|boende)\b[^.!?\n]{0,80}?\b(?:gomma\s+sig|"
                r"gommer\s+sig|gomma\s+dig|hittar\s+(?:dig|honom|henne|hen))\b|\b" + _I
                + r"\s+vet\s+(?:att|var)\s+[^.!?\n]{0,30}?\bskyddad\w*\s+(?:adress|identitet)"),
     (gate("", "skyddad") | gate("adress identitet boende"),), 0.9,
     "Hot mot en person med skyddade personuppgifter", "threat", OLAGA_HOT),
    # Arson as "tända på": "tända på soc-huset", "tänder vi på den där paviljongen".
    (re.compile(r"\b(?:tand|tanda|tander|tande)\s+(?:vi\s+|jag\s+|ni\s+|nan\s+)?pa\s+(?:hela\s+)?"
                r"(?:en\s+av\s+)?(?:(?:den|det|de|dom|er|ert|era|hans|hennes|deras)\s+(?:dar\s+)?)?"
                r"(?:\w+\s+){0,2}?(?:\w+-)?" + _VEH_BUILDING + r"\b"),
     (gate("tand tanda tander tande") | gate("pa"),), 0.85,
     "Hot om eller uppmaning till mordbrand", "incitement", UPPVIGLING),
    # "man borde ta ett järnrör till fönstren på kommunhuset".
    (re.compile(r"\b(?:ta|tar)\s+(?:ett|en|nagra|lite)\s+(?:jarnror|slagtra|basebolltra|sten|stenar|"
                r"hammare|slagga|kofot|yxa|tegelsten)\s+(?:till|mot|pa|genom)\s+(?:\w+\s+){0,2}?"
                r"(?:fonstr\w*|rutor\w*|rutan|bil\w*|\w*huset|\w*kontoret|\w*skolan|kamera\w*|"
                r"dorr\w*|entren)"),
     (gate("jarnror slagtra basebolltra sten stenar hammare slagga kofot yxa tegelsten")
      | gate("ta tar"),), 0.85, "Uppmaning till skadegörelse", "incitement", UPPVIGLING),
    # "måndag kväll utanför kulturhuset, ta med tändvätska", "ta med sprayburk och en sten på
    # fredag, den ska ner".
    (re.compile(r"(?:\b(?:utanfor|vid|framfor)\s+\w*(?:huset|skolan|kontoret|boendet|mosken|kyrkan|"
                r"stationen|garden|paviljongen|parken)\b[^\n]{0,60}?)\bta\s+med\s+(?:\w+\s+){0,3}?"
                r"(?:tandvatska|bensin|tandstickor|stenar|jarnror|slagtra\w*|basebolltra\w*|"
                r"kofot\w*|bultsax\w*)\b|"
                r"\bta\s+med\s+(?:\w+\s+){0,4}?(?:tandvatska|bensin|tandstickor|sten|stenar|"
                r"sprayburk\w*|jarnror|slagtra\w*|basebolltra\w*)\b[^\n]{0,40}?\b(?:den|dom|de|det|"
                r"\w+(?:en|an|na))\s+ska\s+(?:ner|bort|brinna|krossas|sonder)\b"),
     (gate("tandvatska bensin tandstickor stenar sten jarnror",
           "slagtra basebolltra bultsax kofot sprayburk") | gate("ta") | gate("med"),),
     0.85, "Uppmaning till skadegörelse eller brand", "incitement", UPPVIGLING),
    # "ett par grabbar med basebollträn skulle räcka".
    (re.compile(r"\b(?:ett\s+par|nagra|ett\s+gang)\s+(?:grabbar|killar|gubbar|polare|snubbar)\s+med\s+"
                r"(?:\w+\s+)?(?:basebolltra\w*|slagtra\w*|jarnror\w*|knivar|kofot\w*|tillhygg\w*|"
                r"knogjarn)\b[^.!?\n]{0,40}?\b(?:skulle|borde|kan|racker|behovs|fixar|loser|"
                r"ordnar)\b"),
     (gate("knivar knogjarn", "basebolltra slagtra jarnror kofot tillhygg")
      | gate("grabbar killar gubbar polare snubbar"),),
     0.85, "Uppmaning till våld med tillhyggen", "incitement", UPPVIGLING),
    # "den som ansvarar borde hängas upp i närmsta lyktstolpe", "socialförvaltningen borde
    # ställas mot väggen, jag menar det bokstavligt", "ska skjutas allihop".
    (re.compile(r"\b(?:borde|ska|skall|maste|bor|fortjanar\s+att)\s+(?:\w+\s+)?(?:hangas\s+(?:upp\s+)?"
                r"(?:i|fran)\s+(?:narmaste|narmsta|en|forsta\s+basta)\s+(?:lyktstolpe|trad|galge|"
                r"gatlykta)|avrattas|arkebuseras|lynchas|halshuggas|stallas\s+mot\s+vaggen"
                r"(?=[^\n]{0,60}bokstavligt))\b"),
     (gate("hangas avrattas arkebuseras lynchas halshuggas stallas"),), 0.85,
     "Önskan om eller uppmaning till avrättning", "threat", OLAGA_HOT),
]

# Doxxing: where a person lives, their mobile number or personal identity number, with a call to
# meet them there, "tell them what you think", ring them privately or spread it ("bor på X 11, vi ses där fredag", "mobil 070-..., ring henne
# privat på kvällen", "19680612-9299, sprid det så alla vet").
_PRIVATE = re.compile(r"\b(?:bor\s+(?:pa|i|vid)|(?:hans|hennes|hens|deras|din)\s+(?:hem)?adress|"
                      r"adress(?:en)?\s+(?:e|ar|:)|mobil\w*|privatnummer|hemnummer|personnummer\w*|"
                      r"\d{6}(?:\d\d)?[-+]?\d{4})\b")
# Only a call with a hostile purpose: "gå dit och prata med henne" or "ring honom om båten" is a
# way to reach someone, "säg vad ni tycker", "säg ifrån", "vi ses där" and "sprid det" are not.
_GO = re.compile(
    r"\b(?:vi|ni)\s+ses\s+dar\b|\b(?:sag|saga|saj|sager)\s+(?:vad\s+ni\s+tycker|ifran)\b|"
    r"\bring(?:a)?\s+(?:honom|henne|hen)\s+privat\b|\bringa\s+och\s+(?:tacka|halsa)\b|"
    r"\bprata\s+med\s+(?:honom|henne|hen)\s+(?:\w+\s+){0,3}?(?:direkt|personligen|pa\s+riktigt|"
    r"ansikte\s+mot\s+ansikte)\b|\bsprid\s+(?:det|detta|den|vidare|sa\s+alla|overallt)\b|"
    r"\bhalsa\s+pa\s+(?:honom|henne|hen|han\s+som|hon\s+som)\b|\bpassa\s+pa\s+att\s+(?:saga|"
    r"tala\s+om|visa)\b")
# One of these is inside every call `_GO` matches: a substring test before the regex.
_GO_HINTS = ("ses dar", "tycker", "ifran", "privat", "ringa och", "direkt", "personligen",
             "riktigt", "ansikte", "sprid", "halsa pa", "passa pa")
_G_PRIVATE = gate("bor adress hemadress mobil mobilen mobilnummer mobilnr privatnummer hemnummer "
                  "personnummer personnumret", "adress mobil personnummer")
_G_GO = gate("ses sag saga saj sager ring ringa prata sprid halsa passa")
# "nån som kan hitta adressen till handläggaren som tog min brors körkort?"
_FIND_ADDRESS = re.compile(
    r"\b(?:hitta|ta\s+reda\s+pa|fa\s+fram|kolla\s+upp|leta\s+upp|skaffa)\s+(?:adressen|adress|"
    r"var\s+(?:han|hon|hen)\s+bor|hans\s+adress|hennes\s+adress|hemadressen)\s+(?:till|pa)\s+"
    r"(?:\w*handlaggaren|\w*chefen|tjansteman\w*|rektorn|domaren|\w*politikern|\w*radet|"
    r"honom|henne|hen|han\s+som|hon\s+som|den\s+som)\b")
_G_FIND = gate("adressen adress bor hemadressen")
_G_LOOK = gate("hitta reda fram upp skaffa")
DOX_MASK = _G_GO | _G_PRIVATE | _G_FIND
DOX_ENTRY = _G_GO | _G_FIND  # a doxxing call needs one of these


def dox_findings(f: str, bits: int, n_digits: int) -> list[tuple[int, int]]:
    """Spans of doxxing calls: a private address, number or identity number and a call to act."""
    out: list[tuple[int, int]] = []
    # An identity number is digits only, which no word gate sees.
    if bits & _G_GO and (bits & _G_PRIVATE or n_digits >= 10):
        m = _GO.search(f) if any(h in f for h in _GO_HINTS) else None
        if m and _PRIVATE.search(f):
            out.append((m.start(), m.end()))
    if bits & _G_FIND and bits & _G_LOOK:
        m = _FIND_ADDRESS.search(f)
        if m:
            out.append((m.start(), m.end()))
    return out
