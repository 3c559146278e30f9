"""Detectors of personal data: identity numbers, contact details, vehicles and money accounts.

Each detector returns findings in the `personal_data` category. Contact details (phone, e-mail,
postal address) are not a violation when they are the writer's own in a message to the
municipality: see `is_own_contact` for how that is told apart from someone else's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn

from kanalvakt.moderation.engine.config import DATA
from kanalvakt.moderation.engine.context import Context
from kanalvakt.moderation.engine.gates import gate, raw_feature
from kanalvakt.moderation.engine.lexicon import attack_words
from kanalvakt.moderation.engine.results import Finding
from kanalvakt.moderation.engine.text import (
    digit_count,  # noqa: F401 (part of this module's API)
    fold,
)

PD = "personal_data"

# ---------------------------------------------------------------- personnummer

# 10 or 12 digits, with '-', '+' or nothing before the last four; never part of a longer number.
# Interim numbers (a letter in the serial) are included: they are issued to real people too.
_PNR = re.compile(
    r"(?<![\w+\-])((?:18|19|20)?)(\d{2})(\d{2})(\d{2})([-+]?)([\dTRSUWXJKLMN]\d{3})(?![\w\-])"
)
# Also written with a space before the last four ("780910 4024"), as people copy it from forms.
# That form is ambiguous (two numbers side by side; personnummer-meta's list counts it as no
# personnummer at all), so it is taken only right after a word that says what it is.
_PNR_CUE = re.compile(r"(?:person|p)-?\s?(?:nummer|numret|nr)\w*|pnr|samordningsnummer\w*|"
                      r"fodelsenummer\w*|ssn").search
_PNR_SPACED = re.compile(
    r"(?<![\w+\-])((?:18|19|20)?)(\d{2})(\d{2})(\d{2})( )([\dTRSUWXJKLMN]\d{3})(?![\w\-]|\s\d)"
)
_INTERIM = "TRSUWXJKLMN"


def _date_ok(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def check_personnummer(century: str, yy: str, mm: str, dd: str, sep: str, last4: str) -> str | None:
    """'personnummer', 'samordningsnummer' or None, from checksum and date."""
    serial = last4
    if serial[0] in _INTERIM:
        serial = "1" + serial[1:]  # Skatteverket computes the check digit with the letter as 1.
    if serial[:3] == "000":
        return None  # Serial 000 is never issued.
    digits = yy + mm + dd + serial
    if not luhn.is_valid(digits):
        return None
    month, day = int(mm), int(dd)
    kind = "personnummer"
    if day >= 60:
        # Samordningsnummer: day + 60. Skatteverket issues them with unknown month (00) or day
        # (60) and does not check the day against the month, so only the ranges are checked.
        return "samordningsnummer" if 0 <= month <= 12 and day <= 91 else None
    if century:
        years = [int(century + yy)]
    elif sep == "+":
        years = [1800 + int(yy), 1900 + int(yy)]
    else:
        years = [1900 + int(yy), 2000 + int(yy)]
    if not any(_date_ok(y, month, day) for y in years):
        return None
    return kind


def find_personnummer(text: str, spaced: bool = False) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of every checksum- and date-valid personnummer or samordningsnummer;
    with `spaced`, of those written with a space before the last four digits."""
    for m in (_PNR_SPACED if spaced else _PNR).finditer(text):
        century, yy, mm, dd, sep, last4 = m.groups()
        if spaced:
            if not _PNR_CUE(fold(text[max(0, m.start() - 30):m.start()])):
                continue
            sep = ""
        if century and sep == "" and len(m.group()) == 10:
            # "1909052714"-style: the regex took a century that was really a year.
            continue
        kind = check_personnummer(century, yy, mm, dd, sep, last4)
        if kind is None and century:
            # "19" may belong to a 10-digit number: try again without it is impossible (no
            # digit before is allowed), so this is simply not a personnummer.
            continue
        if kind:
            yield m.start(), m.end(), kind


# ---------------------------------------------------------------- own contact details

