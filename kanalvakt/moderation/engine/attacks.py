"""Personal attacks (category `personal_attack`): an insult, a slur, a degrading adjective or a
mocking construction aimed at someone named, addressed, mentioned or pointed out by role.

The words come from attack.yaml through `lexicon.attack_words`; whom a finding is aimed at is
decided by `lexicon._targets`. The rules without an insulting word (ill wishes, "you are
incompetent", a relative's private troubles used to mock) are gated on their rare words.
"""

from __future__ import annotations

import re

from kanalvakt.moderation.engine.context import Context
from kanalvakt.moderation.engine.gates import feature
from kanalvakt.moderation.engine.lexicon import (
    _AS,
    _F_ATTACK_ANY,
    _LAST,
    _WORDS,
    F_ADJECTIVE,
    F_ADJECTIVE_PHRASE,
    F_ANIMAL,
    F_AS,
    F_GROUP,
    F_GROUP_CURSE,
    F_INSULT,
    F_INSULT_PHRASE,
    F_MOCKERY,
    AttackWords,
    _animal_insults,
    _targets,
    attack_words,
    detect_offensive,
    group_lexicons,
    names_someone,
    offensive_lexicon,
)
from kanalvakt.moderation.engine.results import Finding
from kanalvakt.moderation.engine.text import fold, key_of

# "hoppas du halkar i duschen", "hoppas han blir påkörd", "hope you choke": a mishap wished on
# someone. Not "hoppas du får en fin dag" or "hoppas hon lyssnar": the verbs are all harm.
_HARM = (r"halkar|ramlar|trillar|snubblar|drunknar|kvavs|satter\s+(?:\w+\s+)?i\s+halsen|"
         r"blir\s+(?:pakord|overkord|sjuk|sparkad|misshandlad|ihjalslagen)\w*|bryter\s+(?:benet|"
         r"nacken|armen|foten)|far\s+(?:cancer|stryk|sparken|ont|en\s+hjartattack|sota\s+for)|"
         r"krockar|ruttnar|brinner|svalter|lider|choke|die|dies|rot|burn")
_WISH_WORDS = frozenset("hoppas hope".split())
F_WISH = feature(lambda f, lower, k: f in _WISH_WORDS)
_ILL_WISH = re.compile(r"\b(?:hoppas|hope)\s+(?:(?:att|that)\s+)?(?P<who>du|ni|han|hon|hen|you|he|she)"
                       r"\s+(?:(?:typ|ba|bara|verkligen|snart|nu)\s+)?(?:" + _HARM + r")\b").search

# "ni som sköter kontot e så inkompetenta", "du är totalt inkompetent": said to the reader.
F_INCOMPETENT = feature(lambda f, lower, k: f.startswith(("inkompetent", "oduglig", "ointelligent")))
_YOU_INCOMPETENT = re.compile(
    r"\b(?:du|ni)\b(?:\s+\w+){0,6}?\s+(?:ar|e|va|var)\s+(?:(?:ju|typ|bara|sa|helt|totalt|"
    r"fullstandigt|sjukt|javla|jakla|sa\s+javla)\s+){0,3}(?:inkompetent|inkompetenta|oduglig|"
    r"odugliga|ointelligent|ointelligenta)\b").search

# "@vera din bror ska ADHD-utredas, lycka till med det 😘", "alla vet att din mamma käkar
# antidepressiva": a relative's health, addiction or social-services history told to mock the
# person addressed. Needs the relative, the private matter and a mocking or gossiping marker
# ("alla vet", "hörde att", laughter), so that advice ("om ditt barn behöver stöd, ring BUP")
# and one's own story ("min mamma var inlagd") stay clean.
_RELATIVE = re.compile(
    r"\b(?:din|ditt|dina|hans|hennes|er)\s+(?:egen\s+|egna\s+|lilla\s+|gamla\s+)?(?:mamma|morsa|"
    r"mor|pappa|farsa|far|bror|brorsa|syster|syrra|dotter|son|unge|ungar|barn|fru|frugan|man|"
    r"gubbe|mormor|morfar|farmor|farfar|kusin)\b").search
_PRIVATE_WORDS = ("psyk", "bup", "antidepressiv", "adhd", "autis", "sarskola", "assistans",
                  "inlagd", "utred", "diagnos", "sparken", "drack", "dricker", "alkis",
                  "alkoholist", "missbruk", "socialen", "socialtjanst", "fosterhem", "fangelse",
                  "knark", "rehab", "behandlingshem", "deprimerad", "depression",
                  "psykiatri", "sjukskriv", "lvu", "lvm", "omhandertag")
