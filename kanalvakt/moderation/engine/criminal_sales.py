"""Offers of illegal goods and services: weapons, drugs, forged documents, stolen goods, untaxed
tobacco and spirits, pirate subscriptions and cracked software.

An item alone is never enough (people report dealing, warn of scams and sell their own bikes):
each family needs the item, a sign that it is illegal (fake, stolen, untaxed, "inga frågor") and
an offer (a sale word, a price or a way to get in touch). Written on folded text.
"""

from __future__ import annotations

import re

from kanalvakt.moderation.engine.context import Context
from kanalvakt.moderation.engine.gates import gate
from kanalvakt.moderation.engine.results import UPPHOVSRATT, Finding

# Illegal sales: weapons, drugs, forged documents and fixed inspections offered by the writer.
# Not one of the offences of 5 § (no legal basis), but brottsligt material under guideline 8.
# An item alone is not enough (people report dealing in the park): the text must also offer
# it, by a sale word at its start or after "jag"/"vi", "till salu", a price per piece or a way
# to get in touch (dm, snap, swish).
_SALE_WEAPON = (r"glock\w*|pistol|pistoler|pistolen|revolver\w*|ak-?47|ak\s+47|kalasjnikov\w*|"
                r"k-?pist\w*|automatkarbin\w*|automatvapen|handgranat\w*|sprangmedel|dynamit|"
                r"ammo|ammunition|skarpa\s+skott|knogjarn|pepparspray\w*|elchock\w*|taser\w*|"
                r"vapen\s+utan\s+licens|oregistrerade?\s+vapen")
_SALE_DRUG = (r"hasch|haschet|weed|marijuana|kokain|koks|amfetamin|amfe|tjack|heroin|mdma|"
              r"ecstasy|molly|lsd|ghb|ketamin|spice|xanax|tramadol|oxy|oxycodon|oxycontin|"
              r"subutex|benso|bensos|zopiklon|sobril|stesolid|rivotril|lyrica|knark|narkotika|"
              r"kush|thc|cannabis|ganja|(?:gras|piller|tabletter|tabbar|tabbe|bars)\s+och\s+(?:gras|piller|"
              r"tabletter|tabbar|tabbe|bars|hasch|weed|koks)")
_SALE_DOC = (r"(?:falsk\w*|forfalskad\w*|fejk\w*|fake|fakeade?)\s+(?:\w+\s+)?(?:\w*tillstand\w*|"
             r"korkort\w*|pass|passet|id-?kort\w*|id-?handling\w*|legitimation\w*|\w*intyg\w*|"
             r"besiktning\w*|\w*protokoll\w*|betyg\w*|recept\w*|examensbevis\w*|sedlar|"
             r"registreringsskylt\w*|skyltar|parkeringsbevis\w*|\w*kort)|"
             r"(?:besiktning\w*|korkort\w*|intyg\w*|lakarintyg\w*|sjukintyg\w*|protokoll\w*|betyg\w*|"
             r"recept\w*)\s+utan\s+"
             r"(?:att|prov|besiktning|uppkorning|kontroll|koll|lakarbesok|undersokning|besok)")
_SALE_OTHER = (r"(?:tabletter|piller|medicin\w*|lakemedel\w*|antibiotika|viagra|somntabletter|"
               r"morfin|adhd-?medicin\w*)\s+(?:\w+\s+)?utan\s+recept|receptbelagd\w*|hembrant|"
               r"smuggel\w*|svartsprit|stulna?|stoldgods|(?:fallit|ramlat|trillat)\s+av\s+(?:en\s+)?lastbil\w*|"
               r"inga\s+kvitton|(?:korkort\w*|pass|id-?kort\w*|legitimation\w*|\w*intyg\w*|"
               r"betyg\w*)\b[^.!?\n]{0,40}?\bser\s+(?:\d+\s*%\s+|helt\s+)?akta\s+ut|"
               r"(?:gevar\w*|bossa\w*|hagelbossa\w*|studsare\w*|kulsprut\w*|vapen)\s+utan\s+licens|"
               r"kop(?:a|er|t)?\s+(?:ett\s+)?(?:svenskt\s+)?korkort|korkort\s+till\s+salu")
