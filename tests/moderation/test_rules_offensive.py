"""Offensive words and personal attacks: slurs, vulgar language, degrading generalisations,
insults aimed at someone by role, name, mention or construction; profanity and criticism that
must stay clean."""

from __future__ import annotations

import pytest


def _cats(engine, text: str) -> set[str]:
    return set(engine.classify(text).categories)


def _rules(engine, text: str) -> set[str]:
    return {f.rule for f in engine.findings(text)}


@pytest.mark.parametrize("text", [
    "Bögiga kläder på nya personalen i receptionen",
    "Såg en jättedildo klottrad på skylten vid torget",
    "muzzarna tar över hela stan",
    "svaartskallarna vid busshållplatsen igen",
    "vilket jävla cp-beslut av nämnden",
    "helt cp att bussen inte går på söndagar",
    "tjejerna på badplatsen 🍆💦",
    "Hon på bilden är en fet ko",
    "Transfreaks ska inte få använda omklädningsrummen",
    "ser ut som en spastiker när han springer",
])
def test_slurs_and_vulgar_words_are_offensive(engine, text: str) -> None:
    assert "offensive" in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "somalier är råttor allihop",
    "Afrikaner är som djur, det vet alla",
    "judar är ett släkte av snyltare",
    "transpersoner är psykiskt sjuka och borde spärras in",
    "Araberna i centrum är inte människor",
    "flyktingarna är ohyra som kommunen matar",
    "romer har lägre IQ, punkt",
])
def test_degrading_generalisations_are_offensive(engine, text: str) -> None:
    assert "lexicon:generalisation" in _rules(engine, text) or "offensive" in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Handläggaren på bygglov är en jävla råtta",
    "Socialsekreteraren är en lögnaktig häxa",
    "Du är en jävla bög och borde flytta",
    "din korkade jävel, läs innan du skriver",
    "era fega byråkrater vågar aldrig svara",
    "Hur dum kan man vara Anders? Seriöst",
    "@Nils_B du är för trög för att fatta det här",
    "Typen som skrev inlägget ovan är en fullständig idiot",
    "Skolchefen är en clown",
    "kommunalrådets nya frisyr ser ut som en gris",
    "shut up Lisa nobody asked",
    "you are so stupid Erik",
    "fattar du ingenting? clown",
    "Du är ett skämt Mikael",
    "Bibliotekarien ser ut som en blöt potatis",
    "@Anna_K du e inte klok i huvudet",
    "Gubben i kassan är en snorunge som borde sparkas",
    "Rektorn är en feg jävla kärring",
    "Ni på miljöförvaltningen är idioter allihop",
    "Sug min kuk Peter",
    "Knulla dig själv Kalle, ingen frågade",
    "jävla värdelösa handläggare Karin, gör ditt jobb",
    "Kalle du är inte smartare än en sten",
])
def test_insults_aimed_at_someone_are_attacks(engine, text: str) -> None:
    assert "personal_attack" in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Jävla bra jobbat med snöröjningen i år!",
    "Fan vad kallt det är i simhallen idag",
    "Vilket idiotiskt beslut att stänga biblioteket",
    "Beslutet är helt idiotiskt och borde rivas upp",
    "Politikerna borde skämmas över hur de hanterat skolan",
    "Kommunalrådet ljuger om budgeten, det är uppenbart",
    "Jag tycker invandringen är för hög och borde minska",
    "Vi tar emot för många flyktingar i Motala, det kostar för mycket",
    "Kan någon rätta felet på hemsidan?",
    "Jag vill höra vad politikerna tycker om detta",
    "Hon är sjuk idag så hon kan inte komma",
    "Låt henne vara, hon gör sitt bästa",
    "Han löser alltid problemen snabbt, bra handläggare",
    "Det ser ut som en soptipp i parken efter helgen",
    "Råttor i källaren på Dalsberg, vem ska man ringa?",
    "Jag är en idiot som glömde mitt lånekort hemma",
    "Vi åt kalkon på julbordet i stadshuset",
    "Muslimer firar eid i helgen, grattis",
    "Invandrare behöver bättre möjligheter att lära sig svenska",
    "Den här lekparken är ett skämt",
    "Satan vilken kö det var på vårdcentralen",
    "Homosexuella par ska få adoptera, bra beslut",
    "Djur ska inte lämnas i bilen i värmen",
    "Ni gör ett värdelöst jobb med snöröjningen",
    "Hon rättade mig vänligt när jag sa fel",
    "Kan ni höra av er om bygglovet?",
    "Min bror har CP och behöver assistans",
    "Det var en feg kompromiss av majoriteten",
    "Samerna har sin nationaldag den 6 februari",
    "Jag ser ut som en tomte i den här mössan haha",
    "Bussen kom inte igen, jävla skit",
])
def test_profanity_and_criticism_stay_clean(engine, text: str) -> None:
    assert not _cats(engine, text) & {"offensive", "personal_attack"}


