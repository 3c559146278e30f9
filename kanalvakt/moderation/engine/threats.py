"""Broad structural rules for criminal material, added to the patterns of `criminal`.

Each rule describes a family rather than a phrase: a threat is a first person, an intent and
harm to a person or a building; hets is a dehumanising word with a group in the same text; a
call to crime is an imperative or "någon"-clause with damage to a target; a doxxing call is an
address or plate with "gör vad ni vill". Every rule has word gates (whole words) that are
necessary conditions; `detect` runs a rule only when all words of one alternative are present.
Patterns are written on folded text (lower case, no diacritics).
"""

from __future__ import annotations

import re

from kanalvakt.moderation.engine import criminal_hets, criminal_veiled
from kanalvakt.moderation.engine.gates import COMMON, gate, word_bits
from kanalvakt.moderation.engine.results import BARNPORR, HETS, OLAGA_HOT, UPPHOVSRATT, UPPVIGLING

# A person or one of the municipality's buildings as the object of harm.
_PERSON = (r"(?:dig|dej|er|honom|henne|hen|dem|dom|ert|era|din|dina|ditt|hans|hennes|"
           r"(?:den|det)\s+dar\s+\w+|\w*(?:chefen|radet|handlaggaren|sekreteraren|politikern|politikerna|vakten|"
           r"namnden|styrelsen|forvaltningen|"
           r"foraren|rektorn|personalen|huset|kontoret|skolan|forskolan|entren))")
# Violent verbs in the present tense and the infinitive (not the past: "han slog ihjäl henne"
# is a news report).
_HARM = (r"(?:tar\s+livet\s+av|ta\s+livet\s+av|slar\s+ihjal|sla\s+ihjal|har\s+ihjal|ha\s+ihjal|dodar|doda|mordar|morda|"
         r"knivhugger|knivhugga|sticker\s+ner|sticka\s+ner|kniver|kniva|skjuter|skjuta|"
         r"stryper|strypa|misshandlar|misshandla|spoar|spoa|krossar|krossa|branner\s+ner|"
         r"branna\s+ner|tander\s+eld\s+pa|tanda\s+eld\s+pa|satter\s+eld\s+pa|satta\s+eld\s+pa|"
         r"spranger|spranga|branner|branna)(?!\s+(?:upp|pa|fram|till|av)\b)")
_G_HARM = gate("livet ihjal dodar doda mordar morda knivhugger knivhugga sticker sticka "
               "kniver kniva skjuter skjuta stryper strypa misshandlar misshandla spoar spoa "
               "krossar krossa branner branna tander tanda satter satta spranger spranga")
_WEAPON = (r"(?:kniv|kniven|knivar|machete|yxa|yxan|pistol|pistolen|gevar|gevaret|hagelbossa|"
           r"hagelbossan|bossa|bossan|bensin|bensindunk|bensindunken|molotov|molotovcocktail|"
           r"bomb|bomben|sprangmedel|dynamit|basebolltra|basebollträt|slagtra|slagtrat|batong|"
           r"kofot|kofoten|vapen|vapnet|handgranat|tandstickor)(?!\s+och\s+gaffel)")
_WEAPON_WORDS = ("kniv kniven knivar machete yxa yxan pistol pistolen gevar gevaret hagelbossa "
                 "hagelbossan bossa bossan bensin bensindunk bensindunken molotov "
                 "molotovcocktail bomb bomben sprangmedel dynamit basebolltra slagtra slagtrat "
                 "batong kofot kofoten vapen vapnet handgranat tandstickor")
_G_WEAPON = gate(_WEAPON_WORDS)
_G_JAGVI = gate("jag vi ja")
_G_COME = gate("kommer aker gar dyker kom")
_G_GROUPCTX = gate("muslim muslimer muslimerna invandrare invandrarna somalier somalierna "
                   "somaliern araber araberna afghaner afghanerna afrikaner afrikanerna "
                   "mellanostern afrika islam judar judarna jude romer zigenare svartskallar "
                   "blattar blattarna negrer flyktingar flyktingarna asylsokande utlanningar "
                   "deport deportera white vita invasion invasionen apinvasionen")
_G_DEHUMAN = gate("kackerlackor kackerlackorna parasiter parasiterna ohyra ohyran skadedjur "
                  "skadedjuren rattor rattorna apor aporna rats vermin cockroaches "
                  "untermenschen undermanniskor apinvasionen boskapsvagnar boskapsvagnarna "
                  "gaskammare gaskamrarna smuts avskum sopor avfall skrap")

_GROUP_WORDS = ("invandrare invandrarna muslimer muslimerna judar judarna somalier somalierna "
                "araber araberna afghaner afghanerna afrikaner afrikanerna romer romerna zigenare "
                "zigenarna tattare tattarna svartingar negrer negrerna blattar blattarna "
                "svartskallar svartskallarna homosexuella bogar bogarna flator transor "
                "transpersoner transpersonerna flyktingar flyktingarna asylsokande utlanningar "
                "utlanningarna kurder eritreaner syrier irakier polacker samer samerna rumaner "
                "turkar muslims immigrants refugees jews")
