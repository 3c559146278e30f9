"""Write dev.jsonl: the hand-labelled Swedish development set of the moderation engine.

The comments are written by us for this purpose (realistic comments to a municipality's
accounts; none is copied from a real person). Phone numbers use series that are not in use
for subscribers where possible, and personnummer are Skatteverket's test numbers.
Run: python tests/moderation/data/make_devset.py > tests/moderation/data/dev.jsonl
"""

import json
import random

C, OF, A, P, K, R, T = ("confidential", "offensive", "personal_attack", "personal_data",
                       "criminal", "advertising", "off_topic")

ROWS: list[tuple[str, list[str]]] = [
    # --- clean comments and hard negatives ------------------------------------------------
    ("Tack för informationen! När öppnar simhallen igen efter renoveringen?", []),
    ("jävla bra jobbat med snöröjningen i år!", []),
    ("Fan vad fint det blev på torget, bra jobbat kommunen", []),
    ("Skitbra initiativ med läxhjälpen på biblioteket", []),
    ("Helvete vad kallt det är, men skönt att bussarna går som vanligt", []),
    ("Politikerna i Motala har fattat ett riktigt dåligt beslut om skolan i Tjällmo.", []),
    ("Det här beslutet är helt idiotiskt, lägg ner förslaget om att stänga biblioteket", []),
    ("Kommunstyrelsen borde skämmas över hur de sköter äldreomsorgen", []),
    ("Ni politiker lyssnar aldrig på oss som bor på landsbygden", []),
    ("Inkompetent hantering av bygglovet, tre månader har vi väntat", []),
    ("Invandringen måste minska, kommunen har inte råd med fler nyanlända just nu.", []),
    ("Jag tycker att integrationen har misslyckats och att vi tar emot för många flyktingar.", []),
    ("Stoppa invandringen och satsa på de äldre istället!", []),
    ("Kommunen lägger för mycket pengar på mottagandet av asylsökande, det är min åsikt.", []),
    ("Varför ska skattebetalarna i Motala betala för migrationspolitiken?", []),
    ("Många invandrare har svårt att få jobb, kommunen borde satsa mer på SFI.", []),
    ("Ring mig gärna på 070-123 45 67 så kan jag berätta mer om gropen på Storgatan.", []),
    ("Hej! Jag har inte fått svar om min ansökan. Mitt nummer är 0141-21 34 56, mvh Karin", []),
    ("Du når mig på karin.berg@exempel.se om ni har frågor om föreningens bokning", []),
    ("Kontakta mig på 073-555 12 34 angående felanmälan av gatlampan", []),
    ("Mvh Per Johansson, 070-987 65 43", []),
    ("Jag bor på Ekgatan 4, 591 35 Motala och soptunnan har inte tömts på tre veckor", []),
    ("Ring kundcenter på 0141-22 50 00 så hjälper de dig", []),
    ("Skicka ett mejl till kommun@motala.se så registreras det", []),
    ("Mejla info@motala.se eller biblioteket@motala.se för frågor om lånekort", []),
    ("I Linköping har de gratis parkering på helgerna, varför inte i Motala?", []),
    ("Norrköping har byggt en ny simhall för halva priset, kan vi inte göra likadant?", []),
    ("Jag pendlar till Linköping varje dag och bussen från Borensberg är alltid sen", []),
    ("Mjölby har redan infört fritidskort för unga, när kommer det hit?", []),
    ("Bra att ni tar tag i trafiken vid rondellen!", []),
    ("Håller med!", []),
    ("Tack!", []),
    ("👍👍", []),
    ("När börjar sommarlovsaktiviteterna för barnen i Fornåsa?", []),
    ("Varför är gatubelysningen släckt på Vasagatan sedan i måndags?", []),
    ("Fin bild på Göta kanal!", []),
    ("Vättern är så vacker i kväll, tack för att ni delar", []),
    ("Skulle vilja veta mer om hur man ansöker om försörjningsstöd.", []),
    ("Socialtjänsten behöver mer resurser, personalen är helt slutkörd", []),
    ("Min son har ADHD och skolan ger honom inget stöd alls, vad gör kommunen?", []),
    ("Jag har själv varit sjukskriven för utmattning och vet hur svårt det är", []),
    ("Elevhälsan i Motala är underbemannad, det vet alla föräldrar", []),
    ("Hemtjänsten gör ett fantastiskt jobb med min mamma, tack!", []),
    ("Kan man få hjälp av en god man om man inte klarar sina räkningar själv?", []),
    ("Vi vill ha en ny cykelbana mellan Motala och Borensberg", []),
    ("Abort är en rättighet, bra att vårdcentralen informerar om det", []),
    ("Bögar och flator är välkomna på Pride i Motala i helgen!", [OF]),
    ("Det kommer att smälla rejält på nyårsafton, glöm inte att ta hand om era djur", []),
    ("Jag ska döda lite tid på biblioteket innan bussen går", []),
    ("Ni skjuter upp beslutet om skolan igen, det är inte okej", []),
    ("Kommunen sprängde budgeten med nya stadshuset", []),
    ("Skjut upp mötet till nästa vecka så fler kan vara med", []),
    ("Bränn inte löv i trädgården, det är förbjudet enligt räddningstjänsten", []),
    ("Min hund är livrädd för fyrverkerierna, kan kommunen förbjuda dem i Motala?", []),
    ("Horisonten över Vättern i solnedgången är fantastisk", []),
    ("Vildsvinen har grävt upp hela fotbollsplanen i Borensberg igen", []),
    ("Vi fick rabatt på lånekortet? Nej det var visst fel, men bra service ändå på biblioteket", []),
    ("ICA Maxi i Motala har öppnat en ny ingång, bra för oss som går med rullator", []),
    ("Köp av tjänster från konsulter kostar kommunen miljoner, varför?", []),
    ("Kommunen borde investera i skolan istället för i nya kontor", []),
    ("Välkommen till biblioteket på lördag, fri entré och sagostund för barnen!", []),
    ("Det är gratis att låna e-böcker med lånekortet, tipsa gärna andra", []),
    ("Bilen med regnummer på skylten stod fel i går men nu är den flyttad, tack för snabb hjälp", []),
    ("Trafiken på Drottninggatan 12 är hemsk på morgnarna", []),
    ("Vad fint det blev i parken vid Råssnäs", []),
    ("Hur gör jag en felanmälan om en trasig gungbräda på lekplatsen?", []),
    ("LSS 123 ärenden väntar enligt tidningen, stämmer det?", []),
    ("Årsredovisningen visar ett underskott på 12 miljoner kronor", []),
    ("Mötet hålls 2024-03-14 kl 18.00 i stadshuset", []),
    ("Diarienummer KS 2023/0163 gäller ärendet om skolan", []),
    ("Ni är så duktiga på biblioteket, tack för all hjälp!", []),
    ("Du är bäst Anna på kundcenter, tack för att du hjälpte mig!", []),
    ("Vilken idiotisk idé att bygga ännu en rondell", []),
    ("Det är dumt att stänga badhuset på sommaren", []),
    ("Äntligen! Jävlar vad jag har väntat på den nya cykelbanan", []),
    ("Satan i gatan vad mycket snö det kom i natt, men plogbilarna var snabba", []),
    ("Fy fan vad gropig Stationsgatan är, när ska den lagas?", []),
    ("Jag hoppas kommunen tar bort parkeringsavgiften vid sjön", []),
    ("Varför stänger ni fritidsgården i Motala Väster?", []),
    ("Vem har ansvar för dagvattnet på vår gata? Det svämmar över varje höst", []),
    ("Rektorn på skolan gör ett bra jobb tycker vi föräldrar", []),
    ("Kan ni lägga upp öppettiderna för återvinningscentralen i Tjällmo?", []),
    ("Det finns alltid folk som kör för fort förbi skolan, sätt upp farthinder!", []),
    ("Min granne har byggt ett plank utan bygglov, hur anmäler jag det?", []),
    ("Jag är så trött på alla vägarbeten just nu men förstår att det behövs", []),
    ("Betalade parkeringsboten med kort 4111 men fick ändå påminnelse, hur löser jag det?", []),
    ("Bankgirot till föreningen står på hemsidan, tack för stödet till Motala IF", []),
    ("Hundrastgården vid Charlottenborg behöver nytt staket", []),
    ("Min pappa bor på äldreboendet och maten har blivit mycket bättre", []),
    ("Kan man ansöka om bostadsanpassning via e-tjänsten?", []),
    ("Sluta slösa skattepengar på konsulter!", []),
    ("Hela kommunledningen borde avgå efter den här skandalen med skolbygget", []),
    ("Korrupt hantering av upphandlingen, det borde granskas av revisorerna", []),
    ("Jag är så förbannad på hur ni har skött flytten av förskolan", []),
    ("Arbetsmarknadsenheten har hjälpt min kusin till jobb, stort tack", []),
    ("Hur mycket kostar det att hyra Folkets park till en föreningsfest?", []),
    # --- personal data ------------------------------------------------------------------
    ("Han som kör skolbussen heter Lars och hans nummer är 070-234 56 78, ring och klaga!", [P]),
    ("Grannens mobilnummer är 0731234567 om någon vill säga åt honom att sluta spela musik", [P]),
    ("Här är mejlen till killen som klottrar: jonas.klottrare@gmail.com", [P]),
    ("Hennes adress är Björkvägen 7, 591 42 Motala om ni vill skicka räkningen dit", [P]),
    ("Han bor på Stora Torget 3 ovanför pizzerian", [P]),
    ("Bilen ABC 123 står alltid på handikapparkeringen vid vårdcentralen", [P]),
    ("Den vita Volvon med reg nr XKL 48F kör för fort förbi skolan varje morgon", [P]),
    ("Har hittat en plånbok med kortnummer 4556 7375 8689 9855, vem äger den?", [P]),
    ("Skicka pengarna till kontonummer 8327-9, 123 456 789-0 så fixar han det", [P]),
    ("Swedbank kontonr 8105-9, 944 225 871-4 tillhör personen som lurade min mamma", [P]),
    ("Hans IBAN är SE45 5000 0000 0583 9825 7466 om någon vill kräva tillbaka pengarna", [P]),
    ("Ring hennes mobil 076-111 22 33 och fråga varför hon inte städar trapphuset", [P]),
    ("Numret till handläggaren som aldrig svarar är 0141-224 433, ring och tjata", [P]),
    ("Lärarens privata mejl är maria.s@hotmail.com, skriv dit istället", [P]),
    ("RPX 77A tutar varje natt utanför vårt hus på Bergsgatan", [P]),
    ("Skicka en swish till honom, han har bankgiro 5050-1055", [P]),
    ("Familjen Nilsson bor på Klostergatan 9B, 591 31 Motala, de har inte klippt häcken på år", [P]),
    ("Hej, jag heter Sven och mitt personnummer är 19890723-2394, kan ni kolla min ansökan?", [P]),
    ("Killen som bor på Kungsvägen 12 i Borensberg har tre olovliga hundar", [P]),
    ("Rektorns mobilnummer är +46 70 456 78 90", [P]),
    ("Maila honom direkt på erik.lind@foretaget.se, han är ansvarig för bygget", [P]),
    ("Hennes pg är 48909-6 om någon vill skicka pengar till en bluff", [P]),
    ("Min kompis mobil är 0739876543, ring honom om ni vill köpa hans båt", [P]),
    # --- confidential ---------------------------------------------------------------------
    ("Grannens son Erik har ADHD och är placerad i familjehem", [C, P]),
    ("Alla vet att Lisa på förskolan är sjukskriven för depression", [C, P]),
    ("Eleven Ahmed i 7B har ett åtgärdsprogram och blev avstängd i veckan", [C, P]),
    ("Familjen Karlsson har fått en orosanmälan från skolan, socialtjänsten utreder dem nu", [C, P]),
    ("Kristina som jobbar i hemtjänsten är alkoholist, det vet alla i Borensberg", [C, P]),
    ("Hans dotter är placerad enligt LVU sedan i våras", [C, P]),
    ("Mannen på Storgatan har skyddad identitet, han flydde från sin fru", [C, P]),
    ("Johan Andersson har cancer och ligger inlagd på psykiatrin", [C, P]),
    ("Hon lever på försörjningsstöd och har skulder hos Kronofogden", [C, P]),
    ("Läraren Sara har fått F i betyg av sina egna elever haha, hon är utbränd", [C, P]),
    ("Tjejen i 9A är gravid och har hög frånvaro", [C, P]),
    ("Mohammed i klass 4 har autism och går i särskild undervisningsgrupp", [C, P]),
    ("Pappan till Elsa har kontaktförbud mot mamman, därför hämtar han aldrig", [C, P]),
    ("Grannens dotter har anorexi och är inlagd på BUP", [C, P]),
    ("Gunnar Persson har demens och har hemtjänst fyra gånger om dagen", [C, P]),
    # --- offensive ------------------------------------------------------------------------
    ("Alla blattar i Motala Väster borde flytta", [OF]),
    ("Svartskallarna har tagit över centrum", [OF]),
    ("Jävla zigenarpack som tigger utanför ICA", [OF]),
    ("Det är för många n3gr3r på bussen", [OF]),
    ("b l a t t a r ska inte få bidrag", [OF]),
    ("Fittan som satt bakom disken var otrevlig", [A, OF]),
    ("Vilket jävla muslimpack det är på torget", [OF]),
    ("Sug min kuk kommunen", [OF]),
    ("Knulla er allihop", [OF]),
    ("Vem fan anställer mongon på kommunen?", [OF]),
    ("Bögjävlar ska inte få visa sig på Pride", [OF]),
    ("Svartskallejävlar förstör allt", [OF]),
    ("Invandrarjävlar förstör vår stad", [OF]),
    ("Jävla n1gger", [OF]),
    ("tattarna i husvagnarna vid sjön borde åka", [OF]),
    # --- personal attacks -----------------------------------------------------------------
    ("Du är en idiot", [A]),
    ("Du är en 1d10t!!!", [A]),
    ("Ni politiker är hjärndöda allihop", [A]),
    ("Dra åt helvete", [A]),
    ("Håll käften din jävla pajas", [A]),
    ("Anna på kundcenter är en jävla idiot", [A]),
    ("Politikerna är idioter allihop", [A]),
    ("Vilka idiotpolitiker vi har i den här kommunen", [A]),
    ("Du är så korkad att det gör ont", [A]),
    ("Rektorn är en fegis och en lögnaktig clown", [A]),
    ("@Stefan du är ett jävla pucko", [A]),
    ("Idiot.", [A]),
    ("Din dumma kärring, läs vad som står innan du svarar", [A]),
    ("Handläggaren är helt värdelös och dum i huvudet", [A]),
    ("Fan ta dig", [A]),
    ("Ni är ena jävla puckon på gatukontoret", [A]),
    ("Peter är en sån jävla nolla", [A]),
    ("Hon är sjuk i huvudet den där kommunalrådet", [A]),
    ("du e en j4vla t0nt", [A]),
    ("Kommundirektören är en jubelidiot", [A]),
    ("Din jävla hora, fattar du inget?", [A, OF]),
    ("Anna på kommunen är en jävla h0ra", [A, OF]),
    ("Du är en f.i.t.t.a", [A, OF]),
    ("Ta livet av dig", [A]),
    ("Ingen gillar dig Lena, sluta kommentera", [A]),
    ("Vilken imbecill du är", [A]),
    ("Ni på socialtjänsten är ett gäng parasiter", [A]),
    ("Dumskallen som skrev inlägget borde sparkas", [A]),
    ("Hoppas du dör", [A]),
    ("Sluta gnäll ditt jävla miffo", [A, OF]),
    # --- criminal -------------------------------------------------------------------------
    ("Jag vet var du bor", [K]),
    ("Vi vet var han bor, han ska få betala för det här", [K]),
    ("Ni ska få se vad som händer om ni stänger skolan", [K]),
    ("Jag ska döda dig", [K]),
    ("Jag kommer att bränna ner kommunhuset om beslutet går igenom", [K]),
    ("Någon borde skjuta politikerna", [K]),
    ("Akta dig noga, du vet inte vem du har att göra med", [K]),
    ("Vi kommer hem till dig i kväll", [K]),
    ("Du kommer att ångra dig, det lovar jag", [K]),
    ("Det kommer att flyta blod i stadshuset", [K]),
    ("Kom igen nu, dags att bränna ner förläggningen", [K]),
    ("Alla borde gå dit och slakta dem", [K]),
    ("Muslimer är kackerlackor som borde utrotas", [K, OF]),
    ("Invandrare är djur och borde skjutas", [K, OF]),
    ("Judarna är parasiter som förpestar landet", [K, OF]),
    ("Homosexuella är sjuka i huvudet och pedofiler", [K, OF]),
    ("Somalier är inte människor", [K, OF]),
    ("Rensa Sverige från alla muslimer", [K]),
    ("Utrota alla zigenare", [K, OF]),
    ("Svartskallar är ohyra som borde gasas", [K, OF]),
    ("Se hela filmen gratis på thepiratebay.org", [K]),
    ("Nya säsongen finns redan på 1337x.to, ladda ner där", [K]),
    ("Kolla matchen gratis på https://gostream.is/nfl", [K]),
    ("Ladda ner filmen gratis via torrent istället för att betala", [K]),
    ("Har barnporr att byta, dm på telegram", [K]),
    ("Kolla videon där de halshugger fången, länk i bio", [K]),
    ("Du är död om jag ser dig på stan", [K]),
    ("En kula i huvudet på honom är vad han behöver", [K]),
    ("Du ska få stryk nästa gång vi ses", [K]),
    ("Ta till vapen mot kommunen!", [K]),
    # --- advertising ----------------------------------------------------------------------
    ("Tjäna 5000 kr om dagen med bitcoin! Kontakta min mentor på whatsapp", [R]),
    ("Jag investerade 2000 kr och fick tillbaka 30 000 kr på en vecka tack vare Anna, skriv till henne på telegram", [R]),
    ("Grattis! Du har vunnit en iPhone 15. Klicka på länken bit.ly/3xYzAbc för att hämta ditt pris", [R]),
    ("Vi säljer billiga solglasögon, 70% rabatt, beställ nu på www.billigasolglas.se", [R]),
    ("Följ oss på Instagram för fler erbjudanden! Rabattkod MOTALA20", [R]),
    ("Passiv inkomst hemifrån, inga förkunskaper krävs, DM för info", [R]),
    ("Din sida kommer att stängas inom 24 timmar. Verifiera ditt konto här: tinyurl.com/verifiera-fb", [R]),
    ("Säljer begagnad soffa, 500 kr, hämtas i Motala", [T]),  # a private sale: guideline 8, off-topic
    ("Boka tid hos oss på Salong Lugg, kampanjpris på slingor hela mars!", [R]),
    ("Kolla in min profil för sexiga tjejer i ditt område", [R]),
    ("Krypto är framtiden! Dubbla dina pengar på 48 timmar med vår tradingbot", [R]),
    ("Jobba hemifrån och tjäna extra, skriv 'INFO' i kommentarerna", [R]),
    ("Gratis frakt på alla beställningar idag! Handla nu på vår webbshop", [R]),
    ("Bästa pizzan i stan! Erbjudande: två pizzor för 150 kr hos Pizzeria Roma", [R]),
    ("Forex-trading gav mig ekonomisk frihet, fråga mig hur", [R]),
    ("Onlyfans-länk i min bio 🔥", [R]),
    ("Superpris på däckbyte hos oss, endast 399 kr, boka tid via vår hemsida", [R]),
    ("Köp följare billigt på www.followers-cheap.com", [R]),
    ("Investera i NFT idag och bli rik", [R]),
    ("Vi har rea på alla trädgårdsmöbler, upp till 50 % rabatt", [R]),
    # --- off topic ------------------------------------------------------------------------
    ("Någon som vet var man kan se melodifestivalen online i Thailand? Vi är på semester där nu", [T]),
    ("Grattis på födelsedagen mamma, du är bäst i hela världen! ❤️", [T]),
    ("Dela detta inlägg om du älskar din mamma, de flesta kommer inte att våga", [T]),
    ("Jesus älskar dig, be till Gud varje dag så blir allt bra", [T]),
    ("Trump kommer att vinna valet i USA, det är jag helt säker på", [T]),
    ("Någon som har ett bra recept på kanelbullar som blir riktigt saftiga?", [T]),
    ("Vem vinner Allsvenskan i år tror ni, Malmö eller AIK?", [T]),
    ("Min katt har slutat äta sin mat, någon som har tips på vad jag ska göra?", [T]),
    ("Putin borde ställas inför rätta för kriget i Ukraina", [T]),
    ("Har precis sett sista avsnittet av serien på Netflix, vilket slut!", [T]),
    ("Kungen är så gammal nu, när tar prinsessan över tror ni?", [T]),
    ("Chemtrails sprutas ut över hela landet varje dag, vakna upp människor", [T]),
    ("Min pojkvän har gjort slut med mig, livet suger just nu", [T]),
    ("Någon som vill följa med på gymmet i morgon bitti? Behöver motivation", [T]),
    ("Vilken värme det är på Mallorca just nu, önskar att ni var här!", [T]),
    ("Tips på en bra film att se i kväll? Gärna en skräckfilm", [T]),
    ("Kolla vilken söt valp jag har fått! Han heter Sixten och är tolv veckor", [T]),
    ("Snart är det fotbolls-VM, vem håller ni på?", [T]),
    ("Jag har gått ner tio kilo på två månader genom att sluta äta socker", [T]),
    ("Stockholm är den bästa staden i världen att bo i, punkt slut", [T]),
]