def test_group_generalisation_is_not_a_personal_attack(engine) -> None:
    assert "personal_attack" not in _cats(engine, "Muslimer är parasiter och kackerlackor")


def test_vulgar_phrase_to_everyone_is_offensive_not_an_attack(engine) -> None:
    cats = _cats(engine, "Knulla er allihop")
    assert "offensive" in cats and "personal_attack" not in cats


def test_written_diacritics_keep_ordinary_words_apart(engine) -> None:
    # "höra", "löser" and "rätta" share a key with "hora", "loser" and "råtta".
    for text in ["Mejla henne så får hon höra vad vi tycker",
                 "Vi löser alla dina lån på en gång, ring oss",
                 "Du kan rätta ansökan i e-tjänsten"]:
        assert not _cats(engine, text) & {"offensive", "personal_attack"}, text


@pytest.mark.parametrize("text", [
    "Min hund är en riktig clown",
    "Jävla skit att bussen är sen igen",
    "Politikerna har svikit oss, de borde skämmas",
    "Det här förslaget är ett skämt",
    "Domstolen avgjorde målet igår",
    "Stolen i väntrummet är trasig",
    "Folk försvinner från stan, varför?",
    "Kommunen borde inkludera fler i beslutet",
    "Sakkunniga har granskat rapporten",
    "Invandrare startar många företag i Motala",
])
def test_ordinary_words_and_things_are_not_attacked(engine, text: str) -> None:
    assert not _cats(engine, text) & {"offensive", "personal_attack"}


@pytest.mark.parametrize("text", [
    "ni pajasar som styr den här kommunen",
    "den där idioten i receptionen borde sparkas",
    "Fredrik, din fega jävel, svara på frågan",
    "Sara i receptionen är en dum kossa",
    "go fuck yourself @Kim_L",
    "f*** you Johan",
])
def test_more_attack_constructions(engine, text: str) -> None:
    assert "personal_attack" in _cats(engine, text)


@pytest.mark.parametrize("text", ["Jävla invandrare överallt i stan", "äckliga muslimer",
                                  "bögar är äckliga", "Satans zigenare vid macken"])
def test_cursing_a_group_is_offensive(engine, text: str) -> None:
    assert "offensive" in _cats(engine, text)


@pytest.mark.parametrize("text", ["Det är jävla många invandrare som saknar jobb",
                                  "jävla bra att flyktingarna fick bostad",
                                  "jävla rasister som hatar invandrare"])
def test_profanity_near_a_group_is_not_a_curse_on_it(engine, text: str) -> None:
    assert "offensive" not in _cats(engine, text)


@pytest.mark.parametrize(("text", "category"), [
    ("du är en id*ot Lars", "personal_attack"),
    ("Rektorn är en fj*nt", "personal_attack"),
    ("jävla h*ra", "offensive"),
    ("f**ta", "offensive"),
])
def test_starred_out_letters(engine, text: str, category: str) -> None:
    assert category in _cats(engine, text)


def test_starred_ordinary_word_stays_clean(engine) -> None:
    assert not _cats(engine, "s*ker på det, st*ck och br*nn i solen") & {"offensive"}


@pytest.mark.parametrize("text", ["Kommunalrådet 🤡🤡", "🖕 @Lars_K", "du har lägre IQ än en sten",
                                  "Anders har väl en hjärncell"])
def test_mockery_of_someone_named(engine, text: str) -> None:
    assert "personal_attack" in _cats(engine, text)


