"""Policy checks (guideline 2): the rules of a ``PolicyRules`` file applied to an account's profile
and, through ``check_text``, to any text the account publishes (posts and replies)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from .hashtags import hashtag_problems
from .lix import lix_level, lix_stats
from .policy import PolicyRules, WordRule
from .results import KIND_LABELS_SV, CheckResult, Span, Status, TextKind
from .sender import PublicProfile

GUIDELINE = 2

NAMING = "policy.naming"
PROFILE_IMAGE = "policy.profile_image"
FORBIDDEN_WORDS = "policy.forbidden_words"
REQUIRED_WORDS = "policy.required_words"
READABILITY = "policy.readability"
ALT_TEXT = "policy.alt_text"
HASHTAGS = "policy.hashtags"
POLICY_CHECKS: tuple[str, ...] = (
    NAMING, PROFILE_IMAGE, FORBIDDEN_WORDS, REQUIRED_WORDS, READABILITY, ALT_TEXT, HASHTAGS,
)

# Alt texts that say nothing about the image.
_EMPTY_ALT = {"bild", "bilden", "foto", "fotot", "image", "img", "picture", "photo", "grafik", "alt"}
_FILENAME = re.compile(r"\S+\.(?:jpe?g|png|gif|webp|heic|tiff?)", re.IGNORECASE)
_NO_BIO = "Presentationstexten är inte känd, så profiltexten kan inte kontrolleras mot policyn."
_NO_PROFILE = "Kontots profil har inte lästs in från plattformen eller registrerats för hand."


class HasAltText(Protocol):
    """An image attached to a text; ``connectors.base.Media`` fits."""

    @property
    def alt_text(self) -> str | None: ...


def _result(check: str, status: Status, reason: str, value: str | None = None,
            spans: tuple[Span, ...] = ()) -> CheckResult:
    return CheckResult(check, GUIDELINE, status, reason, value, spans)


def _join_sv(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " och " + items[-1]


def _explained(rule: WordRule, quoted: str) -> str:
    # The reasons are joined into one sentence, so their own full stops go.
    return f"'{quoted}' – {rule.reason.rstrip('.')}" if rule.reason else f"'{quoted}'"


# --- profile-only rules ------------------------------------------------------------------------


def check_naming(name: str | None, rules: PolicyRules) -> CheckResult | None:
    rule = rules.naming
    if rule is None:
        return None
    if not name or not name.strip():
        return _result(NAMING, Status.NOT_ASSESSED, "Kontots namn är inte känt.")
    if rule.prefix is not None and not name.startswith(rule.prefix):
        return _result(
            NAMING, Status.FAIL,
            f"Kontots namn '{name}' börjar inte med '{rule.prefix}'. {rule.explanation}", name,
        )
    if rule.pattern is not None and not rule.pattern.fullmatch(name):
        return _result(
            NAMING, Status.FAIL,
            f"Kontots namn '{name}' följer inte namnkonventionen. {rule.explanation}", name,
        )
    return _result(NAMING, Status.PASS, f"Kontots namn '{name}' följer namnkonventionen.", name)


def image_sha256(image: bytes) -> str:
    return hashlib.sha256(image).hexdigest()


def check_profile_image(
    rules: PolicyRules, *, image: bytes | None = None, sha256: str | None = None
) -> CheckResult | None:
    """Compare the profile picture (its bytes, or their SHA-256 in hex) with the approved list."""
    rule = rules.profile_images
    if rule is None:
        return None
    digest = image_sha256(image) if image is not None else (sha256 or "").strip().lower() or None
    if digest is None:
        return _result(
            PROFILE_IMAGE, Status.NOT_ASSESSED,
            "Profilbilden har inte hämtats, så den kan inte jämföras med de godkända bilderna.",
        )
    if digest in rule.approved_sha256:
        return _result(PROFILE_IMAGE, Status.PASS, "Profilbilden är en av de godkända bilderna.",
                       digest)
    extra = f" {rule.explanation}" if rule.explanation else ""
    return _result(
        PROFILE_IMAGE, Status.FAIL,
        f"Profilbilden är inte en av de godkända bilderna (SHA-256 {digest[:12]}…).{extra}", digest,
    )


# --- rules for any text ------------------------------------------------------------------------


def _forbidden(kind: TextKind, text: str, rules: PolicyRules) -> CheckResult | None:
    applicable = [r for r in rules.forbidden if kind in r.applies_to]
    if not applicable:
        return None
    label = KIND_LABELS_SV[kind]
    spans: list[Span] = []
    hits: list[str] = []
    for rule in applicable:
        matches = list(rule.regex.finditer(text))
        if matches:
            hits.append(_explained(rule, matches[0].group()))
            spans.extend(Span(m.start(), m.end(), m.group()) for m in matches)
    if not hits:
        return _result(FORBIDDEN_WORDS, Status.PASS, f"{label} innehåller inga otillåtna ord.")
    spans.sort(key=lambda s: s.start)
    return _result(
        FORBIDDEN_WORDS, Status.FAIL,
        f"{label} innehåller ord som inte får användas: {'; '.join(hits)}.",
        spans[0].text, tuple(spans),
    )


def _required(kind: TextKind, text: str, rules: PolicyRules) -> CheckResult | None:
    applicable = [r for r in rules.required if kind in r.applies_to]
    if not applicable:
        return None
    label = KIND_LABELS_SV[kind]
    missing = [_explained(r, r.label) for r in applicable if not r.regex.search(text)]
    if missing:
        return _result(REQUIRED_WORDS, Status.FAIL, f"{label} saknar {'; '.join(missing)}.")
    found = _join_sv([f"'{r.label}'" for r in applicable])
    return _result(REQUIRED_WORDS, Status.PASS, f"{label} innehåller {found}.")


def _readability(kind: TextKind, text: str, rules: PolicyRules) -> CheckResult | None:
    rule = rules.readability
    if rule is None or kind not in rule.applies_to:
        return None
    label = KIND_LABELS_SV[kind]
    stats = lix_stats(text)
    if stats.lix is None or stats.words < rule.min_words:
        return _result(
            READABILITY, Status.NOT_ASSESSED,
            f"{label} är för kort för att bedöma läsbarheten ({stats.words} ord; "
            f"minst {rule.min_words} behövs).",
        )
    value = round(stats.lix)
    limit = f"{rule.max_lix:g}"
    if value > rule.max_lix:
        return _result(
            READABILITY, Status.FAIL,
            f"{label} är för {'svår' if kind is TextKind.PROFILE else 'svårt'} att läsa: LIX {value} ({lix_level(value)}); högst {limit} är "
            "tillåtet. Skriv kortare meningar och använd färre långa ord.",
            str(value),
        )
    return _result(
        READABILITY, Status.PASS,
        f"Läsbarheten är LIX {value} ({lix_level(value)}); högst {limit} är tillåtet.", str(value),
    )


def _alt_missing(alt: str | None) -> bool:
    text = (alt or "").strip()
    return not text or text.lower() in _EMPTY_ALT or bool(_FILENAME.fullmatch(text))


def _alt_text(
    kind: TextKind, rules: PolicyRules, images: Sequence[HasAltText] | None
) -> CheckResult | None:
    rule = rules.accessibility
    if rule is None or not rule.alt_text or kind not in rule.applies_to or kind is TextKind.PROFILE:
        return None
    label = KIND_LABELS_SV[kind]
    if images is None:
        return _result(
            ALT_TEXT, Status.NOT_ASSESSED,
            f"Det är okänt om {label.lower()} har bilder, så alternativtexten kan inte kontrolleras.",
        )
    if not images:
        return _result(ALT_TEXT, Status.PASS, f"{label} har inga bilder.")
    missing = [str(i) for i, image in enumerate(images, 1) if _alt_missing(image.alt_text)]
    if missing:
        return _result(
            ALT_TEXT, Status.FAIL,
            f"Bild {_join_sv(missing)} saknar alternativtext. Beskriv kort vad bilden visar.",
            ", ".join(missing),
        )
    return _result(ALT_TEXT, Status.PASS, "Alla bilder har alternativtext.")


def _hashtags(kind: TextKind, text: str, rules: PolicyRules) -> CheckResult | None:
    rule = rules.accessibility
    if rule is None or not rule.camelcase_hashtags or kind not in rule.applies_to:
        return None
    problems = hashtag_problems(text, rule.hashtags)
    if problems:
        fixes = ", ".join(f"{p.written} → {p.suggestion}" for p in problems)
        return _result(
            HASHTAGS, Status.FAIL,
            "Skriv hashtaggar med stor bokstav i början av varje ord så att skärmläsare kan läsa "
            f"dem: {fixes}.",
            problems[0].written,
            tuple(Span(p.start, p.end, p.written) for p in problems),
        )
    if "#" not in text:
        return _result(HASHTAGS, Status.PASS, f"{KIND_LABELS_SV[kind]} har inga hashtaggar.")
    return _result(HASHTAGS, Status.PASS,
                   "Alla hashtaggar har stor bokstav i början av varje ord.")


def check_text(
    kind: TextKind | str,
    text: str,
    rules: PolicyRules,
    *,
    images: Sequence[HasAltText] | None = None,
) -> list[CheckResult]:
    """Every rule that applies to this kind of text. ``images`` None: unknown whether it has any."""
    kind = TextKind(kind)
    results = [
        _forbidden(kind, text, rules),
        _required(kind, text, rules),
        _readability(kind, text, rules),
        _alt_text(kind, rules, images),
        _hashtags(kind, text, rules),
    ]
    return [r for r in results if r is not None]


# --- the whole profile -------------------------------------------------------------------------


def profile_text(profile: PublicProfile) -> str:
    """The text the word and hashtag rules read: the name, a line break, the presentation text."""
    return f"{profile.name}\n{profile.bio or ''}"


def check_profile_policy(
    profile: PublicProfile | None,
    rules: PolicyRules,
    *,
    image: bytes | None = None,
    image_sha256: str | None = None,
) -> list[CheckResult]:
    """Naming, profile image and the text rules on the profile (name and presentation text)."""
    if profile is None:
        unread: list[CheckResult | None] = [check_naming(None, rules), check_profile_image(rules)]
        unread += check_text(TextKind.PROFILE, "", rules)
        return [
            replace(r, status=Status.NOT_ASSESSED, reason=_NO_PROFILE, value=None, spans=())
            for r in unread if r is not None
        ]
    results = [
        check_naming(profile.name, rules),
        check_profile_image(rules, image=image, sha256=image_sha256),
    ]
    text_results: list[CheckResult | None] = [
        # LIX reads the presentation text alone: the name would count as a one-word sentence.
        _readability(TextKind.PROFILE, profile.bio or "", rules) if r.id == READABILITY else r
        for r in check_text(TextKind.PROFILE, profile_text(profile), rules)
    ]
    if profile.bio is None:
        text_results = [
            replace(r, status=Status.NOT_ASSESSED, reason=_NO_BIO, value=None, spans=())
            for r in text_results if r is not None
        ]
    return [r for r in [*results, *text_results] if r is not None]
