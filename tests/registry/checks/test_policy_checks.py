"""Policy checks (guideline 2) on profiles, posts and replies, passing and failing, with their reasons."""

from __future__ import annotations

import hashlib

import pytest

from kanalvakt.connectors.base import Media
from kanalvakt.registry.checks import (
    CheckResult,
    ManualProfile,
    SenderContext,
    Status,
    TextKind,
    check_naming,
    check_profile,
    check_profile_image,
    check_profile_policy,
    check_text,
    default_policy,
    load_policy,
)

LOGO = b"\x89PNG motala-logo"
RULES = load_policy(
    f"""\
naming:
  prefix: Motala
  pattern: "Motala [a-zåäö ]+"
  explanation: Skriv t.ex. "Motala bibliotek".
profile_images:
  approved_sha256: ["{hashlib.sha256(LOGO).hexdigest()}"]
  explanation: Använd kommunens logotyp.
words:
  forbidden:
    - text: erhåll*
      reason: Skriv "få" i stället.
    - pattern: "(?-i:Motala Kommun)"
      reason: Skriv "Motala kommun" med litet k.
    - text: dumt
      applies_to: [reply]
  required:
    - text: motala.se
      reason: Länka till motala.se.
    - text: Hälsningar
      applies_to: [reply]
readability:
  max_lix: 40
  min_words: 8
accessibility:
  alt_text: true
  camelcase_hashtags: true
  hashtags: [MotalaKommun]
  applies_to: [post, reply]
"""
)


def by_id(results: list[CheckResult]) -> dict[str, CheckResult]:
    return {r.id: r for r in results}


# --- naming and profile image ------------------------------------------------------------------


def test_naming_passes() -> None:
    result = check_naming("Motala bibliotek", RULES)
    assert result == CheckResult(
        "policy.naming", 2, Status.PASS, "Kontots namn 'Motala bibliotek' följer namnkonventionen.",
        "Motala bibliotek",
    )


def test_naming_without_the_prefix_fails() -> None:
    result = check_naming("Biblioteket", RULES)
    assert result is not None and result.status is Status.FAIL
    assert result.reason == (
        "Kontots namn 'Biblioteket' börjar inte med 'Motala'. Skriv t.ex. \"Motala bibliotek\"."
    )


def test_naming_against_the_pattern_fails() -> None:
    result = check_naming("Motala_bibliotek", RULES)
    assert result is not None and result.status is Status.FAIL
    assert result.reason == (
        "Kontots namn 'Motala_bibliotek' följer inte namnkonventionen. Skriv t.ex. \"Motala bibliotek\"."
    )


def test_naming_is_skipped_without_a_rule_and_not_assessed_without_a_name() -> None:
    assert check_naming("x", load_policy("schema: 1\n")) is None
    result = check_naming("", RULES)
    assert result is not None and result.status is Status.NOT_ASSESSED
    assert result.reason == "Kontots namn är inte känt."


def test_an_approved_profile_image_passes_by_bytes_or_hash() -> None:
    by_bytes = check_profile_image(RULES, image=LOGO)
    by_hash = check_profile_image(RULES, sha256=hashlib.sha256(LOGO).hexdigest().upper())
    for result in (by_bytes, by_hash):
        assert result is not None and result.status is Status.PASS
        assert result.reason == "Profilbilden är en av de godkända bilderna."


def test_another_profile_image_fails_with_its_hash() -> None:
    result = check_profile_image(RULES, image=b"selfie")
    digest = hashlib.sha256(b"selfie").hexdigest()
    assert result is not None and result.status is Status.FAIL
    assert result.value == digest
    assert result.reason == (
        f"Profilbilden är inte en av de godkända bilderna (SHA-256 {digest[:12]}…). "
        "Använd kommunens logotyp."
    )


def test_an_unfetched_profile_image_is_not_assessed() -> None:
    result = check_profile_image(RULES)
    assert result is not None and result.status is Status.NOT_ASSESSED
    assert result.reason == (
        "Profilbilden har inte hämtats, så den kan inte jämföras med de godkända bilderna."
    )


# --- words -------------------------------------------------------------------------------------