@pytest.mark.parametrize("text", ["haha 🤡 vilken cirkus med bussarna", "Tack för hjälpen 😀"])
def test_emoji_without_a_target_is_not_an_attack(engine, text: str) -> None:
    assert "personal_attack" not in _cats(engine, text)


# Round two: families generalised from an independent set (none of these are its lines).

@pytest.mark.parametrize("text", [
    "den där kossan i receptionen borde byta jobb",
    "Hon i kassan är en fet sugga, ingen service alls",
    "vilken valross han är, har han ens sett sina fötter",
    "Rektorn är en tjock gris som äter upp skolmaten",
    "din feta elefant, gå ut och spring",
])
def test_animal_words_for_a_person_are_offensive_attacks(engine, text: str) -> None:
    assert {"offensive", "personal_attack"} <= _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Korna på bete vid Vadstenavägen är så fina i år",
    "Vi såg en val vid västkusten i somras",
    "Grisen på fritidsgården heter Greta och barnen älskar henne",
    "Den där elefanten på Kolmården är gammal nu",
    "Vilket val blir det i höst, kommunval eller riksdagsval?",
])
def test_animals_that_are_animals_stay_clean(engine, text: str) -> None:
    assert not _cats(engine, text) & {"offensive", "personal_attack"}


@pytest.mark.parametrize("text", [
    "dom där kackerlackorna från Afrika tar över stan",
    "de här parasiterna borde åka hem",
    "get rid of those rats from our town",
    "Flyktingar får allt gratis. De är bara snyltare",
    "Somalierna i Motala? De är ohyra hela bunten",
    "varenda muslim i stan är en terrorist",
    "Folkutbytet är redan i full gång",
    "(((de))) äger bankerna",
    "14/88 Motala",
    "dags att stoppa negerinvasionen",
    "Vi ska rensa ut de där n****rna",
])
def test_dehumanising_group_talk_and_coded_hate_is_offensive(engine, text: str) -> None:
    assert "offensive" in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "de här parasiterna borde åka hem",
    "Flyktingar får allt gratis. De är bara snyltare",
    "Transpersoner ska inte få bada här, de är vidriga",
])
def test_group_talk_is_not_a_personal_attack(engine, text: str) -> None:
    assert "personal_attack" not in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Mitt kortnummer är 4539 1488 0343 6467, ring om ni hittar plånboken",
    "Bussen går 14.88? Nej, 14.58 menar jag",
    "Ring 013-14 88 90 för tidsbokning",
    "Rysslands invasion av Ukraina påverkar elpriset i Motala",
    "Vi har problem med råttor i källaren på Ekenäs",
    "The flat roof leaks again at the sports hall",
    "Min son är autist och behöver stöd i skolan",
    "Sluta kalla folk idioter, man kan kritisera sakligt",
    "Jag förstår inte dem som kallar tjänstemännen clowner",
])
def test_coded_symbols_pests_and_diagnoses_stay_clean(engine, text: str) -> None:
    assert not _cats(engine, text) & {"offensive", "personal_attack"}


@pytest.mark.parametrize("text", [
    "Vad vet en blatte som du om Motala?",
    "du e en jävla dönicke",
    "Du är en jävla tönt som inte fattar nåt",
    "Vilken vidrig människa du är",
    "Herregud vad ful han är på bilden",
    "Vad äcklig du är, skäms",
    "programledaren är ett lat as",
    "Du pratar som en autist",
    "Är du mentalt störd?",
    "din lilla pervo",
    "s t f u   i d i o t",
])
def test_more_attacks_on_someone(engine, text: str) -> None:
    assert "personal_attack" in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Du är en jävla bra lärare, tack för allt",
    "Ni är ena jävla hjältar på räddningstjänsten",
    "Vad dumt det är att bussen inte går",
    "Vilken fin park ni har byggt",
    "Knulla er allihop",
])
def test_praise_and_things_are_not_attacks(engine, text: str) -> None:
    assert "personal_attack" not in _cats(engine, text)


@pytest.mark.parametrize("text", ["Är du mentalt störd eller?", "han rör sig som en mongo",
                                  "vilken fittkärring", "shut up bitch", "din bimbo"])
def test_diagnoses_and_degrading_words_as_insults_are_offensive(engine, text: str) -> None:
    assert "offensive" in _cats(engine, text)