def rows() -> list[tuple[str, list[str]]]:
    """Hand-written rows plus variants that vary names, numbers and obfuscation."""
    rng = random.Random(7)
    out = list(ROWS)
    pins = ["200708022389", "190504059809", "197908102390", "201012182380", "199904192383",
            "190704149814", "198805242388", "192109059259", "190302229810", "201910042397"]
    # Skatteverket's test personnummer (never issued to real people).
    forms = [lambda p: p, lambda p: p[2:], lambda p: p[2:8] + "-" + p[8:], lambda p: p[:8] + "-" + p[8:]]
    templates = [
        "Hans personnummer är {n}, kolla upp honom",
        "Här är personnumret till killen som stal cykeln: {n}",
        "{n} heter hon som fuskar med bidragen",
        "Min granne har pnr {n} och har inte betalat hyran",
        "Jag skickar mitt personnummer {n} så ni kan hitta min ansökan",
    ]
    for i, p in enumerate(pins):
        n = forms[i % 4](p)
        text = templates[i % len(templates)].format(n=n)
        out.append((text, [P]))
    # Invalid and organisation numbers: hard negatives.
    for n in ["556036-0793", "5560360793", "802005-1952", "197004289895", "600430-9886",
              "212000-1355", "19700428-9895"]:
        out.append((f"Organisationen/ärendet har nummer {n}, se hemsidan", []))
    names = ["Anna", "Erik", "Lena", "Johan", "Maria", "Karl", "Sara", "Peter", "Emma", "Lars"]
    insults = ["idiot", "pucko", "clown", "jubelidiot", "fjant", "dumskalle", "i.d.i.o.t", "idioooot"]
    for i in range(24):
        name = names[i % len(names)]
        ins = insults[i % len(insults)]
        out.append((rng.choice([f"{name} på kommunen är en {ins}", f"Du är en {ins} {name}",
                                f"Ni är några jävla {ins}er", f"{name} din {ins}"]), [A]))
    profane_ok = ["jävla bra", "fan vad bra", "skitbra", "jäkligt bra", "helt jävla fantastiskt"]
    services = ["snöröjningen", "nya lekplatsen", "biblioteket", "badhuset", "sommarlovsaktiviteterna",
                "cykelbanan", "julbelysningen på torget", "skolmaten"]
    for i in range(24):
        out.append((f"{profane_ok[i % 5].capitalize()} jobbat med {services[i % len(services)]}!", []))
    phones = ["070-312 45 67", "073-998 12 34", "076-455 66 77", "0141-21 12 12", "072-123 00 99"]
    for i in range(15):
        ph = phones[i % len(phones)]
        if i % 3 == 0:
            out.append((f"Ring mig på {ph} om ni har frågor om bygglovet", []))
        elif i % 3 == 1:
            out.append((f"Hans nummer är {ph}, ring och säg åt honom att flytta bilen", [P]))
        else:
            out.append((f"Skriv gärna till mig eller ring {ph}. Vänliga hälsningar, Maja", []))
    groups = ["Invandrare", "Muslimer", "Somalier", "Romer", "Afghaner", "Judar"]
    for g in groups:
        out.append((f"{g} är parasiter och borde utrotas", [K, OF]))  # hets is degrading too
        out.append((f"Jag tycker att kommunen ska ställa högre krav på {g.lower()} som får bidrag", []))
        out.append((f"{g} måste lära sig svenska snabbare, satsa mer på SFI i Motala", []))
    spam = ["Tjäna {n} kr i veckan hemifrån, skriv till mig på whatsapp",
            "Bitcoin-investering gav mig {n} kr på en vecka, kontakta min mentor",
            "Grattis! Du är utvald att vinna ett presentkort på {n} kr, klicka på länken bit.ly/x{n}"]
    for i in range(12):
        out.append((spam[i % 3].format(n=rng.choice([3000, 5000, 12000, 25000])), [R]))
    return out


if __name__ == "__main__":
    for i, (text, labels) in enumerate(rows(), start=1):
        print(json.dumps({"id": i, "text": text, "labels": sorted(labels)}, ensure_ascii=False))
