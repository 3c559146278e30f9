"""Confidential material without a named diagnosis word, codes and leaks; advertisers' numbers."""

from __future__ import annotations

import pytest


def _cats(engine, text: str) -> set[str]:
    return set(engine.classify(text).categories)


def _rules(engine, text: str) -> set[str]:
    return {f.rule for f in engine.findings(text)}


@pytest.mark.parametrize("text", [
    "Karin Holmberg på Solgläntan har fått liggsår och får inga blöjor bytta på kvällarna",
    "Sven på avdelning 3 har Parkinson och får fel medicin hela tiden",
    "Elsa Lindqvist fick felmedicinering i går och fick åka till lasarettet",
    "Hugo Berglund i 5B har en elevassistent hela dagarna efter att han slagit en lärare",
    "Mona Karlsson var drogpåverkad på jobbet i förskolan i fredags",
])
def test_care_and_school_details_about_a_named_person(engine, text: str) -> None:
    assert {"confidential", "personal_data"} <= _cats(engine, text)


@pytest.mark.parametrize("text", [
    "portkoden till Ekbackens korttidsboende är 1234, den sitter på en lapp",
    "Larmkoden på fritidsgården e 9911 om nån undrar",
    "lösenordet till elevnätet är Skolan2025 haha",
    "min kollega på socialen berättade att tre familjer i Tjällmo utreds just nu",
    "En bekant inom hemtjänsten sa att de saknar personal varje helg men att ingen får veta",
    "Jag jobbar på lasarettet och kan berätta att det är fullt med smittade där",
    "Detta är egentligen sekretess men budet från byggfirman var 2 miljoner lägre",
    "Har sett sekretessbelagda journaler från vårdcentralen, helt sjukt",
])
def test_codes_and_leaks_are_confidential(engine, text: str) -> None:
    assert "confidential" in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Använd koden SOMMAR20 på vår hemsida",
    "Varför är det sekretess på protokollet från nämnden?",
    "Min kompis på jobbet sa att simhallen öppnar igen i mars, stämmer det?",
    "Jag har glömt mitt lösenord till e-tjänsten, hur gör jag?",
    "Min mamma har Parkinson, vilken hjälp kan hon få från kommunen?",
    "Medicinen mot fästingar fungerar bra, jävla fästingar i år",
    "Socialtjänsten behöver mer resurser, det är tydligt",
])
def test_questions_own_matters_and_codes_for_discounts_are_not(engine, text: str) -> None:
    assert "confidential" not in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Jag har fått avslag på bygglov, hur överklagar jag? /Bertil 070-412 33 19",
    "Vem handlägger mitt ärende? //Maria Ek, maria.ek@example.com",
    "Tack för hjälpen med parkeringen 0702-11 22 33 /Jonas",
])
def test_a_signature_makes_the_details_the_writers_own(engine, text: str) -> None:
    assert "personal_data" not in _cats(engine, text)


def test_an_advertisers_number_is_not_personal_data_but_the_ad_is_advertising(engine) -> None:
    text = "Vi gör altaner och carportar, billigt och snabbt! Boka tid på 0141-55 66 77, 20 % rabatt i maj"
    cats = _cats(engine, text)
    assert "advertising" in cats and "personal_data" not in cats


def test_someone_elses_number_in_an_ad_stays_personal_data(engine) -> None:
    text = "Tjäna 5000 kr i veckan hemifrån! Kontakta henne på 070-321 45 67, hon visar hur"
    assert "phone" in _rules(engine, text)


def test_a_private_sellers_number_is_their_own(engine) -> None:
    findings = engine.findings("Säljes: barnvagn, 800 kr, sms 0702-33 44 55 vid intresse")
    assert {f.category for f in findings} == {"off_topic"}


@pytest.mark.parametrize("text", [
    "wifi-lösen till lärarrummet: Skola123 om nån behöver",
    "lösenordet till kommunens facebook är fortfarande hej2022 lol",
    "Den sekretessbelagda delen av utredningen säger att chefen fick gå",
    "Budet från Skanska är inte offentligt än men det är lägst",
    "Internt mejl från förvaltningen: förskolan stängs, det får inte komma ut än",
    "Grannen Lisa bor med skyddad adress på Storgatan, hon har flytt från sin man",
    "Olle på bensinmacken är inskriven på beroendemottagningen sedan i våras",
])
def test_more_codes_leaks_and_care_details_are_confidential(engine, text: str) -> None:
    assert "confidential" in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Jag heter Sven Ek och bor på Storgatan, ring mig på 070-412 33 19 om sopkärlet",
    "My e-mail is sven.ek@example.com if you can answer in English",
    "Mitt mejl är sven.ek@example.com, svara gärna där",
])
def test_the_writers_own_details_in_other_words(engine, text: str) -> None:
    assert "personal_data" not in _cats(engine, text)


def test_an_idiom_and_a_common_word_are_not_findings(engine) -> None:
    assert engine.classify("Han ska få smaka på sin egen medicin, kommunalrådet").categories \
        in ([], ["personal_attack"])
    assert "personal_data" not in _cats(engine, "Fixar körkort som ser 100% äkta ut")
