"""Offensive words, personal attacks, threats, hets, piracy, spam and off-topic."""

from __future__ import annotations

import pytest

from tests.moderation.engines import rules_only


def cats(engine, text: str, **kw: str) -> list[str]:
    return engine.classify(text, **kw).categories


@pytest.mark.parametrize("text", [
    "svartskallar", "Jävla zigenarpack", "n3gr3r", "b l a t t a r", "f.i.t.t.a", "invandrarjävlar",
    "BLATTTTAR", "Svartskallejävlar förstör allt", "muslimpack",
])
def test_offensive_words_are_found_through_obfuscation_and_compounds(engine, text: str) -> None:
    assert "offensive" in cats(engine, text)


@pytest.mark.parametrize("text", [
    "Horisonten över Vättern", "Vildsvinen grävde upp planen", "Pakistansk mat på torget",
    "Negativa besked om bygglovet", "Transportstyrelsen", "Fågelsta skola",
])
def test_ordinary_words_are_not_offensive(engine, text: str) -> None:
    assert "offensive" not in cats(engine, text)


@pytest.mark.parametrize("text", [
    "Du är en idiot", "Du är en 1d10t!!!", "Ni politiker är idioter", "Hedmark och Lind är idioter",
    "Anna på kundcenter är ett jävla pucko", "du är så korkad", "Dra åt helvete",
    "Idioooot", "ni är några jävla i.d.i.o.t.e.r",
])
def test_personal_attacks(engine, text: str) -> None:
    assert "personal_attack" in cats(engine, text)


@pytest.mark.parametrize("text", [
    "jävla bra jobbat!", "Fan vad fint det blev på torget", "Vilken idiotisk idé",
    "Det är dumt att stänga badhuset", "Politikerna har fattat ett dåligt beslut",
    "Du är bäst Anna!", "Kommunen borde sopa gatorna oftare",
])
def test_profanity_and_criticism_without_target_are_not_attacks(engine, text: str) -> None:
    assert "personal_attack" not in cats(engine, text)


@pytest.mark.parametrize("text", [
    "Politikerna är idioter", "Vilka idiotpolitiker", "idiotpolitikerna i stadshuset har aldrig åkt buss",
    "kommunhuset är fullt av lata kärringar",
])
def test_a_degrading_word_about_a_group_nobody_addresses_is_offensive_not_an_attack(
        engine, text: str) -> None:
    # LABELLING.md: an attack is aimed at a person; "ni politiker" or a name would make it one.
    assert set(cats(engine, text)) == {"offensive"}


@pytest.mark.parametrize("text", ["Du är en idiot", "Lasse e ett jävla pucko", "din efterblivna kärring",
                                  "Den där fula kärringen i receptionen borde skämmas"])
def test_a_degrading_word_at_a_person_is_an_attack_and_offensive(engine, text: str) -> None:
    assert {"personal_attack", "offensive"} <= set(cats(engine, text))


def test_an_insult_that_degrades_nobody_is_an_attack_only(engine) -> None:
    assert set(cats(engine, "Du är en clown")) == {"personal_attack"}


@pytest.mark.parametrize("text", [
    "jag vet var du bor", "Ni ska få se vad som händer", "Jag ska döda dig",
    "Jag kommer att bränna ner kommunhuset", "Vi kommer hem till dig i kväll",
])
def test_threats_are_olaga_hot(engine, text: str) -> None:
    r = engine.classify(text)
    assert "criminal" in r.categories
    assert any(f.legal_basis == "olaga hot" for f in r.findings)


@pytest.mark.parametrize("text", [
    "Skjut upp mötet", "Jag ska döda lite tid på biblioteket", "Kommunen sprängde budgeten",
    "Det kommer att smälla på nyårsafton",
])
def test_violent_words_in_ordinary_use_are_not_threats(engine, text: str) -> None:
    assert "criminal" not in cats(engine, text)


def test_hets_mot_folkgrupp_but_not_immigration_opinions(engine) -> None:
    r = engine.classify("Muslimer är kackerlackor som borde utrotas")
    assert any(f.legal_basis == "hets mot folkgrupp" for f in r.findings)
    for text in ["Invandringen måste minska", "Vi tar emot för många flyktingar",
                 "Integrationen har misslyckats i Motala", "Stoppa invandringen!"]:
        assert "criminal" not in cats(engine, text)


def test_absabank_negative_immigration_opinions_are_not_hets(engine) -> None:
    import csv

    from .conftest import shared

    flagged = total = 0
    for name in ("absabank-imm_dev.tsv", "absabank-imm_test.tsv"):
        with open(shared("absabank-imm", name), encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if float(row["label"]) <= 2.0:  # negative stance toward immigration
                    total += 1
                    r = engine.classify(row["text"])
                    flagged += any(x.rule == "hets_mot_folkgrupp" for x in r.findings)
    assert total > 50
    assert flagged / total <= 0.01


def test_piracy_links(engine) -> None:
    r = engine.classify("Se filmen gratis på https://thepiratebay.org/search")
    assert any(f.legal_basis == "upphovsrättsintrång" for f in r.findings)
    assert "criminal" not in cats(engine, "Läs mer på https://www.motala.se/bibliotek")


def test_advertising_and_scams(engine) -> None:
    assert "advertising" in cats(engine, "Tjäna 5000 kr om dagen med bitcoin, skriv på whatsapp")
    assert "advertising" in cats(engine, "Du har vunnit! Klicka på länken bit.ly/abc")
    assert "advertising" not in cats(engine, "Välkommen till biblioteket, fri entré")


def test_same_text_on_several_accounts_is_spam() -> None:
    e = rules_only()
    text = "Besök min nya sida med massor av bra saker och fina bilder från hela världen"
    assert "advertising" not in e.classify(text, account="bibliotek").categories
    assert "advertising" in e.classify(text, account="gatuenheten").categories


def test_off_topic_against_the_gazetteer_and_account(engine) -> None:
    assert "off_topic" in cats(engine, "Vem vinner Allsvenskan i år tror ni, Malmö eller AIK?")
    assert "off_topic" not in cats(engine, "I Linköping har de gratis parkering, varför inte här?")
    assert "off_topic" not in cats(engine, "Vad fint det är vid Vättern och i Borensberg i kväll")
    assert "off_topic" not in cats(engine, "Håller med!")
    text = "Vem vinner Allsvenskan i år tror ni, Malmö eller AIK?"
    assert "off_topic" not in cats(engine, text, account="ungdom")  # chatter welcome there