@pytest.mark.parametrize("text", ["what a fat cow she is", "hen är en feting",
                                  "Åk hem till ditt land, ingen vill ha dig här",
                                  "go back where you came from you monkey"])
def test_english_and_go_home_attacks(engine, text: str) -> None:
    assert {"offensive", "personal_attack"} <= _cats(engine, text)


@pytest.mark.parametrize("text", ["He is such a nice guy at the front desk",
                                  "Fet rabatt på simhallen i sommar", "Han fick en fet bonus",
                                  "Finns det medicin mot pollen på apoteket?"])
def test_fat_and_english_pronouns_stay_clean(engine, text: str) -> None:
    assert not _cats(engine, text) & {"offensive", "personal_attack"}


# Round 3 families: "-svin" and political "-kärring" compounds, hyphenated slurs, the jungle
# said to a person, the conspiracy trope, groups kept out of work, school or rights.
@pytest.mark.parametrize("text", [
    "De där politikersvinen i fullmäktige bryr sig bara om sig själva",
    "Han är ett fyllesvin som borde hålla sig borta från parken",
    "Alla sossesvin i stadshuset kan dra",
    "Miljöpartistkärringen i nämnden fattar ingenting",
    "typiskt feministkärringar att gnälla om allt",
    "vilket mongo-beslut av nämnden",
    "blatte-musik på högsta volym hela natten",
    "dra tillbaka till djungeln där du hör hemma",
    "sionisterna kontrollerar bankerna, alla vet det",
    "judarna äger medierna och därför skriver ingen sanningen",
    "judarna styr världen med sina pengar",
    "kvinnor borde inte få rösta, det var bättre förr",
    "Tjejer ska inte få bli chefer, de klarar inte pressen",
    "Muslimer ska inte få jobba med barn på förskolan",
    "romska barn borde inte få gå i samma skola som våra",
    "alla somalier e djur, inget annat",
    "afghaner e inget annat än djur",
    "som nåt en utvecklingsstörd unge har ritat",
])
def test_round3_offensive_families(engine, text: str) -> None:
    assert "offensive" in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Det är kolsvart på gång- och cykelvägen vid Ekvägen, byt lamporna",
    "Vildsvinen har förstört gräsmattan vid skolan igen",
    "Matsvinnet i skolköket måste minska",
    "Mitt marsvin har rymt i Borensberg, någon som sett det?",
    "Nazisterna påstod att judarna styr världen, en myt som ledde till förintelsen",
    "Judiska församlingen bjuder in till öppet hus i kyrkan",
    "Asylsökande borde inte få vänta i två år på besked",
    "Kvinnor ska inte behöva vara rädda i parken på kvällen",
    "Gravida ska inte jobba med kemikalier, enligt arbetsmiljöverket",
    "Information om skolstarten finns på arabiska och somaliska",
    "En kort-film om Motala visas på biblioteket",
    "Flyktingar får inte jobba under asyltiden, det är regeln",
])
def test_round3_offensive_look_alikes_stay_clean(engine, text: str) -> None:
    assert "offensive" not in _cats(engine, text)


