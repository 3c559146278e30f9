"""Advertising and spam: commercial promotion, scams, crypto and earn-money posts, link
shorteners, and the same text posted on several accounts (tracked across one run).

Signals are weighted and combined as 1 - Π(1 - w); one weak signal ("rabatt" in a complaint
about prices) stays below the review threshold, a few together do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kanalvakt.moderation.engine.context import DUP_NORM, Context
from kanalvakt.moderation.engine.criminal import F_DOMAIN, domains
from kanalvakt.moderation.engine.gates import gate
from kanalvakt.moderation.engine.results import Finding

_SIGNALS: list[tuple[re.Pattern[str], float, str]] = [
    # crypto, trading, earn money
    (re.compile(r"\b(?:bitcoin|btc|krypto\w*|crypto\w*|ethereum|forex|binar\w* option\w*|"
                r"nft|tradingbot|trading|daytrading|investeringsplattform)\b"), 0.55, "krypto/trading"),
    (re.compile(r"\b(?:tjana|tjanar|tjanat|tjäna|earn)\s+(?:\w+\s+){0,3}(?:\d[\d\s.]*(?:kr|kronor|sek|"
                r"\$|usd|euro|dollar)|pengar|extra|hemifran|per dag|om dagen|i veckan|i manaden)"),
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
    (re.compile(r"\b(?:kop nu|kop har|handla nu|bestall nu|bestall har|bestall idag|"
                r"rabatt\w*|rabattkod\w*|erbjudande\w*|kampanj(?:pris)?|rea|"
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
                r"\bfast\s+pris\b|\b(?:forsta|1:a)\s+(?:passet|besoket|timmen|manaden|lektionen)\s+"
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
          "webshop", "rabatt erbjudande prisvard"), True),
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


def _digit_alternatives_possible(folded: str) -> bool:
    """Whether the "reklam" signal's alternatives that no gate word covers can match: "20 %
    rabatt", "endast 99 kr", "50 kr/st", "swisha 300", "swish 123...". A necessary condition
    (substrings those alternatives contain), so that a text with a digit but none of them (a
    phone number, a date, an address) does not run the whole alternation."""
    return ("%" in folded or "endast" in folded or "swish" in folded
            or (("kr" in folded or ":-" in folded) and "st" in folded))


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
    "bit.do", "tr.im", "t.co", "linktr.ee", "urlz.fr", "gg.gg", "qr.net", "short.io",
})
_SHORTENER_TAILS = tuple("." + x for x in _SHORTENERS)
# A private person selling their own things ("Säljer min soffa, 500 kr", "Säljes: barnvagn, PM
# vid intresse") is not commercial promotion but a private post unrelated to the municipality:
# guideline 8 calls it off-topic ("inlägg från privatpersoner som inte handlar om Motala
# kommun"), advertising being "reklaminlägg" (PRODUCT.md: commercial promotion, spam). A trade
# (a company, delivery, ordering, a web shop, a price per unit, discounts) stays advertising, and
# the municipality selling land is neither.
_SALE_WORDS = frozenset({"saljer", "saljes", "jag saljer", "till salu"})
_PRIVATE_SALE = re.compile(r"^\W*(?:jag\s+)?(?:saljer|saljes)\b|\btill\s+salu\b|\b(?:saljer|saljes)\s+"
                           r"(?:min|mitt|mina|var|vart|vara|en|ett|begagnad\w*|gammal|gamla|"
                           r"anvand\w*|oanvand\w*)\b")
_TRADE = re.compile(r"\b(?:vi\s+saljer|kommun\w*|foretag\w*|firma\w*|butik\w*|webb?shop\w*|webbutik\w*|"
                    r"levere\w*|leverans\w*|frakt\w*|bestall\w*|rabatt\w*|kampanj\w*|"
                    r"erbjudande\w*|sortiment\w*|lager|grossist\w*|f-skatt|org\.?\s?nr|"
                    r"per\s+(?:kubik|kubikmeter|st|styck|kg|kilo|timme|sack|pall|meter|m2|kvm)|"
                    r"kr\s?/\s?(?:st|kg|tim|m)|/st|www|https?|\w+\.(?:se|com|nu|net))\b")
_PRIVATE_OK = frozenset({"reklam", "privat kontakt"})  # signals a private sale also gives


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
        if lbl == "reklam" and " ".join(f[s:e].split()) not in _SALE_WORDS:
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
    for pat, w, label in _open_signals(opened, digit_open) if opened or digit_open else ():
        # Up to two hits per kind of signal: "rabatt" twice is not twice the evidence.
        for i, m in enumerate(pat.finditer(f)):
            if i >= 2:
                break
            hits.append((m.start(), m.end(), w if i == 0 else w * 0.6, label))
    sale = None
    if hits and ctx.account.off_topic and (bits & _G_SALE) and all(
            lbl in _PRIVATE_OK for _, _, _, lbl in hits):
        sale = _private_sale(f, hits)
        if sale is not None:
            hits = []
    has_link = False
    if "." in f and ctx.feats & F_DOMAIN:
        for s, e, host in domains(ctx):
            has_link = True
            if host in _SHORTENERS or host.endswith(_SHORTENER_TAILS):
                hits.append((s, e, 0.6, "förkortad länk"))
    if has_link and hits:
        hits.append((0, 0, 0.3, "länk"))
    if hits and _MONEY.search(f):
        hits.append((0, 0, 0.2, "belopp"))
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
