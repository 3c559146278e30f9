"""Advertising signal families beyond the commercial core of `spam`: network marketing, scams and
phishing, earn-money and adult spam, English spam (second round); trade names, venue offers and
self-promotion (third); one's own channel, reply-to-get bait, phishing by deadline, gambling,
crypto tokens, miracle cures and friendly scam messages (fourth). `spam` appends `FAMILIES` to its
signals; each row: pattern, weight, label, word gate (see `gates`), whether digits open it too.
"""

from __future__ import annotations

import re

from kanalvakt.moderation.engine.gates import gate


def _heads(alt: str) -> set[str]:
    """The characters an alternative can start with: its first character, or the first
    characters of the branches of a leading `(?:a|b)` group."""
    if alt.startswith("\\d"):
        return {"\\d"}
    if not alt.startswith("(?:"):
        return {alt[0]}
    depth, start, heads = 0, 3, set()
    for i in range(3, len(alt)):
        c = alt[i]
        if c == "(":
            depth += 1
        elif c == ")" and depth:
            depth -= 1
        elif depth == 0 and c in "|)":
            heads |= _heads(alt[start:i])
            start = i + 1
            if c == ")":
                break
    return heads


def alts(*alts: str) -> re.Pattern[str]:
    """`\\b(?:alt|alt|...)` with a look-ahead of the alternatives' first letters in front, so that
    the regex engine skips every other position at once: most of a comment's positions start
    none of them. Each alternative starts with a plain letter or digit, or a group of such."""
    heads = set().union(*map(_heads, alts))
    assert all(re.fullmatch(r"[a-z0-9]|\\d", h) for h in heads), alts
    chars = "".join(sorted(heads))
    return re.compile(f"(?=[{chars}])" + r"\b(?:" + "|".join(alts) + ")")


