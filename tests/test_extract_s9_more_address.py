"""Session 9 (E4), class 'a column's explainer with an address to write to, taken for the headline' (issue #9).

A question column or a tip box sets a line over the head that tells the reader where to write ("Här svarar
kommunens politiker på läsarnas frågor. Mejla din fråga till fraga@tidning.se"): standing by the date line with a
headline's length, it won over the real headline, a question under the date line, which was then read as the lead.
A line giving an e-mail or web address is no headline's form (headshapes.address_line, scored headline.W_ADDRESS),
so the question under the date line is the headline again. Every dump here was written after the fix, for fictional
sites and wordings; the guard keeps a headline that names a web site in words.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_MENU = "Mälarposten\nNyheter\nSport\nOpinion\nE-tidning\n\n"
_TEXT = (
    "\nFörskolan vid Lindvägen har haft stängt på fredagar sedan februari på grund av brist på personal.\n\n"
    "– Vi har anställt två nya förskollärare som börjar i augusti, svarar förvaltningschefen Per Rask.\n\n"
    "Till dess erbjuds föräldrarna plats på förskolan i Västerby på fredagar.\n\nFooter\n"
)


def test_a_column_explainer_with_an_e_mail_over_the_date_is_no_headline() -> None:
    page = (_MENU + "Fråga förvaltningen\nHär svarar kommunens chefer på läsarnas frågor. Skicka din fråga till "
            "fraga@malarposten.se\n\nPublicerad 14 maj 2025\nVarför är förskolan på Lindvägen stängd på fredagar?\n"
            "Den här veckan svarar förvaltningschefen på en fråga från en förälder i Västerby.\n" + _TEXT)
    article = _read(page)
    assert article.title == "Varför är förskolan på Lindvägen stängd på fredagar?"
    assert "fraga@malarposten.se" not in spoken_text(article)
    assert (article.lead or "").startswith("Den här veckan svarar")


def test_a_tip_line_with_a_web_address_is_no_headline() -> None:
    page = (_MENU + "Har du ett tips? Hör av dig via https://malarposten.se/tipsa\n\n14 maj 2025\n"
            "Förskolan på Lindvägen öppnar igen på fredagar\n" + _TEXT)
    assert _read(page).title == "Förskolan på Lindvägen öppnar igen på fredagar"


def test_a_headline_naming_a_site_in_words_stays() -> None:
    page = _MENU + "Kommunens webbplats låg nere i tre timmar\n14 maj 2025\n" + _TEXT
    assert _read(page).title == "Kommunens webbplats låg nere i tre timmar"
