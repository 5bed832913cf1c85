"""Round 10: a notice banner topping the page, a reading-time line under the date, a fact box's author line, a
calendar's entries naming the article's places, opinion notices and compound byline roles.

Every dump here was written after the change, for fictional sites and articles; none copies a blind case. The
classifier is the shipped one, as a reader of ``audiocast render`` has it.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

MENU = "\n".join(["Tjänster", "Bygglov", "Parkering", "Vatten och avlopp", "Skola", "Omsorg", "Kultur och fritid",
                  "Näringsliv", "Mina ärenden", "Jobba hos oss", "Nyheter"])


def test_a_notice_banner_on_top_of_a_long_menu_does_not_lose_the_article() -> None:
    dump = (
        "Viktigt meddelande: Simhallen i Byholm håller stängt måndag 3 mars på grund av ett vattenläckage.\n"
        f"Läs mer\nStäng\nByholms Energi\n{MENU}\n"
        "Elnätet förstärks i östra Byholm under våren\n"
        "Publicerad 28 februari 2025\n"
        "Under april och maj gräver vi ned nya elkablar längs Kvarnvägen och Lärkstigen. Arbetet gör elnätet "
        "tåligare mot stormar och ger plats för fler laddboxar.\n"
        "De boende längs gatorna får ett brev med tider för korta avbrott i strömmen, som mest en timme åt gången.\n"
        "– Vi försöker göra avbrotten mitt på dagen, när färre är hemma, säger projektledaren Kim Sjöberg.\n"
    )
    article = _read(dump)
    assert article.title == "Elnätet förstärks i östra Byholm under våren"
    assert article.lead is not None and article.lead.startswith("Under april och maj")
    assert "Kim Sjöberg" in _spoken(article) and "vattenläckage" not in _spoken(article)


def test_a_reading_time_under_the_date_does_not_make_the_lead_a_banner() -> None:
    dump = (
        "Norrbyns Tidning\nNyheter\nKultur\nSport\n\nKultur\n\n"
        "Körens julkonsert fyllde kyrkan till sista plats\n\n"
        "Norrbyns kammarkör bjöd på en konsert med både Bach och nyskriven musik, och publiken stod upp i tio minuter.\n\n"
        "Lena Holm\nKulturskribent\nPublicerad 14 december 2025\nLäsningstid: 2 min\n\n"
        "Kyrkan var fullsatt redan en halvtimme före konserten, och kyrkvärdarna fick bära in extra stolar från "
        "församlingshemmet.\n\n"
        "Kören under ledning av Eva Strand inledde med en koral som sjöngs från läktaren.\n"
    )
    article = _read(dump)
    assert article.title == "Körens julkonsert fyllde kyrkan till sista plats"
    assert article.lead is not None and article.lead.startswith("Norrbyns kammarkör bjöd")
    spoken = _spoken(article)
    assert "Kulturskribent" not in spoken and "Läsningstid" not in spoken and "extra stolar" in spoken


def test_a_role_under_the_writers_name_is_not_read_nor_taken_for_the_headline() -> None:
    dump = (
        "Västbygdens Allehanda\nNyheter\nÅsikter\n\nLedare\n"
        "Per Alm\nPolitisk redaktör\nPublicerad 2 maj 2025\n"
        "Det här är en ledartext. Västbygdens Allehandas ledarsida är oberoende moderat.\n"
        "Skolskjutsarna måste räcka till alla\n"
        "När kommunen ritar om skolskjutsarna i höst riskerar barnen i de minsta byarna att få de längsta dagarna. "
        "Det är fel väg att gå.\n"
        "En elev i Lillmyra kan i dag åka en timme enkel väg. Med det nya förslaget blir det en och en halv.\n"
    )
    article = _read(dump)
    assert article.title == "Skolskjutsarna måste räcka till alla"
    spoken = _spoken(article)
    assert "Politisk redaktör" not in spoken and "ledartext" not in spoken and "Lillmyra" in spoken


def test_an_author_line_in_a_fact_box_of_labels_is_read() -> None:
    dump = (
        "Forsby Hembygdsförening\nStart\nAktuellt\n\n"
        "Gamla brev från Amerika lämnades in till arkivet\n"
        "Publicerad 3 mars 2025\n"
        "En familj i Forsby har lämnat in ett fyrtiotal brev som en utvandrad släkting skrev hem på 1890-talet.\n"
        "Breven berättar om livet på en farm i Minnesota och om längtan hem till byn.\n"
        "Om breven\n"
        "Av: Johan Persson (1871–1944), dräng från Forsby.\n"
        "Antal: 42 brev och två fotografier.\n"
        "Period: 1891–1899.\n"
        "Breven kommer att visas i hembygdsgården under sommaren.\n"
        "Dela\n"
    )
    spoken = _spoken(_read(dump))
    assert "Johan Persson (1871–1944)" in spoken and "42 brev" in spoken


def test_the_calendar_of_a_club_under_the_article_is_not_read_even_where_it_names_the_article() -> None:
    dump = (
        "Forsby Hembygdsförening\nStart\nAktuellt\n\n"
        "Gamla brev från Amerika lämnades in till arkivet\n"
        "Publicerad 3 mars 2025\n"
        "En familj i Forsby har lämnat in ett fyrtiotal brev som Johan Persson skrev hem från Minnesota på 1890-talet.\n"
        "Breven ska visas i hembygdsgården i Forsby under sommaren, tillsammans med en karta över hans resa.\n"
        "Kommande aktiviteter\n"
        "12 apr kl. 14.00\nBrevläsning: Johan Perssons Amerikabrev\nHembygdsgården, Forsby\n"
        "20 apr kl. 10.00\nStädning av hembygdsgården\nForsby hembygdsgård\n"
        "4 maj kl. 18.00\nMedlemsmöte i Forsby\nAlla evenemang\n"
    )
    spoken = _spoken(_read(dump))
    assert "karta över hans resa" in spoken
    assert "Brevläsning" not in spoken and "Städning av hembygdsgården" not in spoken and "Medlemsmöte" not in spoken
