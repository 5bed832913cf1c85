"""Session 21 (E24), the wrong headline: a section's name in the site's voice over a long headline taken for the
headline, the headline for its standfirst.

"Möt våra medarbetare" over "Amina lagar läckorna i kulverten: ”Jag vill se vad jag har gjort”", over the date line:
the long line was read as the standfirst of a short headline (``headdigest.standfirst``). A section's or column's name
that speaks as the site ("vi", "våra") or invites the reader ("Möt", "Träffa") is the kicker
(``headtaglines.section_voice``). These pages were written after the fix, with another site, section and article; the
guard keeps a short headline with its standfirst when it does not speak so.
"""

from __future__ import annotations

from extract_helpers import read_dump

from audiocast.ingest.headtaglines import section_voice

_TEXT = (
    "Klockan sex varje morgon startar Jonas Lindqvist den första soptruck som lämnar depån i Bollnäs.\n"
    "Han har kört sophämtning i elva år och känner varje backe i kommunen.\n"
    "– Det bästa är när barnen vinkar från fönstren. Då vinkar jag tillbaka, säger han.\n"
    "Under vintern blir arbetet tyngre, och då börjar han ofta en timme tidigare.\n"
)


def test_a_section_in_the_sites_voice_over_a_long_headline_is_the_kicker() -> None:
    page = ("Bollnäs Energi & Miljö\nPrivat\nFöretag\nOm oss\nNyheter\nJobb\n\n"
            "Träffa våra chaufförer\nJonas kör sopbilen genom hela Bollnäs varje morgon: ”Barnen vinkar alltid från fönstren”\n"
            "14 mars 2025 08:15\nText: Lena Sjöberg\n" + _TEXT)
    article = read_dump(page)
    assert article.title == "Jonas kör sopbilen genom hela Bollnäs varje morgon: ”Barnen vinkar alltid från fönstren”"


def test_section_voice_shapes() -> None:
    assert section_voice("Möt våra medarbetare")
    assert section_voice("Vi svarar")
    assert section_voice("Träffa föreningen")
    assert not section_voice("Simhallen stänger i sommar")
    assert not section_voice("Vi bygger om skolan i Bollnäs")  # five words: a headline
    assert not section_voice("Våra 5 bästa tips")
    assert not section_voice("Vem ska vi rösta på?")


def test_a_short_headline_keeps_its_standfirst() -> None:
    page = ("Bollnäs Energi & Miljö\nPrivat\nFöretag\nOm oss\nNyheter\nJobb\n\n"
            "Sophämtningen ändras i vår\nNya tider för hämtning i hela kommunen från april, när fler bilar och "
            "chaufförer börjar köra\n14 mars 2025 08:15\nText: Lena Sjöberg\n" + _TEXT)
    article = read_dump(page)
    assert article.title == "Sophämtningen ändras i vår"