_SALE_ITEM = re.compile(r"\b(?:" + _SALE_WEAPON + "|" + _SALE_DRUG + "|" + _SALE_DOC + "|"
                        + _SALE_OTHER + r")\b")
_SALE_OFFER = re.compile(
    r"(?:^|[.!?\n]\s*)(?:saljer|saljes|kopes|langar|fixar|erbjuder)\b|"
    r"\b(?:jag|vi)\s+(?:\w+\s+)?(?:saljer|fixar|langar|levererar|ordnar|kan\s+fixa|kan\s+ordna)\b|"
    r"\b(?:till\s+salu|saljes|kopes)\b|"
    r"\b\d+\s*(?:kr|:-|spann|lax|k)\s*(?:/\s*)?(?:st|styck|stycket|per\s+st\w*)\b|\b\d+\s*k\b|"
    r"\bswish\w*",
    re.MULTILINE)
# A way to get in touch is an offer only with a sale word or a price somewhere in the text
# ("dm:a mig om ni vet något" from a worried parent is not).
_SALE_CONTACT = re.compile(r"\b(?:dm|pm|inbox|snap|snapchat|telegram|wickr|kik|threema|adda|"
                           r"hor\s+av\s+dig|skriv\s+(?:till\s+mig|privat|pm|dm)|seriosa?|"
                           r"diskret\w*)\b|\bskriv\s*[.!]*\s*$", re.MULTILINE)
_SALE_WORD = re.compile(r"\b(?:saljer|saljes|salu|langar|fixar|levererar|leverans|ordnar|pris|"
                        r"billigt|\d+\s*(?:kr|k|:-|spann|lax))\b")
# Dealers' emoji ("🍃❄️💊 leverans"): an item only with a sale word and a way to get in touch.
_DRUG_EMOJI = re.compile(r"(?:🍃|❄|💊|🌿|💉)")
_G_DEALER = gate("leverans levererar snap snapchat wickr telegram kik threema")
_G_SALE = gate(
    "pistol pistoler pistolen ak ammo ammunition skarpa knogjarn dynamit sprangmedel automatvapen "
    "vapen oregistrerad oregistrerade hasch haschet weed marijuana kokain koks amfetamin amfe "
    "tjack heroin mdma ecstasy molly lsd ghb ketamin spice xanax tramadol oxy oxycodon oxycontin "
    "subutex benso bensos zopiklon sobril stesolid rivotril lyrica knark narkotika kush thc "
    "cannabis ganja gras piller tabletter tabbar bars k",
    "glock revolver kalasjnikov ak kpist automatkarbin handgranat pepparspray elchock taser "
    "korkort besiktning betyg recept intyg lakarintyg sjukintyg falsk forfalskad fejk fake "
    "protokoll tabletter piller medicin lakemedel antibiotika viagra somntabletter morfin adhd "
    "receptbelagd hembrant smuggel svartsprit stuln stold fallit licens kop ramlat trillat "
    "kvitton akta tabbe")

# What makes a document offer illegal: it is fake, looks real, passes checks or is had without
# the test, the doctor or the questions ("körkort utan uppkörning", "intyg, inga frågor").
_DOC = (r"(?:id-?kort\w*|pass|passet|korkort|korkortet|legitimation\w*|lakarintyg\w*|sjukintyg\w*|"
        r"intyg|intyget|lonebesked\w*|lonespec\w*|anstallningsbevis\w*|arbetsgivarintyg\w*|"
        r"hyreskontrakt\w*|betyg|betygen|examensbevis\w*|uppehallstillstand\w*|"
        r"arbetstillstand\w*|vaccinationsintyg\w*|parkeringstillstand\w*|kvitton)")