F_PRIVATE = feature(lambda f, lower, k: f.startswith(_PRIVATE_WORDS) or f in ("super", "sup")
                    or "-utred" in f or f.endswith(("utredas", "utredd", "utredning")))
_YOU_PRIVATE = re.compile(
    r"\bdu\s+(?:\w+\s+){0,2}?(?:super|dricker|kakar|ater|tar|knarkar|ar|e|var|va|har\s+varit|"
    r"gick|blev)\s+(?:\w+\s+){0,2}?(?:bort\s+|pa\s+|i\s+)?(?:pensionen|lonen|bidraget|psyk\w*|"
    r"bup|antidepressiv\w*|alkis|alkoholist|missbrukare|inlagd|sjukskriven|rehab|"
    r"behandlingshem\w*|fosterhem\w*|sarskola\w*)\b").search
_RELATIVE_WORDS = frozenset("mamma morsa mor pappa farsa far bror brorsa syster syrra dotter son "
                            "unge ungar barn fru frugan man gubbe mormor morfar farmor farfar "
                            "kusin".split())
F_RELATIVE = feature(lambda f, lower, k: f in _RELATIVE_WORDS)
_GOSSIP = re.compile(r"\b(?:alla\s+vet|hela\s+\w+\s+vet|kand\s+i\s+hela|horde\s+att|har\s+hort\s+att|hort\s+att|"
                     r"lol|haha\w*|ahah\w*|skams|skammes|skam\s+dig|sluta\s+latsas|typiskt|"
                     r"lycka\s+till\s+med\s+det|jag\s+sag\s+(?:dig|er|honom|henne))\b"
                     "|[\U0001f602\U0001f923\U0001f618\U0001f37a\U0001f480\U0001f921]").search


# "dina bilder e mer filter än människa", "mer botox än hjärna": looks called fake.
_FAKE_WORDS = frozenset("filter plast botox silikon smink photoshop fillers".split())
F_FAKE = feature(lambda f, lower, k: f in _FAKE_WORDS)
_FAKE = re.compile(r"\bmer\s+(?:filter|plast|botox|silikon|smink|photoshop|fillers)\s+an\s+"
                   r"(?:manniska|person|hjarna|verklighet|ansikte)\b").search


def fake_looks(ctx: Context) -> tuple[int, int] | None:
    """Someone's looks called fake ("mer filter än människa")."""
    if not ctx.feats & F_FAKE:
        return None
    m = _FAKE(ctx.folded)
    return m.span() if m else None


def ill_wish(ctx: Context) -> tuple[int, int, str] | None:
    """An ill wish at someone: (start, end, pronoun)."""
    if not ctx.feats & F_WISH:
        return None
    m = _ILL_WISH(ctx.folded)
    return (m.start(), m.end(), m.group("who")) if m else None


def incompetent(ctx: Context) -> tuple[int, int] | None:
    """"You are incompetent" said to the reader."""
    if not ctx.feats & F_INCOMPETENT:
        return None
    m = _YOU_INCOMPETENT(ctx.folded)
    return m.span() if m else None


def private_troubles(ctx: Context) -> tuple[int, int] | None:
    """A relative's private troubles told to mock the person addressed: the relative's span."""
    if not ctx.feats & F_PRIVATE:
        return None
    folded = ctx.folded
    if not _GOSSIP(folded):
        return None
    m = _RELATIVE(folded) if ctx.feats & F_RELATIVE else None
    if m is None:
        # "du är känd i hela stan för att du super bort pensionen": the reader's own troubles.
        you = _YOU_PRIVATE(folded)
        return you.span() if you else None
    if not ("@" in ctx.text or m.group().startswith(("din", "ditt", "dina", "er"))):
        return None  # "hans mamma" needs someone addressed
    return m.span()


_COPULA = re.compile(r"\b(?:ar|e|va|var|verkar|blir|ar sa|ar ju|ar en|ar ett|are|is|youre|ur)\b")

