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
from functools import lru_cache

from kanalvakt.moderation.engine.context import Context
from kanalvakt.moderation.engine.gates import gate, words_and_prefixes
from kanalvakt.moderation.engine.lexicon import SURNAME, attack_words, is_place
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
# The same in everyday words, in a pattern of its own behind its own gate (one long alternation
# costs more per position than two short ones that rarely both run).
_EVERYDAY_HEALTH = (
           # Drinking and drugs said without a diagnosis word ("har druckit igen", "en alkis").
           r"drickande|drickandet|druckit igen|dricker igen|dricker for mycket|dricker varje|"
           r"dricker(?=\s*(?:[,.!;]|$))|drack pa jobb\w*|full pa jobb\w*|berusad|luktar sprit|"
           r"luktade sprit|luktar alkohol|alkis|alkisar|fyllo|fyllot|super bort|super upp|supa|supit|"
           r"dricka igen|full igen|spelskuld\w*|skuldsanering\w*|missfall\w*|ivf|"
           r"spelmissbruk\w*|alkoholmissbruk\w*|drogmissbruk\w*|spelberoende\w*|alkoholproblem\w*|"
           r"drogproblem\w*|spelproblem\w*|rehab|avvanjning\w*|"
           # Psychiatric care in everyday words ("intagen på psyket").
           r"psyk|psyket|psykavdelning\w*|intagen|intagna|tvangsvard\w*|tvangsintag\w*|"
           r"antidepressiv\w*|lyckopiller|ssri|sobril|stesolid|metadon|subutex|"
           # Sexual health, disability and care after illness.
           r"klamydia|konssjukdom\w*|gonorre|syfilis|testat sig|testade sig|ungdomsmottagning\w*|"
           r"rullstol\w*|bostadsanpassning\w*|stroken|npf|npf-utred\w*|neuropsykiatrisk\w*")
_SOCIAL = (r"socialtjansten|soc|socialen|orosanmal\w*|orosanmalan|lvu|lvm|omhandertag\w*|"
           r"forsorjningsstod|socialbidrag|familjehem\w*|placerad\w*|placerat|barnavardsutredning|"
           r"utredning hos soc|skyddad identitet|skyddade personuppgifter|sekretessmarkering|"
           r"kontaktforbud|hemtjanst\w*|lss|boendestod|god man|forvaltare|kvinnojour\w*|"
           r"skyddat boende|barnperspektiv|umgangesstod|vardnadstvist\w*|fosterhem\w*|"
           r"ekonomiskt bistand|utmatning|kronofogden|skulder|sarskilt boende|"
           r"personlig assistans|skyddad adress|skyddade adressen|avvikelse\w*|lex sarah|lex maria|vrakt|vrakning\w*")
_SCHOOL = (r"atgardsprogram\w*|sarskola\w*|anpassad grundskola|anpassade skolan|elevhalsa\w*|"
           r"avstangd\w*|underkand\w*|f i betyg|fatt f|betyg\w*|kurator\w*|specialpedagog\w*|"
           r"skolskoterska\w*|franvaro\w*|hemmasittare|mobbad|mobbar|mobbning|krankningsanmal\w*|"
           r"stodinsats\w*|resursskola|sarskild undervisningsgrupp|elevassistent\w*|"
           r"har en assistent|egen assistent|resursperson\w*|slagit en larare|skolplacering\w*")
_EVERYDAY_SOCIAL = r"assistans"
_EVERYDAY_SCHOOL = r"krankningsarende\w*|sarskilt stod|sarskilda stod\w*|extra anpassning\w*"
_SENSITIVE = re.compile(first_chars(f"{_HEALTH}|{_SOCIAL}|{_SCHOOL}")
                        + rf"\b(?:{_HEALTH}|{_SOCIAL}|{_SCHOOL})\b")
_G_SENSITIVE = gate(*words_and_prefixes(f"{_HEALTH}|{_SOCIAL}|{_SCHOOL}"))
_EVERYDAY = f"{_EVERYDAY_HEALTH}|{_EVERYDAY_SOCIAL}|{_EVERYDAY_SCHOOL}"
_SENSITIVE_EVERYDAY = re.compile(first_chars(_EVERYDAY) + rf"\b(?:{_EVERYDAY})\b")
_G_EVERYDAY = gate(*words_and_prefixes(_EVERYDAY))
_KIND = [(re.compile(rf"\b(?:{_HEALTH}|{_EVERYDAY_HEALTH})\b"), "hälsa"),
         (re.compile(rf"\b(?:{_SOCIAL}|{_EVERYDAY_SOCIAL})\b"), "socialtjänst"),
         (re.compile(rf"\b(?:{_SCHOOL}|{_EVERYDAY_SCHOOL})\b"), "skola")]