# "inga frågor" from a seller, not "har du inga frågor" or "vi har inga frågor".
_NO_QUESTIONS = r"(?<!\bdu\s)(?<!\bni\s)(?<!\bdet\s)(?<!\bjag\s)(?<!\bvi\s)inga\s+fragor"
_DOC_RE = re.compile(r"\b" + _DOC + r"\b")
_FAKE = re.compile(
    r"\b(?:ser\s+(?:ut\s+som|(?:\d+\s*%\s+|helt\s+)?akta\s+ut)|(?:\d+\s*%\s+)?akta\s+i\s+systemet|"
    r"gar\s+igenom\s+(?:scanning|skanning|kontroll\w*|forsakringskassan|csn|banken|\w+kontroll)|"
    r"utan\s+(?:att\s+(?:gora|ga|ta|skriva|behova)\b|uppkorning\w*|prov\w*|lakare|lakarbesok|"
    r"besok|undersokning)|ingen\s+lakare\s+behovs|" + _NO_QUESTIONS + r"|kontakter\s+(?:pa|inom|hos)\s+\w+|"
    r"riktiga\s+kort|med\s+ditt\s+(?:foto|namn)|alla\s+eu-?lander|funkar\s+(?:pa|hos|i)\s+"
    r"(?:systemet|banken|krogen|vakterna)|falsk\w*|fejk\w*|fake\w*|forfalskad\w*)")
_G_DOC = gate("pass passet korkort korkortet intyg intyget betyg betygen kvitton id",
              "idkort legitimation lakarintyg sjukintyg lonebesked lonespec anstallningsbevis "
              "arbetsgivarintyg hyreskontrakt examensbevis uppehallstillstand arbetstillstand "
              "vaccinationsintyg parkeringstillstand")
# A word each `_FAKE` alternative needs.
_G_FAKE = gate("ser systemet igenom utan behovs fragor kontakter riktiga foto namn lander funkar",
               "falsk fejk fake forfalskad")
# An offer: a sale word, a price or a way to get in touch.
_OFFER = re.compile(
    r"\b(?:saljer|saljes|till\s+salu|fixar|ordnar|kan\s+(?:fixa|ordna)|levererar|erbjuder|"
    r"(?:nan|nagon|naan)\s+som\s+vill\s+(?:ha|kopa)|\d+\s*(?:kr|:-|sek|spann|lax)|\d+\s*k|"
    r"\d+kr|swish\w*|dm|pm|dm:a|inbox|snap|snapchat|telegram|wickr|kik|threema|sms\w*|"
    r"skriv\s+(?:till\s+mig|privat|pm|dm|pa\s+\w+)|hor\s+av\s+(?:dig|er)|hamtas)\b|"
    r"\bskriv\s*[.!]?\s*$", re.MULTILINE)
# Stolen goods: the seller says not to ask, that nobody misses it, or where it was taken.
_STOLEN = re.compile(
    r"\b(?:" + _NO_QUESTIONS + r"|ingen\s+saknar|som\s+ingen\s+(?:saknar|kommer\s+att\s+sakna)|"
    r"plockade?s?\s+(?:fran|pa|ur)\s+(?:\w+\s+){1,4}?(?:i\s+natt|inatt|igar\s+natt|i\s+helgen)|"
    r"(?:fallit|ramlat|trillat)\s+av\s+(?:en\s+)?lastbil\w*|inget\s+kvitto[^\n]{0,30}?😉|"
    r"utan\s+kvitto[^\n]{0,30}?😉|lanade\s+konton)\b|['‘’\"]lanade?['‘’\"]")
_G_STOLEN = gate("fragor saknar sakna plockades plockade plockad fallit ramlat trillat kvitto "
                 "lanade lanad")
_PRICE = re.compile(r"\b(?:\d+\s*(?:kr|:-|sek|spann|lax)|\d+kr|\d+\s*k|halva\s+\w*priset|"
                    r"billig\w*|bra\s+pris|saljer|saljes|till\s+salu|vill\s+kopa)\b")
# Untaxed tobacco and spirits sold on: own imports are legal, selling them is not.
_TOBACCO = re.compile(r"\b(?:cigg|ciggen|cigaretter|cigarretter|snus|tobak|limpa|limpor|limpan|sprit|"
                      r"spriten|vodka|hembrant|hembranning)\b")
