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


# Families added after tune5/tune6: health and care details in everyday words, people pointed
# out by role, place, class or relation, and leaks of what is not public yet.

@pytest.mark.parametrize("text", [
    "Såg att Kent Lindgren har börjat dricka igen, han luktade sprit redan på förmiddagen",
    "Vet ni att Sara på Folkets hus har varit intagen på psyk hela våren?",
    "Dagny på Norrgatan har fått en stroke och sitter i rullstol nu",
    "min kompis Emil e på rehab för drogproblem men säg inget",
    "Olof Berg har ett spelmissbruk och är skyldig halva stan pengar",
    "Bosse på Kvarnen har börjat supa igen, han var full redan på lunchen",
    "min kollega Sanna har fått missfall, så snälla sluta fråga henne om bebisen",
])
def test_drinking_psychiatric_care_and_disability_in_everyday_words(engine, text: str) -> None:
    assert {"confidential", "personal_data"} <= _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Fröken på Ekängen är sjukskriven för utbrändhet igen",
    "Läraren på Vätterskolan har gått på rehab för sitt spelberoende",
    "Tanten på nr 7 har blivit tvångsintagen igen, stackars barnbarnen",
    "Grabben i 4B har fått en egen assistent och särskilt stöd, det kostar skjortan",
    "@jonte_92 din farsa e ju en alkis, hela stan vet",
    "@lisa.m din syster har klamydia, grattis",
    "@tess.w din lillebror går ju på särskola, eller hur?",
    "Vaktmästaren på Charlottenborg har en spelskuld och lånar pengar av eleverna",
    "Farbrorn i lägenheten ovanför är alkoholist, han ligger i trappan varje helg",
    "Lärarinnan på Nygårdsskolan är gravid igen och sjukskriven",
    "grannens pojke är placerad sen i höstas",
    "min granne på nr 4 har hemtjänst fyra gånger om dagen och dricker som en svamp",
    "@danne din brorsa sitter ju på behandlingshem",
])
def test_a_person_pointed_out_by_role_place_class_or_relation(engine, text: str) -> None:
    assert {"confidential", "personal_data"} <= _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Om din pappa har demens kan ni ansöka om hemtjänst",
    "Har din son ADHD? Då kan du kontakta elevhälsan",
    "Jag har själv varit på rehab för mitt drickande och mår bättre nu",
    "Alkoholkonsumtionen bland unga ökar, drickandet börjar tidigare",
    "Min son har fått särskilt stöd och det fungerar jättebra nu",
    "Hej, varför har min dotters plats på fritids sagts upp? Hon har autism och behöver rutiner",
    "Nu har pappa varit inlagd i två veckor och ingen ringer oss",
    "Ungdomsmottagningen har drop-in på tisdagar",
    "Han har rätt till personlig assistans enligt LSS, står det på hemsidan",
    "Psykiatrin i regionen behöver mer pengar, köerna är orimliga",
    "Fyllot på stan i lördags var ingen jag kände, polisen tog hand om honom",
    "Min pappa har demens och hemtjänsten kommer fyra gånger om dagen, tack för allt",
    "Vi har varit på BUP med vår son, lång kö men bra bemötande",
    "Han som är rektor på Platen är bra på att lyssna",
])
def test_advice_statistics_and_the_writers_own_family_are_not_confidential(engine, text: str) -> None:
    assert "confidential" not in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Lars på socialtjänsten var väldigt hjälpsam, tack!",
    "Anna som jobbar i hemtjänsten förtjänar en medalj",
    "Handläggaren som handlägger försörjningsstöd svarar aldrig i telefon",
    "Polisen varnar för bedragare som säger att de är från hemtjänsten och vill ha mammas kortuppgifter",
    "Anna Svensson har fått pris för sitt arbete i hemtjänsten",
])
def test_staff_of_a_service_are_not_its_clients(engine, text: str) -> None:
    assert "confidential" not in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "lösenordet är fortfarande Sommar2024 på personalens dator",
    "Personalrummets dator har lösenordet Fika2025, alla vet",
    "wifi: Biblan2023 om nån undrar",
    "Dörrkoden till Vätterhallens omklädningsrum har inte bytts sen i fjol, den är 4455",
    "koden till förrådet på Sjöstadsskolan står på en lapp vid kaffebryggaren, 7731#",
])
def test_codes_in_other_word_orders(engine, text: str) -> None:
    assert "access_code" in {r.split(":")[-1] for r in _rules(engine, text)}