_GROUPS = "(?:" + _GROUP_WORDS.replace(" ", "|") + ")"
_G_GROUPS = gate(_GROUP_WORDS)
_DEG_WORDS = ("primitiva primitivt smutsiga smutsigt ackliga ackligt vidriga stord "
              "storda perversa ociviliserade kriminella efterblivna underlagsna degenererade onda "
              "ohyra avskum pack packet slodder snyltare parasiter djur vildar barbarer "
              "terrorister valdtaktsman tjuvar brottslingar lognare cancer pest plaga gissel "
              "smittobarare varelser ackel apor rattor kackerlackor skadedjur missfoster "
              "untermenschen undermanniskor mindervardiga lata smuts")
_DEG = ("(?:" + _DEG_WORDS.replace(" ", "|")
        + r"|mindre\s+(?:intelligenta|begavade|vardiga|varda|utvecklade))")
_G_DEG = gate(_DEG_WORDS + " mindre")

_Rule = tuple[re.Pattern[str], tuple[int, ...], float, str, str, str | None]
# Rules that also need words the pattern itself does not contain (a group named somewhere in
# the text): the pattern's own gate stays a necessary condition, this one is a filter.
_ALSO: dict[int, int] = {}

_RULES: list[_Rule] = [
    # "jag kommer till er förskola med en dunk bensin", "kommer in på bibblan med hagelbössan",
    # "så kommer jag till socialkontoret med en kniv": arriving somewhere with a weapon.
    (re.compile(r"(?:\b(?:jag|vi|ja)\s+(?:\w+\s+){0,3}?(?:kommer|aker|gar|dyker\s+upp)|"
                r"\b(?:kommer|aker|gar|dyker)\s+(?:jag|vi|ja)|(?:^|[.!?\n]\s*)(?:kommer|aker|gar|"
                r"dyker\s+upp))\b[^.!?\n]{0,60}?\bmed\s+(?:\w+\s+){0,2}?" + _WEAPON + r"\b",
                re.MULTILINE),
     (_G_COME | _G_WEAPON,), 0.9, "Hot om att komma med vapen", "threat", OLAGA_HOT),
    # "tar jag med mig pistolen till mötet", "vi tar med kniven".
    (re.compile(r"(?:\b(?:jag|vi|ja)\s+(?:\w+\s+){0,3}?tar|\btar\s+(?:jag|vi))\s+med\s+(?:mig\s+|oss\s+)?"
                r"(?:\w+\s+){0,2}?(?!bensin|tandstickor)" + _WEAPON + r"\b"),
     (gate("tar") | _G_WEAPON | _G_JAGVI,), 0.85, "Hot om att ta med vapen", "threat",
     OLAGA_HOT),
    # "krossa ansiktet på handläggaren", "bryta benen på honom".
    (re.compile(r"\b(?:krossa|krossar|spracka|spracker|bryta|bryter|sparka\s+in|sparkar\s+in|"
                r"sla\s+in|slar\s+in)\s+(?:skallen|huvudet|ansiktet|kaften|nyllet|tanderna|benen|"
                r"armarna|nacken|revbenen|knaskalarna)\s+pa\b|\b(?:skara|skar)\s+halsen\s+(?:av|pa)\b|"
                r"\b(?:skjuta|skjuter)\s+(?:skallen|huvudet)\s+av\b|"
                r"\b(?:jag|vi)\s+har\s+(?:en\s+|ett\s+)?" + _WEAPON + r"\b[^.!?\n]{0,40}?\b(?:tvekar|"
                r"drar\s+(?:mig|oss)\s+inte|anvander\s+(?:den|det)|ar\s+inte\s+radd)"),
     (gate("krossa krossar spracka spracker bryta bryter sparka sparkar sla slar")
      | gate("skallen huvudet ansiktet kaften nyllet tanderna benen armarna nacken revbenen "
             "knaskalarna"), gate("skara skar") | gate("halsen"),
      gate("skjuta skjuter") | gate("skallen huvudet"),
      _G_WEAPON | gate("tvekar drar anvander radd")), 0.85, "Hot om våld mot en person", "threat", OLAGA_HOT),
    # "slår jag ihjäl honom", "jag knivhugger chefen", "då skjuter vi er".
    (re.compile(r"\b(?:jag|vi|ja)\s+(?:\w+\s+){0,2}?" + _HARM + r"\s+(?:\w+\s+)?" + _PERSON
                + r"\b|\b" + _HARM + r"\s+(?:jag|vi)\s+(?:\w+\s+)?(?:ihjal\s+|ner\s+)?" + _PERSON
                + r"\b|\b(?:sla|slar)\s+(?:jag|vi)\s+ihjal\s+" + _PERSON + r"\b"),
     (_G_HARM | _G_JAGVI,), 0.9, "Hot om våld mot en person eller en byggnad", "threat",
     OLAGA_HOT),
    # "kommunalrådet ska skjutas som en hund", "ni politiker ska hängas i lyktstolparna".
    (re.compile(r"\b(?:ni|du|han|hon|hen|dom|de|dem|\w*politiker\w*|\w*radet|\w*chefen|rektorn|"
                r"\w*handlaggaren|\w*sekreteraren|personalen|tjanstemannen|domaren|polisen)\s+"
                r"(?:\w+\s+){0,3}?(?:ska|skall|borde|bor|maste|kommer\s+att|fortjanar\s+att)\s+"
                r"(?:\w+\s+)?(?:skjutas|hangas|dodas|mordas|slas\s+ihjal|knivhuggas|brannas|"
                r"avrattas|lynchas|misshandlas|spoas|strypas|halshuggas|stenas)\b"),
     (gate("skjutas hangas dodas mordas slas knivhuggas brannas avrattas lynchas misshandlas "
           "spoas strypas halshuggas stenas") | gate("ska skall borde bor maste kommer "
                                                     "fortjanar"),),
     0.9, "Hot eller uppmaning om våld mot en person", "threat", OLAGA_HOT),
    # "förtjänar skolchefen en kula i skallen", "ska få sig ett skott i knät".
    (re.compile(r"\b(?:fortjanar|behover|ska\s+fa\s+sig|ska\s+fa|borde\s+fa|far\s+sig|far)\s+"
                r"(?:\w+\s+){0,2}?(?:en\s+kula|ett\s+skott|kulor|en\s+kniv\s+i)\b(?!\s+(?:glass|sorbet))"),
     (gate("kula skott kulor kniv") | gate("fortjanar behover fa far"),), 0.9,
     "Hot eller önskan om våld mot en person", "threat", OLAGA_HOT),
    # "vore tråkigt om bromsarna slutade funka", "vore synd om den brann ner en natt".
    (re.compile(r"\b(?:vore|ar|skulle\s+vara|blir)\s+(?:\w+\s+)?(?:synd|trakigt|tragiskt|"
                r"sorgligt|olyckligt)\s+om\s+[^.!?\n]{0,50}?\b(?:brann|brinner|slutade\s+(?:funka|"
                r"fungera)|gick\s+sonder|rakade\s+ut\s+for|skadades|sprangdes|exploderade|"
                r"kraschade|forsvann|olycka|brand|brann\s+ner)\b"),
     (gate("synd trakigt tragiskt sorgligt olyckligt"),), 0.85,
     "Förtäckt hot om att något ska hända", "threat", OLAGA_HOT),
    # "annars vet du vad som händer", "glöm inte att du går hem ensam", '"olyckor" kommer hända':
    # one rule per phrasing, each with its own gate, so that a text runs only the ones it can match.
    *[(re.compile(_p), (_g,), 0.85, "Förtäckt hot mot mottagaren", "threat", OLAGA_HOT) for _p, _g in (
        (r"\b(?:annars|eller)\s+(?:vet\s+(?:du|ni)|(?:du|ni)\s+vet)\s+vad\s+som\s+"
         r"(?:hander|kommer\s+(?:att\s+)?handa|sker)\b",
         gate("hander handa sker") | gate("annars eller")),
        (r"\b(?:du|ni|han|hon)\s+(?:gar|aker|cyklar|ar|bor|sover)\s+(?:hem\s+)?"
         r"(?:ensam|ensamma|sjalv|sjalva)\b(?=[^\n]{0,30}(?:🙂|😉|😈|🔪|🔫|$))",
         gate("ensam ensamma sjalv sjalva")),
        (r"\bangra\s+(?:att|den\s+dag)\s+(?:du|ni|han|hon)\s+(?:foddes|fods)\b", gate("angra")),
        (r"\bhoppas\s+(?:du|ni|han|hon)\s+har\s+(?:en\s+)?(?:bra|god)\s+(?:hem|bil|liv)?"
         r"forsakring\b",
         gate("forsakring hemforsakring bilforsakring livforsakring") | gate("hoppas")),
        (r"\bbetala\s+med\s+(?:blod|blodet|livet|ditt\s+liv|era\s+liv)\b",
         gate("blod blodet livet liv") | gate("betala")),
        (r"\b(?:vi|jag)\s+(?:har|vet)\s+(?:din|er|hans|hennes|deras)\s+adress\b", gate("adress")),
        (r"\b(?:vi\s+ses|sov\s+gott|halsa\s+\w+)\b[^\n]{0,40}(?:🔪|🔫|💣|🪓|⚰)",
         gate("ses gott halsa")),
        (r"\b(?:du|ni)\s+(?:ar|e)\s+(?:ett\s+)?dott\s+kott\b", gate("kott")),
        (r"\b(?:din|er|hans|hennes)\s+familj\s+(?:ar|e)\s+inte\s+saker\b",
         gate("saker") | gate("familj")),
        (r"[\"'“”]\s*(?:olyckor|olycka|olyckshandelser|olyckshandelse)\s*[\"'“”]",
         gate("olyckor olycka olyckshandelser olyckshandelse")),
    )],
    # "ni tog mina barn, snart tar jag era".
    (re.compile(r"\b(?:ni|du)\s+tog\s+(?:mina?|mitt)\s+\w+[^.!?\n]{0,30}?\b(?:nu|snart|da|sa)\s+"
                r"tar\s+(?:jag|vi)\s+(?:era|dina|ditt|din|ert)\b"),
     (gate("tog") | gate("tar"),), 0.85, "Hot om hämnd mot mottagarens familj", "threat",
     OLAGA_HOT),
    # "jag har redan köpt krut och spik", "vi har byggt en bomb".
    (re.compile(r"\b(?:jag|vi)\s+(?:\w+\s+){0,2}?(?:har|kopt|kopte|skaffat|fixat|byggt|bygger|"
                r"tillverkat|gjort)\s+(?:\w+\s+){0,2}?(?:krut|sprangmedel|dynamit|en\s+bomb|"
                r"bomber|rorbomb\w*|tandhattar|handgranater|en\s+handgranat)\b"),
     (gate("krut sprangmedel dynamit bomb bomber tandhattar handgranater handgranat")
      | _G_JAGVI,), 0.9, "Hot om sprängdåd", "threat", OLAGA_HOT),
    # "kör jag traktorn rakt in i kommunhusets entré".
    (re.compile(r"\b(?:jag|vi)\s+(?:\w+\s+){0,3}?(?:kor|kora)\s+(?:\w+\s+){0,2}?(?:rakt\s+)?in\s+i\s+"
                r"\w*(?:huset|husets|kontoret|kontorets|skolan|skolans|entren|fonstret)\b|"
                r"\b(?:kor|kora)\s+(?:jag|vi)\s+(?:\w+\s+){0,2}?(?:rakt\s+)?in\s+i\s+"
                r"\w*(?:huset|husets|kontoret|kontorets|skolan|skolans|entren|fonstret)\b"),
     (gate("kor kora") | _G_JAGVI | gate("in"),), 0.85, "Hot om att köra in i en byggnad",
     "threat", OLAGA_HOT),
    # English: "imma shank the driver", "i will burn the whole town hall down", "im gonna break
    # his legs".
    (re.compile(r"\b(?:i\s*(?:will|'ll|ll|am\s+gonna|'m\s+gonna|m\s+gonna|am\s+going\s+to|"
                r"'m\s+going\s+to|m\s+going\s+to)|imma|ima|im\s+gonna|we\s*(?:will|'ll|are\s+gonna|"
                r"'re\s+gonna|re\s+gonna))\s+(?:\w+\s+){0,1}?(?:kill|shoot|stab|shank|murder|"
                r"hurt|burn|beat|break|blow\s+up|bomb|smash|strangle)\s+(?:you|u|ya|him|her|them|"
                r"the|this|that|your|his|their|every|everyone|all)\b"),
     (gate("kill shoot stab shank murder hurt burn beat break blow bomb smash strangle"),),
     0.85, "Hot på engelska", "threat", OLAGA_HOT),
    # Harassment campaigns: "ring henne dygnet runt tills hon ger med sig".
    (re.compile(r"\b(?:ring|ringa|mejla|maila|sms|smsa|spamma|skriv\s+till)\b(?!\s+(?:mig|oss)\b)"
                r"[^.!?\n]{0,70}?"
                r"\b(?:dygnet\s+runt|hela\s+natten|varje\s+natt|tills\s+(?:hon|han|hen|de|dom)\s+"
                r"(?:ger\s+(?:med\s+sig|upp)|sager\s+upp\s+sig|slutar|flyttar|avgar))\b"),
     (gate("ring ringa mejla maila sms smsa spamma skriv") | gate("dygnet natten natt tills"),),
     0.8, "Uppmaning till trakasserier mot en person", "incitement", UPPVIGLING),
    # Imperative damage: "krossa rutorna på kommunhuset i natt", "tänd eld på bilarna",
    # "spreja ner konstverket".
    (re.compile(r"(?:^|[.!?,:;\n–-]\s*|\b(?:dags\s+att|lat\s+oss|kom\s+igen|vi\s+(?:ska|borde)|"
                r"ni\s+(?:ska|borde|maste)|grabbar|och)\s+)(?:krossa|sla\s+sonder|sla\s+in|spreja\s+ner|"
                r"klottra\s+ner|sabotera|vandalisera|tand\s+eld\s+pa|tand\s+pa|tanda\s+eld\s+pa|satt\s+eld\s+pa|"
                r"brann\s+ner|punktera|spraya\s+ner)\s+(?:\w+\s+){0,2}?(?:rutorna|fonstren|bilarna|"
                r"dacken|\w*verket|\w*huset|\w*kontoret|\w*skolan|\w*stationen|\w*boendet|bussarna|"
                r"kamerorna|rutor|fonster|bilar|allt|alltihop|skiten|rubbet)\b",
                re.MULTILINE),
     (gate("krossa sla spreja klottra sabotera vandalisera tand tanda satt brann punktera "
           "spraya"),),
     0.85, "Uppmaning till skadegörelse eller brand", "incitement", UPPVIGLING),
    # "tänk om nån råkar spränga reningsverket", "om någon bränner ner kommunhuset så bjuder jag".
    (re.compile(r"\b(?:nan|nagon|naan)\s+(?:\w+\s+){0,2}?(?:branner\s+ner|branna\s+ner|spranger|"
                r"spranga|tander\s+eld\s+pa|tanda\s+eld\s+pa|satter\s+eld\s+pa|satta\s+eld\s+pa|"
                r"skjuter|skjuta|knivhugger|knivhugga)\s+(?:\w+\s+)?\w*(?:huset|verket|kontoret|"
                r"skolan|stationen|boendet|mosken|honom|henne|politikern|chefen|radet)\b"),
     (gate("nan nagon naan") | gate("branner branna spranger spranga tander tanda satter "
                                    "satta skjuter skjuta knivhugger knivhugga"),),
     0.85, "Uppmaning till brott eller våld", "incitement", UPPVIGLING),
    # "ta med bultsaxar och bensin", "ta med tändstickor" after an address.
    (re.compile(r"\bta\s+med\s+(?:\w+\s+){0,2}?(?:bultsax\w*|bensin|bensindunk\w*|molotov\w*|"
                r"basebolltra\w*|slagtra\w*|kofot\w*|tillhygg\w*)\b"),
     (gate("bensin bensindunk bensindunkar", "bultsax molotov "
                                     "basebolltra slagtra kofot tillhygg"),),
     0.8, "Uppmaning till brott eller våld", "incitement", UPPVIGLING),
    # Glorifying a violent crime and asking for more: "fler borde göra som han",
    # "är en hjälte", "hoppas han gör om det".
    (re.compile(r"\b(?:som|den\s+som|han\s+som)\s+(?:skot|knivhogg|mordade|dodade|sprangde|"
                r"brande|slog\s+ihjal|skot\s+ner|misshandlade)\b[^.!?\n]{0,80}?\b(?:hjalte|legend|"
                r"forebild|idol|fler\s+borde\s+gora|hoppas\s+(?:han|hon|de|dom)\s+gor\s+om\s+det)"),
     (gate("skot knivhogg mordade dodade sprangde brande slog misshandlade")
      | gate("hjalte legend forebild idol borde hoppas"),),
     0.85, "Hyllar ett våldsbrott och uppmanar till fler – kan vara uppvigling", "incitement",
     UPPVIGLING),
    # Harm promised without a violent verb: "jag ska göra dig illa", "du ska få lida",
    # "vi ska ge dig en läxa", "du ska få se på fan", "du kommer inte kunna gå hem tryggt".
    (re.compile(r"(?<!inte\s)(?<!aldrig\s)\bgora\s+(?:dig|dej|er|honom|henne|hen)\s+illa\b|"
                r"\bge\s+(?:dig|dej|er|honom|henne|hen|dem|dom)\s+en\s+(?:laxa|lektion)\b|"
                r"\b(?:du|ni|han|hon|hen)\s+(?:\w+\s+){0,2}?fa[r]?\s+(?:lida|se\s+pa\s+fan|sota\s+for)\b|"
                r"\b(?:du|ni)\s+(?:kommer\s+(?:inte\s+)?(?:att\s+)?|ska\s+inte\s+)(?:\w+\s+)?(?:kunna\s+)?"
                r"(?:ga|aka|sova|kanna\s+(?:dig|er))\s+(?:hem\s+)?(?:trygg|tryggt|tryggare|saker|"
                r"lugnt|lugn)\b"),
     (gate("gora") | gate("illa"), gate("ge") | gate("laxa lektion"),
      gate("fa far") | gate("lida fan sota"), gate("trygg tryggt tryggare saker lugnt lugn")),
     0.85, "Hot om att skada mottagaren", "threat", OLAGA_HOT),
    # Ultimatums: "du har 24 timmar på dig ... annars", "ni har en vecka på er, sen kommer vi".
    (re.compile(r"\b(?:du|ni)\s+har\s+(?:\w+\s+){0,2}?(?:timmar|dagar|dygn|vecka|veckor)\s+pa\s+"
                r"(?:dig|er)\b[^.!?\n]{0,60}?(?:[.!?\n]\s*)?[^.!?\n]{0,40}?\b(?:annars\s+(?:vet\s+(?:du|ni)|"
                r"hander\s+(?:det|nagot|nat)|far\s+(?:du|ni)\s+se|kommer\s+(?:vi|jag)|smaller\s+det)|"
                r"(?:sen|efter\s+det)\s+kommer\s+(?:vi|jag)\s*(?:[.!?😈🔪🔫💣]|$))"),
     (gate("timmar dagar dygn vecka veckor") | gate("annars kommer"),), 0.85,
     "Ultimatum med förtäckt hot", "threat", OLAGA_HOT),
    # Tit for tat: "om ni river mitt hus river jag ert", "hälsa din fru från oss".
    (re.compile(r"\bom\s+(?:ni|du)\s+(\w+)\s+(?:mitt|min|mina)\s+\w+\s*,?\s*(?:sa\s+)?\1\s+"
                r"(?:jag|vi)\s+(?:ert|er|era|ditt|din|dina)\b|\bhalsa\s+(?:din|er|till\s+din)\s+"
                r"(?:fru|man|sambo|familj|barn|dotter|son|mamma|unge|ungar)\s+fran\s+(?:oss|mig)\b"),
     (gate("om") | gate("mitt min mina") | gate("ert er era ditt din dina"),
      gate("halsa") | gate("oss mig")), 0.85, "Förtäckt hot mot mottagaren eller familjen",
     "threat", OLAGA_HOT),
    # Wishing someone else would do it: "hoppas någon spöar upp honom", "varför har ingen
    # skjutit kommunalrådet än".
    (re.compile(r"\b(?:hoppas|onskar)\s+(?:att\s+)?(?:nan|nagon|naan|folk)\s+(?:\w+\s+)?(?:spoar|slar|"
                r"skjuter|knivhugger|dodar|misshandlar|branner|spranger|tander\s+eld)\b|"
                r"\bvarfor\s+har\s+(?:ingen|inte\s+nagon|inte\s+nan)\s+(?:\w+\s+)?(?:skjutit|dodat|"
                r"spoat|brant\s+ner|sprangt|knivhuggit|slagit\s+ihjal)\b"),
     (gate("hoppas onskar") | gate("spoar slar skjuter knivhugger dodar misshandlar branner "
                                   "spranger tander"),
      gate("varfor") | gate("skjutit dodat spoat brant sprangt knivhuggit slagit")),
     0.85, "Önskan om våld mot en person – kan vara uppvigling", "incitement", UPPVIGLING),
    # Buildings that should burn or be blown up: "stadshuset borde sprängas i luften".
    (re.compile(r"\b\w*(?:huset|skolan|kontoret|boendet|mosken|kyrkan|synagogan|stationen)\s+"
                r"(?:\w+\s+)?(?:borde|ska|skall|maste|bor)\s+(?:\w+\s+)?(?:sprangas|brinna\s+(?:upp|ner)|"
                r"brannas\s+ner|brannas|jamnas\s+med\s+marken)\b"),
     (gate("borde ska skall maste bor") | gate("sprangas brinna brannas jamnas"),), 0.85,
     "Uppmaning till brand eller sprängning – kan vara uppvigling", "incitement", UPPVIGLING),
    # Imperative attacks on people or property: "gå ut och slå ner varenda polis", "bränn deras
    # affärer".
    (re.compile(r"(?:^|[.!?,:;\n–-]\s*|\b(?:och|dags\s+att|lat\s+oss|kom\s+igen)\s+)(?:sla\s+ner|"
                r"brann|misshandla|attackera|spoa|knivhugg)\s+(?:varenda|alla|deras|"
                r"hans|hennes|varje)\s+\w+", re.MULTILINE),
     (gate("sla brann misshandla attackera spoa knivhugg")
      | gate("varenda alla deras hans hennes varje"),), 0.85,
     "Uppmaning till våld eller skadegörelse – kan vara uppvigling", "incitement", UPPVIGLING),
    # Free films and matches on one's own channel, IPTV fixed for a price.
    (re.compile(r"\b(?:filmer|filmerna|serier|serierna|ljudbocker|e-?bocker|matcher|matcherna|"
                r"sasonger)\s+gratis\b[^\n]{0,60}?\b(?:telegram\w*|discord|kanal\w*|lank\w*|dm|pm)\b|"
                r"\bfixar\s+iptv\b|\biptv\s+for\s+\d+\s*(?:kr|:-|sek)"),
     (gate("filmer filmerna serier serierna ljudbocker ebocker bocker matcher matcherna sasonger")
      | gate("gratis"), gate("iptv")), 0.75,
     "Erbjuder piratkopierat material – kan vara upphovsrättsintrång", "piracy", UPPHOVSRATT),
    # Dehumanising words with a group in the same text.
    # Pests that a municipality also has in its cellars ("råttor", "skadedjur") only as what the
    # group is called ("är råttor", "those rats").
    (re.compile(r"\b(?:(?:ar|e|som|bara|rena|javla|those|these|are)\s+(?:\w+\s+)?(?:skadedjur|"
                r"rattor|apor|rats)|kackerlackor|kackerlackorna|parasiter|parasiterna|ohyra|ohyran|"
                r"vermin|cockroaches|untermenschen|"
                r"undermanniskor|apinvasionen|boskapsvagnar|boskapsvagnarna|gaskammare|"
                r"gaskamrarna)\b|\b(?:ar|e)\s+(?:bara\s+|ju\s+)?(?:smuts|avskum|sopor|avfall|skrap)\b"),
     (_G_DEHUMAN,), 0.9,
     "Avhumaniserande ord om en folkgrupp – kan vara hets mot folkgrupp", "hets_mot_folkgrupp",
     HETS),
    # Group + generalising verb + degrading predicate: "romerna är ett släkte av tjuvar",
    # "transor är äckliga sjuka varelser", "muslimerna sprider sig som en cancer".
    (re.compile(r"\b" + _GROUPS + r"\b(?!\s+som\b)(?:\s+\w+){0,2}?\s+(?:ar|e|blir)\s+"
                r"(?!(?:\w+\s+){0,2}?(?:inte|inga|ej|aldrig|mer)\b)(?:\w+\s+){0,3}?" + _DEG + r"\b|\b" + _GROUPS + r"\b(?!\s+som\b)(?:\s+\w+){0,2}?\s+"
                r"(?:sprider\s+sig\s+som|forokar\s+sig\s+som|foder\s+fram|ljuger\s+alltid|"
                r"ligger\s+bakom\s+(?:allt|allting|elandet)|forstor\s+(?:allt|allting|sverige|landet|"
                r"motala|samhallet)|(?:borde|ska|maste)\s+kastas\s+ut\s+med\s+vald|"
                r"ager\s+(?:alla\s+)?(?:banker|bankerna|media|medierna|allt)|"
                r"(?:borde|ska)\s+inte\s+fa\s+ga\s+losa|ska\s+hallas\s+borta\s+fran)\b|"
                r"(?:^|[.!?]\s*|\balla\s+)svarta\s+(?:ar|e)\s+(?:\w+\s+)?" + _DEG + r"\b",
                re.MULTILINE),
     (_G_GROUPS | _G_DEG, _G_GROUPS | gate("sprider forokar foder ljuger ager losa hallas "
                                           "ligger forstor kastas"),
      gate("svarta") | _G_DEG),
     0.9, "Nedvärderande påstående om en folkgrupp – kan vara hets mot folkgrupp",
     "hets_mot_folkgrupp", HETS),
    # "varenda muslim är en terrorist", "islam är en mördarsekt".
    (re.compile(r"\b(?:varenda|varje|alla)\s+(?:muslim|muslimer|invandrare|somalier|arab|araber|"
                r"afghan|afghaner|afrikan|afrikaner|jude|judar|rom|romer|flykting|flyktingar|"
                r"utlanning|utlanningar|svart|svarta|blatte|blattar)\b[^.!?\n]{0,40}?\b(?:ar|e)\s+"
                r"(?:en\s+)?(?:\w+\s+)?(?:terrorist|terrorister|valdtaktsman|tjuv|tjuvar|"
                r"brottsling|brottslingar|parasit|parasiter|mordare|djur|pedofil|pedofiler|kriminella)\b|"
                r"\bislam\s+(?:ar|e)\s+(?:\w+\s+){0,4}?(?:en\s+)?(?:mordarsekt|terrorsekt|"
                r"dodskult|pest|cancer|sjukdom)\b"),
     (gate("varenda varje alla") | gate("terrorist terrorister valdtaktsman tjuv tjuvar "
                                        "brottsling brottslingar parasit parasiter mordare djur "
                                        "pedofil pedofiler kriminella"),
      gate("islam") | gate("mordarsekt terrorsekt dodskult pest cancer sjukdom")),
     0.9, "Nedvärderande påstående om en folkgrupp – kan vara hets mot folkgrupp",
     "hets_mot_folkgrupp", HETS),
    # Nazi codes and slogans: "1488", "vit makt", "make Motala white again".
    (re.compile(r"(?<!\d)(?<!\d[ -])\b1488\b(?![ -]?\d)|\b(?:sieg\s+heil|heil\s+hitler|white\s+power|vit\s+makt|"
                r"make\s+\w+\s+white\s+again|folkutbytet\s+pagar)\b"),
     (gate("1488 heil power makt white folkutbytet"),),
     0.85, "Rasistisk propaganda – kan vara hets mot folkgrupp", "hets_mot_folkgrupp", HETS),
    # Sexual images of children offered: "videos på minderåriga", "byter bilder på småtjejer",
    # "mapp med unga killar 12-13 år", "bilder på barnen i omklädningsrummet".
    (re.compile(r"\b(?:minderariga|underariga|smatjejer|smakillar|smaflickor|smapojkar|"
                r"omkladningsrummet|omkladningsrum|(?:killar|tjejer|pojkar|flickor)\s+"
                r"(?:\d{1,2}\s*-\s*)?\d{1,2}\s*ar)\b[^\n]{0,80}?\b(?:saljer|byter|kopa|"
                r"vill\s+ha|dm|privat|discord|telegram|lanken|lank|har\s+egna)\b|"
                r"\b(?:saljer|byter|kopa|har)\b[^\n]{0,60}?\b(?:minderariga|underariga|smatjejer|"
                r"smakillar|smaflickor|smapojkar|(?:killar|tjejer|pojkar|flickor)\s+"
                r"(?:\d{1,2}\s*-\s*)?\d{1,2}\s*ar)\b"),
     (gate("minderariga underariga smatjejer smakillar smaflickor smapojkar omkladningsrummet "
           "omkladningsrum killar tjejer pojkar flickor")
      | gate("saljer byter kopa ha dm privat discord telegram lanken lank egna har"),),
     0.95, "Erbjuder eller efterfrågar sexuella bilder av barn – kan vara barnpornografibrott",
     "csam", BARNPORR),
    # Shared copies of books, courses and audiobooks: "alla böcker som pdf, länkarna i min bio",
    # "hela ljudboken här, mp3", "hela kursen i en drive-mapp".
    (re.compile(r"\b(?:ljudbok\w*|e-?bok\w*|bocker|bockerna|kursbocker\w*|kursbok\w*|kurser|"
                r"kurserna|kursen|storytel\S*|\w+-kurser|serien|serier|serierna|sasongen|filmen|"
                r"filmer|filmerna|\w+-serien|\w+-filmen)\b[^\n]{0,100}?\b(?:pdf|mp3|zip|epub|"
                r"drive-?mapp\w*|drive|mega|torrent)\b|\b(?:pdf|mp3|zip|epub)\b[^\n]{0,60}?"
                r"\b(?:ljudbok\w*|bocker|bockerna|kurser|kursen)\b"),
     (gate("pdf mp3 zip epub drive mega torrent", "drive"),), 0.75,
     "Delar eller säljer kopior av böcker eller kurser – kan vara upphovsrättsintrång",
     "piracy", UPPHOVSRATT),
]

