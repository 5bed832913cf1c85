"""The site describing itself under the article (:mod:`audiocast.ingest.selfblurbs`): its own name, which the
masthead carries, as the subject of a standing sentence ("… är en ideell förening", "… delas ut gratis till …"), set
apart from the article by a box the page's passes dropped. Every page here was written after the change, for
fictional sites; the guards keep the article's own sentences about the organisation."""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

from audiocast.ingest.selfblurbs import _subject

MASTHEAD = "Hembygdsföreningen Gläntan\nStartsida\nVåra hus\nKalender\nBli medlem\nKontakt\n"
ARTICLE = (
    "Kvarnhjulet i Gläntan snurrar igen efter tjugo år\n"
    "12 maj 2025\n"
    "Efter två somrars arbete med nya skovlar och en lagad damm kunde kvarnhjulet vid Gläntans gamla mjölnarbostad "
    "sättas i rörelse på lördagen. Ett åttiotal besökare såg när luckan öppnades.\n"
    "Det var snickaren Tove Lindqvist som ledde arbetet. Hon har tillverkat alla fyrtio skovlar av lärkträ från en "
    "skog i grannbyn.\n"
    "– Jag var rädd att hjulet skulle kärva, men det gick lätt redan första varvet, säger hon.\n"
    "Kvarnen visas för allmänheten varje söndag i juli mellan klockan tolv och tre.\n"
)
KEPT = ("Tove Lindqvist som ledde arbetet", "första varvet", "varje söndag i juli")


def test_an_association_describing_itself_under_a_calendar_box_is_not_read() -> None:
    page = (
        MASTHEAD + ARTICLE
        + "Dela på Facebook\nKommande i kalendern\n7 jun\nSlåtterdag på ängen\n21 jun\nMidsommarfirande\n"
        + "Bli medlem du också\n"
        + "Hembygdsföreningen Gläntan är en ideell förening som vårdar socknens gamla byggnader. Vi har 230 "
        "medlemmar och ordnar ett trettiotal aktiviteter varje år.\n"
        + "Plusgiro 44 12 09-8\n© Hembygdsföreningen Gläntan 2025\n"
    )
    spoken = _spoken(_read(page))
    assert all(t in spoken for t in KEPT)
    assert "ideell förening" not in spoken and "Bli medlem du också" not in spoken


def test_a_free_paper_s_distribution_line_under_an_ad_is_not_read() -> None:
    page = (
        "Lokalblaskan Vikbo Tidning\nNyheter\nSport\nNöje\n"
        "Ny busslinje ska knyta ihop Vikbo och Sjöstad\n"
        "Publicerad 3 oktober 2025\n"
        "Från årsskiftet kör regionen en ny busslinje mellan Vikbo centrum och Sjöstads station. Bussarna ska gå "
        "varje halvtimme på vardagar.\n"
        "Linjen ersätter den anropsstyrda trafiken som många pendlare har klagat på.\n"
        "– Nu kan jag äntligen lita på att bussen kommer, säger pendlaren Omar Haddad.\n"
        "Läs också\nSå blev höstmarknaden på torget\nRekordmånga sökte till kulturskolan\n"
        "Annons\nVikbo Cykel – vinterdäck från 399 kr\n"
        "Vikbo Tidning delas ut gratis till 14 500 hushåll i Vikbo och Sjöstad varje torsdag.\n"
        "Redaktion: nyheter@vikbotidning.se\n"
        "Ansvarig utgivare: Lena Ek\n"
    )
    spoken = _spoken(_read(page))
    assert "anropsstyrda trafiken" in spoken and "Omar Haddad" in spoken
    assert "14 500 hushåll" not in spoken


def test_the_article_s_own_closing_sentence_about_the_association_is_kept() -> None:
    page = (
        MASTHEAD + ARTICLE.rstrip("\n")
        + " Hembygdsföreningen Gläntan har i år fått bidrag från länsstyrelsen till arbetet.\n"
        + "Hembygdsföreningen Gläntan är en ideell förening som firar sjuttio år i höst. Jubileet hålls i "
        "bygdegården den 4 oktober med tal och kaffe.\n"
        + "Dela på Facebook\n© Hembygdsföreningen Gläntan 2025\n"
    )
    spoken = _spoken(_read(page))
    assert "firar sjuttio år i höst" in spoken and "bidrag från länsstyrelsen" in spoken


def test_a_first_person_line_inside_the_article_is_kept() -> None:
    page = (
        MASTHEAD + ARTICLE
        + "Vi är en förening som gärna tar emot fler frivilliga till kvarnen, säger ordföranden Per Nyström.\n"
        + "Dela på Facebook\n© Hembygdsföreningen Gläntan 2025\n"
    )
    assert "fler frivilliga till kvarnen" in _spoken(_read(page))