# Confidential without a person: a door, alarm or network code given out, and insider leaks
# ("en kompis på soc berättade att ...", "detta är sekretess men ...", "läckt från ...").
_SECRET_WORDS = (r"losen\w*|wifi|wi\-fi|wifi-?losen\w*|portkod\w*|portkoden|larmkod\w*|dorrkod\w*|pinkod\w*|"
                 r"koden till|koden for|koden pa|wifi-?losenord\w*|inloggning\w*")
# The code follows the word ("lösenordet Motala123"), or comes after "är", "var", ":" or a comma
# at the end of a sentence about where it is ("koden till larmet står på tavlan, 1938#"); counts
# and dates are no codes ("lösenordet byts var 90:e dag", "portkoden har inte funkat på 2 veckor").
_NOT_A_CODE = (r"(?!\d+:?e\b)(?!\d+\s*(?:dagar|dag|veckor|vecka|manader|"
               r"manad|ar|min|minuter|timmar|ggr|ganger|gang|kr|st|procent|tecken|siffror)\b)")
_SECRET = re.compile(
    rf"\b(?:{_SECRET_WORDS})\b(?:\W+\w+){{0,12}}?(?:\W+(?:ar|e|var|va)\W+(?:\w+\W+)?|\W*[:=]\W*|"
    rf"\s*,\s*(?=\d{{3,}}[#*]?(?:\s|$|[,.!])))(?=\S*\d){_NOT_A_CODE}\S+|"
    rf"\b(?:losenordet|losenord|losen|portkoden|larmkoden|dorrkoden|pinkoden)\s+(?=\S*\d)(?=\S*[a-z])"
    rf"{_NOT_A_CODE}\S{{4,}}")
_G_SECRET = gate(*words_and_prefixes(_SECRET_WORDS))
_INSIDER = r"soc|socialen|socialtjansten|vardcentralen|skolan|kommunen|aldreboendet|hemtjansten|"\
           r"polisen|sjukhuset|lasarettet|forvaltningen|bun|namnden|personalen"
# Where someone who knows in advance sits ("min moster sitter i rekryteringsgruppen").
_INSIDE = (_INSIDER + r"|\w+namnden|kommunstyrelsen|ks|styrelsen|ledningsgruppen|rekryteringsgruppen|"
           r"\w+forvaltningen|\w+skolan|\w*mottagningen|\w+boendet|kommunhuset|stadshuset|dar")
_LEAK_WORDS = (r"lackt|lackta|lackte|lacker|lackan|sekretess\w*|hemlig\w*|hemligstampla\w*|"
               r"kompis|bekant|kollega|polare|van|svagerska|svoger|kusin|jobbar|offentlig\w*|"
               r"internt|interna|komma")