_UNTAXED = re.compile(r"\b(?:fran\s+(?:polen|ryssland|estland|lettland|litauen|ukraina)|"
                      r"(?:ingen|utan)\s+skatt|skattefri\w*|obeskattad\w*|smugg?l\w*|hembrant|"
                      r"\d+\s*(?:kr|:-)\s*(?:/\s*)?limpan)")
_DELIVER = re.compile(r"\b(?:saljer|saljes|till\s+salu|levererar|leverans|hamtas|dm|pm|dm:a|snap|"
                      r"telegram|wickr|swish\w*|sms\w*|ring\s+eller\s+sms\w*|skriv(?:\s+(?:pm|dm|"
                      r"privat|till\s+mig))?)\b")
_G_TOBACCO = gate("cigg ciggen cigaretter cigarretter snus tobak limpa limpor limpan sprit spriten "
                  "vodka hembrant hembranning")
# Cannabis as "grönt" with a quantity, its quality or the leaf emoji; a dealer's way in.
_GREEN = re.compile(r"\b(?:\d+\s*(?:g|gram|hg|kg)\s+(?:\w+\s+)?(?:gront|gras)|(?:gront|gras)\s+(?:av\s+)?"
                    r"(?:finaste|basta|hogsta|topp)\s*kvalitet|(?:gront|gras)\s*🍃)")
_G_GREEN = gate("gront gras")
_DEALER = re.compile(r"\b(?:levererar|leverans|snap|snapchat|wickr|telegram|threema|kik|sms\w*|"
                     r"dm|swish\w*)\b")
# A weapon or drug with a handle on an encrypted app or "bara seriösa": an offer.
_HANDLE = re.compile(r"\b(?:wickr|threema|telegram|signal|snap|snapchat|kik|session)\s*[:@]\s*@?\w+|"
                     r"\bbara\s+seriosa\b|\binga\s+serienummer\b")
_G_HANDLE = gate("wickr threema telegram signal snap snapchat kik session seriosa serienummer")
# Pirate subscriptions: IPTV for a price, streaming accounts "lånade" or for life.
_IPTV_PRICE = re.compile(r"\biptv\b[^\n]{0,60}?\b\d+\s*(?:kr|:-|sek)\b|\b\d+\s*(?:kr|:-|sek)\b"
                         r"[^\n]{0,40}?\biptv\b|\biptv\b[^\n]{0,60}?\b\d+kr\b")
_ACCOUNTS = re.compile(r"\b(?:netflix|disney\+?|hbo|max|viaplay|c\s?more|spotify|youtube\s+premium|"
                       r"prime)\b[^\n]{0,40}?\b(?:konton|inloggningar|accounts)\b")
_ACCOUNT_CUE = re.compile(r"['‘’\"]?lanade|hackade|livstid|lifetime|garanterat|🔓|\bsms\w*|\bdm\b")
_G_SUBS = gate("iptv konton inloggningar accounts")
# Cracked software: a crack or key generator for a named program, offered for free or by link.
_CRACK = re.compile(r"\b(?:crack|cracked|crackad\w*|cracka\w*|kms|kms-?nycklar|keygen|"
                    r"licensnycklar|aktivering\s+gratis|-aktivering\s+gratis)\b")
_SOFTWARE = re.compile(r"\b(?:photoshop|premiere|office|windows|adobe|autocad|lightroom|illustrator|"
                       r"after\s+effects|fl\s+studio|ableton|sims|gta|fifa|minecraft|program\w*|"
                       r"spel\w*)\b")
_CRACK_OFFER = re.compile(r"\b(?:gratis|free|lank\w*|download|nedladdning|discord|bio|bion|dm|"
                          r"profil\w*)\b")
_G_CRACK = gate("crack cracked kms keygen licensnycklar aktivering", "crackad cracka kms")
# Paid sport, films or series for free through an app or link, "utan konto".
_PAID_CONTENT = re.compile(r"\b(?:allsvenskan|premier\s+league|champions\s+league|nhl|shl|ufc|f1|"
                           r"formel\s+1|hockey|all\s+fotboll|c\s?more|viaplay|netflix|hbo|"
                           r"\w+-?trilogin|hela\s+(?:filmen|serien|sasongen)|nya\s+filmer|bioaktuella)\b")