def test_the_subject_is_the_words_before_a_standing_predicate() -> None:
    assert _subject("Studiecirkeln Linnean drivs av tre eldsjälar i Ålund.") == "Studiecirkeln Linnean"
    assert _subject("Tidningen Norrsken ges ut av Norrsken ekonomisk förening.") == "Tidningen Norrsken"
    assert _subject("i dag är en bra dag för alla.") is None
    assert _subject("Eleverna i klass sex och deras lärare planterade träd.") is None


def test_a_support_box_and_the_site_s_blurb_over_its_footer_are_not_read() -> None:
    page = (
        "Ljusglimten Mälardalen\nFör anhöriga till personer med missbruk\nHem\nVerksamhet\nStöd oss\n"
        "Nytt samtalsrum öppnar på Kungsgatan\n"
        "Publicerad 2 februari 2026\n"
        "I mars flyttar anhöriggrupperna in i ett nytt samtalsrum på Kungsgatan 14 i Västerby. Lokalen har plats för "
        "tolv deltagare och ett eget väntrum.\n"
        "Samordnaren Helena Strand har letat efter en större lokal i över ett år.\n"
        "– Nu slipper vi säga nej till dem som står på kö, säger hon.\n"
        "Grupperna träffas tisdagar och torsdagar. Den första träffen i den nya lokalen hålls den 5 mars.\n"
        "Dela\nSkriv ut\nFler nyheter\nÅrsmöte den 20 april\nNy broschyr för unga anhöriga\n"
        "Behöver du stöd?\n"
        "Vår chattlinje är öppen söndagar och onsdagar kl. 19–21. Du kan vara helt anonym när du skriver till oss.\n"
        "Ljusglimten drivs av frivilliga och ingår i ett nationellt nätverk av anhörigföreningar. Vi tar inte emot "
        "några bidrag från staten.\n"
        "Ljusglimten Mälardalen\nBankgiro 871-2290\ninfo@ljusglimten-malardalen.se\n"
    )
    spoken = _spoken(_read(page))
    assert "Helena Strand" in spoken and "den 5 mars" in spoken
    assert "chattlinje" not in spoken and "nationellt nätverk" not in spoken


def test_a_club_s_blurb_under_its_older_posts_link_is_not_read() -> None:
    page = (
        "SEGELSÄLLSKAPET NORDUDDEN – ÖREGRUND\nHem\nRegattor\nJollar\nKlubbhus\n"
        "Nyheter\n"
        "Höstregattan avgjord i hård vind\n"
        "Skrivet av Lasse Wik 2025-09-14\n"
        "Tjugotvå båtar startade i lördagens höstregatta utanför Öregrund. Vinden låg på tolv meter per sekund och "
        "tre båtar bröt redan i första kryssen.\n"
        "Segrade gjorde Maja Holm i sin Laser efter tre vinster på fyra seglingar.\n"
        "Prisutdelningen hölls i klubbhuset med soppa och kaffe.\n"
        "« Nyare inlägg\nÄldre inlägg »\n"
        "Segelsällskapet Nordudden är anslutet till Svenska Seglarförbundet. Vi har 180 medlemmar och en "
        "seglarskola varje sommar.\n"
        "Kontakt: ordförande Lasse Wik, tel 0173-301 22\n"
    )
    spoken = _spoken(_read(page))
    assert "Maja Holm" in spoken and "soppa och kaffe" in spoken
    assert "180 medlemmar" not in spoken


def test_the_article_going_on_under_a_caption_with_its_headline_s_noun_as_subject_is_kept() -> None:
    page = (
        "Östkustens Veckoblad\nNyheter | Sport | Kultur\nLogga in\n\n"
        "Storm fällde tornet på idrottsplatsen i Brohult\n\n"
        "Publicerad 9 januari 2027 kl. 08.10\n\n"
        "Nattens storm fällde det gamla domartornet på Brohults idrottsplats. Ingen skadades, men läktaren bredvid "
        "fick stora skador.\n\n"
        "– Vi hörde smällen ända bort till macken, säger grannen Aina Pettersson.\n\n"
        "Domartornet\nTornet sett från läktaren före stormen. Bild: Brohults IK\n\n"
        "Tornet har stått på idrottsplatsen sedan 1961 och var kulturmärkt av kommunen.\n\n"
        "– Vi får se om det går att bygga upp igen, säger klubbens ordförande Nils Ek.\n\n"
        "Matcherna i helgen flyttas till konstgräsplanen vid skolan.\n\n"
        "© Östkustens Veckoblad 2027\n"
    )
    spoken = _spoken(_read(page))
    assert "kulturmärkt av kommunen" in spoken and "Nils Ek" in spoken
