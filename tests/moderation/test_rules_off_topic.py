"""Off-topic: private posts that are not about the municipality, against posts addressed to it
or about its places, services and decisions (which are never off-topic)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kanalvakt.moderation.engine import topic
from kanalvakt.moderation.engine.config import load_config
from kanalvakt.moderation.engine.context import Context
from tests.moderation.engines import rules_only

ENGINE = rules_only()
ACCOUNT = load_config(None).account(None)
DATA = Path(__file__).parent / "data"


def _off(text: str) -> bool:
    return "off_topic" in set(ENGINE.classify(text).categories)


# Consumer tech, television and celebrities, sport results, wars and politics abroad, travel,
# cooking, greetings to everyone, lost things elsewhere (also in English).
PRIVATE = [
    "Vilken telefon är bäst just nu, Pixel eller iPhone 15?",
    "Någon som vet varför min Samsung laddar så långsamt?",
    "RIP Ozzy, en legend har lämnat oss",
    "Såg ni matchen igår? Vilken vändning i andra halvlek",
    "Vad tycker ni om nya säsongen av Farmen?",
    "Free Palestine, stoppa folkmordet nu",
    "Macron är helt ute och cyklar med sin pensionsreform",
    "Vi åker till Kroatien i sommar, några tips på bra stränder?",
    "Just landat på Teneriffa, 28 grader och sol ☀️",
    "Har någon tips på hur man kokar perfekta ägg?",
    "Har någon provat att baka surdegsbröd? Mitt blir alltid platt",
    "God jul och gott nytt år allihop! 🎄",
    "Lost my keys at the gym yesterday, anyone seen them?",
    "Borttappad hund i Jönköping, svart labrador, ring om ni ser honom",
    "Messi är bättre än Ronaldo, det är inte ens en diskussion",
    "Hur länge ska man steka en entrecote?",
    "Skicka detta till 5 personer så får du tur hela veckan 🍀",
    "Valet i Frankrike kan bli en katastrof för hela Europa",
    "Vem mer har problem med BankID idag? Funkar inte alls",
]


@pytest.mark.parametrize("text", PRIVATE)
def test_private_posts_are_off_topic(text: str) -> None:
    assert _off(text), text


# Another municipality's own affairs, not compared with ours.
@pytest.mark.parametrize("text", [
    "Malmö stad borde skämmas över hur de hanterar skolorna",
    "Stockholms stad har värdelösa cykelbanor, jag bodde där i tio år",
    "Söker lägenhet i Uppsala, gärna en tvåa nära centrum",
    "Skövde kommun har fått nytt kommunalråd, hoppas det blir bättre där",
])
def test_another_municipalitys_affairs_are_off_topic(text: str) -> None:
    assert _off(text), text


# Questions and messages to the municipality, complaints and thanks, its places and services,
# national politics as local readers discuss it.
MUNICIPAL = [
    "Varför är simhallen stängd hela veckan? Ingen info på hemsidan",
    "Kan ni laga gatlyktan utanför skolan, det är becksvart",
    "Min hund blev biten i hundrastgården, vem ansvarar för staketet?",
    "Vem bestämde att stänga biblioteket på lördagar?",
    "Isbanan vid idrottsplatsen är så fin i år, tack!",
    "När kommer ni att ploga vår gata? Det är omöjligt att ta sig fram",
    "Skärpning! Tredje gången vattnet stängs av i vår gata",
    "Vem godkände att de nya papperskorgarna kostade så mycket?",
    "Regeringen måste ge kommunerna mer pengar till skolan",
    "Det stinker från reningsverket igen, händer det något?",
    "Jag har fått avslag på färdtjänsten, hur överklagar man?",
    "Bra jobbat med snöröjningen i morse!",
    "Jag flyttade hit från Polen förra året, var kan jag läsa svenska?",
    "Gud vad fint det blev, bra jobbat alla!",
    "Vilken otur att badhuset var stängt idag",
    "Nu är det dags för valet i september, gå och rösta!",
    "Blev det någon fotbollsmatch på konstgräset i helgen?",
    "Skicka detta till kommunen, de måste se det här!",
]


@pytest.mark.parametrize("text", MUNICIPAL)
def test_posts_about_the_municipality_stay_on_topic(text: str) -> None:
    assert not _off(text), text


# A private word next to the municipality's own service is still about the municipality.
@pytest.mark.parametrize("text", [
    "Vi var på semester i två veckor och soptunnan tömdes inte en enda gång",
    "Kolla matchen på idrottsplatsen på lördag, fri entré för barn!",
    "God jul till all personal inom hemtjänsten, ni gör ett fantastiskt jobb!",
    "Min iphone glömdes på bussen, vart vänder jag mig?",
    "Ukrainska flyktingar behöver mer stöd från kommunen",
    "Bränn inte löv i trädgården, det är förbjudet enligt räddningstjänsten",
])
def test_private_words_with_a_service_stay_on_topic(text: str) -> None:
    assert not _off(text), text


# One service word does not outweigh two private subjects ("valet" with Trump and the USA).
@pytest.mark.parametrize("text", [
    "Trump vinner valet i USA, det är jag säker på",
    "Putin har förstört Ukraina, skolor och sjukhus i spillror",
])
def test_two_private_subjects_outweigh_one_service_word(text: str) -> None:
    assert _off(text), text


# A reply in a private voice with nothing else is part of the conversation.
@pytest.mark.parametrize("text", [
    "Jag var där igår, jättefint!",
    "Jag tycker det var bättre förr",
    "Vilken härlig kväll, solnedgången var fantastisk",
    "Mitt ärende 2024-0412 är fortfarande inte klart",
])
def test_short_replies_stay_on_topic(text: str) -> None:
    assert not _off(text), text


# Other towns mentioned for a reason: comparisons and errands.
@pytest.mark.parametrize("text", [
    "Varför kan Mjölby ha gratis busskort för pensionärer men inte vi?",
    "Jönköpings kommun har infört matavfallsinsamling, kommer det hit också?",
    "Åkte till Örebro för att förnya passet, varför kan man inte göra det här?",
    "Flyttar till Linköping i höst, hur säger jag upp platsen på förskolan?",
    "Jag pendlar till Linköping varje dag och bussen är alltid sen",
    "Norrköping har redan byggt om sitt resecentrum, när händer något här?",
])
def test_other_towns_for_a_reason_stay_on_topic(text: str) -> None:
    assert not _off(text), text


# Texts of another category (an insult in the thread, a trade or a pirate stream) are judged
# by their own detector, never as private chatter.
@pytest.mark.parametrize("text", [
    "@Anna Berg du fattar ingenting, läs innan du skriver",
    "Se hela säsongen gratis på superstream.to, inga annonser",
    "Bästa kebaben i stan, beställ via vår app och få 10% rabatt",
])
def test_other_categories_are_not_off_topic(text: str) -> None:
    assert not _off(text), text


def test_chatter_welcome_account_and_short_reactions() -> None:
    assert "off_topic" not in set(ENGINE.classify(PRIVATE[0], "ungdom").categories)
    for text in ("Tack!", "Håller med", "Haha ja", "Glad midsommar Motala!"):
        assert not _off(text), text


def _texts() -> list[str]:
    out = PRIVATE + MUNICIPAL
    for name in ("dev", "heldout", "heldout2", "tune3"):
        with open(DATA / f"{name}.jsonl", encoding="utf-8") as f:
            out += [json.loads(line)["text"] for line in f]
    return out


def test_topic_gates_are_necessary() -> None:
    """Every gate in front of an off-topic pattern opens on every text the pattern matches."""
    v = topic._vocab()
    checks = [(v.cues, topic._G_CUE), (v.local, topic._G_LOCAL), (v.other, topic._G_OTHER),
              (v.towns, topic._G_TOWN), (topic._LIVED_THERE, topic._G_LIVED)]
    extra = ["Göteborgs kommun", "kommunen i Uppsala", "hockey-vm ikväll", "200 kr/h",
             "ladda ner här", "i stan", "jag bodde där", "svt play", "ps5 säljes"]
    for text in _texts() + extra:
        ctx = Context(text, ACCOUNT)
        for pattern, bit in checks:
            if pattern.search(ctx.folded):
                assert ctx.bits & bit, (pattern.pattern[:40], text)


# Third round: homework, conspiracy theories and preaching, family news, moods and memes,
# gadgets, lost things elsewhere, work life, greetings to one person.
@pytest.mark.parametrize("text", [
    "kan någon hjälpa mig med fysikläxan? fattar inte ekvationen alls",
    "Vaccinen är gift, vakna upp innan det är för sent!!",
    "Månlandningen var fejk, det vet alla som tänkt efter",
    "Jesus kommer tillbaka, omvänd er medan ni kan",
    "Vi fick en son i natt, världens finaste ❤️",
    "hatar måndagar så mycket 😩",
])
def test_off_topic_third_round(text: str) -> None:
    assert "off_topic" in set(ENGINE.classify(text).categories), text


@pytest.mark.parametrize("text", [
    "När kommer vaccinationsbussen till Motala igen?",
    "Min chef på hemtjänsten säger att vi inte får fler timmar, varför?",
    "Hittade en plånbok vid Motala resecentrum, lämnade den till polisen",
])
def test_off_topic_third_round_negatives(text: str) -> None:
    assert "off_topic" not in set(ENGINE.classify(text).categories), text


def test_cue_phrases_by_first_word_find_what_the_single_pattern_finds() -> None:
    import random

    from kanalvakt.moderation.engine.gates import text_words
    from kanalvakt.moderation.engine.text import fold

    v = topic._vocab()
    cue_words = [w for c in topic._private_cues() for w in c.split()]
    rng = random.Random(11)
    texts = [" ".join(rng.choice(cue_words + ["och", "i", "på", "kommunen", "."])
                      for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    for text in texts:
        f = fold(text)
        assert ([m.span() for m in v.cue_phrases.finditer(f, text_words(f))]
                == [m.span() for m in v.cues.finditer(f)]), text


# Fourth round: national government and economy, family pride and greetings, private trades and
# church life, food and baking, weather and weekend moods, sport, games and celebrities,
# handicrafts and social media, lost things on a trip elsewhere.
FOURTH_ROUND = [
    "Riksdagen borde sänka momsen på mat, alla har det tufft",
    "Kristersson har inte gjort ett skit för pensionärerna",
    "Räntan måste ner nu, Riksbanken förstör för alla med bolån",
    "Dieselpriset är helt sjukt, snart har ingen råd att tanka",
    "Mitt barnbarn Alva fyllde tre idag, vilken liten solstråle ❤️",
    "Lillebror tog körkortet i dag, så stolt!",
    "Grattis på namnsdagen Karin, kram från oss alla",
    "Letar efter en duktig elektriker till sommarstugan, någon som har tips?",
    "Ny präst i vår församling i Skänninge, han är så varm och klok",
    "Hur lång tid ska degen jäsa? Min blir aldrig luftig",
    "Bästa receptet på kanelbulle någon? Farmors var oslagbara",
    "Surdegen dog medan vi var bortresta, typiskt",
    "Vilket väder idag, först snö sen 15 grader",
    "Vi gifter oss i juni och letar fotograf, några tips?",
    "Vilken mobil ska man välja åt en tonåring?",
    "Längtar till sommaren så mycket, usch vad kallt det är",
    "Äntligen helg! Vad hittar ni på?",
    "Vem tror ni vinner handbolls-EM i år?",
    "Pokemon Go är tillbaka, någon som spelar fortfarande?",
    "Har en extra biljett till Håkan Hellström i Göteborg, vem vill ha?",
    "Vem mer tycker att nya Bond-filmen var överskattad?",
    "Jag uppskattar verkligen mina nya airpods, bästa köpet i år",
    "Har stickat vantar till hela släkten i jul, nu är garnet slut",
    "Någon som vet hur man får tillbaka ett hackat Facebook-konto?",
    "Virkar du också? Jag har fastnat på ett mönster",
    "Tappade min plånbok och mobilen på tåget till Linköping, vart vänder man sig?",
    "Katrineholm får en ny simhall, kusinen bor där och är så glad",
]


@pytest.mark.parametrize("text", FOURTH_ROUND)
def test_off_topic_fourth_round(text: str) -> None:
    assert _off(text), text


# Their innocent look-alikes: the same subjects tied to the municipality's places or services,
# and comparisons with another town.
@pytest.mark.parametrize("text", [
    "Regeringen skär ner på statsbidragen och då drabbas vår äldreomsorg",
    "Höjer ni kommunalskatten igen nästa år?",
    "Skatten höjs igen men gatorna är lika dåliga",
    "Mitt barnbarn går på förskolan i Borensberg och personalen är fantastisk",
    "Min syster har hemtjänst och de kommer aldrig i tid, vem ska jag ringa?",
    "Vem ska jag kontakta om bygglov för en altan?",
    "Skolmaten idag var kanelbullar och soppa, barnen älskade det",
    "Vädret gjorde att snöröjningen inte hann med, men bra jobbat ändå",
    "Äntligen fredag och badhuset har öppet till nio!",
    "Vem mer tycker att nya cykelbanan är för smal?",
    "En biljett på bussen kostar 35 kr, för dyrt för pensionärer",
    "Följ kommunens nya Facebook-sida för info om snöröjning",
    "Stickcafé i biblioteket varje tisdag, ta med eget garn",
    "Jönköping har byggt en ny simhall, varför kan inte vi få en?",
    "Jag vill varna alla, fick ett sms om att mitt BankID skulle spärras. Det var bedrägeri!",
    "vart kan man slänga en gammal soffa när man inte har bil?",
    "vem gjorde nya loggan? den är riktigt snygg",
    "Min man fick ingen plats på äldreboendet, vad gör vi nu?",
    "Så kallt i skolan att barnen fick ha jackorna på",
    "Wifi:t på biblioteket funkar inte på min laptop",
    "Grattis till alla som tog studenten idag, vilken fin dag!",
])
def test_off_topic_fourth_round_negatives(text: str) -> None:
    assert not _off(text), text


# Jokes, home improvement, hobbies, greetings to everyone; another municipality's services
# neither compared with ours nor asked about.
@pytest.mark.parametrize("text", [
    "Dagens skämt: vad sa den ena väggen till den andra? Vi ses i hörnet",
    "Varför gick skelettet inte på festen? Det hade ingen kropp att gå med",
    "Har tapetserat om sovrummet i helgen, blev jättefint",
    "Hur blir man av med mögel i badrummet utan starka kemikalier?",
    "Spelade padel för första gången igår, helt fast nu",
    "Första golfrundan för säsongen avklarad, 102 slag 😅",
    "Livet är för kort för att vara arg, kram på er alla",
    "Norrköpings kommun har höjt avgiften för parkering i centrum, typiskt dem",
    "Linköpings kommun bygger ny simhall och sänker taxan för förskolan",
])
def test_jokes_hobbies_and_other_municipalities_are_off_topic(text: str) -> None:
    assert _off(text), text


@pytest.mark.parametrize("text", [
    "Det är mögel i klassrummet på skolan, när ska det åtgärdas?",
    "Padelbanorna vid idrottsplatsen är alltid fullbokade, bygg fler!",
    "Ha en fin dag alla i hemtjänsten, ni gör ett toppenjobb",
    "I Mjölby kommun har de gratis parkering i centrum, det borde vi också ha",
    "Linköpings kommun har gratis busskort för pensionärer, varför inte vi?",
])
def test_jokes_hobbies_and_other_municipalities_negatives(text: str) -> None:
    assert not _off(text), text


# Life in the neighbourhood (neighbours, wildlife, fires and sirens) is local life; with a
# private subject a neighbour does not make a post about the municipality.
@pytest.mark.parametrize("text", [
    "Så många rådjur i villaområdet nu, de äter upp alla tulpaner i rabatterna",
    "Grannen eldar löv varje helg och hela gatan luktar rök, får man göra så?",
    "Någon som vet varför det var så mycket blåljus vid rondellen igår kväll?",
    "Det har varit så stökigt i kvarteret på nätterna sedan i somras",
])
def test_neighbourhood_life_stays_on_topic(text: str) -> None:
    assert not _off(text), text


@pytest.mark.parametrize("text", [
    "Min granne har köpt en ny iPhone och pratar inte om något annat",
    "Grannarna ska gifta sig i Italien i sommar, så avundsjuk",
    "Tog med grannens hund på padel, han var bättre än mig haha",
])
def test_a_neighbour_with_a_private_subject_is_off_topic(text: str) -> None:
    assert _off(text), text


# Marks of another category stop the off-topic judgement: calls to follow, gambling, cracked
# software, cash buying, arson, gossip about someone's psychiatric care.
@pytest.mark.parametrize("text", [
    "Kolla in min nya kanal om fiske, följ mig för fler klipp 🎣",
    "Free spins varje dag på nya casinot, 200 kr bonus vid registrering",
    "Photoshop crack som funkar 2025, hör av dig på discord",
    "Någon borde tända på den där fula husbilen som alltid står där",
    "Hörde att hon från kören blev intagen på psyket igen, stackars människa",
])
def test_marks_of_other_categories_are_not_off_topic(text: str) -> None:
    assert not _off(text), text
