"""Wave 2b, classes 'a head without blank lines over boxes with them' and 'a press release's dateline' (issue #9;
headcands.in_menu_run, byline.head_meta_row).

A dump whose menu, banner and head run on without blank lines, while the boxes under the article are set apart by
them: the head's block ran on to the page's end, the headline and the date line stood in one block and no menu was
seen, so a notice over the head (an alert with its "Stäng" button) was read as the lead under the site's name. The
block is now bounded by its prose and date lines too, as in a dump without any blank line. A press release's dateline
("Umeå 2026-10-02", "Visby, 3 oktober 2026") and a writer's row with a dash ("Malin Ek – 12/05/2026") are date lines
of the head. Every dump here was written after the fix, for fictional sites, in other wordings and positions.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_TEXT = (
    "Biblioteket i Hällby flyttar in i det gamla tingshuset efter årsskiftet. Flytten har planerats i tre år.\n"
    "Under december är biblioteket stängt medan böckerna packas och flyttas. Bokbussen kör extra turer.\n"
    "– Tingshuset ger oss dubbelt så stor yta och en egen sagohörna för barnen, säger bibliotekarien Jon Berg.\n"
)
_BOXES = "\nFler nyheter\nNya öppettider i jul\nLäsecirkel för vuxna\n\nKontakta oss\nTelefon 0470-555 10\n"


def test_an_alert_with_its_close_button_over_a_head_without_blank_lines_is_no_lead() -> None:
    page = ("Hällby kommun\nBo och leva\nKultur\nKontakta oss\n"
            "Driftstörning: Fjärrvärmen är avstängd i centrum i dag. Vi räknar med att den är tillbaka kl 16.\n"
            "Stäng\nKultur › Bibliotek\nBiblioteket flyttar till tingshuset\n2 oktober 2026\n" + _TEXT + _BOXES)
    article = _read(page)
    assert article.title == "Biblioteket flyttar till tingshuset"
    assert article.lead is not None and article.lead.startswith("Biblioteket i Hällby flyttar")
    assert "Bokbussen kör extra turer." in _spoken(article)


def test_a_site_notice_with_an_ok_button_over_a_short_headline_is_no_lead() -> None:
    page = ("Hällby Bokhandel\nBöcker\nEvenemang\nOm oss\n"
            "Tingshuset är inte tillgängligt för besökare under december. Läs mer om flytten nedan.\n"
            "Jag förstår\nFlytt i december\n2026-10-02\n" + _TEXT + _BOXES)
    article = _read(page)
    assert article.title == "Flytt i december"
    assert article.lead is not None and article.lead.startswith("Biblioteket i Hällby flyttar")


def test_a_press_releases_dateline_is_a_date_line_of_the_head() -> None:
    page = ("Hällby Kulturstiftelse\nStart\nStipendier\nNyheter\nKontakt\n\nNyheter\n"
            "Biblioteket får nytt hem\nVisby, 3 oktober 2026\n" + _TEXT + _BOXES)
    article = _read(page)
    assert article.title == "Biblioteket får nytt hem"
    assert "Visby, 3 oktober" not in _spoken(article)
    assert article.published is not None and article.published.day == 3


def test_guard_a_headline_in_a_block_of_short_lines_over_the_text_stays_the_headline() -> None:
    # The head's own block without a date line: the headline of four words or more closing it over the text is the
    # head, not a menu item, and the menu's items above it are no headline.
    page = ("Hällby Bibliotek\nLåna\nEvenemang\nBarn\nNyheter\nBiblioteket flyttar efter nyår\n" + _TEXT + _BOXES)
    article = _read(page)
    assert article.title == "Biblioteket flyttar efter nyår"
    assert article.lead is not None and article.lead.startswith("Biblioteket i Hällby flyttar")
