"""Sender checks (guideline 1, "Visa tydlig avsändare") on an account's public profile.

The profile comes from a connector (``kanalvakt.connectors.base.Profile``) or is entered by hand
(``ManualProfile``). ``bio`` None means the presentation text is unknown: checks that need it are
then "not assessed" rather than failed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from .lix import sentences
from .results import CheckResult, Span, Status

GUIDELINE = 1

MUNICIPALITY = "sender.municipality"
CONTACT = "sender.contact"
OFFICIAL = "sender.official"
EXPECTATIONS = "sender.expectations"
COMMENT_RULES = "sender.comment_rules"
SENDER_CHECKS: tuple[str, ...] = (MUNICIPALITY, CONTACT, OFFICIAL, EXPECTATIONS, COMMENT_RULES)


class PublicProfile(Protocol):
    """What the sender checks read; ``connectors.base.Profile`` and ``ManualProfile`` both fit."""

    @property
    def name(self) -> str: ...
    @property
    def bio(self) -> str | None: ...
    @property
    def emails(self) -> Sequence[str]: ...
    @property
    def phones(self) -> Sequence[str]: ...
    @property
    def website(self) -> str | None: ...
    @property
    def links(self) -> Sequence[str]: ...


@dataclass(frozen=True)
class ManualProfile:
    """A profile entered by hand where the platform does not expose it."""

    name: str
    bio: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    website: str | None = None
    links: tuple[str, ...] = ()
    handle: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class SenderContext:
    municipality: str  # "Motala kommun"
    comment_rules_url: str | None = None  # "https://motala.se/kommentarsregler"
    unit: str | None = None  # the owning unit, "Kultur och fritid"


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A web address: with a scheme or www., or a bare domain with a common top-level domain (so that
# "t.ex" is not taken for one).
_URLISH = re.compile(
    r"(?<![@\w.])(?:(?:https?://|www\.)[\w-]+(?:\.[\w-]+)+"
    r"|[\w-]+(?:\.[\w-]+)*\.(?:se|nu|com|org|net|eu|info|io|fi|no|dk|de))(?![\w-])(?:/[^\s]*)?",
    re.IGNORECASE,
)
_OFFICIAL = re.compile(r"(?<!\w)officiell(?:t|a)?(?!\w)", re.IGNORECASE)
_NEGATION = re.compile(r"(?<!\w)(?:inte|ej|icke|inget|ingen)(?!\w)", re.IGNORECASE)
_ANSWER = re.compile(
    r"(?<!\w)(?:be)?svar(?:ar|as|a)?(?!\w)|(?<!\w)bevaka(?:s|r)?(?!\w)|(?<!\w)läser(?!\w)"
    r"|(?<!\w)modereras(?!\w)|(?<!\w)bemannad|(?<!\w)finns här(?!\w)",
    re.IGNORECASE,
)
_WHEN = re.compile(
    r"vardag|arbetsdag|helgfri|helger|kontorstid|arbetstid|dygnet runt"
    r"|måndag|mån\s*[–-]\s*fre|(?<!\w)inom\s+\S+\s+(?:timm|dag|dygn|arbetsdag|vecka)"
    r"|\d{1,2}(?:[.:]\d{2})?\s*[–-]\s*\d{1,2}|(?<!\w)kl(?:\.|ockan)?\s*\d",
    re.IGNORECASE,
)
_RULES_WORD = re.compile(r"kommentarsregl|kommentarsreglerna|regler för kommentarer", re.IGNORECASE)
_NOT_READ = "Kontots profil har inte lästs in från plattformen eller registrerats för hand."


def municipality_regex(municipality: str) -> re.Pattern[str]:
    """Matches "Motala kommun", "Motala Kommun", "Motala kommuns", "#motalakommun", "Motala-kommun"."""
    words = [re.escape(w) for w in municipality.split()]
    return re.compile(
        r"(?<!\w)" + r"[\s_-]*".join(words) + r"(?:s|en|ens)?(?!\w)", re.IGNORECASE
    )


def _normalise_url(url: str) -> str:
    url = url.strip().rstrip(".,;:!?)»\"'").lower()
    url = re.sub(r"^https?://", "", url)
    url = re.sub(r"^www\.", "", url)
    return url.rstrip("/")


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _span(text: str, match: re.Match[str]) -> Span:
    return Span(match.start(), match.end(), match.group())


def _join_sv(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " och " + items[-1]


def _result(check: str, status: Status, reason: str, value: str | None = None,
            spans: tuple[Span, ...] = ()) -> CheckResult:
    return CheckResult(check, GUIDELINE, status, reason, value, spans)


def check_municipality(profile: PublicProfile, ctx: SenderContext) -> CheckResult:
    pattern = municipality_regex(ctx.municipality)
    if pattern.search(profile.name or ""):
        return _result(MUNICIPALITY, Status.PASS,
                       f"{ctx.municipality} anges som avsändare i kontots namn.", profile.name)
    if profile.bio is None:
        return _result(
            MUNICIPALITY, Status.NOT_ASSESSED,
            f"Kontots namn ('{profile.name}') nämner inte {ctx.municipality} och "
            "presentationstexten är inte känd. Hämta profilen igen eller fyll i den för hand.",
            profile.name,
        )
    found = pattern.search(profile.bio)
    if found:
        return _result(MUNICIPALITY, Status.PASS,
                       f"{ctx.municipality} anges som avsändare i presentationstexten.",
                       found.group(), (_span(profile.bio, found),))
    return _result(
        MUNICIPALITY, Status.FAIL,
        f"Varken kontots namn ('{profile.name}') eller presentationstexten nämner "
        f"{ctx.municipality} som avsändare. Skriv t.ex. 'En del av {ctx.municipality}' "
        "i presentationstexten.",
        profile.name,
    )


def check_contact(profile: PublicProfile, ctx: SenderContext) -> CheckResult:
    rules = _normalise_url(ctx.comment_rules_url) if ctx.comment_rules_url else None
    bio = profile.bio or ""
    emails = [e for e in profile.emails if e.strip()] + _EMAIL.findall(bio)
    phones = [p for p in profile.phones if p.strip()] + _phones_in(bio)
    masked = _EMAIL.sub(" ", bio)
    webs = [
        u for u in [profile.website or "", *profile.links, *_URLISH.findall(masked)]
        if u.strip() and _normalise_url(u) != rules
    ]
    found: list[str] = []
    if emails:
        found.append(f"e-post ({emails[0]})")
    if phones:
        found.append(f"telefon ({phones[0]})")
    if webs:
        found.append(f"webbadress ({webs[0]})")
    if found:
        return _result(CONTACT, Status.PASS, f"Kontaktuppgifter finns: {_join_sv(found)}.")
    who = ctx.unit or "ansvarig verksamhet"
    if profile.bio is None:
        return _result(
            CONTACT, Status.NOT_ASSESSED,
            "Plattformen visar inga kontaktuppgifter och presentationstexten är inte känd. "
            f"Fyll i profilen för hand för att se om {who} går att kontakta.",
        )
    return _result(
        CONTACT, Status.FAIL,
        f"Kontaktuppgifter saknas: ange e-post, telefonnummer eller en webbadress till {who} "
        "i profilen.",
    )


def _phones_in(text: str) -> list[str]:
    if not text:
        return []
    import phonenumbers  # noqa: PLC0415  only needed when a bio has to be searched

    return [m.raw_string for m in phonenumbers.PhoneNumberMatcher(text, "SE")]


def check_official(profile: PublicProfile, ctx: SenderContext) -> CheckResult:
    example = (
        f"Officiellt konto för {ctx.unit}, en del av {ctx.municipality}"
        if ctx.unit else f"Officiellt konto för {ctx.municipality}"
    )
    texts = [profile.name or ""] + ([profile.bio] if profile.bio is not None else [])
    for text in texts:
        for match in _OFFICIAL.finditer(text):
            window = re.split(r"[.!?\n]", text[max(0, match.start() - 30) : match.start()])[-1]
            negations = [n for n in _NEGATION.finditer(window) if len(window[n.end():].split()) <= 2]
            if negations:
                start = match.start() - len(window) + negations[-1].start()
                phrase = text[start : match.end()]
                return _result(
                    OFFICIAL, Status.FAIL,
                    f"Profilen säger att kontot inte är officiellt ('{_quote(phrase)}').",
                    phrase, (Span(start, match.end(), phrase),),
                )
            sentence = next((s for s in sentences(text) if match.group() in s), match.group())
            return _result(
                OFFICIAL, Status.PASS,
                f"Profilen anger att kontot är officiellt ('{_quote(sentence)}').",
                sentence, (_span(text, match),),
            )
    if profile.bio is None:
        return _result(
            OFFICIAL, Status.NOT_ASSESSED,
            "Presentationstexten är inte känd, så det går inte att se om kontot anges som officiellt.",
        )
    return _result(
        OFFICIAL, Status.FAIL,
        f"Profilen anger inte att kontot är officiellt. Skriv t.ex. '{example}'.",
    )


def check_expectations(profile: PublicProfile, ctx: SenderContext) -> CheckResult:
    if profile.bio is None:
        return _result(
            EXPECTATIONS, Status.NOT_ASSESSED,
            "Presentationstexten är inte känd, så det går inte att se vad man kan förvänta sig "
            "av kontot.",
        )
    answers_without_time: str | None = None
    for sentence in sentences(profile.bio):
        if not _ANSWER.search(sentence):
            continue
        if _WHEN.search(sentence) or _NEGATION.search(sentence):
            start = profile.bio.find(sentence)
            return _result(
                EXPECTATIONS, Status.PASS,
                f"Profilen säger vad man kan förvänta sig ('{_quote(sentence)}').",
                sentence, (Span(start, start + len(sentence), sentence),) if start >= 0 else (),
            )
        answers_without_time = answers_without_time or sentence
    if answers_without_time:
        return _result(
            EXPECTATIONS, Status.FAIL,
            f"Profilen säger att ni svarar ('{_quote(answers_without_time)}') men inte när. "
            "Ange t.ex. 'Vi svarar vardagar 8–17' eller 'Vi svarar inom två arbetsdagar'.",
            answers_without_time,
        )
    return _result(
        EXPECTATIONS, Status.FAIL,
        "Profilen säger inte vad man kan förvänta sig av kontot. Ange när frågor besvaras, "
        "t.ex. 'Vi svarar vardagar 8–17'.",
    )


def check_comment_rules(profile: PublicProfile, ctx: SenderContext) -> CheckResult:
    if not ctx.comment_rules_url:
        return _result(
            COMMENT_RULES, Status.NOT_ASSESSED,
            "Adressen till kommunens kommentarsregler är inte inställd i kanalvakt.",
        )
    url = ctx.comment_rules_url
    target = _normalise_url(url)
    for link in [profile.website or "", *profile.links]:
        if link and _normalise_url(link) == target:
            return _result(COMMENT_RULES, Status.PASS,
                           f"Profilen länkar till kommentarsreglerna ({url}).", link)
    if profile.bio is None:
        return _result(
            COMMENT_RULES, Status.NOT_ASSESSED,
            f"Ingen av profilens länkar går till kommentarsreglerna ({url}) och "
            "presentationstexten är inte känd.",
        )
    for match in _URLISH.finditer(_EMAIL.sub(lambda m: " " * len(m.group()), profile.bio)):
        if _normalise_url(match.group()) == target:
            return _result(COMMENT_RULES, Status.PASS,
                           f"Profilen länkar till kommentarsreglerna ({url}).", match.group(),
                           (_span(profile.bio, match),))
    if _RULES_WORD.search(profile.bio):
        return _result(
            COMMENT_RULES, Status.FAIL,
            f"Profilen nämner kommentarsreglerna men länkar inte till dem. Lägg till länken {url}.",
        )
    return _result(
        COMMENT_RULES, Status.FAIL,
        f"Länk till kommunens kommentarsregler saknas. Lägg till {url} i profilen.",
    )


def check_sender(profile: PublicProfile | None, ctx: SenderContext) -> list[CheckResult]:
    """All sender checks, in the order of ``SENDER_CHECKS``."""
    if profile is None:
        return [_result(check, Status.NOT_ASSESSED, _NOT_READ) for check in SENDER_CHECKS]
    return [
        check_municipality(profile, ctx),
        check_contact(profile, ctx),
        check_official(profile, ctx),
        check_expectations(profile, ctx),
        check_comment_rules(profile, ctx),
    ]