# The writer points at their own details: "ring mig på", "mitt nummer", "du når mig", "mvh".
_OWN = re.compile(
    r"\b(?:ring|sms|smsa|messa|mejla|maila|maila|kontakta|na|svara|skriv till|hor av er till|"
    r"hor av dig till|ringa)\s+(?:mig|oss)\b|\bmitt\s+(?:tel(?:efon|efonnummer|\.?nr)?|nummer|mobil"
    r"(?:nummer)?|nr)\b|\bmin\s+(?:e-?post|e-?mail|mejl|mail|mailadress|mejladress|adress|mobil|"
    r"telefon)\b|\bjag\s+(?:nas|finns)\b|\bnas\s+(?:pa|via)\b|\bmvh\b|\bhalsningar\b|\bhalsn\b|"
    r"\bvanliga halsningar\b|\bjag har\s+(?:nummer|telefonnummer|mobilnummer)\b|"
    r"\bkontaktuppgifter\b|\b(?:mitt|min)\s+(?:namn|adress)\b|\btveka inte\b|\btel\s*:|"
    r"\bringa mig\b|\bna mig\b|\bmig pa\b|\bvi bor pa\b|\bjag bor pa\b|\bmin adress\b|"
    r"\bskriv (?:garna )?till mig\b|\bhalsningar\b|\bhalsar\b|\bmitt\s+(?:mejl|mail|e-?post)\b|"
    r"\bmy\s+(?:e-?mail|email|mail|phone|number|cell)\b|\b(?:call|email|e-mail|text|contact)\s+me\b|"
    # "ringer ni inte tillbaka? 076-...", "jag har mejlat er från lena@...": the writer's own.
    r"\bring(?:er|a|de)?\s+(?:ni\s+|du\s+|nan\s+|nagon\s+|ingen\s+)?(?:inte\s+|aldrig\s+)?(?:mig\s+|oss\s+)?"
    r"tillbaka\b|\b(?:mailat|mejlat|skickat|skrivit|mailade|mejlade|skickade|skrev)\s+(?:\w+\s+){0,3}"
    r"fran\b"
)
# Someone else's details: "hans nummer", "hon bor på", "ring honom", "numret till grannen".
_OTHER = re.compile(
    r"\b(?:hans|hennes|hens|deras|grannens|killens|tjejens|lararens|rektorns|chefens|"
    r"handlaggarens|politikerns)\s+(?:\w+\s+)?(?:nummer|telefonnummer|mobilnummer|tel|adress|"
    r"mejl|mail|e-?post|mailadress|personnummer|mobil|mobilnr|tfn|telnr|hemnummer|jobbnummer|nr|"
    r"swish\w*|pg|bg|plusgiro|bankgiro|konto\w*|kontonummer)\b|"
    # A friend, neighbour or colleague of the writer is someone else ("Klara (min klasskompis)").
    r"\bmin[ae]?\s+(?:klasskompis|kompis|granne|kollega|van|vaninna|bekant|arbetskamrat|chef|"
    r"larare|polare)\w*\b|\b(?:han|hon|hen|de|dom|grannen|familjen)\s+"
    r"(?:bor|finns|nas)\b|\bring(?:a|er)?\s+(?:honom|henne|hen|dem|dom)\b|\bnumret till\b|"
    r"\badressen till\b|\bmejla (?:honom|henne)\b|\bhar (?:hans|hennes) nummer\b|\bbor pa\b"
)


_WE_LIVE = re.compile(r"\b(?:jag|vi)\b[^.!?]{0,40}?\bbor\s+pa\b").search
_THEY_LIVE = re.compile(
    r"\b(?:han|hon|hen|de|dom|grannen|familjen)\s+bor\b|\b(?:hans|hennes|hens|deras)\b").search
_NON_DIGIT = re.compile(r"\D").sub
_GROUPED_CARD = re.compile(r"\d{4}([ \-]\d{4}){2,3}(\d{1,3})?").fullmatch
_NAMED_LOCAL = re.compile(r"[a-z]\.[a-z]").search


def drop_advertisers_contact(ctx: Context, findings: list[Finding]) -> list[Finding]:
    """Without the phone numbers and e-mail addresses of an advertisement or a private sale:
    they are the seller's own ("ring Glansfix 0141-55 12 30 för offert", "Säljer min soffa, ring
    070-..."), and the post itself is a finding. Someone else's details in it ("kontakta henne
    på ...") stay findings."""
    return [f for f in findings
            if f.category != PD or f.rule not in ("phone", "email")
            or _OTHER.search(ctx.folded[max(0, f.start - 80):f.end + 40])
            or _THEM.search(ctx.folded[max(0, f.start - 40):f.start])]