def test_forbidden_words_fail_with_every_span() -> None:
    text = "Du kan erhålla stöd från Motala Kommun. Vi erhåller ansökan."
    result = by_id(check_text(TextKind.POST, text, RULES))["policy.forbidden_words"]
    assert result.status is Status.FAIL
    assert result.reason == (
        "Inlägget innehåller ord som inte får användas: 'erhålla' – Skriv \"få\" i stället; "
        "'Motala Kommun' – Skriv \"Motala kommun\" med litet k."
    )
    assert [(s.start, s.end, s.text) for s in result.spans] == [
        (7, 14, "erhålla"), (25, 38, "Motala Kommun"), (43, 51, "erhåller"),
    ]


def test_forbidden_words_pass_and_respect_case_and_kind() -> None:
    result = by_id(check_text(TextKind.POST, "Motala kommun tycker inte att det är dumt.", RULES))
    assert result["policy.forbidden_words"].status is Status.PASS
    assert result["policy.forbidden_words"].reason == "Inlägget innehåller inga otillåtna ord."
    reply = by_id(check_text(TextKind.REPLY, "Det var dumt. Hälsningar Anna", RULES))
    assert reply["policy.forbidden_words"].reason == (
        "Svaret innehåller ord som inte får användas: 'dumt'."
    )


def test_required_words_pass_and_fail() -> None:
    missing = by_id(check_text(TextKind.PROFILE, "Motala bibliotek", RULES))["policy.required_words"]
    assert missing.status is Status.FAIL
    assert missing.reason == "Profiltexten saknar 'motala.se' – Länka till motala.se."
    found = by_id(check_text(TextKind.PROFILE, "Mer på https://motala.se", RULES))
    assert found["policy.required_words"].status is Status.PASS
    assert found["policy.required_words"].reason == "Profiltexten innehåller 'motala.se'."
    reply = by_id(check_text("reply", "Tack!", RULES))["policy.required_words"]
    assert reply.reason == "Svaret saknar 'Hälsningar'."


def test_required_words_default_to_the_profile_only() -> None:
    assert "policy.required_words" not in by_id(check_text(TextKind.POST, "Hej", RULES))


# --- readability -------------------------------------------------------------------------------


def test_readable_text_passes() -> None:
    text = "Vi svarar på frågor vardagar. Välkommen till Motala kommun och till oss!"
    result = by_id(check_text(TextKind.POST, text, RULES))["policy.readability"]
    assert result.status is Status.PASS
    assert result.reason == "Läsbarheten är LIX 23 (mycket lättläst); högst 40 är tillåtet."
    assert result.value == "23"


def test_hard_text_fails() -> None:
    text = ("Kommunfullmäktige i Motala behandlade vid sammanträdet verksamhetsplanen för det nya "
            "budgetåret.")
    result = by_id(check_text(TextKind.POST, text, RULES))["policy.readability"]
    assert result.status is Status.FAIL
    assert result.reason == (
        "Inlägget är för svårt att läsa: LIX 56 (mycket svår); högst 40 är tillåtet. Skriv kortare "
        "meningar och använd färre långa ord."
    )


def test_short_text_is_not_assessed_for_readability() -> None:
    result = by_id(check_text(TextKind.REPLY, "Tack! Hälsningar Anna", RULES))["policy.readability"]
    assert result.status is Status.NOT_ASSESSED
    assert result.reason == (
        "Svaret är för kort för att bedöma läsbarheten (3 ord; minst 8 behövs)."
    )


# --- accessibility -----------------------------------------------------------------------------


def test_images_with_alt_text_pass() -> None:
    result = by_id(check_text(TextKind.POST, "Hej", RULES, images=[Media(alt_text="Barn läser")]))
    assert result["policy.alt_text"].status is Status.PASS
    assert result["policy.alt_text"].reason == "Alla bilder har alternativtext."
    none = by_id(check_text(TextKind.POST, "Hej", RULES, images=[]))["policy.alt_text"]
    assert (none.status, none.reason) == (Status.PASS, "Inlägget har inga bilder.")


def test_images_without_real_alt_text_fail() -> None:
    images = [Media(alt_text=""), Media(alt_text="Barn läser"), Media(alt_text="IMG_0042.jpg"),
              Media(alt_text="Bild")]
    result = by_id(check_text(TextKind.POST, "Hej", RULES, images=images))["policy.alt_text"]
    assert result.status is Status.FAIL
    assert result.reason == "Bild 1, 3 och 4 saknar alternativtext. Beskriv kort vad bilden visar."