# A doxxing call: an address, a plate or "where he lives", with a call to act on it.
_DOX_CUE = re.compile(r"\b(?:bor\s+(?:pa|i)|adress\w*|\w+(?:vagen|gatan|stigen|gata|vag)\s+\d+|"
                      r"[a-z]{3}\s?\d{2}[a-z0-9]|vet\s+var\s+\w+\s+bor)\b")
_DOX_CALL = re.compile(r"\b(?:gor\s+vad\s+ni\s+vill\s+med|ni\s+vet\s+vad\s+(?:ni\s+ska\s+gora|som\s+"
                       r"ska\s+(?:goras|handa))|dags\s+att\s+halsa\s+pa|gora\s+(?:honom|henne|hen|"
                       r"dem|dom)\s+ett\s+(?:litet\s+)?besok|ta\s+med\s+(?:tandstickor|bensin|"
                       r"tandvatska)|vore\s+synd\s+om)")
_G_DOX = gate("vill gora goras handa halsa besok tandstickor bensin tandvatska synd")

_REPORTED = re.compile(r"\b(?:anmalt|anmaler|anmalde|polisanmal\w*|hotet|hoten|vidrigt|sjukt|"
                       r"skrev|skrivit|citat|tagit\s+bort|ta\s+bort)\b")