_FREE_NO_ACCOUNT = re.compile(
    r"\b(?:utan\s+(?:konto|abonnemang|inlogg\w*)|inga\s+abonnemang|inget\s+(?:konto|abonnemang)|"
    r"via\s+(?:var|min)\s+app|skickar\s+(?:jag\s+)?lanken|lank(?:en)?\s+i\s+(?:bio|bion|profilen))\b")
_LEGAL_SOURCE = re.compile(r"\b(?:svt|urplay|tv4|youtube|bibliotek\w*|cineasterna|provperiod\w*|"
                           r"testperiod\w*|gratismanad\w*)")
_G_FREE = gate("gratis free") | gate("konto abonnemang app lanken bio bion profilen", "inlogg")

MASK = (_G_SALE | _G_DEALER | _G_DOC | _G_STOLEN | _G_TOBACCO | _G_GREEN | _G_SUBS | _G_CRACK
        | _G_FREE)

_SALE_EXPL = ("Erbjuder vapen, narkotika eller förfalskade handlingar till försäljning – kan vara "
              "brottsligt")


def _sale(m: re.Match[str], expl: str = _SALE_EXPL) -> Finding:
    return Finding("criminal", m.start(), m.end(), "illegal_sale", 0.8, expl)


def findings(ctx: Context) -> list[Finding]:
    f, bits = ctx.folded, ctx.bits
    if not bits & MASK:
        return []
    if bits & _G_SALE or (bits & _G_DEALER and _DRUG_EMOJI.search(f)):
        m = _SALE_ITEM.search(f) or _DRUG_EMOJI.search(f)
        if m and (_SALE_OFFER.search(f)
                  or (_SALE_CONTACT.search(f) and _SALE_WORD.search(f))
                  or (bits & _G_HANDLE and _HANDLE.search(f))):
            return [_sale(m)]
    if bits & _G_DOC and bits & _G_FAKE:
        m = _DOC_RE.search(f)
        if m and _FAKE.search(f) and _OFFER.search(f):
            return [_sale(m, "Erbjuder förfalskade eller olagligt utfärdade handlingar – kan vara "
                             "brottsligt")]
    if bits & _G_STOLEN:
        m = _STOLEN.search(f)
        if m and _PRICE.search(f):
            return [_sale(m, "Erbjuder troligen stulet gods till försäljning – kan vara häleri")]
    if bits & _G_TOBACCO:
        m = _TOBACCO.search(f)
        if m and _UNTAXED.search(f) and _DELIVER.search(f):
            return [_sale(m, "Säljer obeskattad tobak eller sprit – kan vara brottsligt")]
    if bits & _G_GREEN:
        m = _GREEN.search(f)
        if m and _DEALER.search(f):
            return [_sale(m)]
    if bits & _G_SUBS:
        m = _IPTV_PRICE.search(f)
        if not m:
            m = _ACCOUNTS.search(f)
            if m and not (_PRICE.search(f) and _ACCOUNT_CUE.search(f)):
                m = None
        if m:
            return [Finding("criminal", m.start(), m.end(), "illegal_sale", 0.8,
                            "Säljer piratabonnemang eller andras konton – kan vara "
                            "upphovsrättsintrång eller bedrägeri",
                            UPPHOVSRATT if "iptv" in m.group() else None)]
    out: list[Finding] = []
    if bits & _G_CRACK:
        m = _CRACK.search(f)
        if m and _SOFTWARE.search(f) and _CRACK_OFFER.search(f):
            out.append(Finding("criminal", m.start(), m.end(), "piracy", 0.75,
                               "Erbjuder knäckt programvara – kan vara upphovsrättsintrång",
                               UPPHOVSRATT))
    if bits & _G_FREE == _G_FREE:
        m = _FREE_NO_ACCOUNT.search(f)
        if m and _PAID_CONTENT.search(f) and not _LEGAL_SOURCE.search(f):
            out.append(Finding("criminal", m.start(), m.end(), "piracy", 0.75,
                               "Erbjuder betald sport, film eller serier gratis – kan vara "
                               "upphovsrättsintrång", UPPHOVSRATT))
    return out