_WHO_CLAUSE = re.compile(r"\S*\s+som\s+\w+").match
# "idioter som styr kommunen", "pajasen som bestämmer": the insult is aimed at those in charge.
_WHO_RULES = re.compile(r"\s+som\s+(?:\w+\s+)?(?:styr|bestammer|sitter\s+i|sitter\s+pa|leder|"
                        r"beslutar|beslutat|bestamt|jobbar\s+(?:pa|i|med)|arbetar\s+(?:pa|i|med)|"
                        r"ar\s+ansvarig|har\s+hand\s+om|ska\s+forestalla|kallar\s+sig|"
                        r"valdes|blev\s+vald|regerar)\b").match
# "den där idioten", "sån där fet ko": pointing at someone.
_POINTED = re.compile(r"\b(?:den|det|de|dom|han|hon|hen|san|sant|sana|sadan|sadana)\s+"
                      r"(?:dar|har)\s+(?:\w+\s+){0,2}$").search
_SUBJECT = re.compile(r"\b(\w+)\s+(?:ar|e|va|var|verkar|blir)\b(?:\s+\w+){0,3}\s*$").search


def detect_attacks(ctx: Context) -> list[Finding]:
    acct = ctx.account
    out: list[Finding] = []
    emoji = _RUDE_EMOJI(ctx.text) if not ctx.text.isascii() else None
    if emoji:
        # "🖕 @Lars", "Kommunalrådet 🤡🤡": a rude emoji aimed at someone named or addressed.
        strength, who = _targets(ctx, attack_words(), 0, 0, whole=True)
        if strength >= 0.95:
            out.append(Finding("personal_attack", emoji.start(), emoji.end(), "attack:emoji", 0.8,
                               f"Hånfull emoji riktad mot {who}: ”{emoji.group()}”"))
    folded = ctx.folded
    if ctx.feats & F_AS and (m := _AS(folded)):
        strength, who = _targets(ctx, attack_words(), m.start(), m.end())
        if strength >= 0.8 or m.group().startswith("ditt"):
            out.append(Finding("personal_attack", m.start(), m.end(), "attack:insult", 0.85,
                               f"Nedsättande ord riktat mot {who or 'mottagaren'}: "
                               f"”{ctx.text[m.start():m.end()]}”"))
    if (ctx.feats & F_GROUP_CURSE and ("du " in folded or "ni " in folded)
            and (m := _YOU_CURSED(folded)) and m.group(1) not in _PRAISE):
        out.append(Finding("personal_attack", m.start(), m.end(), "attack:phrase", 0.85,
                           f"Personangrepp riktat mot mottagaren: ”{ctx.text[m.start():m.end()]}”"))
    if wish := ill_wish(ctx):
        s, e, pronoun = wish
        strength, who = ((1.0, "mottagaren") if pronoun in ("du", "ni", "you")
                         else _targets(ctx, attack_words(), s, e, whole=True))
        if strength >= 0.95:
            out.append(Finding("personal_attack", s, e, "attack:phrase", 0.85,
                               f"Ont önskat {who}: ”{ctx.text[s:e]}”"))
    if span := incompetent(ctx):
        out.append(Finding("personal_attack", *span, "attack:adjective", 0.8,
                           f"Nedsättande omdöme om mottagaren: ”{ctx.text[span[0]:span[1]]}”"))
    if (span := fake_looks(ctx)) and (target := _targets(ctx, attack_words(), *span))[0] >= 0.8:
        out.append(Finding("personal_attack", *span, "attack:mockery", 0.8,
                           f"Hånfull kommentar om {target[1]}: ”{ctx.text[span[0]:span[1]]}”"))
    if span := private_troubles(ctx):
        out.append(Finding("personal_attack", *span, "attack:exposure", 0.8,
                           "En anhörigs privata problem används för att håna mottagaren: "
                           f"”{ctx.text[span[0]:span[1]]}”"))
    # Every offensive finding, whatever rule made it (a coded symbol "1488" aimed at someone too).
    offensive = _LAST[1] if _LAST[0] is ctx else detect_offensive(ctx)
    if (not ctx.feats & _F_ATTACK_ANY and not offensive
            and "personal_attack" not in acct.lexicon_add):
        return out  # no insult, slur, insulting phrase, adjective or adjective phrase
    words = attack_words()
    hits = words.lexicon.find(ctx, acct.lexicon_add.get("personal_attack", frozenset()), "insult",
                              acct.lexicon_except, F_INSULT, F_INSULT_PHRASE)
    for h in hits:
        if h.group == "phrase":
            out.append(Finding("personal_attack", h.start, h.end, "attack:phrase", 0.9,
                               f"Personangrepp riktat mot mottagaren: ”{h.surface}”"))
            continue
        if h.group == "vulgar":
            strength, who = _targets(ctx, words, h.start, h.end, whole=True, second=False)
            if strength >= 0.95:
                out.append(Finding("personal_attack", h.start, h.end, "attack:vulgar", 0.9,
                                   f"Grovt uttryck riktat mot {who}: ”{h.surface}”"))
            continue
        before = ctx.folded[max(0, h.start - 40):h.start]
        if _REPORTED(before) or _WORD_TALK(ctx.folded, h.end):
            continue  # "folk som kallar tjänstemännen idioter", "ordet idiot": talk about insults
        if _IDIOM(before, h.surface):
            continue  # "varenda jävel" is everyone, "kör som en dåre" is how one drives
        strength, who = _targets(ctx, words, h.start, h.end)
        key = key_of(fold(h.surface))
        if strength < 0.95 and ctx.feats & F_GROUP and (subj := _SUBJECT(before)) and subj.group(
                1) in ("de", "dom"):
            continue  # "flyktingar ... De är bara snyltare": a group, not a person
        if strength < 0.95 and key.endswith(_PLURAL) and (
                group_lexicons()[1].match_key(key, h.surface.lower()) is not None
                or offensive_lexicon()[0].match_key(key, h.surface.lower()) is not None):
            continue  # "de här kackerlackorna", "dom är parasiter": a group, not a person
        degrading = _DEGRADING(key) is not None
        ss, se = ctx.sentence(h.start)
        if (strength < 1.0 and key.endswith(_PLURAL) and not _YOU_BEFORE(before)
                and not who.startswith(("en namngiven", "en annan kommentator"))
                and not names_someone(ctx.text[ss:se], ctx.account.places)):
            # "idiotpolitikerna i stadshuset", "kommunhuset är fullt av lata kärringar": a
            # group nobody addresses or names is degraded (offensive), not attacked
            # (`LABELLING.md`: an attack is aimed at a person).
            if degrading:
                out.append(Finding("offensive", h.start, h.end, "attack:degrading_group", 0.8,
                                   f"Nedsättande ord om en grupp: ”{h.surface}”"))
            continue
        if strength < 0.95 and any(s in key for s in words.staff if len(s) >= 6):
            strength, who = 0.95, "kommunens personal eller politiker"  # "idiotpolitiker"
        definite = key.endswith(("en", "an", "et"))  # "dumskallen som ..." is one person
        if strength == 0.0 and definite and _WHO_CLAUSE(ctx.folded[h.start:h.end + 30]):
            strength, who = 0.8, "den som åsyftas"  # "dumskallen som skrev inlägget"
        if strength < 0.95 and _WHO_RULES(ctx.folded[h.end:h.end + 40]):
            strength, who = 0.95, "kommunens personal eller politiker"  # "idioter som styr"
        if strength == 0.0 and _POINTED(ctx.folded[max(0, h.start - 30):h.start]):
            strength, who = 0.8, "den som åsyftas"  # "den där idioten i kassan"
        if strength == 0.0:
            # "Den som skrev det här är en idiot": an insult said of a subject is said of a
            # person, unless the subject is the writer or a thing.
            subj = _SUBJECT(ctx.folded[max(0, h.start - 40):h.start])
            if subj and _of_person(subj.group(1), words):
                strength, who = 0.8, "den som åsyftas"
        if strength == 0.0:
            # "Fattar du ens vad du skriver? Idiot": an insult that is a sentence of its own is
            # aimed at whoever the comment addresses.
            ss, se = ctx.sentence(h.start)
            if len(_WORDS(ctx.folded[ss:se])) <= 3:
                strength, who = _targets(ctx, words, h.start, h.end, whole=True)
        if strength == 0.0:
            # "Idiot!" alone, or "jävla idiot" as a reply, is aimed at whoever it answers
            # (also spelt out: "s t f u  k ä r r i n g").
            if ctx.n_plain <= 4 or (" " in h.surface and len(
                    _WORDS(ctx.folded[:h.start] + " " + ctx.folded[h.end:])) <= 3):
                strength, who = 0.75, "den som kommentaren svarar"
            else:
                continue
        out.append(Finding("personal_attack", h.start, h.end, "attack:insult",
                           round(0.9 * strength + 0.05, 3),
                           f"Nedsättande ord riktat mot {who}: ”{h.surface}”"))
        if degrading:
            # "Du är en idiot": a degrading word at a person is offensive too (`LABELLING.md`).
            out.append(Finding("offensive", h.start, h.end, "attack:degrading", 0.8,
                               f"Nedsättande ord (förnedrande) om {who}: ”{h.surface}”"))
    for h in offensive:
        # A slur or a degrading word said to someone: "en blatte som du", "din äckliga pervo".
        group = h.rule[8:]
        if (group not in _AIMED and group != "slur_contextual"
                or any(f.start <= h.start < f.end for f in out)):
            continue
        if group == "slur_contextual" and not _SLUR_YOURS(
                ctx.folded[max(0, h.start - 25):h.start]) and not _SLUR_LITTLE(
                ctx.folded[max(0, h.start - 25):h.start]):
            continue  # "bög", "transa" are also neutral words: only when said to someone
        surface = ctx.text[h.start:h.end]
        if key_of(fold(surface)).endswith(_PLURAL) and not _YOU_BEFORE(
                ctx.folded[max(0, h.start - 30):h.start]):
            continue  # "vilka mongon som kör": people in general ("ni jävla blattar" is not)
        # Vulgar words need someone named or pointed out: "knulla er allihop" is not aimed at
        # a person.
        strength, who = _targets(ctx, words, h.start, h.end, second=group != "vulgar_sexual")
        before = ctx.folded[max(0, h.start - 25):h.start]
        if _SLUR_YOURS(before) or _SLUR_LITTLE(before) and _targets(
                ctx, words, 0, 0, whole=True)[0] >= 0.95:
            strength, who = 1.0, "mottagaren"  # "din lilla transa", "@x ... lilla efterbliven"
        # Words for a person ("bimbo", "fat pig") need only a pronoun; slurs a clear target.
        if strength >= (0.8 if group in ("degrading_insult", "body_shaming") else 0.95):
            out.append(Finding("personal_attack", h.start, h.end, "attack:slur",
                               round(0.9 * strength, 3),
                               f"Nedsättande ord riktat mot {who}: ”{surface}”"))
    if ctx.feats & F_ANIMAL:
        for s, e, strength, who in _animal_insults(ctx):
            if not any(f.start <= s < f.end or s <= f.start < e for f in out):
                out.append(Finding("personal_attack", s, e, "attack:mockery",
                                   round(0.85 * strength + 0.1, 3),
                                   f"Hånfull jämförelse om {who}: ”{ctx.text[s:e]}”"))
    # Adjectives are attacks only when said of a person: "du är korkad", "hon är så jävla dum".
    for t in ctx.tokens if ctx.feats & F_ADJECTIVE else ():
        if t.key in words.adjectives and t.lower not in words.lexicon.lower_exact:
            before = ctx.folded[max(0, t.start - 30):t.start]
            said = _SAID_OF(before, ctx.folded[t.end:t.end + 40], words, ctx)
            if said:
                out.append(Finding("personal_attack", t.start, t.end, "attack:adjective",
                                   round(0.85 * said[0], 3),
                                   f"Nedsättande omdöme om {said[1]}: ”{ctx.text[t.start:t.end]}”"))
                continue
            if _COPULA.search(before):
                strength, who = _targets(ctx, words, t.start, t.end)
                subj = _SUBJECT(before)
                if subj and subj.group(1) in {"det", "detta", "den", "beslutet", "forslaget", "ideen"}:
                    continue  # "det är dumt" is about a thing
                if subj and subj.group(1) in ("de", "dom") and ctx.feats & F_GROUP:
                    continue  # "transor ... de är äckliga": a group, not a person
                if strength >= 0.8:
                    out.append(Finding("personal_attack", t.start, t.end, "attack:adjective",
                                       round(0.85 * strength, 3),
                                       f"Nedsättande omdöme om {who}: ”{ctx.text[t.start:t.end]}”"))
    for m in words.mockery.finditer(ctx.folded) if ctx.feats & F_MOCKERY else ():
        # "han ser ut som en blöt potatis": mocking a person's looks (not "parken ser ut som en
        # soptipp": the mocking nouns are for people, and a person must be named or pointed at).
        strength, who = _targets(ctx, words, m.start(), m.end())
        if strength >= 0.8 and words.mockery_nouns.intersection(_WORDS(m.group())):
            out.append(Finding("personal_attack", m.start(), m.end(), "attack:mockery",
                               round(0.85 * strength, 3),
                               f"Hånfull jämförelse om {who}: ”{ctx.text[m.start():m.end()]}”"))
    for m in words.adjective_phrases.finditer(ctx.folded) if ctx.feats & F_ADJECTIVE_PHRASE else ():
        strength, who = _targets(ctx, words, m.start(), m.end())
        if strength >= 0.8:
            out.append(Finding("personal_attack", m.start(), m.end(), "attack:adjective",
                               round(0.85 * strength, 3),
                               f"Nedsättande omdöme om {who}: ”{ctx.text[m.start():m.end()]}”"))
    return out