_LEAK = re.compile(
    r"\b(?:lackt|lackta|lackte|lacker|lackan)\s+(?:fran|ur|har|info|uppgifter|dokument)\b|"
    r"\b(?:det|detta|det har)\s+(?:ar|e)\s+(?:egentligen\s+)?(?:sekretess\w*|hemlig\w*)\s+men\b|"
    r"\bsett\s+(?:de\s+)?(?:sekretessbelagd\w*|hemligstampla\w*|hemliga)\s+(?:handlingar|papper|"
    r"dokument|uppgifter|journaler)\b|"
    r"\bsekretessbelagd\w*\s+(?:del|delen|delar|delarna|handling\w*|rapport\w*|uppgift\w*|information\w*|"
    r"utredning\w*|protokoll\w*)\b|"
    # Not public yet: "inte ska vara offentligt förrän i juni".
    r"\b(?:inte|ej)\s+(?:ska\s+|skall\s+|far\s+|kommer\s+att\s+)?(?:vara\s+|bli\s+|goras\s+)?"
    r"offentlig\w*\s+(?:an|annu|forran|innan)\b|"
    r"\binterna?t?\s+(?:mejl|mail|mejlet|mailet|dokument|dokumentet|papper|underlag|protokoll)\s+(?:fran|fran)\b|"
    r"\bfar\s+inte\s+komma\s+ut\b|"
    rf"\b(?:kompis|bekant|kollega|polare|van|svagerska|svoger|kusin)\s+(?:till mig\s+)?(?:pa|som jobbar pa|"
    rf"som jobbar inom|inom)\s+(?:{_INSIDER})\b(?:\W+\w+){{0,4}}?\W+(?:berattade|sa|sade|"
    r"beratta|avslojade|skvallrade)\b|"
    r"\bjag\s+jobbar\s+(?:\w+\s+){0,2}(?:pa|inom|i)\s+(?:\w+\s+){0,3}(?:och|sa)\s+(?:kan|vill|ska)\s+"
    r"(?:beratta|avsloja|saga)\b"
)
_G_LEAK = gate(*words_and_prefixes(_LEAK_WORDS))
# "läckt: anbuden ...", "budgetförslaget läckte i vår klassgrupp", "hemlig info:", "kommer inte
# ut förrän i juni".
_LEAKED = re.compile(
    r"\b(?:lackt|lackta)\s*:|\b(?:\w*forslag\w*|\w*beslut\w*|anbud\w*|\w*budget\w*|protokoll\w*|"
    r"dokument\w*|info|uppgifter\w*|listan|mejl\w*|mail\w*|papper\w*|rapport\w*|planer\w*|"
    r"siffror\w*)\s+(?:\w+\s+){0,3}?(?:lackt|lackte|lackts)\b(?!\s+(?:inte|aldrig))|\b(?:topphemlig|hemlig)\w*\s+info\w*|"
    r"\binte\s+(?:komma\s+)?ut\s+(?:forran|annu)\b")
_G_LEAKED = gate("lackt lackta lackte lackts forran annu", "hemlig topphemlig")
# Two more kinds of leak, each behind two gates (both of its words must be in the text):
# heard from an insider, or a relative inside knows what is decided before it is public; and
# "de får inte säga nåt än".
_INSIDE_LEAK = re.compile(
    # Heard from an insider, or a relative inside knows what is decided before it is public.
    rf"\b(?:hort|horde|hor|fatt\s+veta|fick\s+veta)\s+(?:fran|av|genom|via)\s+(?:en|nan|nagon|min|mitt)"
    rf"\s+(?:\w+\s+)?som\s+(?:jobbar|arbetar|sitter)\s+(?:pa|i|inom)\s+(?:{_INSIDE})\b|"
    rf"\b(?:min|mitt|mina|en|nan|nagon)\s+(?:\w+\s+)?(?:sitter|jobbar|arbetar)\s+(?:i|pa|inom)\s+"
    rf"(?:{_INSIDE})\b(?:\W+\w+){{0,12}}?\W+(?:redan\s+(?:bestamt|klart|klar|avgjort|beslutat|bestamd|"
    r"valt|utsett|spikat)|i\s+hemlighet|bakom\s+kulisserna|(?:ingen|inte)\s+(?:far|ska)\s+veta)\b"
)
_G_INSIDE_WHO = gate("sitter jobbar arbetar")
_G_INSIDE_KNOWS = gate("hort horde hor fatt fick redan hemlighet kulisserna veta")
_NOT_TOLD = re.compile(r"\bfar\s+inte\s+(?:saga|beratta|avsloja|prata\s+om)\s+(?:\w+\s+)?"
                       r"(?:an|annu|forran|innan|offentligt)\b")
_G_NOT_TOLD_SAY = gate("saga beratta avsloja prata")
_G_NOT_TOLD_YET = gate("an annu forran innan offentligt")