@pytest.mark.parametrize("text", [
    "Byt lösenord var 90:e dag, tipsar IT-avdelningen",
    "Använd rabattkoden VÅR25 i kassan",
    "Mitt lösenord till e-tjänsten funkar inte sen 3 dagar",
])
def test_password_advice_discounts_and_counts_are_not_codes(engine, text: str) -> None:
    assert "confidential" not in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "läckt: nya skolorganisationen, tre skolor stängs nästa år",
    "Protokollet läckte i går, de ska sälja badhuset",
    "Fick veta av en som jobbar på förvaltningen att skolan ska läggas ner",
    "Min faster sitter i kommunstyrelsen och de har redan bestämt vem som får jobbet",
    "Lönerna för cheferna kommer inte ut förrän i höst men de får 20 % mer",
    "De ska stänga biblioteket i Tjällmo, det ska inte vara offentligt förrän efter valet",
    "topphemlig info: kommunalrådet avgår i maj",
    "de får inte säga något än men badhuset stängs i augusti",
    "Budgeten för kultur har läckt, de skär ner 30 procent",
    "En kusin till mig som jobbar på kommunen sa att de redan bestämt att badhuset rivs",
])
def test_leaks_of_what_is_not_public_yet(engine, text: str) -> None:
    assert "confidential" in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Vattnet läckte in i källaren på Storgatan i natt",
    "Protokollet från nämnden blir offentligt efter mötet på torsdag",
    "Kommunen har fått tre anbud på simhallen, det lägsta på 212 miljoner enligt MVT",
    "Hörde att skolan ska läggas ner, stämmer det?",
    "Min syster jobbar på vårdcentralen och trivs jättebra",
    "Protokollet från kommunstyrelsen läckte inte, det publicerades i går",
    "Vet någon när beslutet om badhuset blir offentligt?",
])
def test_news_questions_and_a_relatives_job_are_not_leaks(engine, text: str) -> None:
    assert "confidential" not in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Han som leder hemtjänsten i Österstad, Patrik, kan inte lägga ett schema",
    "Handläggaren på ekonomiskt bistånd, Sara nåt heter hon, gav mig avslag utan att läsa papperna",
    "Ring soc-handläggaren Eva Berg, hon vet hur det funkar",
    "Hemtjänstchefen Lena Ek svarar aldrig i telefon",
    "Läkaren på Motala lasarett, doktor Ibrahim, var så snäll mot min mamma",
    "Hon som sitter i receptionen på vårdcentralen i Borensberg, Anna, var otrevlig",
])
def test_staff_at_their_workplace_are_not_its_clients(engine, text: str) -> None:
    # The service is where the named person works, not a detail of their own life.
    assert not {f.rule for f in engine.findings(text)} & {
        "sensitive:socialtjänst", "sensitive:hälsa"}


@pytest.mark.parametrize("text", [
    "Lisa Berg ligger på lasarettet efter en stroke",
    "Min granne Birgitta Holm har fått beslut från soc om försörjningsstöd",
    "Anders Nilsson har ett soc-ärende sen i våras",
])
def test_a_named_persons_care_is_still_confidential(engine, text: str) -> None:
    assert {"confidential", "personal_data"} <= _cats(engine, text)


def test_each_sensitive_finding_names_its_words(engine) -> None:
    # Three details in one comment: the editor sees which words each finding is about.
    text = ("Min granne Lena Lindberg på Skolgatan får försörjningsstöd och hennes son är "
            "placerad av socialtjänsten")
    explanations = [f.explanation for f in engine.findings(text) if f.category == "confidential"]
    assert [e.split("”")[1] for e in explanations] == ["försörjningsstöd", "placerad",
                                                        "socialtjänsten"]