@pytest.mark.parametrize("text", [
    # ill wishes and hatred
    "hoppas du ramlar i trappan imorgon",
    "ärligt hoppas att ni blir påkörda allihop",
    "Kommunalrådet Eva Svensson, hoppas hon sätter kaffet i halsen",
    "vi hatar dig @linus_m, alla i klassen",
    # get a life, empty heads, superlatives
    "@sara.lind skaffa dig ett liv istället för att kommentera allt",
    "har du inget eget liv Olle? sitter här varje kväll",
    "du e den korkadaste jag sett på den här sidan",
    "Roger din skalle är lika tom som kommunkassan",
    "hon i kassan är ju helt tom i huvudet",
    # you are incompetent
    "ni på bygglov är totalt inkompetenta, fattar ingenting",
    "du som sitter i växeln är så jävla inkompetent",
    # old-man, snout and fat mockery, slurs said to the reader
    "sitt ner gubbstrutt, ingen frågade dig",
    "Han på parkeringen har ett sånt fult tryne",
    "de två i receptionen e bara två feta tanter som fikar",
    "@kim_99 håll tyst din lilla bög",
    "@elin.k gå och gråt lilla efterbliven",
    # a relative's or the reader's private troubles used to mock
    "@jonas.p hahaha din farsa e ju alkis, alla vet",
    "alla vet att din syrra var inlagd på psyk i våras @mira_l",
    "hörde att ditt barn ska utredas för adhd, lycka till med det 😘",
    "du är ju känd i hela stan för att du dricker upp lönen varje månad",
])
def test_round3_attack_families(engine, text: str) -> None:
    assert "personal_attack" in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Hoppas du får en fin dag på Motalabadet",
    "hoppas hon lyssnar på oss unga, grattis till nya jobbet",
    "Om ditt barn behöver stöd kan ni kontakta BUP på vårdcentralen",
    "Min mamma var inlagd på psyk i flera år, tack till personalen",
    "Ändra nu på era fula nya soptunnor!!!",
    "Han körde som en dåre förbi skolan, ring polisen",
    "tiggarna sitter utanför varenda butik, varenda jävel har en kopp",
    "Kommunalrådet är inkompetent och borde avgå efter budgeten",
    "Det här är det dummaste beslutet på länge",
    "Transa och bög är ord som inte ska användas om folk",
    "Vi hatar när bussen är sen, skaffa fler bussar!",
    "Sveriges fulaste rondell ligger i Motala",
])
def test_round3_attack_look_alikes_stay_clean(engine, text: str) -> None:
    assert "personal_attack" not in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "@ali_k ur so dumb bro",
    "du e så cringe @lisa_w, ingen skrattar",
    "@nova.x du e en sån wannabe",
    "haha @kim_b du e en riktig mammagris",
    "@jens_b vilken pinsam människa du är",
    "den där handläggaren har ingen hjärna alls",
    "hon i växeln borde gå ner i vikt innan hon syns på bild",
    "@stina.b du har väl ätit upp hela Motala vid det här laget",
    "politikern ser ut som en uppblåst groda",
    "den där t-ransan på biblioteket",
])
def test_round3_slang_and_fat_shaming_attacks(engine, text: str) -> None:
    assert _cats(engine, text) & {"personal_attack", "offensive"}


@pytest.mark.parametrize("text", [
    "Simp är ett ord som ungdomar använder, lär er det",
    "Min son kallas mammas pojke av de andra, vad gör skolan?",
    "Politikerna borde banta sina arvoden rejält",
    "Han ser ut som en uggla med de där glasögonen, så söt",
    "Den nya logotypen är så cringe",
    "Det var pinsamt att bussen inte kom i tid",
    "Kan någon förklara vad en incel är? Läste om det i tidningen",
    "Hon ur personalen som hjälpte mig var jättebra",
])
def test_round3_slang_look_alikes_stay_clean(engine, text: str) -> None:
    assert not _cats(engine, text) & {"personal_attack", "offensive"}


@pytest.mark.parametrize("text", [
    "tjejer kan inte köra, så enkelt är det",
    "kvinnor klarar inte av att leda en kommun",
    "typiskt kärringar att gnälla om allt",
    "homosexualitet är en sjukdom som ska botas",
    "judar är snåla, alla vet det",
    "invandrare e lata allihop",
    "det här är så jävla gay",
    "sluta va så jävla homo",
    "helt handikappat beslut av nämnden",
    "jävla fitthuvud",
    "dom förstör Sverige, alla somalier",
])
def test_round3_stereotypes_and_slang_slurs_are_offensive(engine, text: str) -> None:
    assert "offensive" in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Homosexualitet är inte en sjukdom, sluta sprida sånt",
    "Min dotter är gay och trivs jättebra på skolan",
    "Hon kan inte köra bil efter operationen, finns färdtjänst?",
    "Kvinnor kan inte vänta hur länge som helst på mammografin",
    "Tjejerna i laget kan inte träna på söndagar, hallen är stängd",
    "Ungdomarna är lata när det gäller att sortera sopor",
    "Fittja är en förort i Botkyrka",
    "Bog-propellern på färjan är trasig igen",
    "Svart skalle på piratflaggan vid lekplatsen",
    "Invandrare i kvarteret säger att tvättstugan stinker av mögel",
])
def test_round3_stereotype_look_alikes_stay_clean(engine, text: str) -> None:
    assert "offensive" not in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "@jonas_m du är inte den skarpaste kniven i lådan",
    "@jonas_m ingen hemma där uppe va?",
    "@jonas_m ingen har frågat dig",
    "@jonas_m nobody asked lol",
    "@jonas_m lär dig stava innan du skriver",
    "@jonas_m gå och häng dig",
    "Stefan på gatukontoret har väl aldrig gjort ett handtag i hela sitt liv",
    "bra jobbat @ola.p, du bevisar att man kan bli politiker utan hjärna",
])
def test_round3_idiom_and_dismissal_attacks(engine, text: str) -> None:
    assert "personal_attack" in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Den nya vindkraften är ett hafsverk, ingen frågade oss som bor här",
    "Häng med på stadsvandringen på lördag!",
    "Kniven i lådan på fritidsgården var inte den skarpaste, köp nya",
    "Min farfar har aldrig jobbat en dag utan att sjunga",
])
def test_round3_idiom_look_alikes_stay_clean(engine, text: str) -> None:
    assert "personal_attack" not in _cats(engine, text)