_EVERY = re.compile(r"\b(?:varenda|varendaste|varje)\s+$").search
_LIKE_A = re.compile(r"\b(?:som|like)\s+(?:en|ett|a)\s+$").search


def _IDIOM(before: str, surface: str) -> bool:  # noqa: N802
    """"varenda jävel" (everyone), "kör som en dåre" (like a madman): not a name for someone."""
    if _EVERY(before):
        return True
    return key_of(fold(surface)) in ("dare", "daren", "galning") and bool(_LIKE_A(before))


_REPORTED = re.compile(r"\b(?:(?:som|att|sluta|inte|ej)\s+kalla(?:r|de|t)?|kalla(?:s|des|ts)"
                       r"(?:\s+for)?|ordet)\s+(?:\w+\s+){0,3}$").search
# "simp är ett ord som ...": the word talked about, not said to anyone.
_WORD_TALK = re.compile(r"\W{0,2}\s+(?:ar|e)\s+(?:ett|ju\s+ett)\s+(?:ord|skallsord|uttryck)\b").match
# Insults that are degrading words as well (`LABELLING.md`): the idiot family, ableist and
# misogynist words. Said to a person they are an attack and offensive; said of a group nobody
# addresses, offensive only. Matched on the word's key, whose doubled letters are single
# ("karingen", "fitor").
_DEGRADING = re.compile(r"\w*?(?:idiot|pucko|dumskal|imbecil|efterbliv|mongo|retard|karing|"
                        r"suba|fit|fjol)|(?:cp|autist|psyko)").match