_QUOTE = re.compile(r"[\"“”]([^\"“”]{4,160})[\"“”]|(?<!\w)['‘’]([^'‘’\n]{4,160})['‘’](?!\w)")

_RULES += criminal_veiled.RULES + criminal_hets.RULES
_ALSO[id(_RULES[[r[4] for r in _RULES].index("hets_mot_folkgrupp")][0])] = _G_GROUPCTX

_MASK = 0
for _p, _needs, *_ in _RULES:
    for _n in _needs:
        _MASK |= _n
_MASK |= _G_DOX | criminal_veiled.DOX_MASK
for _also in _ALSO.values():
    _MASK |= _also
MASK = _MASK
# The bits of the gates that hold a common word ("om", "har", "pa"): a rule needs every bit of
# one alternative, so one rare bit per alternative is enough to tell that no rule can open.
_COMMON_BITS = 0
for _w in COMMON:
    _COMMON_BITS |= word_bits(_w)


def _one_bit(need: int) -> int:
    """The first-registered gate bit of an alternative that holds no common word."""
    rare = need & ~_COMMON_BITS or need
    return rare & -rare


ENTRY = _G_DOX | criminal_veiled.DOX_ENTRY
for _p, _needs, *_ in _RULES:
    for _n in _needs:
        ENTRY |= _one_bit(_n)
