"""Phone numbers, e-mail, addresses, plates, cards and accounts: positives and hard negatives."""

from __future__ import annotations

import csv

import pytest

from kanalvakt.moderation.engine.personal import parse_phone

from .conftest import shared


def _rules(engine, text: str) -> set[str]:
    return {f.rule for f in engine.classify(text).findings if f.category == "personal_data"}


def test_phone_validation_follows_the_telefonnummer_vectors() -> None:
    with open(shared("se-phone-telefonnummer", "validator_test_vectors.tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert len(rows) >= 50
    for row in rows:
        ok, national = parse_phone(row["input"])
        if row["only_mobile_option"] == "True":
            ok = ok and national.startswith("07")
        assert ok == (row["expected_valid"] == "true"), row


@pytest.mark.parametrize("text", [
    "Hans nummer är 070-123 45 67, ring honom",
    "Ring henne på +46 70 123 45 67",
    "Grannens nummer: 0141-21 34 56",
    "numret till rektorn är 0046701234567",
])
def test_someone_elses_phone_number_is_flagged(engine, text: str) -> None:
    assert "phone" in _rules(engine, text)


@pytest.mark.parametrize("text", [
    "Ring mig på 070-123 45 67 om ni har frågor",
    "Mitt nummer är 0701234567",
    "Tack för svaret! Mvh Karin 073-555 12 34",
    "Ring kundcenter på 0141-22 50 00",
    "Mötet är 2024-03-14 kl 18.00, 120 000 kr i budget",
])
def test_own_and_public_numbers_and_other_digits_are_not_flagged(engine, text: str) -> None:
    assert "phone" not in _rules(engine, text)


def test_writers_own_number_is_recognised_by_author_name(engine) -> None:
    text = "Hälsar Karin Berg 070-123 45 67"
    assert "phone" not in _rules(engine, text)
    assert engine.classify("Karin 070-123 45 67", author="Karin Berg").findings == []


def test_email_addresses(engine) -> None:
    assert "email" in _rules(engine, "Lärarens mejl är maria.s@hotmail.com, skriv dit")
    assert "email" not in _rules(engine, "Du når mig på karin@exempel.se")
    assert "email" not in _rules(engine, "Mejla info@motala.se")
    assert "email" not in _rules(engine, "Skriv till kommun@motala.se")


def test_postal_addresses(engine) -> None:
    assert "postal_address" in _rules(engine, "Hennes adress är Björkvägen 7, 591 42 Motala")
    assert "postal_address" in _rules(engine, "Han bor på Storgatan 12 i Borensberg")
    assert "postal_address" not in _rules(engine, "Trafiken på Drottninggatan 12 är hemsk")
    assert "postal_address" not in _rules(engine, "Jag bor på Ekgatan 4, 591 35 Motala och undrar")


def test_registration_plates(engine) -> None:
    assert "vehicle_plate" in _rules(engine, "Bilen ABC 123 står på handikapplatsen")
    assert "vehicle_plate" in _rules(engine, "reg nr xkl48f kör för fort")
    assert "vehicle_plate" not in _rules(engine, "LSS 123 ärenden väntar")
    assert "vehicle_plate" not in _rules(engine, "jag köpte en mp3 och 3 st usb")


def test_bank_card_needs_luhn(engine) -> None:
    assert "bank_card" in _rules(engine, "kortnummer 4556 7375 8689 9855")
    assert "bank_card" not in _rules(engine, "kortnummer 4556 7375 8689 9856")


def test_bank_account_bankgiro_plusgiro_iban(engine) -> None:
    assert "bank_account" in _rules(engine, "Sätt in på kontonummer 8327-9, 123 456 789-0")
    assert "bankgiro" in _rules(engine, "bankgiro 5050-1055")
    assert "bankgiro" not in _rules(engine, "bankgiro 5050-1056")
    assert "plusgiro" in _rules(engine, "plusgiro 48909-6")
    assert "iban" in _rules(engine, "IBAN SE45 5000 0000 0583 9825 7466")
    assert "iban" not in _rules(engine, "IBAN SE45 5000 0000 0583 9825 7467")


def test_health_details_about_a_named_person_are_confidential(engine) -> None:
    r = engine.classify("Grannens son Erik har ADHD och är placerad i familjehem")
    assert {"confidential", "personal_data"} <= set(r.categories)
    assert any(f.legal_basis == "olaga integritetsintrång" for f in r.findings)


@pytest.mark.parametrize("text", [
    "Socialtjänsten behöver mer resurser",
    "Min son har ADHD och skolan ger honom inget stöd",
    "Jag har själv varit sjukskriven för utmattning",
])
def test_general_or_own_sensitive_matters_are_not_confidential(engine, text: str) -> None:
    assert "confidential" not in engine.classify(text).categories


@pytest.mark.parametrize("text", [
    "Grannen på Ringvägen 14 har en hund som skäller hela nätterna",
    "Maja på Vintergatan 5B spelar musik hela nätterna",
    "Familjen Svensson på Borgmästargatan 2 slänger sopor i skogen",
    "Familjen Ali på Solvändan 3 har en hund som bajsar överallt",
    "Han bor på Solvändan 3 med sin mamma",
    "Hon som bor på Lärkvägen 8 spelar hög musik varje natt",
])
def test_a_person_named_right_before_a_street_address(engine, text: str) -> None:
    assert "postal_address" in _rules(engine, text)


@pytest.mark.parametrize("text", [
    "Biblioteket på Storgatan 3 har fått nya öppettider",
    "Restaurangen Kanalen på Hamngatan 4 har bra lunch",
    "Vi på Ekgatan 4 har inte fått sophämtning",
    "Jag bor på Solvändan 3 och undrar om soporna",
    "Hon jobbar på Coop 3 dagar i veckan",
    "Carlsund på Motalavägen 2 har öppet hus",
])
def test_a_place_or_the_writers_household_at_an_address_is_not_flagged(engine, text: str) -> None:
    assert "postal_address" not in _rules(engine, text)


@pytest.mark.parametrize("text", [
    "Ring hans mobil 070-412 33 19 och säg till honom",
    "Hennes swish är 073-555 12 34 om nån vill stötta",
    "sms:a min kompis Olle på 070-412 33 19, han har nycklarna",
])
def test_a_friends_or_a_third_persons_number_in_other_words(engine, text: str) -> None:
    assert "phone" in _rules(engine, text)


@pytest.mark.parametrize("text", [
    "Ringer ni tillbaka? Det gäller bygglovet, 070-412 33 19",
    "Varför ringer ingen tillbaka, 076-482 19 33, har väntat en vecka",
    "Jag har skickat ett mejl från karin.ek@example.com utan svar",
])
def test_a_request_to_be_called_back_or_an_address_written_from_is_own(engine, text: str) -> None:
    assert not _rules(engine, text)


def test_the_writers_own_vehicle_and_payments_to_a_giro_are_not_flagged(engine) -> None:
    assert "vehicle_plate" not in _rules(engine, "Min Volvo ABC 123 blev bortbogserad, varför?")
    assert "vehicle_plate" not in _rules(engine, "XYZ 789 är vår bil, vi fick en felaktig p-bot")
    assert "vehicle_plate" in _rules(engine, "Bilen ABC 123 står alltid på handikapplatsen, det är grannens")
    assert "bankgiro" not in _rules(engine, "Jag betalade till bankgiro 5050-1055 men fakturan är obetald")
    assert "bankgiro" in _rules(engine, "Hans bankgiro är 5050-1055, skicka inte pengar dit")
