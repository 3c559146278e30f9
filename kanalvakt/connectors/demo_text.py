"""Swedish text for the demo platform: what citizens write on a municipality's page, good and bad.

The personnummer are Skatteverket's official *test* personnummer (open data, never real people;
see ../shared/data/skatteverket-testpersonnummer). Phone numbers use the 070-17 40 6xx series,
which is reserved for fiction; e-mail domains are example domains.
"""

from __future__ import annotations

PLACES = ("Motala", "Borensberg", "Tjällmo", "Fornåsa", "Nykyrka", "Österstad", "Fågelsta", "Klockrike",
          "Västanvik", "Godegård", "Medevi", "Motala Väster")
STREETS = ("Storgatan", "Drottninggatan", "Kungsgatan", "Vätterstranden", "Prästgårdsgatan", "Gamla Övägen",
           "Borensbergsvägen", "Skolgatan")
FIRST_NAMES = ("Anna", "Lars", "Maria", "Anders", "Eva", "Johan", "Karin", "Per", "Lena", "Mikael", "Sara",
               "Erik", "Ingrid", "Ahmed", "Fatima", "Nils", "Elin", "Oskar", "Zeynep", "Björn", "Maja", "Hassan")
LAST_NAMES = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
              "Svensson", "Gustafsson", "Lindberg", "Axelsson", "Yilmaz", "Ali", "Berg", "Holm")
STAFF = ("Erik på gatukontoret", "rektorn på Charlottenborgsskolan", "Sara i kundtjänst", "Lena på socialtjänsten",
         "bygglovshandläggaren Per")
TEST_PERSONNUMMER = ("189001179804", "189804049816", "201712262383", "201108092386", "200209072396",
                     "200610172389", "199011232387", "199412152390", "199812292390", "198212272382",
                     "198612172398", "197601222388", "192607309198", "190509299814")
PHONES = ("070-174 06 01", "070-174 06 12", "070-174 06 23", "070-174 06 45")
PLATES = ("ABC 123", "MLB 45X", "GHT 982")

POSTS = (
    "Nu startar vinterväghållningen i {ort}. Läs mer om när din gata plogas på kommunens webbplats.",
    "Välkommen till Kulturnatten i {ort} på lördag! Fri entré till alla aktiviteter.",
    "Vattenavstängning på {gata} i {ort} på tisdag kl 9–14 på grund av ledningsarbete.",
    "Nu kan du söka plats i förskola inför hösten. Ansökan görs i e-tjänsten.",
    "Biblioteket i {ort} har nya öppettider från och med måndag.",
    "Kommunfullmäktige sammanträder på onsdag. Mötet sänds direkt på webben.",
    "Sophämtningen flyttas en dag under helgveckan. Kolla ditt hämtschema!",
    "Nu öppnar badplatsen vid Varamobaden för säsongen. Välkommen!",
    "Vi söker feriearbetare till sommaren – ansök senast den 15 mars.",
    "Ny gång- och cykelväg mellan {ort} och Motala är klar. Tack för ert tålamod under bygget!",
)
NORMAL = (
    "När plogas {gata} i {ort}? Det har inte kommit någon plogbil på tre dagar.",
    "Tack för en jättefin kulturnatt! Barnen älskade det.",
    "Vilka tider gäller för återvinningscentralen i helgen?",
    "Hur ansöker man om bygglov för ett attefallshus?",
    "Gatlyset på {gata} har varit trasigt i två veckor, vem ska man kontakta?",
    "Bra initiativ! Hoppas det kommer till {ort} också.",
    "Varför stänger ni biblioteket i {ort} på lördagar? Det är den enda dag jag kan gå dit.",
    "Finns det några lediga tider för simskola i vår?",
    "Det är så mycket grus kvar på cykelbanan längs {gata}, när sopas den?",
    "Tack kommunen för snabb hjälp med vattenläckan i går!",
    "Kommer det någon busslinje till {ort} på helgerna snart?",
    "Vart vänder man sig om man vill bli kontaktfamilj?",
    "Jag håller inte med om beslutet att lägga ner skolan i {ort}. Det drabbar barnen.",
    "Får man grilla vid badplatsen i {ort}?",
    "Hej! Min ansökan om förskoleplats har inte fått något svar, hur lång är handläggningstiden?",
)
CITIZEN_REPLIES = (
    "Håller med, samma problem här i {ort}.",
    "Det står på kommunens webbplats under Trafik och gator.",
    "Ring kundtjänst, de brukar svara snabbt.",
    "Nej, det stämmer inte. Det var stängt förra veckan också.",
)
OWN_REPLIES = (
    "Hej {fornamn}! Tack för att du hör av dig. Vi har skickat vidare till gatuenheten. Vänliga hälsningar, Alva",
    "Hej {fornamn}! Öppettiderna finns på vår webbplats. Hälsningar Erik",
    "Hej! Tack för din fråga. Kontakta kundtjänst på 0141-22 50 00 så hjälper de dig. /Sara",
)
MESSAGES = (
    "Hej, jag vill klaga på bemötandet jag fick i receptionen i går.",
    "Hej! Kan ni hjälpa mig att hitta rätt handläggare för mitt bygglovsärende?",
    "Jag har en fråga om min räkning för vatten och avlopp.",
)
EDIT_SUFFIX = (" (Edit: nu har de plogat, tack!)", " EDIT: stavfel", " Uppdatering: fortfarande inget svar.")

# Inappropriate material, one list per category in PRODUCT.md.
INAPPROPRIATE = {
    "confidential": (
        "Min granne {namn} på {gata} får försörjningsstöd och hennes son är placerad av socialtjänsten, det vet alla.",
        "{namn} som jobbar på skolan har skyddad identitet och bor faktiskt på {gata} i {ort}.",
        "Läraren sa att {fornamn} i 4B har en ADHD-diagnos och går hos BUP varje vecka.",
    ),
    "offensive": (
        "Jävla pack på kommunen, ni är äckliga parasiter allihop.",
        "J ä v l a idioter, kommunen är full av ruttna kräk.",
        "Skicka hem allt slödder som förstör {ort}, de är inte människor.",
    ),
    "personal_attack": (
        "{personal} är en inkompetent idiot som borde sparkas på dagen.",
        "{namn}, du är den dummaste människan i hela {ort}, håll käften.",
        "Den där fula kärringen i receptionen borde skämmas, hon är helt värdelös.",
    ),
    "personal_data": (
        "{namn} har personnummer {pnr}, kolla själva om ni inte tror mig.",
        "Ring {namn} på {tel} och säg vad ni tycker, hon bor på {gata} 12 i {ort}.",
        "Bilen med reg nr {regnr} står felparkerad varje dag, ägaren heter {namn}, mejla {epost}.",
    ),
    "criminal": (
        "Om ni inte lagar vägen kommer jag att bränna ner kommunhuset.",
        "Jag vet var du bor {personal}. Akta dig när du går hem i kväll.",
        "Se hela nya filmen gratis här: https://thepiratebay.org/description.php?id=1234",
    ),
    "advertising": (
        "Tjäna 5000 kr om dagen hemifrån med bitcoin!!! Klicka här: https://snabba-pengar.example",
        "REA på solglasögon 90% rabatt, beställ på www.billiga-brillor.example",
        "Behöver du hjälp med flytt? Ring Flyttfirman Express, bästa priset i {ort}!",
    ),
    "off_topic": (
        "Någon som vill köpa en begagnad barnvagn? Skriv PM.",
        "Vem vann egentligen melodifestivalen i fjol?",
        "Har någon sett min katt? Hon är grå och heter Missan.",
    ),
}