# Someone other than the writer, identified or easy to identify.
_THIRD_PARTY = re.compile(
    r"\b(?:grannen|grannens|grannarna|grannarnas|hans|hennes|hens|deras|familjen\s+\w+|"
    r"mannen|kvinnan|killen|tjejen|pojken|flickan|eleven|elevens|barnet|"
    r"barnen|ungen|ungarna|lararen|lararens|rektorn|rektorns|mamman|pappan|sonen|dottern|"
    r"frun|maken|sambon|exet|handlaggaren|tjanstemannen|politikern|vikarien|froken|"
    r"fritidsledaren|fritidspedagogen|kuratorn|sjukskoterskan|underskoterskan|vaktmastaren|"
    r"tranaren|chefen|kollegan|tanten|gubben|grannpojken|grannflickan|grannkillen|grannfrun|"
    r"lararinnan|forskollararen|barnskotaren|pedagogen|specialpedagogen|"
    r"\w+s\s+(?:son|dotter|barn|fru|man|mamma|pappa|sambo|kille|tjej))\b"
)
# A bare pronoun identifies only through what came before: "min son ... Han har ADHD" is the
# writer's own family matter.
_PRONOUN = re.compile(r"\b(?:han|hon|hen|honom|henne)\b")
_OWN_FAMILY = re.compile(
    r"\b(?:min|mitt|mina|mej|mig)\s+(?:egen\s+|egna\s+|lilla\s+|stora\s+|aldsta\s+|yngsta\s+)?"
    r"(?:son|sons|dotter|dotters|barn|pojke|flicka|kille|tjej|grabb|mamma|mammas|mor|pappa|pappas|"
    r"lillebror|lillasyster|storebror|storasyster|"
    r"far|man|fru|sambo|bror|brors|syster|systers|mormor|farmor|morfar|farfar|gubbe)\b")
# The reader's relative, named to their face ("@vera din bror ska utredas", "din pappa e ju han
# som ..."): identifies the relative to everyone who knows the reader.
_YOUR_RELATIVE = re.compile(
    r"\b(?:din|ditt|dina)\s+(?:egen\s+|egna\s+|lilla\s+|stora\s+)?(?:bror|brorsa|syster|syrra|"
    r"lillebror|lillasyster|storebror|storasyster|"
    r"mamma|morsa|mor|pappa|farsa|far|son|dotter|barn|unge|ungar|fru|gubbe|sambo|kille|tjej|"
    r"pojkvan|flickvan|ex|exet|mormor|farmor|morfar|farfar|kusin|moster|faster|morbror|farbror)\b")
# "Han har rätt till assistans": what anyone may get, not what someone has.
_ENTITLED = re.compile(r"\b(?:ratt till|kan (?:fa|soka|ansoka)|ansoka|ansoker|soka om|soker om)\b").search
_GENERIC = re.compile(r"\b(?:om|ifall|nar|innan|kan|far|bor|har|ar)\s+(?:du|ni|din|ditt|dina)\b")
# A person pointed out by role at a named place, by school class or by where they live:
# "vikarien på Carlsund", "Tobias i 3C", "grannen på nr 4", "huset bredvid".
_ROLE_AT = re.compile(
    r"\b(?:rektorn|lararen|froken|vikarien|kuratorn|fritidsledaren|fritidspedagogen|assistenten|"
    r"elevassistenten|sjukskoterskan|underskoterskan|skoterskan|lakaren|doktorn|vaktmastaren|"
    r"tranaren|chefen|handlaggaren|pojken|flickan|killen|tjejen|mannen|kvinnan|eleven|grannen|"
    r"tanten|gubben|damen|kassorskan|busschaufforen|chaufforen|pastorn|prasten|lararinnan|"
    r"forskollararen|barnskotaren|pedagogen|specialpedagogen|bibliotekarien|expediten|brevbararen|"
    r"sekreteraren|receptionisten|kocken|lokalvardaren|stadaren)\s+(?:pa|i|vid|fran)\s+")
_WHERE = re.compile(
    r"\bi\s+\d[a-h]\b|\b(?:pa|i)\s+(?:nr|nummer)\s+\d+|\b(?:huset|lagenheten|villan|radhuset|"
    r"gatan|trappuppgangen)\s+(?:bredvid|mittemot|intill|ovanfor|nedanfor|brevid|over oss|under oss)\b")
_OWN = re.compile(r"\b(?:jag|mig|mej|min|mitt|mina|vi|oss)\b")
# "mamma", "mormor" without a possessive are the writer's own ("nu har mamma blivit lurad").
_OWN_BARE = re.compile(r"(?<!din )(?<!ditt )(?<!hans )(?<!hennes )(?<!deras )(?<!er )(?<!s )"
                       r"\b(?:mamma|pappa|mormor|farmor|morfar|farfar|morsan|farsan)\b")