_PLURAL = ("or", "orna", "er", "erna", "ar", "arna", "rna", "on", "ohyra", "avskum", "slodder")
_YOU_BEFORE = re.compile(r"\b(?:ni|era|er)\s+(?:(?:javla|jakla|djavla|satans|fucking|forbannade|"
                         r"ackliga|smutsiga|lilla|sma)\s+)*$").search
_SLUR_YOURS = re.compile(r"\b(?:din|ditt|dina|era|ert)\s+(?:(?:lilla|lille|sma|javla|jakla|"
                         r"djavla|fula|feta|ackliga|sjuka|forbannade|satans)\s+){0,2}$").search
_SLUR_LITTLE = re.compile(r"\blill[ae]\s+$").search
_AIMED = frozenset({"racist_slur", "homophobic_slur", "ableist_slur", "ableist_phrase", "hate_phrase",
                    "degrading_insult", "vulgar_sexual", "body_shaming"})
# "du är en jävla dönick", "ni e ena jävla pajasar", unless praise follows ("en jävla bra kock").
_YOU_CURSED = re.compile(r"\b(?:du|ni)\s+(?:ar|e|va|var)\s+(?:en|ett|ena|sa)\s+(?:javla|jakla|"
                         r"djavla|forbannade|satans|fucking)\s+(\w+)").search
