"""Rules for criminal material (threats, hets mot folkgrupp, incitement, piracy, illegal sales),
each family with positives in new phrasings and hard negatives that must stay clean. The examples
are written for these tests; none is taken from the labelled sets."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kanalvakt.moderation.engine import criminal
from kanalvakt.moderation.engine.config import load_config
from kanalvakt.moderation.engine.context import Context
from kanalvakt.moderation.engine.results import HETS, OLAGA_HOT, UPPHOVSRATT, UPPVIGLING
from tests.moderation.engines import rules_only

ENGINE = rules_only()
ACCOUNT = load_config(None).account(None)


def _criminal(text: str) -> list[tuple[str, str | None]]:
    return [(f.rule, f.legal_basis) for f in ENGINE.classify(text).findings
            if f.category == "criminal"]


def _bases(text: str) -> set[str | None]:
    return {basis for _, basis in _criminal(text)}


@pytest.mark.parametrize("text", [
    "Jag lovar att jag bränner ner er jävla förvaltning",
    "om ni inte ändrar beslutet så skjuter jag er",
    "annars spränger vi hela stadshuset",
    "Jag tänder eld på skolan ikväll",
    "vi ska slå sönder hela biblioteket",
    "Jag tänker döda handläggaren",
    "Det kommer att rinna blod om ni fortsätter",
    "Kommer ni lägga ner skolan så kommer det flyta blod",
    "Det blir ett blodbad om ni stänger skolan",
    "Ni kommer få ångra er bittert",
    "Nämnden kommer att få ångra sig",
    "Du ska ångra den dagen du tog mina barn",
    "Ni kan räkna med att det kommer att smälla",
    "Stäng biblioteket, annars smäller det",
    "Det vore synd om nåt hände med din bil i natt",
    "Du kommer få känna på kniven",
    "Han ska få smaka på mina knytnävar",
    "Vi ska gå dit med basebollträn och ta honom",
    "Någon borde vänta på henne utanför jobbet med ett järnrör",
    "Ge honom en käftsmäll när han kommer ut",
    "Dags att lära honom en läxa, jag tar med slagträet",
    "jag ska krossa skallen på dig",
    "Vi slår in tänderna på honom",
    "Jag sticker kniven i dig om du kommer hit",
    "I will kill you",
    "we know where you live",
    "Du borde sova med ett öga öppet från och med nu",
    "Jag har en kniv hemma och jag tvekar inte att använda den",
])
def test_threats(text: str) -> None:
    assert OLAGA_HOT in _bases(text), text


@pytest.mark.parametrize("text", [
    "Jag bränner mina löv i en tunna, är det tillåtet?",
    "Vi spränger ramarna för vad ett bibliotek kan vara!",
    "Jag skjuter upp ansökan till hösten",
    "Vi slår ihop förvaltningen med tekniska kontoret",
    "Jag dödar tiden på biblioteket medan barnen simmar",
    "Huset brann ner 1952 och byggdes upp igen",
    "Någon har satt eld på containern vid skolan igen",
    "Fyrverkerierna smäller hela natten, kan ni förbjuda det?",
    "Räkna med att det blir trångt vid simhallen",
    "Vore synd om något hände med gamla bruket, det är kulturarv",
    "Ni kommer inte ångra er om ni besöker museet",
    "Ni ska få en stor eloge för lekplatsen",
    "Ni ska få svar inom två veckor",
    "Kan jag ta med kniv och gaffel till hans kalas?",
    "Pojken kom hem med en kniv från skolan, vad gör ni åt det?",
    "Ge honom en chans, han är ny på jobbet",
    "Ge dem en omgång applåder!",
    "Väljarna kommer att lära dem en läxa i valet",
    "Blodgivningen i Motala behöver fler givare",
    "Jag slår in koden på automaten men den funkar inte",
    "Vi sticker till Vadstena i helgen",
    "I will get you the form tomorrow",
    "We will find you a place in the preschool",
    "Man får ha ögonen i nacken i rondellen vid Platen",
])
def test_threat_hard_negatives(text: str) -> None:
    assert not _criminal(text), text


@pytest.mark.parametrize("text", [
    "Judarna styr riksdagen och bankerna",
    "Invandrare har lägre intelligens än svenskar",
    "Somalierna är brottslingar allihop",
    "Alla araber är terrorister",
    "Muslimerna är ett pack av lögnare",
    "Homosexuella är perversa och borde låsas in",
    "Romer har alltid varit ett tjuvfolk",
    "Afghaner är mindre civiliserade än vi",
    "Transpersoner borde inte få finnas",
    "blattarna tar över hela stan",
    "svartskallar ska ut ur landet",
    "skicka hem packet",
    "Muslimer förökar sig som kaniner",
    "Araber är smutsiga allihop",
    "Afghaner våldtar våra kvinnor",
])
def test_hets_mot_folkgrupp(text: str) -> None:
    assert HETS in _bases(text), text


@pytest.mark.parametrize("text", [
    "Invandringen måste minska, kommunen klarar inte integrationen",
    "Kommunen borde ta emot färre asylsökande, vi har inte råd",
    "Invandrare som begår brott borde utvisas",
    "Kriminella invandrare borde spärras in",
    "Dom styr kommunen som de vill, sossarna",
    "Dom borde låsas in, de som rånade kiosken",
    "Farthindren borde inte få finnas",
    "Gängen är kriminella och förstör för alla",
    "Invandrare har ofta svårt att få bostad",
    "Flyktingar har ingen plats i Motala, alla boenden är fulla",
    "Romer var ett folk av resande handelsmän",
    "Romer är en nationell minoritet i Sverige",
    "Det är fel att säga att invandrare är kriminella",
    "Det är inte sant att muslimer är terrorister",
    "Jag är emot moskébygget i centrum",
    "SD har alltid hävdat att muslimer är terrorister",
    "Invandrare är en tillgång för Motala",
])
def test_hets_hard_negatives(text: str) -> None:
    assert not _criminal(text), text


@pytest.mark.parametrize("text", [
    "Bränn ner skiten bara",
    "dags att bränna ner asylboendet",
    "kom igen, tänd eld på flyktingförläggningen",
    "det behövs lite molotov på det där boendet",
    "kasta en molotov mot moskén",
    "Alla samlas vid boendet i natt och jagar bort dem",
    "Vi träffas vid synagogan och hindrar dem från att komma in",
    "Stoppa dem från att be i vår stad",
    "ta med tillhyggen på lördag",
    "Någon borde spränga hela socialförvaltningen",
    "Vi borde skjuta alla invandrare",
    "Folk borde storma kommunhuset",
    "häng alla politiker i närmaste lyktstolpe",
    "kasta sten på polisen när de kommer",
])
def test_incitement(text: str) -> None:
    assert UPPVIGLING in _bases(text), text


@pytest.mark.parametrize("text", [
    "Dags att storma kiosken, glassen är på rea",
    "Dags att jaga påskägg i parken!",
    "Vi ska spränga berget bakom skolan nästa vecka",
    "Vi sätter eld på valborgsbrasan vid skolan kl 20",
    "Vi samlas vid moskén och städar parken på fredag",
    "Vi samlas vid asylboendet och tar med kläder till de nyanlända",
    "Moskén i Motala har öppet hus på lördag",
    "Ladan brann ner helt i natt, tack till räddningstjänsten",
    "Varje nyår kastar ungdomar sten på brandkåren i Råssnäs",
    "Kasta inte sten på isen, den är tunn",
])
def test_incitement_hard_negatives(text: str) -> None:
    assert not _criminal(text), text


@pytest.mark.parametrize("text", [
    "Se Oppenheimer gratis på fmovies24.net",
    "hela säsongen finns på soap2day, helt gratis",
    "sportsurge har alla matcher live",
    "Ladda ner e-böcker på libgen",
    "IPTV 25000+ kanaler 89kr/mån",
    "Billig IPTV med alla sportkanaler, hör av dig",
    "Streama NHL gratis på nhlfreestream.live",
    "Se alla filmer gratis på freemovieshd.cc",
    "Tankade hela serien gratis, skickar länken om du vill",
    "Android-box med alla kanaler, 1500 kr",
    "Se finalen gratis här bit.ly/cl-final-live",
])
def test_piracy(text: str) -> None:
    assert UPPHOVSRATT in _bases(text), text


@pytest.mark.parametrize("text", [
    "Ladda ner appen gratis i App Store",
    "Se matchen gratis på storbildsskärm på torget!",
    "Kolla matchen gratis på TV4 Play ikväll",
    "Se filmen gratis med lånekort på cineasterna.com",
    "Gratis film i parken på fredag, läs mer på motala.se",
    "Streama Allsvenskan på discoveryplus.com",
    "Telias IPTV har slutat fungera i Borensberg",
    "Har ni IPTV i kommunens lägenheter?",
    "Kan man låna ljudböcker gratis på biblioteket?",
    "Kodi är ett bra program för att se sina egna filmer",
    "Gratis presentkort till alla! bit.ly/gratis-ica",
])
def test_piracy_hard_negatives(text: str) -> None:
    assert not _criminal(text), text


@pytest.mark.parametrize("text", [
    "Säljer glock och ammo, snap",
    "Säljer pistol, inga frågor, 20k",
    "har ak47 till salu dm",
    "Säljer koks och hasch, leverans i hela Motala, snap mig",
    "Har tjack och benso, swisha så fixar jag",
    "Fixar körkort utan prov, 10k",
    "Säljer falska vaccinationsintyg 300 kr st",
    "Säljer fejkade läkarintyg, dm",
    "Säljer sömntabletter utan recept, dm",
    "Säljer hembränt, 150 kr flaskan, swish",
    "Säljer nya cyklar, fallit av lastbilen, billigt",
    "Säljer hagelbössa utan licens",
])
def test_illegal_sales_have_no_legal_basis(text: str) -> None:
    found = _criminal(text)
    assert ("illegal_sale", None) in found, (text, found)


@pytest.mark.parametrize("text", [
    "Polisen hittade en pistol i parken igår",
    "Någon säljer knark vid stationen, varför gör polisen inget?",
    "Jag blev erbjuden knark på snap av en kille, vad gör jag?",
    "Min son har blivit erbjuden hasch på skolan, dm:a mig om ni vet något",
    "Säljer gräsklippare, 500 kr, dm",
    "Har man rätt till parkeringstillstånd om man är rörelsehindrad?",
    "Vi säljer begagnade cyklar på återbruket, 200 kr st",
    "Kan man köpa tabletter utan recept på apoteket?",
    "Mina stulna cyklar säljs på blocket, dm om ni ser dem",
])
def test_illegal_sales_hard_negatives(text: str) -> None:
    assert not _criminal(text), text


# The patterns added here are not in tests/moderation/test_gates.py's list; their gates must be
# necessary conditions too.
_NEW = [
    *[(p, need) for p, need in criminal._INCITE_MORE],
    (criminal._HETS_NOUN, criminal._G_HETS_NOUN | criminal._G_CRIME_NOUN),
    (criminal._HETS_NOUN2, criminal._G_HETS_NOUN | criminal._G_DEGRADE_NOUN),
    (criminal._HETS_SLUR, criminal._G_HETS_SLUR),
    (criminal._SALE_ITEM, criminal._G_SALE),
    (criminal._SHARED_DOWNLOAD, criminal._G_SHARED),
]


def _check(text: str) -> None:
    ctx = Context(text, ACCOUNT)
    for pattern, need in _NEW:
        if pattern.search(ctx.folded):
            assert ctx.bits & need == need, (pattern.pattern[:60], text)


def test_new_gates_on_examples() -> None:
    for text in ("Säljer glock och ammo", "ak47 till salu", "k-pist billigt", "Fixar körkort utan prov",
                 "falska vaccinationsintyg", "Tankade hela serien gratis, länk i dm",
                 "ta med tillhyggen", "kasta en molotov mot moskén", "Bränn ner skiten",
                 "samlas vid asylboendet och jagar bort dem", "skicka hem packet",
                 "Muslimerna är ett pack av lögnare", "Alla araber är terrorister"):
        _check(text)


_VOCAB = sorted({w for p, _ in _NEW for w in __import__("re").findall(r"[a-z0-9]{2,}", p.pattern)}
                | {"och", "det", "jag", "vi", "alla", "47", "ak", "k", "st", "kr"})


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=10),
       st.lists(st.sampled_from([" ", " ", " ", "", ".", "-", ", "]), min_size=10, max_size=10))
def test_new_gates_are_necessary(words: list[str], seps: list[str]) -> None:
    _check("".join(w + s for w, s in zip(words, seps, strict=False)))


# Round two: broad structural rules (kanalvakt/moderation/engine/threats.py). The examples are
# written for these tests, in phrasings other than the labelled sets'.
from kanalvakt.moderation.engine import threats  # noqa: E402


@pytest.mark.parametrize("text", [
    # arriving or bringing a weapon
    "jag kommer att skjuta ihjäl dig om du inte ändrar beslutet",
    "nästa vecka spränger vi hela socialkontoret",
    "om skolan läggs ner tar jag med mig pistolen till nästa möte",
    "Dyker upp på kontoret på måndag med yxan, då får vi se",
    "vi åker till stadshuset med bensindunken i kväll",
    # present-tense first person, inverted word order
    "när jag ser honom nästa gång slår jag ihjäl honom",
    "jag svär att jag tar livet av dig om du rör min dotter",
    "jag bränner ditt hus om du inte betalar",
    "jag ska krossa ansiktet på den där handläggaren",
    "jag ska skära halsen av dig",
    # passive wishes and bullets
    "kommunchefen borde skjutas",
    "Ni i fullmäktige ska hängas allihop",
    "den som stänger skolan får en kula",
    "rektorn förtjänar faktiskt ett skott i benet",
    # veiled
    "det vore synd om ditt hus fick en brand i vinter",
    "hoppas du har bra hemförsäkring 😉",
    "ni i nämnden kommer att få betala med blod",
    "vi har din adress, vi kommer i natt",
    "sov gott, vi ses snart 🔪",
    "ändra beslutet annars vet du vad som händer",
    'Det kan ju hända "olyckor" på bygget om ni kör vidare',
    "du ska få ångra att du föddes",
    "jag har redan skaffat sprängmedel, ni får se",
    "Kör jag grävskopan rakt in i kommunhuset får de lyssna",
    # English
    "imma kill the teacher tomorrow",
    "i'm gonna stab you when i see you",
    "we will burn your house down",
])
def test_broad_threats(text: str) -> None:
    assert OLAGA_HOT in _bases(text), text


@pytest.mark.parametrize("text", [
    "alla ut på torget i kväll och slå sönder allt som hör till kommunen",
    "sätt eld på bilarna utanför stadshuset, det är dags",
    "gör som i Rinkeby, tänd på bilarna",
    "tänk om någon spränger vattenverket, det vore något",
    "ring och sms:a handläggaren dygnet runt tills hon ger upp",
    "möt upp vid vindkraftverket och ta med bultsaxar",
    "han som knivhögg läraren är en hjälte, fler borde göra så",
])
def test_broad_incitement(text: str) -> None:
    assert UPPVIGLING in _bases(text) or OLAGA_HOT in _bases(text), text


@pytest.mark.parametrize("text", [
    "romerna är ett släkte av tjuvar som borde sparkas ut ur landet",
    "somalier är ett primitivt folk",
    "muslimerna sprider sig som en cancer i Motala",
    "alla svarta är kriminella, det vet alla",
    "judar ljuger alltid och äger alla banker",
    "transor är äckliga sjuka varelser",
    "flyktingarna från Syrien, de är ju bara parasiter",
    "dessa kackerlackor från Afrika tar över Motala",
    "varenda muslim här är en terrorist",
    "alla invandrare borde skickas tillbaka i boskapsvagnar",
    "Sieg heil, Motala åt svenskarna",
])
def test_broad_hets(text: str) -> None:
    assert HETS in _bases(text), text


@pytest.mark.parametrize("text", [
    "säljer stulna elcyklar, billigt, skriv snap",
    "fixar sjukintyg utan läkarbesök, 300 kr",
    "har 10 st tv-apparater som trillat av lastbilen, 1500 kr st",
    "Fixar pass som ser helt äkta ut, swish",
    "🍃💊 leverans i hela Motala, snap: xx_plug",
    "säljer gräs och tabbe, skriv på wickr",
])
def test_broad_illegal_sale(text: str) -> None:
    assert any(rule == "illegal_sale" for rule, _ in _criminal(text)), text


@pytest.mark.parametrize("text", [
    "byter videos på minderåriga, skriv privat",
    "säljer bilder på tjejer 13 år, dm",
])
def test_broad_csam(text: str) -> None:
    assert any(rule == "csam" for rule, _ in _criminal(text)), text


@pytest.mark.parametrize("text", [
    "jag delar hela Netflix-serien som zip, länk i bio",
    "har alla kursböcker till gymnasiet som pdf, dm",
    "kolla nya Avatar gratis på streamfilmer.xyz",
])
def test_broad_piracy(text: str) -> None:
    assert UPPHOVSRATT in _bases(text), text


@pytest.mark.parametrize("text", [
    "invandrare är inte kriminella, sluta sprida lögner",
    "det är fel att kalla invandrare för parasiter",
    "många flyktingar är sjuka och traumatiserade efter kriget",
    "invandrare är överrepresenterade i statistiken enligt BRÅ, det måste vi prata om",
    "svarta sopsäckar är äckliga när de ligger på gatan",
    "vi borde ta emot färre flyktingar, kommunen har inte råd",
    "De här råttorna i källaren på Ekenäs måste bort, många invandrare bor där med barn",
    "en man knivhöggs på resecentrum, polisen söker gärningsmannen",
    "han som sköt ihjäl en man i Norrköping dömdes till livstid",
    "jag slår ihjäl tiden med korsord",
    "jag dör av skratt",
    "skjut upp mötet",
    "vi skjuter på beslutet till hösten",
    "det vore synd om kommunen inte fick bidraget",
    "jag kommer till mötet med kniv och gaffel för fikat",
    "jag tar med bensin till gräsklipparen",
    "ring mig hela natten om det behövs, sa jouren",
    "krossa tomaterna och lägg i grytan",
    "den som vinner tävlingen får en kula glass",
    'nån skrev "jag ska skjuta hela stadshuset" här igår, jag har anmält det till polisen',
    '"ni ska få se vad som händer" – det hotet mot personalen var vidrigt',
    "Hans kortnummer är 4539 1488 0343 6467, han tappade plånboken",
    "ljudböcker som mp3 finns att låna på biblioteket",
    "jag säljer min cykel, 500 kr, dm",
    "han kommer hem ensam efter jobbet varje dag",
    "kan någon tända eld på grillen vid badplatsen",
])
def test_broad_rules_hard_negatives(text: str) -> None:
    assert _criminal(text) == [], text


_BROAD_VOCAB = sorted({w for p, *_ in threats.RULES for w in re.findall(r"[a-z]{2,}", p.pattern)}
                      | {"jag", "vi", "du", "och", "det", "1488", "12", "ar"})


def _broad_gates_hold(text: str) -> None:
    ctx = Context(text, ACCOUNT)
    for pattern, needs, *_ in threats.RULES:
        if pattern.search(ctx.folded):
            assert any(ctx.bits & n == n for n in needs), (pattern.pattern[:60], text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BROAD_VOCAB), min_size=1, max_size=10),
       st.lists(st.sampled_from([" ", " ", "", ".", "-", ", "]), min_size=10, max_size=10))
def test_broad_gates_are_necessary(words: list[str], seps: list[str]) -> None:
    _broad_gates_hold("".join(w + s for w, s in zip(words, seps, strict=False)))


@pytest.mark.parametrize("text", [
    "jag ska göra dig illa, tro inte annat",
    "vi ska ge honom en läxa han sent glömmer",
    "ska se till att du får lida för det här",
    "du ska få se på fan, handläggare",
    "du kommer inte kunna sova lugnt efter det här",
    "du har 48 timmar på dig att ändra dig, annars vet du vad som händer",
    "ni har en vecka på er, sen kommer vi.",
    "om ni river mitt hus river jag ert",
    "hälsa din fru från oss",
])
def test_broad_threats_without_violent_verb(text: str) -> None:
    assert OLAGA_HOT in _bases(text), text


@pytest.mark.parametrize("text", [
    "hoppas någon spöar upp honom ordentligt",
    "varför har ingen skjutit kommunalrådet än",
    "stadshuset borde sprängas i luften",
    "gå ut och slå ner varenda polis ni ser",
    "bojkotta inte, bränn deras affärer istället",
])
def test_broad_wishes_and_calls(text: str) -> None:
    assert UPPVIGLING in _bases(text), text


@pytest.mark.parametrize("text", [
    "judarna ligger bakom allt elände",
    "svarta är mindre intelligenta än vita",
    "utlänningarna förstör allt och borde kastas ut med våld",
])
def test_broad_hets_verbs(text: str) -> None:
    assert HETS in _bases(text), text


@pytest.mark.parametrize("text", [
    "jag vill inte göra dig illa, jag vill bara ha svar",
    "Ni har två veckor på er att lämna synpunkter, sen kommer vi att fatta beslut",
    "du har 30 dagar på dig att överklaga, annars vinner beslutet laga kraft",
    "gå på alla möten ni kan i vår",
    "invandrare är intelligenta och driftiga, sluta generalisera",
    "flyktingar är mindre benägna att flytta från Motala",
    "huset borde rivas och ersättas med lägenheter",
    "hoppas någon hittar min borttappade katt",
    "sossarna tar våra pengar och förstör allt",
])
def test_broad_rules_more_negatives(text: str) -> None:
    assert _criminal(text) == [], text


@pytest.mark.parametrize("text", [
    "jag tänker skjuta skallen av rektorn",
    "jag dödar den där politikern om han visar sig",
    "du är ett dött kött",
    "din familj är inte säker längre",
])
def test_broad_threats_more(text: str) -> None:
    assert OLAGA_HOT in _bases(text), text


@pytest.mark.parametrize("text", [
    "jag skjuter upp det där mötet till nästa vecka",
    "vi skjuter på det där beslutet",
    "jag bränner av det där presentkortet på bion",
    "vi kommer och hämtar dig vid stationen kl 8, mamma",
])
def test_broad_threats_more_negatives(text: str) -> None:
    assert _criminal(text) == [], text


# Veiled threats (criminal_veiled): knowledge of someone's car, home or habits; warnings; harm
# to property "if"; arson as "tända på"; tools for damage; doxxing with a hostile call.
@pytest.mark.parametrize("text", [
    "vi vet var Lisa på bygglovsenheten parkerar varje morgon",
    "vet du vad, jag vet exakt vilken båt du har vid bryggan",
    "ja vet var din fru handlar på lördagar",
    "annars vet vi var ni bor och vilka ni är",
    "jag har sett din bil utanför huset på nätterna, tänk på det",
    "titta under bilen innan du kör till jobbet i morgon",
    "du ska vara jävligt försiktig när du går hem ikväll",
    "om jag träffar honom i centrum igen så slutar det inte bra",
    "om ni stänger badet kommer det hända nåt med era bussar",
    "om kommunen river parken så kommer det nya huset inte stå kvar",
    "fixa det nu, annars tar jag hand om det själv och inte snällt",
    "om ni inte tar bort inlägget så vet jag vad jag gör. ni har blivit varnade",
    "kom ensam till parkeringen på fredag, vi ses 🙂",
    "vi tänker hälsa på chefen när han slutar jobbet i morgon",
    "henne borde man ge en läxa hon sent glömmer",
    "det vore tråkigt om nån råkade punktera dina däck i natt",
    "hoppas kommunalrådet får se sin egen villa brinna",
    "nån kommer se till att det brinner hos honom en natt",
    "jag har skickat din adress till killarna",
    "vi har dina lösenord nu, kolla din mejl 😈",
    "hon har skyddad adress men ingen kan gömma sig för alltid här",
    "nån borde tända på hela kommunhuset",
    "tänder vi på den där nya paviljongen i natt så blir det bra",
    "någon borde ta en tegelsten genom rutan på socialkontoret",
    "fredag kväll utanför stadshuset, ta med bensin",
    "ta med några stenar på lördag, kameran ska ner",
    "några killar med järnrör skulle lösa problemet",
    "politikerna borde hängas upp i närmaste lyktstolpe",
])
def test_veiled_threats_and_calls(text: str) -> None:
    assert _bases(text) & {OLAGA_HOT, UPPVIGLING}, text


@pytest.mark.parametrize("text", [
    "Vet någon var man parkerar gratis nära stationen?",
    "jag vet var bussen stannar, det är vid torget",
    "vet vi vilka som jobbar på bygget?",
    "kolla under bilen om du hör ett konstigt ljud från avgassystemet",
    "du ska vara försiktig på isen i helgen",
    "om du fortsätter röka så slutar det inte bra för dig, säger läkaren",
    "om ni inte plogar kommer det hända en olycka vid skolan",
    "hon fick se sitt hus brinna ner i natt, fruktansvärt",
    "tänd på grillen vid badplatsen",
    "jag tänder på honom, han är så snygg",
    "ta med korv och tändvätska till grillkvällen vid Folkets park",
    "konsten borde hängas upp i entrén på biblioteket",
    "nämnden måste ställas mot väggen och svara på frågorna",
    "han bor på Storgatan 4, gå dit och hämta nycklarna",
    "min mobil är 070-123 45 67, ring mig om ni vill köpa båten",
    "tavlan i foajén ser ut att få se sitt slut snart",
])
def test_veiled_threats_negatives(text: str) -> None:
    assert _criminal(text) == [], text


@pytest.mark.parametrize("text", [
    "Sofia i kassan bor på Ågatan 12, gå dit och säg vad ni tycker om henne",
    "hans mobil är 073-111 22 33, ring honom privat sent på kvällen",
    "Per Ek 19850101-1234 har lurat oss alla, sprid det överallt",
    "hon som är chef på parkeringen bor på Norra vägen 4, vi ses där ikväll",
    "kan nån ta reda på adressen till handläggaren som stängde mitt ärende?",
])
def test_doxxing_calls(text: str) -> None:
    assert OLAGA_HOT in _bases(text), text


# Illegal offers (criminal_sales): forged papers, stolen goods, untaxed tobacco and spirits,
# cannabis as "grönt", weapons with an app handle, pirate subscriptions.
@pytest.mark.parametrize("text", [
    "fixar anställningsbevis till hyresvärden som ser ut som riktiga, 400 kr",
    "säljer körkort, alla behörigheter, äkta i systemet, dm",
    "kan ordna sjukintyg utan läkarbesök, swisha 800",
    "legitimation med ditt foto, funkar på krogen, 1500 kr skriv privat",
    "vill nån köpa en vattenskoter? plockades från en brygga i Motala i helgen, 20 000 kr",
    "två iphones, inga frågor, 3000 kr st",
    "har 50 liter bensin som ingen saknar, halva priset",
    "cigaretter från Ryssland, 300 kr limpan, levererar i Motala",
    "vodka från Estland utan skatt, sms:a mig",
    "har 20 g grönt, snap hämtar",
    "gräs av bästa kvalitet, leverans samma dag, dm",
    "har en pistol, ren, telegram: @mtlguns",
    "IPTV alla kanaler, 150 kr i månaden",
    "HBO och Viaplay konton 49 kr, livstid garanterat",
])
def test_illegal_offers_more(text: str) -> None:
    assert any(rule == "illegal_sale" for rule, _ in _criminal(text)), (text, _criminal(text))


@pytest.mark.parametrize("text", [
    "körkort utan uppkörning? Det går inte, sluta fråga",
    "Jag förnyade mitt pass, 400 kr hos polisen, inga problem",
    "säljer min cykel 500 kr, inget kvitto men den fungerar fint",
    "har du inga frågor så avslutar vi mötet, fikat kostar 20 kr",
    "köpte billiga cigg från Polen på semestern",
    "tullen tog 20 limpor cigg från Polen vid Motala",
    "ät mer grönt, 200 g grönsaker om dagen, dm för recept",
    "polisen hittade en pistol vid ån, ring 114 14 om ni vet något",
    "Netflix höjer priset för alla konton till 139 kr",
    "Vårt kontor fixar pass och id-kort åt äldre som har svårt att ta sig till polisen",
])
def test_illegal_offers_more_negatives(text: str) -> None:
    assert not any(rule == "illegal_sale" for rule, _ in _criminal(text)), (text, _criminal(text))


@pytest.mark.parametrize("text", [
    "Office 2021 crack gratis, länk i min profil",
    "keygen till alla Adobe-program, dm så skickar jag",
    "gratis Champions League live utan abonnemang, länken i bion",
    "hela Harry Potter-trilogin gratis, inget konto behövs, länk här",
    "NHL gratis via vår app, skriv så skickar jag länken",
])
def test_piracy_offers(text: str) -> None:
    assert UPPHOVSRATT in _bases(text), (text, _criminal(text))


@pytest.mark.parametrize("text", [
    "min mobil har en crack i skärmen, funkar Photoshop ändå?",
    "Allsvenskan gratis på TV4 Play, inget konto behövs för premiären",
    "biblioteket visar filmer gratis, inget konto behövs",
    "se matchen gratis på storbildsskärm i Folkets park",
])
def test_piracy_offers_negatives(text: str) -> None:
    assert UPPHOVSRATT not in _bases(text), (text, _criminal(text))


# Hets (criminal_hets): a group, also obfuscated or in a compound, with a degrading statement.
@pytest.mark.parametrize("text", [
    "homosexuella är sjuka i skallen allihop",
    "transpersoner borde inte få jobba med barn, de är en fara för barnen",
    "somalierna är inte ens människor",
    "alla m*slimer e parasiter",
    "romerna stjäl ju allt som inte är fastskruvat",
    "judarna äger bankerna och medierna",
    "afghanska killar är inte värda något",
    "polackerna e bara fyllesvin",
    "alla tr*nsor ska låsas in",
    "syriska familjer luktar illa och drar ner allt",
])
def test_hets_group_statements(text: str) -> None:
    assert HETS in _bases(text), (text, _criminal(text))


@pytest.mark.parametrize("text", [
    "det är inte sant att muslimer är parasiter",
    "invandrare är inte parasiter, de jobbar i vården",
    "invandrare som begår brott borde låsas in längre",
    "flyktingarna är en tillgång för Motala",
    "kurdiska barn får modersmålsundervisning på Platenskolan",
    "Centrum är fullt av svartskallar nuförtiden",
    "politikerna styr allt i den här kommunen",
    "era bögjävlar ska bort vid valet",
])
def test_hets_group_statements_negatives(text: str) -> None:
    assert HETS not in _bases(text), (text, _criminal(text))


@pytest.mark.parametrize("text", [
    "Vi köper ditt guld, högsta pris – vi kommer hem till dig, ring 013-12 34 56",
    "Nån skrev till min kollega 'vi vet var du bor', polisanmält förstås",
])
def test_firm_visits_and_reported_quotes_are_not_threats(text: str) -> None:
    assert OLAGA_HOT not in _bases(text), (text, _criminal(text))


@pytest.mark.parametrize("text", [
    "de där svartskallarna som hänger vid stationen är inte ens människor",
    "zigenarna som sitter utanför Willys stjäl ju allt",
    "(((dom))) kontrollerar medierna, tänk efter",
])
def test_hets_slurs_with_statements_and_codes(text: str) -> None:
    assert HETS in _bases(text), (text, _criminal(text))


@pytest.mark.parametrize("text", [
    "flyktingar som kommit hit är inte ens myndiga, många av dem",
    "(((eko))) är en rolig effekt i musik",
])
def test_hets_slurs_with_statements_negatives(text: str) -> None:
    assert HETS not in _bases(text), (text, _criminal(text))


@pytest.mark.parametrize("text", [
    "har lite stesolid över, billigt, skriv",
    "xanax kvar från förra året, billigt, skriv privat",
])
def test_leftover_pills_offered(text: str) -> None:
    assert any(rule == "illegal_sale" for rule, _ in _criminal(text)), (text, _criminal(text))
