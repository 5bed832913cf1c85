"""Session 43, round 1 (the pages that failed in extract179, 195, 199, 210 and 211, sets written blind in sessions 40-42
and never read until their last figures were recorded; issue #9):

- a breadcrumb laid out one item a line ("Start" / "/" / "Trafikinfo" / "/" / "Nyheter och förändringar") left its
  last item as a headline over a standfirst, and the long headline under it was read as the lead
  (``headdigest.standfirst``: a crumb's last item under its separator line heads no standfirst);
- a live traffic box over the head, named by its label and closed by its link ("Trafikläget just nu" … "Se alla
  händelser") but without the link's noun in its label, gave the headline and lead (``moreboxes._live_label``);
- an obituary's headline "Till minne av …" was taken for an open letter's address (``headcands._ADDRESS``);
- a newsletter issue's name right over its date line was dropped as a box's label and "av Styrelsen" read as the
  headline (``headmeta.issue_title_tags``; ``byline._ONE_NAME_BY``);
- a radio clip's title between the player's "Lyssna" and its length was read as the headline, and the lead dropped
  (``videos.channel_tags``);
- a library's "Reservera" under each book's blurb, in a dump without blank lines, was read
  (``recordlists.record_list_tags``).

Written after the fixes, for invented sites. The guards: a headline over its standfirst under a menu, an article's
own list closed by its "Visa alla" link under the running text, an open letter's address, a newsletter's masthead
over the first story's title, a player's rows under the text, a repeated fact under each record.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

from audiocast.ingest.boilerplate import default_rules, first_match

_LEAD = ("Från första juni kör Dalbussen färre turer på landsbygden, men en ny nattbuss ska gå mellan Hedby och Åsen "
         "under helgerna.")
_P1 = ("Nattbussen är ett försök som pågår hela sommaren. Regionen ska utvärdera resandet i september och sedan "
       "besluta om linjen ska finnas kvar.")
_P2 = "– Vi har fått många önskemål från unga som jobbar kvällar, säger trafikchefen Maria Holm."


def test_a_stacked_breadcrumbs_last_item_heads_no_standfirst() -> None:
    dump = ("Dalbussen\nKöp biljett\nReseplanerare\nTrafikinfo\nKundservice\nDu är här:\nStart\n/\nTrafikinfo\n/\n"
            "Ändringar i tidtabellen\n"
            "Sommartidtabellen gäller från 1 juni – glesare trafik i byarna men en ny nattbuss mellan Hedby och Åsen\n"
            f"Publicerad 2027-05-20\n{_LEAD}\n{_P1}\n{_P2}\n")
    lines = spoken_lines(read_dump(dump))
    assert lines[0] == "Sommartidtabellen gäller från 1 juni – glesare trafik i byarna men en ny nattbuss mellan Hedby och Åsen"
    assert lines[1] == _LEAD and "Ändringar i tidtabellen" not in lines


def test_guard_a_headline_over_its_standfirst_keeps_the_standfirst_as_lead() -> None:
    dump = ("Dalbussen\nKöp biljett\nReseplanerare\n\nNattbuss till Åsen\n"
            "Regionen prövar en nattbuss mellan Hedby och Åsen under hela sommaren – nu börjar försöket\n"
            f"Publicerad 2027-05-20\n{_LEAD}\n{_P1}\n{_P2}\n")
    lines = spoken_lines(read_dump(dump))
    assert lines[0] == "Nattbuss till Åsen"


_ROAD = ("En lastbil med timmer välte vid niotiden på fredagsmorgonen på riksväg 26 strax söder om Hedby, och vägen är "
         "avstängd i båda riktningarna.")
_ROAD2 = ("Föraren fördes med ambulans till sjukhuset i Mora med lindriga skador, uppger räddningstjänsten som var på "
          "plats i flera timmar.")


def test_a_live_box_named_by_its_label_and_link_over_the_head_is_not_read() -> None:
    dump = ("Dalaposten\nNyheter\nSport\nTrafik\nTrafik › Hedby\nTrafikläget just nu\n"
            "Uppdateras automatiskt · Källa: Trafikverket\nRv 26 Hedby – Åsen N\n"
            "Olycka. Vägen avstängd i södergående riktning. Beräknas klart 14.00.\nLänsväg 912 Byn\n"
            "Vägarbete. Ett körfält avstängt. Hastighet 50 km/h.\nSe alla händelser\n"
            "Lastbil välte på riksväg 26 – vägen avstängd\n"
            f"{_ROAD}\nAnna Lind\nPublicerad 12 mars 2027 kl 10.12\n{_ROAD2}\n")
    lines = spoken_lines(read_dump(dump))
    assert lines[0] == "Lastbil välte på riksväg 26 – vägen avstängd"
    assert lines[1] == _ROAD and _ROAD2 in lines
    assert not any("körfält" in x or "Beräknas" in x for x in lines)


def test_guard_the_articles_own_list_under_its_text_closed_by_its_link_stays() -> None:
    dump = ("Dalaposten\nNyheter\n\nLastbil välte på riksväg 26 – vägen avstängd\nPublicerad 12 mars 2027\n"
            f"{_ROAD}\n{_ROAD2}\nAvstängda vägar just nu\n"
            "Riksväg 26 mellan Hedby och Åsen är avstängd i båda riktningarna fram till klockan 14 i dag.\n"
            "Länsväg 912 vid Byn har ett körfält avstängt för vägarbete hela veckan.\nVisa alla vägar\n")
    lines = spoken_lines(read_dump(dump))
    assert any("Länsväg 912 vid Byn" in x for x in lines)


_OBIT = ("Karin Sjöberg, Hedby, har avlidit i en ålder av 88 år. Närmast sörjer maken Bertil, barnen och barnbarnen "
         "med familjer.")
_OBIT2 = ("Karin föddes 1939 i Åsen och arbetade i trettio år som lärare i byskolan, där hon lärde generationer av "
          "barn att läsa och skriva.")


def test_an_obituarys_in_memory_headline_is_no_letters_address() -> None:
    dump = ("Hedbybladet\nGratistidningen för Hedby och Åsen\nNyheter\nFamilj\nStart / Familj / Minnesord\n"
            "Dödsannonser\nMinnesord\nFödda\nLägg in annons\nMINNESORD\nTill minne av Karin Sjöberg\n"
            f"{_OBIT}\nPublicerad 3 april 2027\n{_OBIT2}\n")
    lines = spoken_lines(read_dump(dump))
    assert lines[0] == "Till minne av Karin Sjöberg"
    assert lines[1] == _OBIT and _OBIT2 in lines


def test_guard_an_open_letters_address_under_its_headline_opens_the_text() -> None:
    dump = ("Föräldraföreningen i Åsen\nNyheter\n\nÖppet brev till kommunstyrelsen om byskolan\n4 april 2027\n"
            "Till kommunstyrelsen i Hedby kommun\n"
            "Vi föräldrar i Åsen vill med detta brev be er att tänka om innan ni fattar beslut om att stänga byskolan.\n"
            f"{_OBIT2}\n")
    lines = spoken_lines(read_dump(dump))
    assert lines[0] == "Öppet brev till kommunstyrelsen om byskolan"
    assert "Till kommunstyrelsen i Hedby kommun" in lines


_BRF = ("Hej alla grannar! Våren är här och det händer mycket i föreningen. Här får du det viktigaste inför "
        "stambytet och stämman.")
_BRF2 = ("Stambytet börjar i uppgång A den 5 maj och pågår i ungefär fyra veckor per lägenhet. Alla hushåll kallas "
         "till ett eget möte med entreprenören.")


def test_a_newsletter_issues_name_over_its_date_line_is_its_headline() -> None:
    dump = ("Brf Tallbacken\nBostadsrättsföreningen på Tallvägen, Hedby\nHem\nOm föreningen\nNyheter\nFör boende\n"
            "Medlemsinloggning\nNyhetsbrev maj 2027\n8 maj, 2027\nav Styrelsen\nNyhetsbrev\n"
            f"{_BRF}\nStambytet startar\n{_BRF2}\n")
    article = read_dump(dump)
    lines = spoken_lines(article)
    assert lines[0] == "Nyhetsbrev maj 2027"
    assert "av Styrelsen" not in lines and article.author == "Styrelsen"
    assert _BRF2 in lines


def test_guard_a_newsletters_masthead_over_the_first_storys_title_is_not_read() -> None:
    dump = ("Brf Tallbacken\nHem\nNyheter\n\nNyhetsbrev maj 2027\nStambytet startar i uppgång A den 5 maj\n"
            f"8 maj 2027\n{_BRF2}\n{_BRF}\n")
    lines = spoken_lines(read_dump(dump))
    assert lines[0] == "Stambytet startar i uppgång A den 5 maj"
    assert "Nyhetsbrev maj 2027" not in lines


_RADIO = ("Från första juli ska ambulansen i Åsen åter vara bemannad dygnet runt. Det beslutade regionens "
          "hälso- och sjukvårdsnämnd på tisdagen.")
_RADIO2 = ("Sedan i fjol har ambulansen bara varit bemannad mellan sju och tjugotvå, och nattetid har larmen gått "
           "till stationen i Hedby, fem mil bort.")


def test_a_clips_title_between_its_player_rows_is_not_the_headline() -> None:
    dump = ("Radio Dalbygd\nLyssna live\nDirekt: Förmiddag i Dalbygden med Eva och Per\nNyheter\nSport\nProgram\n"
            "Poddar\nTablå\nFrekvenser\nKontakt\nSök\nNyheter / Övre Dalarna\n"
            f"Ambulansen i Åsen får nattbemanning igen\n{_RADIO}\nAmbulansstationen i Åsen. Arkivbild.\n"
            "Foto: Per Ek/Radio Dalbygd\nLyssna\nAmbulansen tillbaka i Åsen nattetid – hör Eva Berg från uppropet\n"
            "2:41 min\nSpela upp\nAv Per Ek\nPublicerat tisdag 8 april 2027 kl 16.20\n"
            f"Uppdaterat tisdag 8 april 2027 kl 17.45\n{_RADIO2}\n{_P1}\n{_P2}\n")
    lines = spoken_lines(read_dump(dump))
    assert lines[0] == "Ambulansen i Åsen får nattbemanning igen"
    assert lines[1] == _RADIO and _RADIO2 in lines
    assert not any("hör Eva Berg" in x for x in lines)


_BOOKS = [("Snöljus av Ingrid Hall", "När Ester återvänder till sin fars gård i Härjedalen hittar hon brev som "
           "ingen i familjen har läst."),
          ("Kölvatten av Jonas Bring", "Sommaren 1986 försvinner en fiskebåt utanför Smögen, och fyrtio år senare "
           "börjar en journalist gräva."),
          ("Frostnatten av Per Svedin", "En turist hittas död i en stuga utanför Tärnaby, och polisen tvingas "
           "samarbeta med en kollega hon inte litar på.")]


def test_a_records_button_glued_under_each_blurb_is_not_read() -> None:
    books = "".join(f"{title}\n{blurb}\nReservera\n" for title, blurb in _BOOKS)
    dump = ("Hedby bibliotek\nLåna och reservera\nEvenemang\nBoktips\nTre romaner för vinterkvällarna\n"
            "Publicerad 14 februari 2027\nFebruari är månaden då vintern känns längst. Vi på biblioteket har valt ut "
            f"tre romaner att krypa upp i soffan med.\n{books}"
            "Alla böcker går att låna på biblioteket och på filialen i Åsen.\n")
    lines = spoken_lines(read_dump(dump))
    assert "Reservera" not in lines
    assert all(title in lines and blurb in lines for title, blurb in _BOOKS)


def test_guard_a_fact_repeated_under_each_record_stays() -> None:
    books = "".join(f"{title}\n{blurb}\nFri entré\n" for title, blurb in _BOOKS)
    dump = ("Hedby bibliotek\nEvenemang\n\nTre författarkvällar i vinter\nPublicerad 14 februari 2027\n"
            f"Biblioteket bjuder in till tre kvällar med författare som läser ur sina nya böcker.\n{books}"
            "Kvällarna börjar klockan 18 i stora salen, och kaffe och kaka finns att köpa i pausen.\n")
    lines = spoken_lines(read_dump(dump))
    assert lines.count("Fri entré") == 3


# Round 2 (extract215, written blind this session and scored before any change, then opened): a social post embedded
# between the paragraphs ended the article at its buttons (``moreboxes._POST_RULES``); a programme under its heading
# and a "Bra att veta" box under the article's last paragraph were dropped as the page's (``announced.
# _programme_box_end``, ``articleend._FAKTA``); an aggregator's link to the original was read (row ``syndication``).

_NEWS = ("Bygg- och miljönämnden i Hedby beviljade på måndagen bygglov för tre nya hyreshus vid Kvarnbäcken, "
         "sammanlagt 48 lägenheter.")
_NEWS2 = ("Bakom bygget står det kommunala bostadsbolaget Hedbyhem, som räknar med att kunna börja gräva redan i "
          "höst och att de första hyresgästerna flyttar in om två år.")
_NEWS3 = ("Flera grannar på andra sidan bäcken har varit kritiska till husens höjd, och två av dem säger nu att de "
          "tänker överklaga beslutet till länsstyrelsen.")
_NEWS4 = "– Vi har sänkt det närmaste huset med en våning för att möta grannarna, säger nämndens ordförande Eva Dahl."


def test_the_article_goes_on_under_a_social_post_embedded_between_its_paragraphs() -> None:
    dump = ("Grannkollen\nDin ort: Hedby\nSök\nLogga in\nBlåljus\nTrafik\nSport\n← Tillbaka till flödet\n"
            "Hedby Tidning\nKlart för 48 nya hyresrätter vid Kvarnbäcken\nPer Ek · 3 mars 2027 14:10\n"
            f"{_NEWS}\n{_NEWS2}\nHedby kommun\n3 mars kl. 11:02 ·\n"
            "I dag beviljade bygg- och miljönämnden bygglov för 48 nya lägenheter vid Kvarnbäcken 🏡 Ett stort steg för "
            "alla som står i bostadskön, och vi ser fram emot att följa bygget!\nGilla\nKommentera\nDela\n"
            f"Visa på Facebook\nGrannar överklagar\n{_NEWS3}\n{_NEWS4}\nLäs originalartikeln hos Hedby Tidning\n"
            "👍 12\nDela\nMer från Hedby\nBron vid Kvarnen stängs i två veckor\n")
    lines = spoken_lines(read_dump(dump))
    assert "Grannar överklagar" in lines and _NEWS3 in lines and _NEWS4 in lines
    assert not any(x.startswith("Läs originalartikeln") for x in lines)


_FEST = ("Efter fem års uppehåll är Strömmingens dag tillbaka: lördagen den 12 juli fylls hamnen i Hedby med marknad, "
         "musik och ett försök att duka Sveriges längsta fiskbord.")
_FEST2 = ("Festen startade 1996 som en liten fiskmarknad på kajen och växte med åren till en av kustens största "
          "sommarfester, med som mest 9 000 besökare.")
_FEST3 = "– Folk har frågat varje sommar när festen kommer tillbaka. Nu är den här, säger Lena Holm på turistbyrån."
_PROGRAMME = ["09.00 Marknaden öppnar på kajen", "11.30 Tävling i strömmingsinläggning", "14.00 Fiskbordet dukas",
              "19.00 Dans på bryggan"]
_FACTS = ["Bra att veta", "Datum: Lördag 12 juli 2027", "Plats: Hamnen i Hedby", "Entré: Fri"]


def test_a_programme_and_a_practical_box_under_the_last_paragraph_are_the_articles() -> None:
    dump = ("Upplev Hedby\nEvenemang\nBoende\nMin lista (0)\nStart » Evenemang » Nyheter\n"
            f"Strömmingens dag tillbaka i hamnen – med rekordförsök\n{_FEST}\n{_FEST2}\n{_FEST3}\nProgram i urval\n"
            + "\n".join(_PROGRAMME) + "\nHela programmet publiceras i slutet av juni.\n" + "\n".join(_FACTS)
            + "\nPublicerad 3 juni 2027\nLägg till i min lista\nDela\nFacebook\nFler evenemang i sommar\n"
              "Kajakpaddling i skärgården varje tisdag\nAllsång i parken\nSe alla evenemang\n")
    lines = spoken_lines(read_dump(dump))
    assert all(x in lines for x in _PROGRAMME) and "Hela programmet publiceras i slutet av juni." in lines
    assert all(x in lines for x in _FACTS)
    assert "Allsång i parken" not in lines


def test_guard_a_calendar_of_the_sites_events_under_the_share_row_still_goes() -> None:
    dump = ("Upplev Hedby\nEvenemang\n\nStrömmingens dag tillbaka i hamnen – med rekordförsök\nPublicerad 3 juni 2027\n"
            f"{_FEST}\n{_FEST2}\n{_FEST3}\nDela\nFacebook\nKopiera länk\nKalender\n"
            "12 juli Strömmingens dag\n19 juli Allsång i parken\n26 juli Hamnloppet\nSe hela kalendern\n")
    lines = spoken_lines(read_dump(dump))
    assert lines[-1] == _FEST3


# Round 3 (extract218, written blind this session and scored before any change, then opened): an election night's
# live count ("LIVE: Kommunvalet i …" over its counted districts, its update time and a table's rows, closed by its
# source) under the head's share row or between two paragraphs was read row by row (``livewidgets``: a heading opened
# by a word of now, an update time between its rows, a table row's cells, the head's lines over it).

_VOTE = ("Socialdemokraterna backar men är fortsatt störst i Hedby, och Sverigedemokraterna går framåt. Nu avgör de "
         "små partierna vem som kan bilda majoritet.")
_VOTE2 = ("Hedby har styrts av Socialdemokraterna sedan 1998, de senaste fyra åren tillsammans med Centerpartiet, men "
          "efter valet saknar de båda partierna egen majoritet i fullmäktige.")
_VOTE3 = ("– Vi kommer att prata med alla partier utom Sverigedemokraterna, säger kommunstyrelsens ordförande Maria Ek "
          "på valvakan i Folkets hus.")
_COUNT = ("LIVE: KOMMUNVALET I HEDBY\nRäknade valdistrikt: 38 av 40\nSenast uppdaterad 01.12\n"
          "Parti\tAndel\tFörändring\nS\t33,2 %\t−2,1\nSD\t20,4 %\t+3,6\nM\t15,1 %\t+0,4\nC\t7,2 %\t−1,9\n"
          "Källa: Valmyndigheten. Preliminärt resultat.\nSe alla kommuner i länet ›\n")


def test_an_election_nights_live_count_under_the_head_is_not_read() -> None:
    dump = ("Hedbyposten\nNyheter\nSport\nValet 2026\nVem styr Hedby? Två möjliga majoriteter efter valet\n"
            f"{_VOTE}\nAnna Lind\nanna.lind@hedbyposten.se\nPublicerad 14 sep 2026 kl 06.00\nDela\nSpara\nLyssna\n"
            f"{_COUNT}{_VOTE2}\n{_VOTE3}\nSå fördelas mandaten\nParti\tMandat 2026\tMandat 2022\n"
            "Socialdemokraterna\t17\t19\nSverigedemokraterna\t10\t8\n")
    lines = spoken_lines(read_dump(dump))
    assert lines[0] == "Vem styr Hedby? Två möjliga majoriteter efter valet"
    assert _VOTE2 in lines and _VOTE3 in lines
    assert not any("valdistrikt" in x or "33,2" in x or "Valmyndigheten" in x for x in lines)
    assert any("Socialdemokraterna" in x and "17" in x for x in lines)  # the article's own table of seats


def test_an_election_nights_live_count_between_the_paragraphs_is_not_read() -> None:
    dump = ("Hedbyposten\nNyheter\nSport\n\nDärför dröjer beskedet om vem som styr Hedby\n"
            f"Publicerad 13 sep 2026 kl 22.05\n{_VOTE}\n{_VOTE2}\n{_COUNT}{_VOTE3}\n")
    lines = spoken_lines(read_dump(dump))
    assert _VOTE2 in lines and _VOTE3 in lines
    assert not any("valdistrikt" in x or "33,2" in x or "Valmyndigheten" in x for x in lines)


def test_guard_the_articles_own_table_of_results_under_a_subheading_stays() -> None:
    dump = ("Hedbyposten\nNyheter\n\nSå röstade Hedby i kommunvalet\nPublicerad 20 sep 2026\n"
            f"{_VOTE}\n{_VOTE2}\nSå fördelas rösterna\nParti\tAndel\tFörändring\nS\t33,2 %\t−2,1\n"
            f"SD\t20,4 %\t+3,6\nM\t15,1 %\t+0,4\n{_VOTE3}\n")
    lines = spoken_lines(read_dump(dump))
    assert any("33,2" in x for x in lines)


def test_guard_the_articles_own_forecast_table_stays() -> None:
    dump = ("Hedbyposten\nNyheter\n\nFörsta frosten kan komma i natt\nPublicerad 9 okt 2026 kl. 06.15\n"
            "Efter en mild start på oktober vänder vädret, och SMHI räknar med minusgrader i hela Hedby natten mot "
            "torsdag.\n– Det är typiskt höstväder med klara nätter, säger meteorologen Eva Lund på SMHI.\n"
            "Så blir vädret de närmaste dagarna\nDag\tVäder\tDag °C\tNatt °C\nOnsdag\tSol, klart på kvällen\t10\t-2\n"
            "Torsdag\tSol\t9\t-1\nFredag\tMolnigt\t11\t3\n"
            "Till helgen väntas ett lågtryck dra in med regn och blåst, vilket ger mildare nätter igen.\n")
    lines = spoken_lines(read_dump(dump))
    assert any(x.startswith("Onsdag") for x in lines) and any(x.startswith("Fredag") for x in lines)


# Round 4 (extract214, written blind this session and scored before any change, then opened; the same box on
# extract197-u05): a fire risk's live box ("Brandrisk just nu" / "Hedby: Mycket stor (5)" / "Källa: SMHI, uppdateras
# dagligen") between or under the paragraphs was read (``data/live_words``: the fire risk a kind of live data, its
# levels values said in words).

_FIRE = ("Det torra vädret har gjort att brandrisken nu är mycket stor i skog och mark, och från fredag klockan 12 råder "
         "eldningsförbud i Hedby och Åsen.")
_FIRE2 = ("Det har knappt regnat i området sedan början av maj, och flera mindre gräsbränder har redan inträffat den "
          "senaste veckan, bland annat vid Byn.")
_FIRE3 = "– Var försiktig med allt som kan ge gnistor, säger räddningschefen Per Holm."


def test_a_fire_risks_live_box_is_not_read() -> None:
    for box in ("Brandrisk just nu\nHedby: Mycket stor (5)\nÅsen: Stor (4)\nKälla: SMHI, uppdateras dagligen kl. 13\n",
                "Aktuell brandrisk\nMycket stor brandrisk (5)\nKälla: SMHI, uppdaterad 27 juni 08.00\n"):
        dump = ("Räddningstjänsten Hedby\nStart\nAktuellt\n\nEldningsförbud i Hedby och Åsen\nPublicerad 22 maj 2027\n"
                f"{_FIRE}\n{_FIRE2}\n{box}{_FIRE3}\nDela\nFacebook\n")
        lines = spoken_lines(read_dump(dump))
        assert _FIRE3 in lines and _FIRE2 in lines
        assert not any("Källa: SMHI" in x or x.startswith(("Hedby:", "Mycket stor")) for x in lines), box


def test_guard_a_fire_risk_fact_box_of_the_articles_own_stays() -> None:
    dump = ("Räddningstjänsten Hedby\nStart\nAktuellt\n\nSå fungerar brandriskskalan\nPublicerad 22 maj 2027\n"
            f"{_FIRE}\nBrandriskens nivåer\nNivå 1: Mycket liten risk\nNivå 3: Måttlig risk\nNivå 5: Mycket stor risk\n"
            f"{_FIRE3}\n")
    lines = spoken_lines(read_dump(dump))
    assert "Nivå 5: Mycket stor risk" in lines


# Round 5 (extract222, written blind this session and scored before any change, then opened): a live report's sort
# label with its colon ("Sortera: Senaste först", row ``live-furniture``) and an embedded map's name, legend and terms
# link in a dump without blank lines ("Google Maps" / "Avspärrat område" / "Kortkommandon" / "Kartdata ©2027 Google" /
# "Villkor"; row ``map-chrome``, ``mapboxes.map_box_tags``) were read.


def test_a_live_reports_sort_label_and_an_embedded_maps_chrome_are_not_read() -> None:
    dump = ("Hedbyposten\nNyheter\nSport\n\nGasläcka i centrala Hedby – kvarter utrymda\nPublicerad 3 mars 2027 kl 11.20\n"
            f"{_NEWS}\nSortera: Senaste först\nGoogle Maps\nAvspärrat område\nKortkommandon\nKartdata ©2027 Google\n"
            f"Villkor\n{_NEWS2}\n{_NEWS3}\n")
    lines = spoken_lines(read_dump(dump))
    assert _NEWS2 in lines and _NEWS3 in lines
    assert not any(x in ("Sortera: Senaste först", "Google Maps", "Avspärrat område", "Villkor") for x in lines)


def test_guard_a_short_subheading_between_paragraphs_stays() -> None:
    dump = ("Hedbyposten\nNyheter\n\nGasläcka i centrala Hedby – kvarter utrymda\nPublicerad 3 mars 2027 kl 11.20\n"
            f"{_NEWS}\n{_NEWS2}\nAvspärrat område\n{_NEWS3}\n")
    lines = spoken_lines(read_dump(dump))
    assert "Avspärrat område" in lines


# Round 6 (extract224, written blind this session and scored before any change, then opened): a newsletter's own
# greeting paragraph that speaks of the writer's inbox was dropped as a pitch to sign up (row ``inbox-pitch`` now asks
# for its "få"), and a newsletter platform's English pitch was read (row ``platform-en``).


def test_a_newsletters_own_words_about_its_inbox_are_read_and_its_platforms_pitch_is_not() -> None:
    rules = default_rules()
    own = "Det har varit en vecka med många sms i inkorgen, och nästan alla har handlat om bron. Så vi börjar där."
    hit = first_match(rules, own)
    assert hit is None or hit[0].name != "inbox-pitch"
    for pitch in ("Få Hedbynytt i inkorgen varje fredag!", "Nyheterna direkt i inkorgen",
                  "Hedbybladet is a reader-supported publication. To receive new posts, consider becoming a subscriber."):
        hit = first_match(rules, pitch)
        assert hit is not None and hit[0].action == "drop", pitch