RULES = _RULES  # for tests: (pattern, alternatives of required bits, ...)


_OPEN: dict[int, list[_Rule]] = {}


def _open(bits: int) -> list[_Rule]:
    """The rules whose gates (and filters) the bits open, cached per combination of bits."""
    found = _OPEN.get(bits)
    if found is None:
        if len(_OPEN) > 65536:  # bounded: a long-running process meets many combinations
            _OPEN.clear()
        found = _OPEN[bits] = [
            r for r in _RULES if any(bits & n == n for n in r[1])
            and bits & _ALSO.get(id(r[0]), bits)]
    return found


def quoted_report(f: str, start: int, end: int) -> bool:
    """The match lies inside a quotation that the writer reports or condemns ("nån skrev 'jag
    ska skjuta er', jag har anmält det")."""
    for q in _QUOTE.finditer(f):
        if q.start() <= start and end <= q.end():
            return _REPORTED.search(f) is not None
    return False


def findings(f: str, bits: int, n_digits: int = 0
             ) -> list[tuple[int, int, str, float, str, str | None]]:
    """(start, end, rule, score, explanation, legal basis) of every broad rule that matches."""
    out: list[tuple[int, int, str, float, str, str | None]] = []
    if not bits & ENTRY:
        return out
    for s, e in (criminal_veiled.dox_findings(f, bits, n_digits)
                 if bits & criminal_veiled.DOX_ENTRY else ()):
        out.append((s, e, "threat", 0.85, "Uppmaning att söka upp, ringa eller hänga ut en person "
                    "vars adress, nummer eller personnummer lämnas ut", OLAGA_HOT))
    for pattern, _, score, expl, rule, basis in _open(bits & _MASK):
        m = pattern.search(f)
        if m and not quoted_report(f, m.start(), m.end()):
            out.append((m.start(), m.end(), rule, score, expl, basis))
    if bits & _G_DOX:
        m = _DOX_CALL.search(f)
        if m and _DOX_CUE.search(f):
            out.append((m.start(), m.end(), "threat", 0.85,
                        "Uppmaning att söka upp en person vars adress eller bil pekas ut",
                        OLAGA_HOT))
    return out