_THEM = re.compile(r"\b(?:kontakta|skriv till|mejla|maila|smsa|messa)\s+(?:honom|henne|hen|dem|dom)\b")
# A signature just before or after the detail: "... /Gunilla 070-174 06 24", "/Peter, p@x.se".
_SIGNED_BEFORE = re.compile(r"(?:^|\s)(?:/{1,2}|–|—|-{1,2})\s?[A-ZÅÄÖ][a-zåäöéü]+"
                            r"(?:\s[A-ZÅÄÖ][a-zåäöéü]+)?\s*[,:]?\s*$").search
_SIGNED_AFTER = re.compile(r"^\W{0,3}\s(?:/{1,2}|–|—|-{1,2})\s?[A-ZÅÄÖ][a-zåäöéü]+"
                           r"(?:\s[A-ZÅÄÖ][a-zåäöéü]+)?\W*$").search


def is_own_contact(ctx: Context, start: int, end: int) -> bool:
    """True when the details between start and end are most likely the writer's own.

    We look at the sentence around the detail and the 80 characters before it. A third-person
    cue ("hans nummer", "hon bor på") wins over a first-person one ("ring mig"), because
    sharing someone else's details is the harm the guideline is about. A detail that follows a
    closing ("mvh", "hälsningar") or the author's own name is a signature.
    """
    s, e = ctx.sentence(start)
    # The sentence, the 80 characters before and a signature that may follow ("... mvh Karin").
    window = ctx.folded[max(0, min(s, start - 80)):max(e, end + 60)]
    if _OTHER.search(window):
        # "jag bor på X" contains "bor pa" too; only a first-person subject keeps it own.
        if not _WE_LIVE(window) or _THEY_LIVE(window):
            return False
    if _OWN.search(window):
        return True
    if _SIGNED_BEFORE(ctx.text[max(0, start - 40):start]) or _SIGNED_AFTER(ctx.text[end:end + 40]):
        return True
    if ctx.author:
        first = ctx.author.split()[0].lower() if ctx.author.split() else ""
        if len(first) >= 2 and first in ctx.folded[max(0, start - 60):min(len(ctx.folded), end + 60)]:
            return True
    return False


# ---------------------------------------------------------------- phone numbers


def prepare() -> None:
    """Load the area codes now (see `Engine.prepare`)."""
    _area_codes()


@lru_cache(maxsize=1)
def _area_codes() -> frozenset[str]:
    rows = (DATA / "riktnummer.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return frozenset(r.split("\t")[0] for r in rows if r.strip())


_MOBILE_PREFIXES = ("070", "072", "073", "076", "079")


def valid_swedish_national(national: str) -> bool:
    """Whether a national number ('0' + NSN) is a Swedish fixed or mobile number as written.

    phonenumbers' metadata is looser than Swedish practice for some series (it accepts 8-digit
    Stockholm subscribers and 010 numbers, rejects 5-digit subscribers behind 3-digit area
    codes), so the length rules per area code length come from the Swedish numbering plan.
    """
    if not national.startswith("0") or not national.isdigit():
        return False
    if national.startswith("07"):
        return len(national) == 10 and national.startswith(_MOBILE_PREFIXES)
    codes = _area_codes()
    for n in (4, 3, 2):
        ac = national[:n]
        if ac in codes:
            sub = len(national) - n
            if n == 2:
                return 6 <= sub <= 7
            if n == 3:
                return 5 <= sub <= 7
            return 5 <= sub <= 6
    return False


def parse_phone(candidate: str) -> tuple[bool, str]:
    """(valid, normalised digits) for a phone number as written in Swedish text."""
    raw = candidate.strip()
    # In ASCII `\D` removes exactly what isdigit() would not keep.
    digits = _NON_DIGIT("", raw) if raw.isascii() else "".join(ch for ch in raw if ch.isdigit())
    explicit_intl = raw.startswith("+") or digits.startswith("00")
    if explicit_intl and not (digits.startswith("46") or digits.startswith("0046")):
        # A foreign number: phonenumbers knows every country's plan.
        try:
            num = phonenumbers.parse("+" + digits.lstrip("0"), None)
        except phonenumbers.NumberParseException:
            return False, digits
        return phonenumbers.is_valid_number(num), digits
    if digits.startswith("0046"):
        digits = digits[2:]
    if digits.startswith("46") and not digits.startswith("0"):
        try:
            num = phonenumbers.parse("+" + digits, "SE")
        except phonenumbers.NumberParseException:
            return False, digits
        national = "0" + str(num.national_number)
    else:
        national = digits
    return valid_swedish_national(national), national


_PHONE = re.compile(
    r"(?<![\w+\-/.,])(?:\+|00)?(?:46[\s\-]?(?:\(0\)[\s\-]?)?)?\(?0?\d{1,4}\)?(?:[\s\-/]{0,2}\d){4,10}"
    r"(?![\w\-/]|[.,]\d)"
)


def find_phones(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _PHONE.finditer(text):
        cand = m.group().rstrip()
        ok, national = parse_phone(cand)
        if ok:
            yield m.start(), m.start() + len(cand), national


# ---------------------------------------------------------------- e-mail, address, plate

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})*\.[a-zA-Z]{2,24}\b")
# Functional mailboxes of organisations are not anyone's personal data.
_FUNCTIONAL = re.compile(
    r"^(?:info|kontakt|kundcenter|kommun|kommunen|support|registrator|registrering|noreply|"
    r"no-reply|press|bibliotek|biblioteket|kundtjanst|kundtjänst|service|felanmalan|"
    r"felanmälan|medborgarservice|post|reception|ekonomi|hr|it|admin|webmaster)\b",
    re.IGNORECASE,
)

