"""Personal attacks without an insulting word: ill wishes, contempt for someone's competence
and a family member's private troubles used to humiliate the person addressed.

Each rule is gated on the rare words it cannot match without (see `gates.feature`), and says
only where the attack is; `lexicon.detect_attacks` decides whom it is aimed at.
"""

from __future__ import annotations

import re

from kanalvakt.moderation.engine.context import Context
from kanalvakt.moderation.engine.gates import feature

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
