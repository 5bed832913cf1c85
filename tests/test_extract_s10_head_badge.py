"""Session 10, class 'a badge closing the head's meta block under the lead' (issue #9).

A paper that sets its standfirst over the byline and date line closes that meta block with a short mark of its own
("Ölandsbladet Plus" in dev set extract34, "Prenumerantartikel", a view counter), and a writer's bare name glued
under the date line was not known as a byline there: both were read as the article's first lines. Short lines (three
words at most, no sentence) glued under the byline or date line below the lead, closing their block before the
text's first paragraph, are the head's furniture (headmeta.meta_badge_tags); a bare name first among them is the
byline. The first two tests are invented cases written before the fix, the rest after it (other sites and marks),
with guards: a subheading after a blank line and a short sentence of the text stay.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_TEXT = (
    "\n\nTrafikverket stänger bron över Ljusnan i tre veckor i september för att byta ut lagren under brofästet.\n\n"
    "Omledning sker via Järvsö, vilket förlänger resan med ungefär tjugo minuter.\n"
)


def test_a_site_mark_under_the_date_line_is_not_read() -> None:
    page = ("Västkuststaden\nMeny\nNyheter\nSport\n\nNy förskola byggs i Norrby\n\n"
            "Barnen i Norrby får en ny förskola med plats för 120 barn. Bygget börjar i höst.\nMaja Ek\n"
            "3 juni 2025 06:00\nVK Plus\n\nKommunen har beslutat att bygga en ny förskola i Norrby, och arbetet ska "
            "börja redan i höst.\n")
    article = read_dump(page)
    assert "VK Plus" not in spoken_text(article)
    assert "Kommunen har beslutat" in spoken_text(article)


def test_a_bare_name_under_the_date_line_is_the_byline() -> None:
    page = ("Dalatidningen\nStart\nLokalt\n\nNy förskola byggs i Norrby\n\n"
            "Barnen i Norrby får en ny förskola med plats för 120 barn. Bygget börjar i höst.\n"
            "Publicerad 3 juni 2025\nMaja Ek\nPrenumerantartikel\n\nKommunen har beslutat att bygga en ny förskola i "
            "Norrby, och arbetet ska börja redan i höst.\n")
    article = read_dump(page)
    spoken = spoken_text(article)
    assert "Maja Ek" not in spoken and "Prenumerantartikel" not in spoken
    assert article.author == "Maja Ek"


def test_a_subscribers_mark_under_an_email_and_a_clock_time() -> None:
    page = ("Hälsinge Allehanda\nMeny\nNyheter\n\nBron över Ljusnan stängs i september\n\n"
            "Bilisterna får räkna med omvägar när bron renoveras.\nLars Holm\nlars.holm@ha.se\n"
            "2 augusti 2025 kl 05.30\nEndast för prenumeranter" + _TEXT)
    spoken = spoken_text(read_dump(page))
    assert "Endast för prenumeranter" not in spoken
    assert "Trafikverket stänger bron" in spoken


def test_a_view_counter_and_a_papers_extra_mark() -> None:
    page = ("Ljusdalsbygden\nHem\nAktuellt\n\nBron över Ljusnan stängs i september\n\n"
            "Bilisterna får räkna med omvägar när bron renoveras.\nPublicerad 2025-08-02\n412 visningar" + _TEXT)
    assert "412 visningar" not in spoken_text(read_dump(page))
    page = ("Bollnäs Nytt\nHem\n\nBron över Ljusnan stängs i september\n\n"
            "Bilisterna får räkna med omvägar när bron renoveras.\n2 augusti 2025\nKarin Öst\nBN Extra" + _TEXT)
    article = read_dump(page)
    assert "BN Extra" not in spoken_text(article)
    assert article.author == "Karin Öst"


def test_a_subheading_and_a_short_sentence_of_the_text_stay() -> None:
    page = ("Ljusdalsbygden\nHem\nAktuellt\n\nBron över Ljusnan stängs i september\n\n"
            "Bilisterna får räkna med omvägar när bron renoveras.\nPublicerad 2025-08-02\nDet blir trångt.\n\n"
            "Omvägen\nTrafikverket leder om trafiken via Järvsö under de tre veckorna i september.\n")
    spoken = spoken_text(read_dump(page))
    assert "Det blir trångt." in spoken
    assert "Omvägen" in spoken


def test_a_badge_in_a_dump_without_blank_lines() -> None:
    """Written after the fix's extension to dumps copied without blank lines: the text's first paragraph, glued under
    the badge, closes the meta block's tail."""
    page = ("Norrlandsposten\nMeny\nNyheter\nNy simhall i Kalix klar i höst\nBadgästerna får vänta ett halvår till "
            "innan bassängen öppnar.\nPer Lund\n3 mars 2025\nNP Premium\nKommunen har skjutit upp invigningen "
            "eftersom ventilationen måste göras om.\nDen nya simhallen kostar 180 miljoner kronor.\n")
    spoken = spoken_text(read_dump(page))
    assert "NP Premium" not in spoken
    assert "Kommunen har skjutit upp invigningen" in spoken