# "vår, vårt, våra" fold to "var, vart, vara", which are also "was", "where" and "be".
_OUR = re.compile(r"\bvår[ta]?\b")
# A first name's initial ("Ahmed Y.") ends no sentence.
_INITIAL_BEFORE = re.compile(r"\b[A-ZÅÄÖ]\.\s*$")
# A person who works in the service ("Camilla på socialtjänsten", "handläggare på LSS", "Mia
# jobbar i hemtjänsten", "som handlägger försörjningsstöd", "han som leder hemtjänsten",
# "läkaren på Motala lasarett", "hon i receptionen på vårdcentralen") is staff, not its client.
_STAFF_TERMS = frozenset(["socialtjansten", "soc", "socialen", "hemtjansten", "hemtjanst", "lss",
                          "forsorjningsstod", "ekonomiskt bistand", "kronofogden", "vardcentral",
                          "vardcentralen", "lasarett", "lasarettet", "sjukhus", "sjukhuset"])
_STAFF_BEFORE = re.compile(
    r"(?:\b(?:jobbar|jobbade|jobbat|jobba|jobb|jobbet|arbetar|arbetade|arbetat|arbete|arbetet|"
    r"anstalld|anstallda|handlaggare|handlaggaren|chef|chefen|personal|personalen|medarbetare|"
    r"kollega|kollegor|vikarie|vikarierar|sitter|lakare|lakaren|doktor|doktorn|skoterska|"
    r"skoterskan|sjukskoterska|sjukskoterskan|receptionen|receptionisten|kassan)\s+"
    r"(?:\w+\s+){0,2}?(?:pa|i|inom|fran|for)\s+(?:\w+\s+)?"
    r"|\bhandlagg(?:er|de|ande|are|aren)(?:\s+om)?\s+"
    r"|\b(?:leder|ledde|ansvarar\s+for|ansvarig\s+for|chef\s+for|chefen\s+for)\s+)$")
# "soc-handläggaren", "soc-tanten", "hemtjänstchefen": the service's staff in one word.
_STAFF_COMPOUND = re.compile(r"-?(?:handlaggare|handlaggaren|handlaggarna|tant|tanten|tanterna|"
                             r"chef|chefen|personal|personalen|ledare|ledaren|ledningen)$").search
_TO_WORD_END = re.compile(r"[\w-]*").match
_NAME_BEFORE = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:\s+[A-ZÅÄÖ][a-zåäöéü]+)?\s+(?:på|i|från)\s+$")


# Word gates of the reference patterns above (each a necessary condition of its pattern; the
# class pattern "i 4B" needs a digit instead).
_G_ROLE = gate(" ".join(re.findall(r"[a-z]{2,}", _ROLE_AT.pattern.split(")")[0])))
_G_WHERE = gate("nr nummer bredvid mittemot intill ovanfor nedanfor brevid oss")
_G_YOUR = gate("din ditt dina")
_G_THIRD = gate(" ".join(re.findall(r"[a-z]{2,}", _THIRD_PARTY.pattern.split("\\w+s")[0]))
                + " son dotter barn fru man mamma pappa sambo kille tjej")
_G_PRONOUN = gate("han hon hen honom henne")


_CAPITALISED = re.compile(r"(?<![\w@])[A-ZÅÄÖ][a-zåäöéü]+").finditer


def _identifies(ctx: Context, s: int, e: int, term: tuple[int, int] = (0, 0)) -> tuple[float, str]:
    """How clearly the sentence [s, e) identifies someone; the sensitive term itself at `term`
    ("Parkinson") is not a name."""
    names = attack_words().names
    for m in _CAPITALISED(ctx.text[s:e]):
        if fold(m.group()) in names:
            return 0.9, f"en namngiven person ({m.group()})"
    for m in SURNAME.finditer(ctx.text[s:e]):
        if term[0] < s + m.end() and s + m.start() < term[1]:
            continue
        if m.start() > 0 and not is_place(m.group(), ctx.account.places):
            return 0.8, f"en person som kan identifieras ({m.group()})"
        break
    f = ctx.folded[s:e]
    bits = ctx.bits
    if bits & _G_ROLE and any(ctx.text[s + m.end():s + m.end() + 1].isupper()
                              for m in _ROLE_AT.finditer(f)) \
            or (bits & _G_WHERE or ctx.n_digits) and _WHERE.search(f):
        return 0.8, "en person som kan identifieras genom roll eller plats"
    if bits & _G_YOUR and _YOUR_RELATIVE.search(f) and not _GENERIC.search(f):
        return 0.8, "en anhörig till den som tilltalas"
    if bits & _G_THIRD and _THIRD_PARTY.search(f):
        return 0.7, "en annan person som kan identifieras"
    if bits & _G_PRONOUN and _PRONOUN.search(f) and not _OWN_FAMILY.search(ctx.folded[:s]) \
            and not _ENTITLED(f):
        return 0.6, "en annan person som kan identifieras"
    return 0.0, ""