@pytest.mark.parametrize("text", ["@sanna_l du e ju mer botox än människa",
                                  "hon i receptionen är mer plast än människa"])
def test_looks_called_fake_are_attacks(engine, text: str) -> None:
    assert "personal_attack" in _cats(engine, text)


@pytest.mark.parametrize("text", ["Den nya skulpturen är mer plast än konst",
                                  "Kameran har mer filter än man behöver"])
def test_fake_things_are_not_attacks(engine, text: str) -> None:
    assert "personal_attack" not in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Stackars Lasse i nämnden, han har aldrig haft en egen tanke",
    "@erik.s ingen kille vill ha dig ändå",
    "@linda_o tillbaka till spisen med dig",
])
def test_round3_contempt_and_kitchen_attacks(engine, text: str) -> None:
    assert "personal_attack" in _cats(engine, text)


@pytest.mark.parametrize("text", [
    "Hon förlorade sin oskuld till en tjuv, stod det i Corren",
    "Ställ tillbaka kastrullen till spisen när du lånat den",
])
def test_round3_contempt_look_alikes_stay_clean(engine, text: str) -> None:
    assert not _cats(engine, text) & {"personal_attack", "offensive"}


@pytest.mark.parametrize("text", [
    "Lasse du e en jävla idiot",
    "Berglund är en j*vla idiot och det vet hela Motala",
    "Vilken j-vla clown Ekdahl är",
    "Kolla in Lindholms nya frisyr 😂",
    "Den som skrev inlägget har IQ som en gurka",
    "Badvakten med flätan satt med mobilen hela passet",
    "Imponerande hur kommunens pressansvarige lyckas vara både arrogant och aningslös",
    "Knappt att man orkar läsa Annikas kommentarer längre",
    "@Roger_M ingen här bryr sig om dina semesterbilder",
    "Kommunalrådet borde skämmas",
])
def test_a_text_aimed_at_someone(text: str) -> None:
    from kanalvakt.moderation.engine.attacks import aimed_at_someone
    from kanalvakt.moderation.engine.config import load_config
    from kanalvakt.moderation.engine.context import Context

    assert aimed_at_someone(Context(text, load_config(None).account(None)))


@pytest.mark.parametrize("text", [
    "Hela kommunhuset drivs som en k*rringklubb, inget blir nånsin gjort",
    "Busstidtabellen är uppenbarligen gjord av nån mongoloid",
    "Vad kallar man en björn utan tänder? En gummibjörn 😂😂",
    "hela trafikplaneringen här är så jävla efterbliven att man vill gråta",
    "Räddningstjänsten anställer folk som inte orkar bära en slang",
    "Vi var i Borensberg och Charlottenborg i helgen, jävla fint väder",
])
def test_a_text_aimed_at_nobody(text: str) -> None:
    # About a decision, a thing, a group or a place: an attack needs a person.
    from kanalvakt.moderation.engine.attacks import aimed_at_someone
    from kanalvakt.moderation.engine.config import load_config
    from kanalvakt.moderation.engine.context import Context

    assert not aimed_at_someone(Context(text, load_config(None).account(None)))
