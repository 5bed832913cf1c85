"""Pages copied inside a viewer or a wrapper, and page kinds read through one (audiocast/ingest/viewers.py, table
data/viewer_chrome.tsv, session 16 E4): a web archive's toolbar, a webmail client around a newsroom's newsletter, a
video site's player, a story tool's and a page-flip viewer's lines, skip links, text-TV pages, map legends and tile
credits, related lists of dated titles, an association's footer.

Every dump here was written after the fix, for fictional sites, in other words than the pages the fix was made on; the
guards are the article's own lines that look like chrome (a party letter after a name, a portrait's membership line,
a sentence about being members, a list of dates in the text).
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

from audiocast.ingest.viewers import chrome_kind

_BODY = [
    "Bageriet vid Stortorget i Vimmerby stänger efter fyrtio år. Ägarna Lena och Olof Brink går i pension i sommar och "
    "har inte hittat någon som vill ta över verksamheten.",
    "Kunderna har under våren lämnat blommor och kort vid disken, och kön har ringlat ut på torget varje lördag.",
    "– Vi har bakat varje morgon sedan 1985 och det blir konstigt att sluta, säger Lena Brink.",
]


def _page(top: list[str], head: list[str], bottom: list[str]) -> str:
    return "\n".join(top + head + _BODY + bottom) + "\n"


def _check(text: str, title: str, chrome: list[str]) -> None:
    article = _read(text)
    spoken = _spoken(article)
    assert article.title == title
    assert not [x for x in chrome if x in spoken], [x for x in chrome if x in spoken]
    assert all(p in spoken for p in _BODY)


def test_a_web_archives_toolbar_over_the_page_is_neither_headline_nor_read() -> None:
    top = ["The Wayback Machine - http://web.archive.org/web/20190305114512/http://www.vimmerbyposten.se/handel/bageriet",
           "312 captures", "04 Feb 2011 - 17 Aug 2022", "Collection: Save Page Now", "TIMESTAMPS", "JUN\tJUL\tAUG", "05",
           "2018\t2019\t2020", "About this capture"]
    head = ["Vimmerbyposten", "Nyheter", "Handel", "Bageriet vid torget stänger efter 40 år", "5 mars 2019"]
    _check(_page(top, head, []), "Bageriet vid torget stänger efter 40 år", top)


def test_a_webmail_clients_chrome_and_a_newsletters_furniture_are_not_read() -> None:
    top = ["Nytt meddelande", "Inbox 4", "Drafts", "Sent", "Kalmar Nyheter <brev@kalmarnyheter.se>",
           "mån 3 feb. 07:15 (för 2 timmar sedan)", "till mig",
           "Godmorgon! I dag väntas snöfall och ett par minusgrader i hela länet."]
    head = ["Bageriet vid torget stänger efter 40 år"]
    bottom = ["Läs hela artikeln på kalmarnyheter.se →", "I morgondagens tidning", "Hamnen muddras i vår",
              "Nytt rekord på travbanan",
              "Du får det här mejlet eftersom du är prenumerant på Kalmar Nyheter och har valt morgonbrevet.",
              "Svara alla", "Vidarebefordra", "Använder 0,4 GB av 15 GB"]
    _check(_page(top, head, bottom), "Bageriet vid torget stänger efter 40 år", top + bottom)


def test_a_video_sites_player_over_the_clips_text_is_not_the_headline() -> None:
    top = ["Skip navigation", "Spela upp (k)", "Nästa (SHIFT+n)", "0:12 / 5:03", "Textning (c)", "Inställningar"]
    head = ["Bageriet vid torget stänger efter 40 år", "Vimmerby Play", "845 prenumeranter", "Prenumerera",
            "1 203 visningar  2 veckor sedan"]
    bottom = ["Visa mindre"]
    _check(_page(top, head, bottom), "Bageriet vid torget stänger efter 40 år", top + ["845 prenumeranter"] + bottom)


def test_a_story_tools_and_a_page_flip_viewers_lines_are_not_read() -> None:
    top = ["Created with Adobe Express", "Sida 3 / 16", "Bläddra framåt", "Zooma in"]
    bottom = ["Report abuse", "Användarvillkor"]
    _check(_page(top, ["Bageriet vid torget stänger efter 40 år"], bottom),
           "Bageriet vid torget stänger efter 40 år", top + bottom)


def test_a_skip_link_is_never_the_headline() -> None:
    top = ["Hoppa förbi menyn"]
    _check(_page(top, ["Bageriet vid torget stänger efter 40 år", "Publicerad 4 mars 2025"], []),
           "Bageriet vid torget stänger efter 40 år", top)


def test_a_text_tv_pages_index_counter_and_continued_headline_are_not_read() -> None:
    text = "\n".join([
        "130 Text-TV onsdag 12 mar 2025", "Utrikes 130", "Färjan till Åland ställs in i två dagar",
        "Rederiet ställer in alla avgångar till Mariehamn på torsdag och fredag sedan ett fel hittats i fartygets styrning.",
        "Resenärer med bokade biljetter får pengarna tillbaka eller kan boka om utan avgift.",
        "Fortsättning följer >>", "Sida 1/3", "Färjan till Åland ställs in i två dagar (forts.)",
        "Ett reservfartyg kan tidigast sättas in nästa vecka, uppger rederiet.", "Sida 2/3",
        "Skåne .............. 457", "Halland ............. 458", "Sport ............... 300",
        "Inrikes 101  Utrikes 130  Innehåll 700",
    ]) + "\n"
    article = _read(text)
    spoken = _spoken(article)
    assert article.title == "Färjan till Åland ställs in i två dagar"
    assert "Ett reservfartyg kan tidigast sättas in nästa vecka, uppger rederiet." in spoken
    for x in ("Fortsättning följer >>", "Sida 1/3", "Sida 2/3", "Skåne .............. 457", "Inrikes 101 Utrikes 130 Innehåll 700",
              "Färjan till Åland ställs in i två dagar (forts.)"):
        assert x not in spoken


def test_a_maps_legend_tile_credits_hints_and_chart_description_are_not_read() -> None:
    chrome = ["Kartförklaring", "Badplats", "Grillplats", "Vandringsled", "© OpenStreetMap, Mapbox | Region Gotland",
              "Klicka på kartan för att se badplatsens namn",
              "Grafik: Måndag – 12 mm, Tisdag – 4 mm, Onsdag – 0 mm"]
    text = "\n".join(["Bageriet vid torget stänger efter 40 år", _BODY[0], _BODY[1]] + chrome + [_BODY[2]]) + "\n"
    _check(text, "Bageriet vid torget stänger efter 40 år", chrome)


def test_a_related_list_of_dated_titles_and_an_associations_footer_are_not_read() -> None:
    bottom = ["Mer från Fjällbloggen", "Skidspåren dras i Klövsjö (4 januari 2024)",
              "Ny stuga vid Helags (19 december 2023)", "Stöd Hembygdsföreningen Norrgården: Swish 123 680 22 41 eller bankgiro 812-4470",
              "Föreningen Norrgården · Box 12, 820 60 Delsbo", "Vi är anslutna till Sveriges Hembygdsförbund",
              "Cookies används för statistik och för att sidan ska fungera. Läs mer", "Dela: Facebook · LinkedIn · Mejl"]
    _check(_page(["Bageriet vid torget stänger efter 40 år"], [], bottom), "Bageriet vid torget stänger efter 40 år", bottom)


def test_guards_a_party_letter_a_portraits_membership_and_a_sentence_about_members_are_no_chrome() -> None:
    assert chrome_kind("Karin Holm (KD)") is None
    assert chrome_kind("Medlem i kören sedan: 2019") is None
    assert chrome_kind("Vi är medlemmar i Svenska kyrkan, och har varit det länge, säger hon.") is None
    assert chrome_kind("Resan till Umeå (12 maj 2024) blev en succé.") is None


def test_guard_dates_in_brackets_in_the_articles_own_paragraph_stay() -> None:
    line = "Konserterna hålls i Delsbo kyrka (12 juni 2025) och i Bjuråkers kyrka (19 juni 2025)."
    article = _read(_page(["Bageriet vid torget stänger efter 40 år"], [], [line]))
    assert line in _spoken(article)


def test_an_english_webmail_around_a_forwarded_page_and_its_footer_are_not_read() -> None:
    top = ["Search mail", "Inbox 27", "Starred", "Labels", "Byalaget Hörby <info@byalaget-horby.se>",
           "Tue, Oct 14, 9:41 AM (5 hours ago)", "to me"]
    bottom = ["Byalaget Hörby · Kyrkogatan 9, 242 30 Hörby", "Avregistrera dig", "Hantera dina prenumerationer",
              "Reply", "Forward", "3 % av 15 GB används", "Villkor · Sekretess · Programpolicyer",
              "Senaste kontoaktivitet: för 12 minuter sedan"]
    _check(_page(top, ["Bageriet vid torget stänger efter 40 år"], bottom),
           "Bageriet vid torget stänger efter 40 år", top + bottom)


def test_another_services_text_tv_header_and_sections_row_are_not_read() -> None:
    top = ["377 TV4 Text fredag 3 okt 2025"]
    bottom = ["Västerbotten …… 455", "Inrikes 101  Sport 300"]
    _check(_page(top, ["Bageriet vid torget stänger efter 40 år"], bottom),
           "Bageriet vid torget stänger efter 40 år", top + bottom)


def test_a_site_builders_english_chrome_a_play_button_with_its_length_and_a_bare_map_library_are_not_read() -> None:
    top = ["▶ Lyssna (3:05)", "Recent activity"]
    bottom = ["Leaflet", "Google Sites", "Edit details", "Report abuse"]
    _check(_page(top, ["Bageriet vid torget stänger efter 40 år"], bottom),
           "Bageriet vid torget stänger efter 40 år", top + bottom)