_PRAISE = frozenset(
    "bra grym grymt duktig duktiga hjalte hjaltar klippa legend stjarna kung drottning snygg "
    "snygga rolig roliga fin fint toppen stark starka smart smarta klok kloka karlek kompis van "
    "proffs mastare expert trevlig trevliga go goding underbar underbara fantastisk skon sot "
    "sott raring alskling idol forebild eldsjal lyckost vinnare arbetsmyra slitvarg kampe "
    "kanon kanonbra grymma snall snalla bas boss".split())
_EXCLAIM = re.compile(r"\b(?:vilken|vilket|vilka|vad|sa)\s+(?:\w+\s+){0,2}$").search
_EXCLAIM_AFTER = re.compile(r"(?:\s+\w+){0,3}?\s+(du|ni|han|hon|hen)\s+(?:ar|e|va|var|verkar)\b").match
_RUDE_EMOJI = re.compile("[\U0001f921\U0001f595]").search  # clown face, middle finger
_POSSESSIVE = re.compile(r"\b(?:din|ditt|dina|era|ert)\s+(?:(?:javla|jakla|djavla|forbannade|"
                         r"satans|lilla|fucking|sa)\s+)?$").search
_CURSE = re.compile(r"\b(?:javla|jakla|djavla|forbannade|forbannat|satans|fucking)\s+$").search
_MAN_KAN = re.compile(r"\b(?:hur|sa)\s+(?:javla\s+|jakla\s+)?$").search
_MAN_KAN_AFTER = re.compile(r"\s+(?:kan\s+man|man\s+kan)\s+(?:bli|vara)\b").match
_NEXT_WORD = re.compile(r"\W*(\w+)").match