def test_unknown_images_are_not_assessed_and_profiles_have_no_alt_text_check() -> None:
    result = by_id(check_text(TextKind.REPLY, "Hej", RULES))["policy.alt_text"]
    assert result.status is Status.NOT_ASSESSED
    assert result.reason == (
        "Det är okänt om svaret har bilder, så alternativtexten kan inte kontrolleras."
    )
    assert "policy.alt_text" not in by_id(check_text(TextKind.PROFILE, "Hej", default_policy()))


def test_camelcase_hashtags_pass() -> None:
    text = "Sommarlov! #MotalaKommun #sommarlov #kommunfullmäktige #2024"
    result = by_id(check_text(TextKind.POST, text, RULES))["policy.hashtags"]
    assert result.status is Status.PASS
    assert result.reason == "Alla hashtaggar har stor bokstav i början av varje ord."
    plain = by_id(check_text(TextKind.POST, "Inga taggar", RULES))["policy.hashtags"]
    assert plain.reason == "Inlägget har inga hashtaggar."


def test_lower_case_multiword_hashtags_fail_with_a_suggestion() -> None:
    text = "Välkommen #motalakommun #Motalakommun #motalabibliotek https://motala.se/#ankare"
    result = by_id(check_text(TextKind.POST, text, RULES))["policy.hashtags"]
    assert result.status is Status.FAIL
    assert result.reason == (
        "Skriv hashtaggar med stor bokstav i början av varje ord så att skärmläsare kan läsa dem: "
        "#motalakommun → #MotalaKommun, #Motalakommun → #MotalaKommun, "
        "#motalabibliotek → #MotalaBibliotek."
    )
    assert [(s.start, s.end) for s in result.spans] == [(10, 23), (24, 37), (38, 54)]


def test_rules_only_apply_to_their_kinds() -> None:
    ids = {r.id for r in check_text(TextKind.PROFILE, "#motalakommun", RULES)}
    assert "policy.hashtags" not in ids  # accessibility applies to posts and replies here
    with pytest.raises(ValueError):
        check_text("blog", "x", RULES)


# --- the whole profile -------------------------------------------------------------------------


def test_a_good_profile_passes_every_sender_and_policy_check() -> None:
    profile = ManualProfile(
        "Motala bibliotek",
        bio=("Officiellt konto för Motala bibliotek, en del av Motala kommun. Vi svarar vardagar 8–17. "
             "Kontakt: bibliotek@motala.se. Regler: https://motala.se/kommentarsregler"),
    )
    ctx = SenderContext("Motala kommun", "https://motala.se/kommentarsregler", "Motala bibliotek")
    results = check_profile(profile, ctx, default_policy())
    assert [r.id for r in results] == [
        "sender.municipality", "sender.contact", "sender.official", "sender.expectations",
        "sender.comment_rules", "policy.naming", "policy.forbidden_words", "policy.required_words",
        "policy.readability", "policy.hashtags",
    ]
    assert all(r.status is Status.PASS for r in results), [r.reason for r in results]
    assert [r.guideline for r in results] == [1] * 5 + [2] * 5


def test_profile_policy_with_unknown_bio_is_not_assessed_for_text_rules() -> None:
    results = by_id(check_profile_policy(ManualProfile("Motala bibliotek"), RULES, image=LOGO))
    assert results["policy.naming"].status is Status.PASS
    assert results["policy.profile_image"].status is Status.PASS
    assert results["policy.forbidden_words"].status is Status.NOT_ASSESSED
    assert results["policy.forbidden_words"].reason == (
        "Presentationstexten är inte känd, så profiltexten kan inte kontrolleras mot policyn."
    )


def test_an_unread_profile_is_not_assessed_for_policy_either() -> None:
    results = check_profile_policy(None, RULES, image=LOGO)
    assert {r.status for r in results} == {Status.NOT_ASSESSED}
    assert {r.id for r in results} == {
        "policy.naming", "policy.profile_image", "policy.forbidden_words",
        "policy.required_words", "policy.readability",
    }