FAMILIES: list[tuple[re.Pattern[str], float, str, int, bool]] = [
    # Strong commercial marks: a discount code, network marketing and its health products.
    (alts(r"(?:med|anvand|ange|uppge|skriv)\s+(?:rabatt|kampanj)?koden\s+\w+",
           r"(?:forever\s+living|herbalife|oriflame|zinzino|juice\s+plus|younique|arbonne|doterra|"
           r"tupperware|young\s+living|amway|nu\s+skin|lr\s+health|partylite|jafra|monat)\b",
           r"(?:ga|gick|gatt)\s+ner\s+\d+\s+(?:kilo|kg)\b", r"viktminskning\w*", r"bantningspiller\b",
           r"kosttillskott\w*", r"produkten\s+som\s+(?:hjalpte|forandrade|raddade)\b"),
     0.45, "reklam", gate("koden rabattkoden kampanjkoden living herbalife oriflame zinzino plus "
                          "younique arbonne doterra tupperware amway skin health partylite jafra "
                          "monat kilo kg bantningspiller produkten", "viktminskning kosttillskott"),
     False),
    # Gambling and pirate TV subscriptions sold in comments.
    (alts(r"casino\w*", r"kasino\w*", r"free\s?spins\b", r"freespins\b", r"insattningsbonus\w*",
           r"bonus\w*\s+(?:\d+\s?%\s+)?(?:pa|vid)\s+(?:forsta|din)\b", r"spela\s+nu\b",
           r"utan\s+(?:svensk\s+)?licens\b", r"utan\s+spelpaus\b", r"iptv\b", r"\d+\s?000\s+kanaler\b"),
     0.45, "spel/iptv", gate("spins freespins spela licens spelpaus iptv kanaler",
                             "casino kasino bonus insattningsbonus"), False),
    # Phishing, fake lotteries and like-farming beyond the first list.
    (alts(r"(?:har\s+)?valts\s+ut\b", r"blivit\s+utvald",
           r"(?:hamta|hamta\s+ut|losa\s+in|claima)\s+(?:din|ditt|dina)\s+(?:vinst|pris|paket|gava|"
           r"beloning|presentkort)\b",
           r"ditt\s+paket\s+(?:vantar|kunde|ar\s+pa\s+vag|har\s+(?:stoppats|inte))", r"ofullstandig\s+adress\b",
           r"paketet\s+(?:vantar|kunde\s+inte)", r"(?:tull|frakt|leverans)avgift\w*",
           r"uppdatera\s+(?:dina|din)\s+(?:uppgifter|betal\w*|kort\w*)", r"kortuppgifter\b",
           r"misstankt\s+aktivitet\b", r"logga\s+in\s+(?:har|via\s+lanken)\b",
           r"alla\s+som\s+(?:delar|gillar)\b", r"(?:dela|gilla)\s+(?:och|&)\s+(?:dela|gilla|kommentera)\b",
           r"(?:gilla|dela)\s+(?:sidan|inlagget)\s+(?:och|&)\s+(?:kommentera|dela|gilla)\b",
           r"giveaway\b", r"lotteri\w*",
           r"vinna\s+en\s+(?:iphone|ipad|samsung|macbook|ps5|playstation|resa|bil)\b",
           r"(?:ditt|din)\s+(?:[\w]+-?)?(?:konto|sida)\s+(?:kommer\s+(?:att\s+)?|har\s+)?(?:stangas|sparras|"
           r"raderas|inaktiveras|blockeras|tas\s+bort|rapporterats)\b",
           r"bekrafta\w*\s+(?:dina|din|ditt)\s+(?:uppgifter|identitet|konto|betalning)",
           r"(?:ditt|ert)\s+bankid\w*\s+(?:har\s+gatt\s+ut|har\s+sparrats)",
           r"bankid\w*\s+maste\s+(?:fornyas|uppdateras|verifieras)",
           r"forny\w*\s+(?:det|ditt|din)\s+(?:\w+\s+)?(?:har|via)\b",
           r"din\s+(?:dator|telefon|mobil)\s+(?:ar|har)\s+(?:blivit\s+)?(?:infekterad|hackad|smittad)",
           r"ring\s+(?:supporten|support)\s+(?:omedelbart|direkt|nu)\b",
           r"(?:microsoft|apple|windows)(?:\s+|\s*-\s*)support\b", r"obetald\w*\s+(?:skuld|faktura|rakning)",
           r"undvika\s+(?:inkasso|avstangning|att\s+kontot)", r"betala\s+(?:\w+\s+)?via\s+lanken\b",
           r"lyckliga\s+vinnar\w*", r"\d\s+kr\s+i\s+vinst\b", r"fa\s+en\s+lott\b",
           r"lanken\s+i\s+(?:min\s+)?profil\w*", r"fastnat\s+utomlands\b", r"behover\s+lana\s+\d",
           r"kommentera\s+(?:klar|ja|jag)\b", r"delas\s+ut\s+till\s+\d", r"(?:vart|ett)\s+medium\b",
           r"spadam\w*", r"tarot\w*"),
     0.55, "bedrägeri",
     gate("valts vinst pris paket gava beloning presentkort ofullstandig paketet uppdatera "
          "kortuppgifter misstankt logga delar gillar dela gilla giveaway vinna stangas sparras "
          "raderas inaktiveras blockeras bort rapporterats infekterad hackad smittad supporten "
          "support undvika lanken lott utomlands lana kommentera delas medium",
          "utvald tullavgift fraktavgift leveransavgift lotteri bekrafta bankid forny obetald "
          "lyckliga spadam tarot"), False),
    # Earn-money, crypto testimonials and adult spam beyond the first list.
    (alts(r"extra\s*pengar\b", r"sidoinkomst\w*", r"bli\s+(?:din|sin)\s+egen\s+chef\b",
           r"ingen\s+erfarenhet\s+(?:kravs|behovs)\b", r"fick\s+tillbaka\s+\d",
           r"(?:via|kontakta|tack\s+vare|genom)\s+(?:mrs|mr)\.?\s+[a-z]+\b",
           r"rekommenderar\s+(?:mrs|mr|henne|honom)\b",
           r"(?:sextraff\w*|knullkompis\w*|nakenbilder|nudes|camgirl\w*|escort(?:tjej\w*|er)?)\b",
           r"ensam\s+ikvall\b", r"hog\s+provision\b", r"provisionsbaserad\w*",
           r"flexibla\s+(?:arbets)?tider\b", r"(?:bli|blir|blev)\s+(?:miljonar|rik)\b",
           r"tusentals\s+singlar\b", r"singlar\s+(?:vantar|soker)\b", r"hitta\s+karleken\b",
           r"sugar\s+(?:daddy|mommy|baby)\b", r"investera\s+\d", r"(?:ai|trading)-?robot\w*",
           r"(?:kolla|kika|titta)\s+(?:in\s+)?(?:pa\s+)?min\s+(?:profil|bio)\b",
           r"(?:heta|nakna|privata)\s+(?:bilder|filmer|videos)\b"),
     0.5, "snabba pengar/vuxen",
     gate("pengar extrapengar chef erfarenhet tillbaka mrs mr rekommenderar nakenbilder nudes "
          "ikvall provision tider arbetstider miljonar rik singlar karleken daddy mommy baby "
          "investera profil bio bilder filmer videos", "sidoinkomst sextraff knullkompis camgirl "
          "escort provisionsbaserad robot airobot tradingrobot"), False),
    # English spam.
    (alts(r"check\s+out\s+my\b", r"click\s+(?:here|the\s+link|below|now)\b", r"link\s+in\s+(?:my\s+)?bio\b",
           r"dm\s+(?:me|for)\b", r"message\s+me\b", r"text\s+me\b", r"inbox\s+me\b",
           r"make\s+(?:money|\$?\d+)", r"earn\s+\$?\d+", r"work\s+from\s+home\b", r"promo\s+code\b",
           r"discount\s+code\b", r"limited\s+(?:time\s+)?offer\b",
           r"free\s+(?:gift|shipping|trial|followers)\b",
           r"visit\s+(?:my|our)\s+(?:page|profile|website|site|shop|store)\b", r"follow\s+(?:me|us)\s+on\b",
           r"buy\s+now\b", r"order\s+now\b", r"shop\s+now\b", r"sign\s+up\s+(?:now|today|here)\b",
           r"no\s+experience\s+needed\b", r"guaranteed\s+(?:profit|income|returns)\b",
           r"investment\s+(?:manager|opportunity|platform)\b", r"financial\s+freedom\b",
           r"passive\s+income\b", r"hot\s+(?:girls|women|singles)\b", r"for\s+prices?\b",
           r"best\s+prices?\b", r"join\s+(?:our|us|now|today|my)\b",
           r"your\s+(?:account|page|profile)\s+(?:will\s+be|has\s+been|is)\s+(?:suspended|disabled|locked|deleted|"
           r"restricted)\b", r"(?:verify|confirm)\s+your\s+(?:account|details|identity|payment)\b",
           r"we\s+(?:can\s+)?help\s+(?:you|your|businesses)\b", r"grow\s+(?:to|your)\s+\d",
           r"check\s+(?:out\s+)?our\s+(?:page|profile|site|website|shop|store)\b", r"hello\s+dear\b", r"hi\s+dear\b", r"lonely\s+(?:widow|woman|man|lady)\b",
           r"serious\s+(?:man|relationship)\b", r"write\s+to\s+my\s+(?:email|whatsapp|mail)\b"),
     0.5, "engelsk reklam",
     gate("check click bio dm message me inbox make earn home promo discount limited free visit "
          "follow buy order shop sign needed guaranteed investment financial passive girls women "
          "singles prices price join account page profile verify confirm dear lonely serious write we grow"),
     False),
    # Added 2026-11 (third round). A trade by its name: a company form or a trade noun that
    # only a business calls itself ("Östgöta Tak & Bygg AB", "Webbyrån Pixel", "X Måleri").
    (alts(r"(?:ab|hb|aktiebolag|webbyran|reklambyran|byran|maleri|malerifirma|snickeri|akeri|"
           r"bilcenter|bilhallen|byggfirma|elfirma|takfirma|stadfirma|flyttfirma|tradfallning|"
           r"portfolio|portfolion|portfoljen)\b"),
     0.3, "företag", gate("ab hb aktiebolag webbyran reklambyran byran maleri malerifirma snickeri "
                           "akeri bilcenter bilhallen byggfirma elfirma takfirma stadfirma flyttfirma "
                           "tradfallning portfolio portfolion portfoljen"), False),
    # Offers of a shop, gym or venue: no binding period, pre-sale and tickets at a price, the
    # first N customers, free trial services, new stock, opening hours, a season's campaign.
    (alts(r"(?:ingen|utan)\s+bindningstid\b", r"bindningstid\w*", r"forkop\w*", r"provkor\w*",
           r"biljetter\s+(?:fran\s+|for\s+)?\d+\s?(?:kr|:-)",
           r"(?:till|for|at)\s+de\s+\d+\s+forsta\b", r"(?:stor\s+)?invigning\s+av\b",
           r"(?:gratis|kostnadsfri\w*)\s+(?:[\w-]+\s+)?(?:\w*undersokning|\w*analys|provmanad|"
           r"provvecka|\w*kontroll|\w*radgivning)\b",
           r"(?:\d+|en|tva|tre)\s+manader?\s+(?:gratis|utan\s+\w+|pa\s+kopet)\b",
           r"(?:fatt|tagit)\s+in\s+(?:massor|mycket|nya|nytt|fler|en\s+massa)\b",
           r"oppet\s+(?:man|tis|ons|tor|fre|lor|son)\w*\.?\s+\d",
           r"(?:sommar|vinter|host|var|jul|pask|jubileums|black\s+week\s+)kampanj\w*",
           r"finansiering\s+fran\b"),
     0.35, "erbjudande", gate("biljetter forsta invigning gratis kostnadsfri "
                              "kostnadsfritt kostnadsfria manad manader fatt tagit oppet finansiering "
                              "sommarkampanj vinterkampanj hostkampanj varkampanj julkampanj "
                              "paskkampanj jubileumskampanj kampanj",
                              "bindningstid forkop provkor"), False),
    # Self-promotion of one's own channel, song or page: "släpper ny låt, streama & dela",
    # "kolla in min youtube-kanal", "prenumerera plz".
    (alts(r"slapper\s+(?:min\s+|en\s+|var\s+)?(?:nya?\s+)?(?:lat|laten|singel|ep|album|video|"
           r"musikvideo|podd)\b", r"streama\s+(?:och|&)\s+dela\b",
           r"(?:kolla|kika|titta)\s+(?:in\s+)?(?:pa\s+)?(?:min|mitt|var|vart)\s+(?:[\w]+-)?(?:kanal|"
           r"kanalen|profil|sida|konto|podd)\b",
           r"prenumerera\s+(?:plz|pls|garna|pa\s+(?:min|kanalen|mig))\b", r"(?:gilla|like)\s+(?:och|&)\s+"
           r"prenumerera\b"),
     0.45, "egen reklam", gate("slapper streama kanal kanalen profil sida konto podd prenumerera"),
     False),
    # Scams beyond the first lists: a stranger's money doubled, a tax refund to log in for,
    # trading signals and VIP groups.
    (alts(r"(?:far|fa)\s+(?:du\s+)?(?:\d[\d\s]*)(?:kr\s+)?tillbaka\b", r"\d+\s?%\s+garanter\w*",
           r"skatteaterbaring\w*\s+pa\s+\d", r"logga\s+in\s+for\s+att\s+(?:ta\s+emot|fa|hamta|se)\b",
           r"vip-?grupp\w*", r"traffsakerhet\b", r"forexsignal\w*", r"signaler\s+med\b"),
     0.55, "bedrägeri", gate("tillbaka garanterat garanterad garanterade logga vip grupp gruppen "
                             "traffsakerhet signaler", "skatteaterbaring forex vipgrupp"), False),
    # A private promoter's contact line: "skriv till mig så berättar jag".
    (alts(r"(?:skriv|hor\s+av\s+dig|pm:?a|dm:?a)\s+(?:till\s+mig\s+)?sa\s+(?:berattar|forklarar|"
           r"visar|skickar|hjalper)\s+jag\b"),
     0.45, "privat kontakt", gate("berattar forklarar visar skickar hjalper"), False),
    # Added 2026-11 (fourth round). Self-promotion of one's own account, channel or song,
    # without any word of buying: "följ mitt konto", "länk i bio", "ny video på min youtube".
    (alts(r"folj\s+(?:garna\s+)?(?:mitt\s+(?:\w+\s+)?(?:konto|insta|tiktok)|min\s+(?:\w+\s+)?(?:sida|kanal|"
          r"profil|blogg|insta|tiktok|youtube)|mig\s*@|(?:var|vart)\s+(?:nya?\s+|nytt\s+)?"
          r"(?:sida|konto|kanal|profil))\b",
          r"glom\s+inte\s+(?:att\s+)?(?:folja|prenumerera|gilla|dela)\b",
          r"(?:stream|follow|like|gilla|folj)\s+(?:for|4)\s+(?:stream|follow|like|gilla|folj)\b",
          r"(?:f4f|l4l|s4s)\b",
          r"(?:ny|nytt|nya)\s+(?:video|vlogg?|avsnitt|lat|latar|reel|film|klipp|edit)\s+(?:ute\s+|uppe\s+)?"
          r"pa\s+(?:min|mitt|var|vart)\s+(?:youtube|kanal|tiktok|insta|instagram|spotify|soundcloud|podd|"
          r"blogg|twitch)"),
     0.5, "egen reklam", gate("folj glom stream follow like gilla f4f l4l s4s",
                              "youtube kanal tiktok insta spotify soundcloud podd blogg twitch"), False),
    # "länk i bio" points to something, not always for sale (a petition, a pirate game).
    (alts(r"lank(?:en)?\s+i\s+(?:min\s+)?bio\b"), 0.35, "egen reklam", gate("bio"), False),
    (alts(r"(?:kolla|kika|titta|lyssna)\s+(?:in\s+)?(?:pa\s+)?(?:garna\s+)?(?:min|mitt|mina|var|vart)\s+"
          r"(?:nya?\s+|nytt\s+)?(?:tiktok|insta|instagram|ig|youtube|yt|snap|snapchat|spotify|soundcloud|"
          r"twitch|blogg|vlogg?|podd|lat|latar|reels?|of|onlyfans|edit|shop|webbshop|kollektion)\b"),
     0.45, "egen reklam", gate("tiktok insta instagram ig youtube yt snap snapchat spotify soundcloud "
                               "twitch blogg vlogg vlog podd lat latar reel reels of onlyfans edit shop "
                               "webbshop kollektion"), False),
    # An account on another platform given as contact: "snap: sofie.xxx21", "kanal: GhostMtl".
    (alts(r"(?:snap|snapchat|insta|kik|telegram|wickr|tiktok|youtube|twitch|onlyfans)"
          r"\s*:\s*@?[a-z0-9_.]{3,}"),
     0.4, "kontohänvisning", gate("snap snapchat insta kik telegram wickr tiktok youtube twitch onlyfans"),
     False),
    # Reply-to-get bait: "skriv JA så skickar jag länken", "svara med ditt nummer så ringer vi".
    (alts(r"(?:skriv|svara|kommentera|skicka|sms:?a|smsa|dm:?a|pm:?a|maila|mejla|messa)\b[^.!?\n]{0,40}?"
          r"\bsa\s+(?:skickar|ringer|berattar|kontaktar|mejlar|mailar|messar|forklarar|visar)\s+(?:jag|vi)\b"),
     0.45, "lockbete", gate("skickar ringer berattar kontaktar mejlar mailar messar forklarar visar"),
     False),
    (alts(r"sa\s+(?:skickar|berattar|visar|forklarar)\s+(?:jag|vi)\s+(?:\w+\s+)?(?:lanken|lank|infon|info|"
          r"hur|guiden|koden|mer|allt|detaljer|metoden|hemligheten)\b"),
     0.25, "lockbete", gate("skickar berattar visar forklarar"), False),
    (alts(r"(?:svara|skriv|kommentera)\s+(?:med\s+)?[\"'“”‘’]?(?:ja|info|intresserad)[\"'“”‘’]?"
          r"(?:\s+(?:i\s+\w+|har|nedan))?(?=\s*(?:$|[.!\n]|sa\b))",
          r"svara\s+(?:pa\s+(?:detta|det\s+har)\s+(?:meddelande|inlagg)|har\s+(?:eller|sa|om)\b)"),
     0.35, "lockbete", gate("svara skriv kommentera"), False),
    # Phishing: a service of "yours" blocked, expiring or unpaid, a deadline, a threat.
    (alts(r"(?:ditt|din|ert|er)\s+(?:[\w+-]+\s+){0,2}?(?:bankid|swish|konto|kort|bankkort|abonnemang|"
          r"faktura|betalning|prenumeration|paket|leverans)[\w-]*\s+(?:\w+\s+){0,2}?(?:lop(?:er|t)\s+ut|"
          r"har\s+(?:gatt\s+ut|sparrats|stangts|blockerats|pausats|inaktiverats|frysts|lasts)|kunde\s+inte\s+"
          r"(?:dras|levereras|betalas|genomforas|behandlas|debiteras)|(?:kommer\s+att\s+)?(?:sparras|"
          r"stangas|stangs|inaktiveras|blockeras|avslutas)\s+(?:om|inom|idag|ikvall|imorgon))"),
     0.45, "bedrägeri", gate("loper lopt gatt sparrats stangts blockerats pausats inaktiverats "
                             "frysts lasts dras levereras betalas genomforas behandlas debiteras "
                             "sparras stangas stangs inaktiveras blockeras avslutas"), False),
    (alts(r"inom\s+(?:12|24|48|72|1|2|3)\s*(?:h|tim|timmar|timme|dygn)\b", r"within\s+(?:12|24|48|72)\s*"
          r"(?:h|hours)\b",
          r"annars\s+(?:stangs|sparras|avslutas|raderas|inaktiveras|stanger\s+vi|sparrar\s+vi|forlorar\s+du)",
          r"for\s+att\s+undvika\s+(?:sparr|avstangning|inkasso|avgift|att\s+(?:kontot|ditt|din))\w*",
          r"appeal\s+here\b"),
     0.35, "bedrägeri", gate("h tim timmar timme dygn hours annars undvika appeal"), False),
    (alts(r"(?:v-?bucks|vbucks|robux|skins|gems|coins)\s+generator\b", r"(?:gratis|free)\s+(?:v-?bucks|vbucks|"
          r"robux|skins|gems)\b", r"inget\s+losenord\s+(?:behovs|kravs)\b"),
     0.55, "bedrägeri", gate("generator bucks vbucks robux skins gems losenord"), False),
    (alts(r"alla\s+som\s+(?:foljer|folja)\b", r"tagga(?:r)?\s+(?:\d|en|tva|tre|fem)\s+(?:vanner|kompisar|"
          r"polare)\b", r"giveaways\b"),
     0.5, "bedrägeri", gate("foljer folja tagga taggar giveaways"), False),
    # Friendly scam messages: a refund waiting, a raffle, a relative with a new number, a
    # sceptic turned believer.
    (alts(r"(?:pengar|aterbetalning\w*|utbetalning\w*)\s+att\s+hamta\b",
          r"(?:har|ska)\s+(?:du\s+)?(?:ratt\s+till|fa)\s+(?:en\s+)?(?:aterbetalning|utbetalning|ersattning)\s+"
          r"(?:pa|av)\s+\d",
          r"(?:hej|hejsan|halla)\s+(?:mamma|pappa|mormor|farmor|morfar|farfar)\W+(?:\w+\W+){0,8}?(?:nya\s+"
          r"nummer|bytt\s+nummer|tappat\s+(?:min\s+)?(?:telefon|mobil)|tappade\s+(?:min\s+)?(?:telefon|mobil))",
          r"tjanade\s+(?:\w+\s+){0,2}\d[\d\s]*\s?(?:kr|kronor|sek|\$|dollar|euro)\s+(?:forra\s+(?:veckan|"
          r"manaden)|pa\s+(?:en|bara|mindre\s+an|\d+)\s+(?:vecka|dag|dagar|manad|timmar?|veckor))\b",
          r"jag\s+var\s+(?:ocksa\s+|ocksa\s+sjalv\s+|sjalv\s+)?(?:skeptisk|tveksam)\s+(?:forst|i\s+borjan|till\s+en\s+borjan)\b"),
     0.4, "bedrägeri", gate("hamta ersattning mamma pappa mormor farmor morfar farfar tjanade skeptisk tveksam",
                            "aterbetalning utbetalning"), False),
    (alts(r"lott(?:ar|as)\s+ut\b", r"utlottning\w*", r"(?:vi\s+)?firar\s+\d+\s+ar\s+(?:med|och\s+bjuder)\b"),
     0.35, "erbjudande", gate("lottar lottas firar", "utlottning"), False),
    (alts(r"skriv\s+(?:till\s+mig\s+)?privat\b", r"(?:pm|dm|inbox|meddelande)\s+privat\b"),
     0.4, "privat kontakt", gate("privat"), False),
    # Gambling and pirate or stolen streaming subscriptions.
    (alts(r"(?:bingo|poker|slots|odds|betting|sportsbook)\s+(?:online|pa\s+natet|bonus)\b",
          r"spela\s+(?:\w+\s+)?(?:bingo|poker|slots|casino|kasino)\b", r"vinn\s+upp\s+till\s+\d",
          r"gratis\s+vid\s+(?:registrering|start|insattning)\b", r"free\s+bets?\b",
          r"(?:netflix|disney|hbo|max|viaplay|spotify|premium|cmore|iptv)\+?\s*(?:/\s*\w+\+?\s*)?"
          r"(?:konton?|kontot|abonnemang|paket)\s+(?:for|fran|a)\s+\d"),
     0.45, "spel/iptv", gate("online natet bonus bingo poker slots casino kasino vinn gratis free "
                             "konto konton kontot abonnemang paket"), False),
    # Crypto tokens and get-rich pitches.
    (alts(r"(?:token|coin|memecoin|shitcoin)\w*\s+(?:lanseras|lanserar|launch\w*|presale)",
          r"\d+x\s+(?:potential|potentiell|gains?)\b", r"to\s+the\s+moon\b", r"presale\b", r"airdrop\w*"),
     0.5, "krypto/trading", gate("potential potentiell gain gains moon presale",
                                 "token coin memecoin shitcoin airdrop"), False),
    # A salesperson or recruiter introducing themselves; the pitch of lower bills.
    (alts(r"(?:bli|blir|som)\s+(?:var\s+|min\s+|en\s+)?(?:aterforsaljare|ambassadorer|ambassador)\b"),
     0.5, "nätverksförsäljning", gate("aterforsaljare ambassadorer ambassador"), False),
    (alts(r"jag\s+heter\s+\w+\s+och\s+(?:jobbar\s+(?:for|pa|med|som)|saljer|representerar|ar\s+"
          r"(?:saljare|radgivare|konsult|aterforsaljare|agent))\b",
          r"(?:sanka|halvera|sank|kapa)\s+(?:din|er|era|dina)\s+\w*(?:rakning|kostnad)\w*",
          r"fixar\s+(?:din|ditt|dina|er|ert|era)\b",
          r"vi\s+(?:soker|anstaller)\s+(?:nu\s+)?(?:fler\s+)?(?:\w+\s+)?(?:saljare|telefonforsaljare|"
          r"agenter|ambassadorer|kundtjanstmedarbetare|representanter)\b"),
     0.35, "företag", gate("heter sanka halvera sank kapa fixar saljare telefonforsaljare agenter "
                           "ambassadorer kundtjanstmedarbetare representanter"), False),
    # Paid for nothing: "få betalt för att svara på enkäter", "betalt för att testa appar".
    (alts(r"(?:fa|far|fick|tjana|tjanar)\s+(?:bra\s+)?betalt\s+for\s+att\s+(?:svara\s+pa\s+(?:\w+\s+)?enkater|"
          r"(?:testa|prova|recensera)\s+(?:nya\s+)?(?:appar|produkter|spel|mobilspel|hudvard|smink)|scrolla|"
          r"spela\s+(?:spel|mobilspel)|lyssna\s+pa\s+(?:musik|latar)|skriva\s+recensioner|gilla\s+(?:inlagg|bilder|"
          r"videos|klipp))\b"),
     0.5, "snabba pengar", gate("betalt"), False),
    # Miracle cures and alternative healing courses.
    (alts(r"lakarna\s+(?:hatar|vill\s+inte)\b",
          r"(?:bli\s+av\s+med|bota|slippa|fa\s+bort)\s+(?:\w+\s+){0,5}?(?:pa|inom)\s+(?:bara\s+)?\d+\s+"
          r"(?:dagar|veckor|dygn)\b", r"frigor\s+(?:dina|din|ditt)\b", r"reiki\w*", r"healing\w*",
          r"kristallterapi\w*"),
     0.4, "mirakelkur", gate("lakarna dagar veckor dygn frigor", "reiki healing kristallterapi"), False),
    # A shop's or venue's offer: open house, a new place opening, home delivery, places left,
    # a price a month or an hour.
    # (Open house, a new place opening, free extras and places left are in `spam`'s rows.)
    (alts(r"hemleverans\w*", r"hemkorning\w*", r"utkorning\w*",
          r"(?:boka|bestall|handla|kop)\w*\s+(?:\w+\s+){0,3}?(?:i|via)\s+(?:var\s+)?appen\b"),
     0.35, "erbjudande", gate("appen", "hemleverans hemkorning utkorning"), False),
    # Selling points of buyers and service firms: "bäst betalt", "vi betalar kontant".
    (alts(r"bast\s+betalt\b", r"betalar\s+(?:bra\s+|mest\s+)?kontant\b",
          r"kontant\s+(?:direkt|samma\s+dag|pa\s+plats)\b", r"snabbt\s+och\s+(?:diskret|smidigt|tryggt)\b",
          r"nojda\s+(?:\w+\s+){1,2}kunder\b", r"synas\s+(?:battre|mer)\s+(?:pa|i)\s+(?:google|natet|sociala)\b",
          r"(?:bokning|bestallning|anmalan|tidsbokning)\w*\s+(?:via|i|pa|till)\s+(?:dm|pm|inbox|"
          r"messenger|sms|insta|instagram)\b",
          r"(?:bokning|bestallning|anmalan)\s+(?:till|via|hos)\s+(?:[a-z]+\s+){0,2}0\d"),
     0.35, "säljargument", gate("betalt kontant diskret smidigt tryggt nojda synas dm pm inbox "
                                "messenger sms insta instagram bokning bestallning anmalan"), False),
]
