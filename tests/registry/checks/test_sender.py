"""Sender checks (guideline 1): each check passing, failing and not assessed, with its Swedish reason."""

from __future__ import annotations

import pytest

from kanalvakt.connectors.base import Profile
from kanalvakt.registry.checks import (
    SENDER_CHECKS,
    CheckResult,
    ManualProfile,
    SenderContext,
    Status,
    check_sender,
)
from kanalvakt.registry.checks.sender import (
    check_comment_rules,
    check_contact,
    check_expectations,
    check_municipality,
    check_official,
    municipality_regex,
)

CTX = SenderContext("Motala kommun", "https://motala.se/kommentarsregler", "Motala bibliotek")
GOOD_BIO = (
    "Officiellt konto för Motala bibliotek, en del av Motala kommun. "
    "Vi svarar vardagar 8–17. Ring 0141-22 50 00. "
    "Kommentarsregler: https://motala.se/kommentarsregler"
)


def profile(bio: str | None, name: str = "Motala bibliotek", **fields: object) -> Profile:
    return Profile(platform="facebook", platform_id="1", name=name, raw=b"{}", bio=bio, **fields)  # type: ignore[arg-type]


def test_a_complete_profile_from_a_connector_passes_every_check() -> None:
    results = check_sender(profile(GOOD_BIO), CTX)
    assert [r.id for r in results] == list(SENDER_CHECKS)
    assert all(r.status is Status.PASS for r in results), [r.reason for r in results]
    assert all(r.guideline == 1 for r in results)


def test_an_unread_profile_is_not_assessed() -> None:
    results = check_sender(None, CTX)
    assert {r.status for r in results} == {Status.NOT_ASSESSED}
    assert results[0].reason == (
        "Kontots profil har inte lästs in från plattformen eller registrerats för hand."
    )


# --- the municipality as sender --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Motala kommun", "Motala Kommun", "MOTALA KOMMUN", "Motala kommuns", "#motalakommun",
     "#MotalaKommun", "Motala-kommun"],
)
def test_spellings_of_the_municipality_that_count_as_sender(text: str) -> None:
    assert municipality_regex("Motala kommun").search(f"En del av {text}.")


def test_spellings_that_do_not_count_as_sender() -> None:
    pattern = municipality_regex("Motala kommun")
    assert not pattern.search("Motala bibliotek i kommunen")
    assert not pattern.search("Nymotala kommun")


def test_municipality_in_the_name_passes() -> None:
    result = check_municipality(ManualProfile("Motala kommun"), CTX)
    assert result == CheckResult(
        "sender.municipality", 1, Status.PASS,
        "Motala kommun anges som avsändare i kontots namn.", "Motala kommun",
    )


def test_municipality_in_the_bio_passes_with_its_span() -> None:
    result = check_municipality(ManualProfile("Motala bibliotek", bio="En del av #motalakommun"), CTX)
    assert result.status is Status.PASS
    assert result.reason == "Motala kommun anges som avsändare i presentationstexten."
    assert result.span is not None and (result.span.start, result.span.end) == (11, 23)


def test_municipality_missing_fails() -> None:
    result = check_municipality(ManualProfile("Biblioteket", bio="Välkommen till biblioteket!"), CTX)
    assert result.status is Status.FAIL
    assert result.reason == (
        "Varken kontots namn ('Biblioteket') eller presentationstexten nämner Motala kommun som "
        "avsändare. Skriv t.ex. 'En del av Motala kommun' i presentationstexten."
    )


def test_municipality_with_unknown_bio_is_not_assessed() -> None:
    result = check_municipality(ManualProfile("Biblioteket"), CTX)
    assert result.status is Status.NOT_ASSESSED
    assert result.reason == (
        "Kontots namn ('Biblioteket') nämner inte Motala kommun och presentationstexten är inte "
        "känd. Hämta profilen igen eller fyll i den för hand."
    )


# --- contact details ---------------------------------------------------------------------------


def test_contact_from_the_platforms_fields_passes() -> None:
    result = check_contact(
        profile("", emails=("bibliotek@motala.se",), phones=("0141-22 50 00",), website="https://motala.se/bibliotek"),
        CTX,
    )
    assert result.status is Status.PASS
    assert result.reason == (
        "Kontaktuppgifter finns: e-post (bibliotek@motala.se), telefon (0141-22 50 00) och "
        "webbadress (https://motala.se/bibliotek)."
    )


@pytest.mark.parametrize(
    ("bio", "found"),
    [
        ("Mejla oss på bibliotek@motala.se", "e-post (bibliotek@motala.se)"),
        ("Ring +46 141 22 50 00", "telefon (+46 141 22 50 00)"),
        ("Mer på www.motala.se/bibliotek", "webbadress (www.motala.se/bibliotek)"),
    ],
)
def test_contact_found_in_the_bio_passes(bio: str, found: str) -> None:
    result = check_contact(ManualProfile("Motala bibliotek", bio=bio), CTX)
    assert result.reason == f"Kontaktuppgifter finns: {found}."


def test_contact_missing_fails_and_the_comment_rules_link_is_not_contact() -> None:
    bio = "Vi tipsar om böcker t.ex. deckare. Regler: https://motala.se/kommentarsregler"
    result = check_contact(ManualProfile("Motala bibliotek", bio=bio), CTX)
    assert result.status is Status.FAIL
    assert result.reason == (
        "Kontaktuppgifter saknas: ange e-post, telefonnummer eller en webbadress till Motala "
        "bibliotek i profilen."
    )


def test_contact_with_nothing_known_is_not_assessed() -> None:
    result = check_contact(ManualProfile("Motala bibliotek"), SenderContext("Motala kommun"))
    assert result.status is Status.NOT_ASSESSED
    assert result.reason == (
        "Plattformen visar inga kontaktuppgifter och presentationstexten är inte känd. Fyll i "
        "profilen för hand för att se om ansvarig verksamhet går att kontakta."
    )