_STREET = (
    r"(?:(?:[a-zåäöé]+\s)?[a-zåäöé]*(?:gatan|gata|vagen|vägen|vag|väg|grand|gränd|granden|gränden|stigen|stig|"
    r"torget|torg|allen|allén|backen|leden|platsen|stradet|stråket|gardet|gården|"
    r"strand|stranden|liden|hojden|höjden|udden|holmen))"
)
_ADDRESS = re.compile(
    r"\b" + _STREET + r"\s+\d{1,4}\s?[a-h]?\b(?:,?\s*(?:lgh|lag|lägenhet)\.?\s*\d{3,4})?"
    r"(?:,?\s*(\d{3}\s?\d{2})\s+[a-zåäö]{2,})?",
    re.IGNORECASE,
)
# "Box 123, 591 20 Motala" is an organisation's postal address, not a person's, and is not
# matched: only street names are.
# What every street address has (on folded text): a street word's ending, space and a number.
_STREET_HINT = re.compile(
    r"(?:gata|gatan|vag|vagen|grand|granden|stig|stigen|torg|torget|allen|backen|leden|platsen|"
    r"stradet|straket|gardet|garden|strand|stranden|liden|hojden|udden|holmen)\s+\d"
)
_NAMED_PLACE_NUMBER = re.compile(
    r"(?<!\w)(?:på|pa)\s+([A-ZÅÄÖ][a-zåäöé]+)\s+\d{1,3}\s?[A-Ha-h]?(?![\w\-:.,/])"
    r"(?!\s*(?:år|ar|kr|st|min|km|mil|dagar|veckor|timmar|%|procent)\b)").finditer
# Words one of which is before every street address without a street word that is taken.
_G_LIVES_AT = gate("bor boende adress adressen flyttat flyttade hemma hem grannen grannarna "
                   "grannens familjen hon han de dom paret")
_LIVES = re.compile(
    r"\b(?:bor|boende|adress|adressen|flyttat till|flyttade till|hemma pa|hem till|hemma hos)\b"
)

_PLATE = re.compile(r"(?<![\w-])([A-HJ-PR-UW-Z]{3})[ -]?(\d{2}[A-HJ-PR-UW-Z\d])(?![\w-])")
_PLATE_LOWER = re.compile(r"(?<![\w-])[a-hj-pr-uw-z]{3}[ -]?\d{2}[a-hj-pr-uw-z\d](?![\w-])")
_PLATE_CUE = re.compile(r"\b(?:reg|regnr|reg\.?nr|registreringsnummer|registreringsskylt|skylt|"
                        r"bil|bilen|bilar|rattfull|parkerad|parkerat|parkerar|volvo|saab|bmw|audi|"
                        r"vw|tesla|lastbil|moped|mc|kor|korde|nummerplat)\w*")
# Three-letter abbreviations that Swedish texts put before numbers and never are plates.
# Three-letter Swedish words that a lower-case "plate" written with a space may start with.
_COMMON_WORDS = frozenset(
    "ser har var och som att det den man kan ska far gar tar ger blir gor dom oss era ert hon "
    "han hen min din sin mig dig sig vem vad hur nar dar har nya fem sex tio elva tolv alla "
    "fyr sju ett tre fyra mer mot med ute inne upp ner bra kul tid ars dag veckor".split())