def _is_staff(ctx: Context, m: re.Match[str], s: int) -> bool:
    """Whether a social-services term names the workplace of the person before it."""
    word = _TO_WORD_END(ctx.folded, m.start()).group()
    staff = _STAFF_COMPOUND(word)
    if staff and staff.start() > 0:
        return True  # "soc-handläggaren", "hemtjänstchefen"
    if m.group() not in _STAFF_TERMS or ctx.folded[m.end():m.end() + 1] == "-":
        return False
    before = ctx.folded[max(s, m.start() - 40):m.start()]
    return bool(_STAFF_BEFORE.search(before) or _NAME_BEFORE.search(ctx.text[max(s, m.start() - 40):m.start()]))


@lru_cache(maxsize=4096)
def _kind(term: str) -> str:
    """'hälsa', 'socialtjänst' or 'skola': which list a sensitive term comes from."""
    return next((k for pat, k in _KIND if pat.search(term)), "hälsa")


# Every gate that can open one of the patterns below: most texts open none.
_ANY = _G_SECRET | _G_LEAK | _G_LEAKED | _G_INSIDE_WHO | _G_NOT_TOLD_SAY | _G_SENSITIVE | _G_EVERYDAY


def detect(ctx: Context) -> list[Finding]:
    bits = ctx.bits
    if not bits & _ANY:
        return []
    out: list[Finding] = []
    if bits & _G_SECRET and ctx.n_digits:
        for m in _SECRET.finditer(ctx.folded):
            out.append(Finding("confidential", m.start(), m.end(), "sensitive:access_code", 0.85,
                               "En kod eller ett lösenord till kommunens lokaler eller system"))
    leak = _LEAK.search(ctx.folded) if bits & _G_LEAK else None
    if not leak and bits & _G_LEAKED:
        leak = _LEAKED.search(ctx.folded)
    if not leak and bits & _G_INSIDE_WHO and bits & _G_INSIDE_KNOWS:
        leak = _INSIDE_LEAK.search(ctx.folded)
    if not leak and bits & _G_NOT_TOLD_SAY and bits & _G_NOT_TOLD_YET:
        leak = _NOT_TOLD.search(ctx.folded)
    if leak:
        out.append(Finding("confidential", leak.start(), leak.end(), "sensitive:leak", 0.8,
                           "Uppgifter som sägs komma inifrån en verksamhet eller vara "
                           "sekretessbelagda"))
    if not bits & (_G_SENSITIVE | _G_EVERYDAY):
        return out
    f = ctx.folded
    matches = list(_SENSITIVE.finditer(f)) if bits & _G_SENSITIVE else []
    if bits & _G_EVERYDAY:
        matches += _SENSITIVE_EVERYDAY.finditer(f)
    owns: dict[int, bool] = {}  # per sentence start: whether it is about the writer's own
    for m in matches:
        if m.group() == "medicin" and f[max(0, m.start() - 5):m.start()] == "egen ":
            continue  # "få smaka på sin egen medicin" is an idiom
        s, e = ctx.sentence(m.start())
        if s > 2 and _INITIAL_BEFORE.search(ctx.text[max(0, s - 4):s]):
            s = ctx.sentence(s - 3)[0]
        if _is_staff(ctx, m, s):
            continue
        strength, who = _identifies(ctx, s, e, m.span())
        if strength == 0.0:
            continue
        if strength < 0.8:
            own = owns.get(s)
            if own is None:
                own = owns[s] = bool(_OWN.search(f[s:e]) or _OWN_BARE.search(f[s:e])
                                     or _OUR.search(ctx.text[s:e].lower()))
            if own:
                continue  # "min son har ADHD, han ..." is the writer's own family matter
        kind = _kind(m.group())
        basis = INTEGRITETSINTRANG if kind == "hälsa" and strength >= 0.8 else None
        term = ctx.text[m.start():m.end()]  # each finding says which words it is about
        out.append(Finding("confidential", m.start(), m.end(), f"sensitive:{kind}", strength,
                           f"Uppgift om {kind} (”{term}”) som rör {who} – kan vara "
                           "sekretessbelagd", basis))
        out.append(Finding("personal_data", m.start(), m.end(), f"sensitive:{kind}", strength,
                           f"Känslig personuppgift ({kind}: ”{term}”) om {who}"))
    return out