# --- official account --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bio",
    ["Officiellt konto för Motala bibliotek.", "Motala kommuns officiella Instagramkonto.",
     "Detta är den officiella sidan för Motala bibliotek."],
)
def test_official_statements_pass(bio: str) -> None:
    result = check_official(ManualProfile("Motala bibliotek", bio=bio), CTX)
    assert result.status is Status.PASS
    assert result.reason == f"Profilen anger att kontot är officiellt ('{bio}')."


def test_official_statement_missing_fails() -> None:
    result = check_official(ManualProfile("Motala bibliotek", bio="Välkommen!"), CTX)
    assert result.status is Status.FAIL
    assert result.reason == (
        "Profilen anger inte att kontot är officiellt. Skriv t.ex. 'Officiellt konto för Motala "
        "bibliotek, en del av Motala kommun'."
    )


def test_inofficial_and_negated_statements_fail() -> None:
    assert check_official(ManualProfile("X", bio="Ett inofficiellt konto."), CTX).status is Status.FAIL
    result = check_official(ManualProfile("X", bio="Detta är inte ett officiellt konto."), CTX)
    assert result.status is Status.FAIL
    assert result.reason == "Profilen säger att kontot inte är officiellt ('inte ett officiellt')."
    assert result.span is not None and (result.span.start, result.span.end) == (9, 28)


def test_negation_in_an_earlier_sentence_does_not_count() -> None:
    result = check_official(ManualProfile("X", bio="Inget svar här. Officiellt konto."), CTX)
    assert result.status is Status.PASS


def test_official_with_unknown_bio_is_not_assessed() -> None:
    result = check_official(ManualProfile("Motala bibliotek"), CTX)
    assert result.status is Status.NOT_ASSESSED
    assert result.reason == (
        "Presentationstexten är inte känd, så det går inte att se om kontot anges som officiellt."
    )


# --- what one can expect -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["Vi svarar vardagar 8–17.", "Vi svarar inom två arbetsdagar.",
     "Kontot bevakas måndag–fredag kl. 8–16.", "Frågor besvaras under kontorstid.",
     "Vi svarar inte på frågor här, ring Kontaktcenter."],
)
def test_expectation_statements_pass(sentence: str) -> None:
    result = check_expectations(ManualProfile("Motala bibliotek", bio=f"Hej! {sentence}"), CTX)
    assert result.status is Status.PASS
    assert result.reason == f"Profilen säger vad man kan förvänta sig ('{sentence}')."


def test_answering_without_saying_when_fails() -> None:
    result = check_expectations(ManualProfile("X", bio="Vi svarar på dina frågor."), CTX)
    assert result.status is Status.FAIL
    assert result.reason == (
        "Profilen säger att ni svarar ('Vi svarar på dina frågor.') men inte när. Ange t.ex. "
        "'Vi svarar vardagar 8–17' eller 'Vi svarar inom två arbetsdagar'."
    )


def test_no_expectation_fails() -> None:
    result = check_expectations(ManualProfile("X", bio="Böcker, film och musik."), CTX)
    assert result.status is Status.FAIL
    assert result.reason == (
        "Profilen säger inte vad man kan förvänta sig av kontot. Ange när frågor besvaras, t.ex. "
        "'Vi svarar vardagar 8–17'."
    )


def test_expectation_with_unknown_bio_is_not_assessed() -> None:
    result = check_expectations(ManualProfile("X"), CTX)
    assert result.status is Status.NOT_ASSESSED
    assert result.reason == (
        "Presentationstexten är inte känd, så det går inte att se vad man kan förvänta sig av kontot."
    )


# --- the comment rules -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [{"links": ("https://www.motala.se/kommentarsregler/",)},
     {"website": "http://motala.se/Kommentarsregler"},
     {"bio": "Läs våra regler: motala.se/kommentarsregler."}],
)
def test_a_link_to_the_comment_rules_passes(fields: dict[str, object]) -> None:
    result = check_comment_rules(ManualProfile("X", **fields), CTX)  # type: ignore[arg-type]
    assert result.status is Status.PASS
    assert result.reason == (
        "Profilen länkar till kommentarsreglerna (https://motala.se/kommentarsregler)."
    )


def test_mentioning_the_comment_rules_without_a_link_fails() -> None:
    result = check_comment_rules(ManualProfile("X", bio="Följ våra kommentarsregler."), CTX)
    assert result.status is Status.FAIL
    assert result.reason == (
        "Profilen nämner kommentarsreglerna men länkar inte till dem. Lägg till länken "
        "https://motala.se/kommentarsregler."
    )


def test_a_missing_or_other_link_fails() -> None:
    result = check_comment_rules(ManualProfile("X", bio="Se https://motala.se/regler"), CTX)
    assert result.status is Status.FAIL
    assert result.reason == (
        "Länk till kommunens kommentarsregler saknas. Lägg till "
        "https://motala.se/kommentarsregler i profilen."
    )


def test_comment_rules_not_assessed_without_bio_or_configured_address() -> None:
    unknown = check_comment_rules(ManualProfile("X"), CTX)
    assert unknown.status is Status.NOT_ASSESSED
    assert unknown.reason == (
        "Ingen av profilens länkar går till kommentarsreglerna "
        "(https://motala.se/kommentarsregler) och presentationstexten är inte känd."
    )
    unset = check_comment_rules(ManualProfile("X", bio=GOOD_BIO), SenderContext("Motala kommun"))
    assert unset.status is Status.NOT_ASSESSED
    assert unset.reason == "Adressen till kommunens kommentarsregler är inte inställd i kanalvakt."