_NOT_PLATES = frozenset({
    "LSS", "SOL", "LVU", "LVM", "BUP", "SFS", "KPI", "CSN", "SKR", "SCB", "SMS", "MHz", "GHZ",
    "DNR", "KSN", "BRF", "EUR", "SEK", "USD", "NOK", "DKK", "GBP", "HBT", "PDF", "FAQ",
    "KOD", "NUM", "NRS", "RSS", "MKR", "TKR", "KVM", "TEL", "MOB", "FAX", "APP", "ORG", "CSS",
    "DOS", "ESS", "FRA", "TRE", "TVA", "SEX", "NIO", "TIO", "KRS", "MOT",
})

# ---------------------------------------------------------------- money

_CARD = re.compile(r"(?<![\d\-])(?:\d[ \-]?){12,18}\d(?![\d\-])")
_CARD_CUE = re.compile(r"\b(?:kort|kortnummer|kortnr|kreditkort|betalkort|visa|mastercard|"
                       r"amex|cvc|cvv|card)\w*")
_ACCOUNT = re.compile(r"(?<![\d\-])(\d{4})(?:-\d)?[ ,\-]{1,3}(\d[\d \-]{4,16}\d)(?![\d\-])")
_ACCOUNT_CUE = re.compile(r"\b(?:konto|kontonummer|kontonr|bankkonto|clearing|clearingnummer|"
                          r"clearingnr|sätt in|satt in|satta in|sätta in|sparbanken|swedbank|"
                          r"handelsbanken|nordea|seb|danske bank|lansforsakringar|ica banken|"
                          r"overfor|overfora|bank)\w*")
_GIRO = re.compile(r"\b(bankgiro|bankgironummer|bg|plusgiro|plusgironummer|pg|postgiro)"
                   r"(?:\s*(?:nr|nummer)\.?)?(?:\s*:?\s*|\s+(?:ar|e)\s+)(\d{1,8}-\d{1,4})(?![\d\-])")
# Paying to a giro number is paying an organisation ("betalat via bankgiro 5050-1055").
_PAYS = re.compile(r"\b(?:betala\w*|betalt|betalde|inbetal\w*|faktur\w*|avgift\w*)\b").search
# The writer's own vehicle: "min bil JKR 58F", "ABC 123 är min bil".
_OWN_VEHICLE = re.compile(
    r"\b(?:min|mitt|mina|jag har en|jag kor en|jag ager en)\s+(?:\w+\s+)?(?:bil|bilen|bilar|volvo|"
    r"saab|bmw|audi|vw|tesla|toyota|kia|husbil|husvagn|slap|slapet|moped|mc|motorcykel|lastbil|"
    r"traktor|skoter)\b").search
_OUR_VEHICLE = re.compile(r"\bvår[at]?\s+(?:\w+\s+)?(?:bil|volvo|husbil|husvagn|släp|släpet|moped)\b").search
_LEADING_PREP = re.compile(r"(?:på|pa|i)\s+", re.IGNORECASE).match
# A person right before the address: "Ulla på Kvarngatan 3", "grannarna på Storgatan 33B".
_PERSON_AT = re.compile(r"(?:\b(?i:grann\w*|familjen\s+\w+|hon|han|de|dom|paret)|([A-ZÅÄÖ][a-zåäö]+)"
                        r"(?:\s+[A-ZÅÄÖ][a-zåäö]+)?)\s+(?:på|pa|i)\s+$").search
_IBAN = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}(?![A-Za-z0-9])")


# Word gates (see `gates`) for the giro numbers and the plate cue above.
_G_GIRO = gate("", "bankgiro bg plusgiro pg postgiro")
# Word features on the words as written (see `gates.raw_feature`): each number pattern below
# has a part that lies inside one word (no space or trimmed punctuation in it).
F_PNR = raw_feature(re.compile(r"\d{6}[-+]?[\dTRSUWXJKLMN]\d{3}").search)
F_PNR_HEAD = raw_feature(re.compile(r"\d{6}$").search)  # "780910" of "780910 4024"
F_CLEARING = raw_feature(re.compile(r"\d{4}").search)  # a bank account's clearing number
F_IBAN = raw_feature(re.compile(r"[A-Z]{2}\d{2}").search)
F_PLATE = raw_feature(re.compile(r"[A-HJ-PR-UW-Z]{3}").search)
_STREET_ENDS = tuple(_STREET_HINT.pattern[3:_STREET_HINT.pattern.index(")")].split("|"))
F_STREET = raw_feature(lambda w: fold(w).endswith(_STREET_ENDS))
_G_PLATE_CUE = gate("", "reg skylt bil rattfull parkera volvo saab bmw audi vw tesla lastbil moped "
                    "mc kor nummerplat")


