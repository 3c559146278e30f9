"""Personnummer and samordningsnummer against the shared test vectors, in every written form."""

from __future__ import annotations

import pytest

from kanalvakt.moderation.engine.personal import find_personnummer

from .conftest import load_json, shared

FORMS = ("long_format", "short_format", "separated_format", "separated_long")


def _forms(pin12: str) -> list[str]:
    return [pin12, pin12[2:], pin12[2:8] + "-" + pin12[8:], pin12[:8] + "-" + pin12[8:],
            pin12[2:8] + " " + pin12[8:], pin12[:8] + " " + pin12[8:]]


def _found_all(numbers: list[str]) -> int:
    # One long text per batch keeps this fast while testing each number in running text.
    text = " ".join(f"personnummer {n}," for n in numbers)
    return len(list(find_personnummer(text))) + len(list(find_personnummer(text, spaced=True)))


def test_every_skatteverket_test_personnummer_is_found_in_all_forms() -> None:
    path = shared("skatteverket-testpersonnummer", "testpersonnummer_1890-2024.txt")
    pins = [line.strip() for line in path.read_text().splitlines() if line.strip()]
    assert len(pins) > 40_000
    for form in range(6):
        numbers = [_forms(p)[form] for p in pins]
        assert _found_all(numbers) == len(numbers)


@pytest.mark.parametrize("name", ["allPins.json", "allCoords.json"])
def test_every_personnummer_meta_pin_and_coordination_number_is_found(name: str) -> None:
    pins = load_json("personnummer-meta", "testdata", name)
    for form in range(4):
        numbers = [_forms(p)[form] for p in pins]
        assert _found_all(numbers) == len(numbers)


def test_list_json_valid_found_and_invalid_never_flagged() -> None:
    for entry in load_json("personnummer-meta", "testdata", "list.json"):
        for form in FORMS:
            text = f"Mitt nummer: {entry[form]} tack"
            found = list(find_personnummer(text)) + list(find_personnummer(text, spaced=True))
            assert bool(found) == entry["valid"], (entry[form], entry["valid"])


def test_interim_numbers_follow_the_vectors() -> None:
    for entry in load_json("personnummer-meta", "testdata", "interim.json"):
        for form in FORMS:
            assert bool(list(find_personnummer(entry[form]))) == entry["valid"], entry[form]


def test_organisation_numbers_are_not_personnummer(engine) -> None:
    for entry in load_json("personnummer-meta", "testdata", "orgnumber.json"):
        for form in ("short_format", "separated_format"):
            assert list(find_personnummer(entry[form])) == []
            result = engine.classify(f"Föreningen har organisationsnummer {entry[form]}")
            assert "personal_data" not in result.categories


def test_personnummer_inside_longer_numbers_is_not_flagged() -> None:
    assert list(find_personnummer("ordernummer 1198907232394 och 98907232394")) == []


def test_span_points_at_the_number(engine) -> None:
    text = "Hans personnummer är 890723-2394 och han bor här"
    f = [x for x in engine.classify(text).findings if x.rule == "personnummer"][0]
    assert text[f.start:f.end] == "890723-2394"
    assert f.score >= 0.95 and "kontrollsiffran" in f.explanation and f.legal_basis is None


def test_samordningsnummer_is_named_as_such(engine) -> None:
    result = engine.classify("Samordningsnumret är 730288-9931")
    assert [f.rule for f in result.findings] == ["samordningsnummer"]


def test_a_spaced_personnummer_needs_a_word_that_says_what_it_is(engine) -> None:
    assert "personal_data" in engine.classify("Hans personnummer 780910 4024 hittade jag").categories
    assert "personal_data" in engine.classify("pnr: 19780910 4024").categories
    assert engine.classify("Ärende 780910 4024 gäller bygglov").categories == []
