"""Session 19 round 4 (E15): a widget's closing note over the article's head (``widgetnotes.widget_note``).

A table read one cell a line, a day's timetable or a queue display over the news, closed by a short note ("Bedöm
alltid isen själv.", "Ta en kölapp vid entrén."): the note was taken for the lead and a cell for the headline. Tested
on pages written after the fix, with other widgets, sites and words than the opened sets'.
"""

from __future__ import annotations

from extract_helpers import read_dump

_PROSE = (
    "Simhallen i Bergsjö har varit stängd sedan oktober för att byta ut ventilationen och kakla om den stora "
    "bassängen, och arbetet har blivit klart två veckor före tidsplanen.\n"
    "Under våren erbjuds också nya kurser i vattengympa på tisdagar och torsdagar, och simskolan för barn startar "
    "i mitten av mars med fyra grupper.\n"
    "– Vi är glada att kunna välkomna alla tillbaka så snart, säger badmästaren Tove Ringqvist.\n"
)


def test_a_timetable_and_its_note_over_the_head_are_no_lead() -> None:
    page = (
        "Bergsjö simhall\nBada\nSimskola\nKontakt\n"
        "Banbokning i dag\n"
        "Uppdaterad 3 feb kl. 06.10\n"
        "Bana 1–2 06.30\n"
        "Bana 3 09.00\n"
        "Motionssim 12.00\n"
        "Familjebad 17.00\n"
        "Medtag eget hänglås till skåpet.\n"
        "Simhallen öppnar igen efter renoveringen\n" + _PROSE
    )
    article = read_dump(page)
    assert article.title == "Simhallen öppnar igen efter renoveringen"
    assert article.lead is not None and article.lead.startswith("Simhallen i Bergsjö har varit stängd")


def test_a_water_level_table_under_its_stamp_is_no_head() -> None:
    # The table's own update stamp over its cells is no date line of the article's head.
    page = (
        "Fiskevårdsområdet Övre Lagan\n"
        "VATTENNIVÅER\n"
        "Uppdaterat 3 feb kl. 06.10 av mätstationen\n"
        "Lagan vid Bron\n"
        "112 cm\n"
        "Normalt\n"
        "Strömmen\n"
        "87 cm\n"
        "Lågt\n"
        "Värdena är preliminära. Kontrollera alltid på plats.\n"
        "Fiske\n"
        "Nya regler för fisket i Strömmen från maj\n"
        "Övre Lagan, vid islossningen 2026\n"
        "Från och med den första maj gäller nya fångstregler i Strömmen, där laxöringen ska få vandra upp ostört "
        "under lektiden enligt beslutet från årsmötet.\n"
        "Varje fiskare får behålla högst två fiskar per dag, och minimimåttet höjs till femtio centimeter.\n"
        "– Vi ser att beståndet har minskat de senaste åren, säger ordföranden Åsa Lind.\n"
    )
    article = read_dump(page)
    assert article.title == "Nya regler för fisket i Strömmen från maj"
    assert article.lead is not None and article.lead.startswith("Från och med den första maj")


def test_a_short_lead_under_its_own_fact_rows_is_kept() -> None:
    # The article's headline (more than a label's words) over its own rows: the short line under them stays its own.
    page = (
        "Bergsjö simhall öppnar för vinterbad i februari\n"
        "Tisdag 06.30\n"
        "Torsdag 06.30\n"
        "Lördag 08.00\n"
        "Alla är välkomna att prova.\n"
        "Så fungerar det\n"
        "Bastun värms upp en timme före varje pass och vattnet i bassängen hålls vid tjugofem grader hela "
        "vintern för den som vill vänja sig.\n"
        "Ingen föranmälan behövs och entrén kostar som vanligt sextio kronor för vuxna.\n"
    )
    assert read_dump(page).title == "Bergsjö simhall öppnar för vinterbad i februari"


def test_a_note_with_prose_under_it_and_no_head_below_is_the_lead() -> None:
    # No headline over the prose below: the note opens the text and stays the lead.
    page = (
        "Rapport från isfisket\n"
        "Abborre 14\n"
        "Gädda 3\n"
        "Gös 2\n"
        "Alla fiskar vägdes vid bryggan.\n"
        "Tävlingen samlade trettiotvå deltagare från fem klubbar i länet, och vinnaren fick ihop över fyra kilo "
        "abborre under de tre timmarna.\n"
        "Nästa tävling hålls i mars om isen håller.\n"
    )
    assert read_dump(page).lead == "Alla fiskar vägdes vid bryggan."


def _meta_line(text: str) -> bool:
    from audiocast.ingest.headmeta import dated_meta_tags
    from audiocast.ingest.text import _Line

    lines = [_Line("Så gick årsmötet i hembygdsföreningen", False), _Line(text, False)]
    return dated_meta_tags(lines) == [1]


def test_a_texts_noun_before_its_participle_makes_a_date_line() -> None:
    # Session 19: "Sammanfattning publicerad 29 april 2025" under its headline is the head's date line.
    assert _meta_line("Referatet uppdaterat 14 mars 2026")
    assert _meta_line("Protokollet justerat 2026-03-14")
    assert not _meta_line("Vårmarknad 14 mars 2026")  # an event's name and its day
    assert not _meta_line("Stora salen 14 mars 2026")  # a place and a day, no participle


def test_a_summary_under_a_chapter_list_keeps_its_headline() -> None:
    page = (
        "Norrby kommun\nKommun & politik\nNämnder\nSändningar\n"
        "Byggnadsnämnden 12 mars 2026\n"
        "Kapitel – klicka för att hoppa\n"
        "00:00 Mötet öppnas\n"
        "00:09 Detaljplan för Kvarnbacken\n"
        "00:47 Bygglov för ny förskola i Ekeby\n"
        "01:20 Övriga frågor\n"
        "Så röstade nämnden om förskolan i Ekeby\n"
        "Referatet uppdaterat 13 mars 2026\n"
        "Byggnadsnämnden beviljade bygglov för en ny förskola med sex avdelningar i Ekeby, trots protester från "
        "grannar som befarar mer trafik på Skolvägen.\n"
        "Detaljplanen för Kvarnbacken skickades tillbaka till förvaltningen för att utredas vidare under våren.\n"
        "Beslutet om förskolan kan överklagas till länsstyrelsen inom tre veckor.\n"
    )
    article = read_dump(page)
    assert article.title == "Så röstade nämnden om förskolan i Ekeby"