def _said_of(before: str, after: str, words: AttackWords, ctx: Context) -> tuple[float, str] | None:
    """An adjective aimed at a person by its own construction: "din korkade", "era fega",
    "jävla värdelösa handläggare", "hur dum kan man vara" (to someone named or addressed)."""
    if _POSSESSIVE(before):
        if _THING_AFTER(after):
            return None  # "era fula nya soptunnor": a thing of theirs
        return 1.0, "mottagaren"
    if _EXCLAIM(before) and (m := _EXCLAIM_AFTER(after)):
        # "vilken äcklig ful jävla människa du är", "fan vad ful hon är"
        return (1.0, "mottagaren") if m.group(1) in ("du", "ni") else (0.9, "en person")
    if _CURSE(before):
        m = _NEXT_WORD(after)
        if m:
            w = m.group(1)
            k = key_of(w)
            if (k in words.staff or k in words.persons or w in words.second
                    or words.roles.match_key(k, w) is not None):
                return 0.95, "en person"
    if _MAN_KAN(before) and _MAN_KAN_AFTER(after):
        strength, who = _targets(ctx, words, 0, 0, whole=True)
        if strength >= 0.8:
            return strength, who
    return None


# "din fula nya bil", "era dumma gamla regler": the adjective is about something they have.
_THING_AFTER = re.compile(r"\s+(?:nya|gamla|nyaste|eviga|dyra|billiga)\s+\w+").match

_SAID_OF = _said_of


def _of_person(subject: str, words: AttackWords) -> bool:
    """Whether "<subject> är en <insult>" is said of a person: not of the writer ("jag"), a
    thing ("beslutet") or a whole group of people ("muslimer är parasiter" is offensive, a
    generalisation, not an attack on someone)."""
    if subject in words.subjects_thing:
        return False
    k = key_of(subject)
    return (group_lexicons()[0].match_key(k, subject) is None
            and offensive_lexicon()[0].match_key(k, subject) is None)


# Whom a text can be aimed at, beyond what `_targets` knows: the writer of another comment
# ("den som skrev inlägget"), a person by role or kind in a compound ("badvakten",
# "trafikplaneraren", "biblioteksmannen"), a family name or a first name in the genitive
# (`lexicon.names_someone`).
_WROTE = re.compile(r"\b(?:den|de|dom|han|hon|hen)\s+som\s+(?:\w+\s+){0,2}?(?:skrev|skriver|"
                    r"skrivit|kommenterade|kommenterar|svarade|postade|postar|la\s+upp)\b").search
_PERSON_HEAD = re.compile(r"\b\w+(?:vakten|vakterna|planeraren|ansvarige|mannen|kvinnan|tanten|"
                          r"gubben|killen|tjejen|snubben|typen|damen|grannen|skribenten)\b").search


def aimed_at_someone(ctx: Context) -> bool:
    """Whether the text is aimed at a person at all: someone addressed, named, mentioned or
    pointed out by role. A personal attack needs one (`LABELLING.md`); a degrading word about a
    decision, a thing or a whole group is offensive, not an attack. The engine asks this of the
    base model's attack findings, which come from word shapes and cannot tell."""
    if _targets(ctx, attack_words(), 0, 0, whole=True)[0] > 0:
        return True
    return bool(_WROTE(ctx.folded) or _PERSON_HEAD(ctx.folded)
                or names_someone(ctx.text, ctx.account.places))