def _own_vehicle(ctx: Context, start: int, end: int) -> bool:
    """Whether the plate is on the writer's own vehicle (and nobody else's is named)."""
    lo, hi = max(0, start - 40), end + 30
    window = ctx.folded[lo:hi]
    if _OTHER.search(window) or _THEY_LIVE(window):
        return False
    return bool(_OWN_VEHICLE(window) or _OUR_VEHICLE(ctx.text[lo:hi].lower()))


def _lives_at(ctx: Context, start: int, names: bool = True) -> bool:
    """Whether a person is named right before the street address ("Per Hult på Åsgatan 3")."""
    # The address pattern may have taken the preposition as the street's first word.
    word = _LEADING_PREP(ctx.text, start)
    if word:
        start = word.end()
    m = _PERSON_AT(ctx.text[max(0, start - 40):start])
    if not m:
        return False
    name = m.group(1)
    return name is None or names and fold(name) in attack_words().names


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(s < pe and ps < e for ps, pe in spans)


def detect(ctx: Context) -> list[Finding]:
    """All personal-data findings in the text, each span claimed by one detector only."""
    text, folded = ctx.text, ctx.folded
    if not ctx.n_digits and "@" not in text:
        return []  # every pattern below needs a digit, except the e-mail address
    out: list[Finding] = []
    taken: list[tuple[int, int]] = []

    # Each number pattern needs a least number of digits (a personnummer 9, with a letter in
    # the serial; a card 13; a bank account finding 9; a phone number 5; a plate 2): texts
    # with fewer skip the pattern without scanning.
    n_digits = ctx.n_digits
    bits = ctx.bits
    if n_digits >= 2:
        pnrs = list(find_personnummer(text)) if n_digits >= 9 and ctx.feats & F_PNR else []
        if n_digits >= 9 and ctx.feats & F_PNR_HEAD:
            pnrs += find_personnummer(text, spaced=True)
        for s, e, kind in pnrs:
            own = is_own_contact(ctx, s, e)
            expl = (
                f"Innehåller ett {kind} (kontrollsiffran och datumet stämmer)"
                + (" – verkar vara skribentens eget, men ska inte visas öppet" if own else "")
            )
            out.append(Finding(PD, s, e, kind, 0.9 if own else 0.99, expl))
            taken.append((s, e))

        for m in _IBAN.finditer(text) if ctx.feats & F_IBAN else ():
            compact = m.group().replace(" ", "")
            if std_iban.is_valid(compact) and not _overlaps(taken, m.start(), m.end()):
                out.append(Finding(PD, m.start(), m.end(), "iban", 0.85,
                                   "Innehåller ett IBAN-kontonummer (kontrollsiffrorna stämmer)"))
                taken.append((m.start(), m.end()))

        for m in _CARD.finditer(text) if n_digits >= 13 else ():
            digits = _NON_DIGIT("", m.group())
            if _overlaps(taken, m.start(), m.end()) or digits[0] not in "23456":
                continue
            if not luhn.is_valid(digits):
                continue
            grouped = bool(_GROUPED_CARD(m.group().strip()))
            if grouped or _CARD_CUE.search(folded[max(0, m.start() - 60):m.end() + 30]):
                out.append(Finding(PD, m.start(), m.end(), "bank_card", 0.95,
                                   "Innehåller ett kortnummer (Luhn-kontrollen stämmer)"))
                taken.append((m.start(), m.end()))

        for m in _GIRO.finditer(folded) if bits & _G_GIRO else ():
            kind, number = m.group(1), m.group(2)
            digits = number.replace("-", "")
            s, e = m.start(2), m.end(2)
            if _overlaps(taken, s, e) or not luhn.is_valid(digits):
                continue
            near = folded[max(0, s - 60):s]
            if _PAYS(near) and not _OTHER.search(near):
                continue
            is_bg = kind.startswith("b")
            if is_bg and not 7 <= len(digits) <= 8:
                continue
            if not is_bg and not 2 <= len(digits) <= 8:
                continue
            name = "bankgiro" if is_bg else "plusgiro"
            out.append(Finding(PD, s, e, name, 0.6,
                               f"Innehåller ett {name}nummer (kontrollsiffran stämmer)"))
            taken.append((s, e))

        for m in _ACCOUNT.finditer(text) if n_digits >= 9 and ctx.feats & F_CLEARING else ():
            s, e = m.start(), m.end()
            if _overlaps(taken, s, e):
                continue
            digits = _NON_DIGIT("", m.group())
            if not 9 <= len(digits) <= 16:
                continue
            if _ACCOUNT_CUE.search(folded[max(0, s - 60):s]):
                out.append(Finding(PD, s, e, "bank_account", 0.85,
                                   "Innehåller ett bankkontonummer (clearingnummer och konto)"))
                taken.append((s, e))

        for s, e, national in find_phones(text) if n_digits >= 5 else ():
            if _overlaps(taken, s, e):
                continue
            taken.append((s, e))
            if national in ctx.account.public_phones:
                continue
            if is_own_contact(ctx, s, e):
                continue
            out.append(Finding(PD, s, e, "phone", 0.8,
                               "Innehåller ett telefonnummer som inte verkar vara skribentens eget"))

    if "@" in text:
        for m in _EMAIL.finditer(text):
            s, e = m.start(), m.end()
            addr = m.group().lower()
            local, _, domain = addr.partition("@")
            if addr in ctx.account.public_emails or _FUNCTIONAL.match(local):
                continue
            if any(domain == d or domain.endswith("." + d) for d in ctx.account.public_domains):
                if not _NAMED_LOCAL(local):
                    continue  # a named employee's work address is personal data; a function's is not
            if is_own_contact(ctx, s, e):
                continue
            out.append(Finding(PD, s, e, "email", 0.8,
                               "Innehåller en e-postadress som inte verkar vara skribentens egen"))

    if n_digits:
        for m in _ADDRESS.finditer(text) if ctx.feats & F_STREET and _STREET_HINT.search(folded) \
                else ():
            s, e = m.start(), m.end()
            postcode = m.group(1)
            lives = _LIVES.search(folded[max(0, s - 40):s]) or _lives_at(ctx, s)
            if not postcode and not lives:
                continue
            if is_own_contact(ctx, s, e):
                continue
            score = 0.85 if postcode else 0.7
            out.append(Finding(PD, s, e, "postal_address", score,
                               "Innehåller en gatuadress" + (" med postnummer" if postcode else
                                                             " där någon bor")))
            taken.append((s, e))
        # A street name without a street word ("bor på Solvändan 3"): only where someone lives.
        for m in _NAMED_PLACE_NUMBER(text) if bits & _G_LIVES_AT else ():
            s, e = m.start(1), m.end()
            if _overlaps(taken, s, e):
                continue
            if not (_LIVES.search(folded[max(0, s - 40):s]) or _lives_at(ctx, s, names=False)):
                continue
            if is_own_contact(ctx, s, e):
                continue
            out.append(Finding(PD, s, e, "postal_address", 0.7,
                               "Innehåller en adress där någon bor"))
            taken.append((s, e))

        for m in _PLATE.finditer(text) if n_digits >= 2 and ctx.feats & F_PLATE else ():
            letters = m.group(1)
            if letters in _NOT_PLATES or _overlaps(taken, m.start(), m.end()):
                continue
            if _own_vehicle(ctx, m.start(), m.end()):
                continue
            cue = _PLATE_CUE.search(folded[max(0, m.start() - 60):m.end() + 40])
            out.append(Finding(PD, m.start(), m.end(), "vehicle_plate", 0.8 if cue else 0.6,
                               "Innehåller ett registreringsnummer för ett fordon"))
        for m in _PLATE_LOWER.finditer(text) if n_digits >= 2 and bits & _G_PLATE_CUE else ():
            if _overlaps(taken, m.start(), m.end()):
                continue
            if folded[m.start():m.start() + 3] in _COMMON_WORDS:
                continue  # "ser 100% äkta ut", "har 12 st"
            if _PLATE_CUE.search(folded[max(0, m.start() - 40):m.start()]):
                if _own_vehicle(ctx, m.start(), m.end()):
                    continue
                if not any(f.start == m.start() for f in out):
                    out.append(Finding(PD, m.start(), m.end(), "vehicle_plate", 0.7,
                                       "Innehåller ett registreringsnummer för ett fordon"))
    return out
