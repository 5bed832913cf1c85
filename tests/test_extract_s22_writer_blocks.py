"""Session 22, the wrong headline: the writers' lines between the headline and the head's first date line.

A head is a headline, its writers and its dates, in that order, on any site. The writers' lines have a headline's
length and no sentence's end, so the scorer took the one nearest the date line for the headline whenever the shape
rules for one writers' line did not fit: two signers of a debate article each with a party and a role on lines of
their own over "Publicerad: …", or two reporters listed by a comma over an update line ("Uppdaterad …"), seen in
pages by two writers (a live report, a debate article). ``headbylines.writer_block_rows`` reads the block from the date
line up. These pages were written after the fix, with other sites, names and words; the guards keep a lone name (a
portrait's headline) and a headline that is a sentence to the headline's scoring.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest.headbylines import writer_block_rows, writer_line
from audiocast.ingest.hints import Hints
from audiocast.ingest.text import _tag_lines, default_rules


def tag_lines(page: str):  # type: ignore[no-untyped-def]
    return _tag_lines(page, default_rules(), Hints())

_DEBATE = (
    "Kommunen måste sluta skjuta upp renoveringen av simhallen, skriver företrädare för tre föreningar i Ljungby.\n"
    "Simhallen i Ljungby byggdes 1974 och har inte renoverats på allvar sedan dess. Taket läcker och "
    "reningsverket är så gammalt att reservdelar inte längre tillverkas.\n"
    "Varje vinter stänger bassängen i flera veckor. Då står simskolan still och klubbarnas träningar ställs in.\n"
    "Vi vill att kommunfullmäktige i år avsätter pengar till en förstudie, så att bygget kan börja senast 2027.\n"
)

_LIVE = (
    "Ett stort strömavbrott slog ut elen för omkring 6 000 hushåll i Ludvika på tisdagsmorgonen. Vi rapporterar.\n"
    "Kl 09.40: Elbolaget uppger att felet sitter i en transformatorstation söder om stan.\n"
    "Kl 09.15: Flera trafikljus är ur funktion längs Väsmanvägen. Polisen uppmanar bilister att köra försiktigt.\n"
    "Kl 08.50: Skolorna i centrala Ludvika håller öppet men serverar kall lunch.\n"
)


def test_three_signers_with_party_and_role_over_the_date_line() -> None:
    page = ("Hoppa till innehåll\nSmålänningen\nNyheter\nSport\nOpinion\nLogga in\nOpinion\nDebatt\n"
            "Det är dags att rusta simhallen innan det är för sent\n"
            "Mikael Strand (C), ordförande Ljungby simsällskap\n"
            "Karin Öberg (S), ledamot i kultur- och fritidsnämnden\n"
            "Hassan Yilmaz, kassör i Ljungby livräddningssällskap\n"
            "Publicerad 12 februari 2025 kl. 06.00\n" + _DEBATE)
    article = read_dump(page)
    assert article.title == "Det är dags att rusta simhallen innan det är för sent"
    assert "ordförande Ljungby simsällskap" not in spoken_text(article)
    assert "reningsverket" in spoken_text(article)


def test_two_reporters_by_a_comma_over_the_update_line() -> None:
    page = ("Till innehållet\nBergslagsbladet\nNyheter\nSport\nNöje\nPrenumerera\nNyheter\nLudvika\nLIVE\n"
            "Strömavbrott i hela centrala Ludvika – vi följer läget\n"
            "Johanna Wikström, Anders Pettersson\n"
            "Uppdaterad 4 mars 2025 09:41\nPublicerad 4 mars 2025 08:32\n" + _LIVE)
    article = read_dump(page)
    assert article.title == "Strömavbrott i hela centrala Ludvika – vi följer läget"
    assert "Johanna Wikström, Anders Pettersson" not in spoken_text(article)


def test_a_lone_name_over_the_date_line_is_left_to_the_scorer() -> None:
    # a portrait's head: the name alone under its long kicker, over the date line, is no evidence of writers
    lines = tag_lines("Tidningen Ådalen\nNyheter\nHon har sytt folkdräkter åt halva socknen i femtio år\n"
                      "Margit Holmqvist\n3 april 2025\n"
                      "Margit Holmqvist i Nyland har sytt sin sista dräkt. Nu lämnar hon över ateljén till sitt barnbarn.\n")
    assert writer_block_rows(lines) == []
    assert lines[3].tag is None


def test_writer_line_shapes() -> None:
    assert writer_line("Mikael Strand (C), ordförande Ljungby simsällskap") == (True, True)
    assert writer_line("Johanna Wikström, Anders Pettersson") == (True, True)
    assert writer_line("Text: Lena Holm") == (True, True)
    assert writer_line("Lena Holm") == (True, False)  # a lone name: no evidence alone
    # a headline is no writers' line: a verb in lower case after the first word, a sentence, a number
    assert writer_line("Simhallen stänger i sommar") is None
    assert writer_line("Ny Bro Över Ån.") is None
    assert writer_line("Karin Öberg, 54 år") is None


def test_the_subjects_name_over_the_date_line_is_the_headline() -> None:
    # a portrait's head: the person's name is the headline and opens the first paragraph; a writer's name never does
    page = ("Nerikes Lokalblad\nNyheter\nSport\nFamilj\nMånadens eldsjäl\nYvonne Carlsson\nPublicerad 9 maj 2025\n"
            "Yvonne Carlsson har tränat flickor i fotboll i Kumla i tjugo år. I år får hon föreningens hederspris.\n"
            "Hon började som förälder på läktaren och blev tränare när laget stod utan ledare.\n"
            "– Jag trodde att det skulle vara en säsong, säger hon och skrattar.\n")
    article = read_dump(page)
    assert article.title == "Yvonne Carlsson"
    assert "tjugo år" in spoken_text(article)


def test_a_writers_name_over_the_date_line_stays_the_byline() -> None:
    page = ("Nerikes Lokalblad\nNyheter\nSport\nFamilj\nBiblioteket i Kumla får längre öppettider\nStig Lundell\n"
            "Publicerad 9 maj 2025\n"
            "Biblioteket i Kumla håller öppet till klockan 20 på tisdagar och torsdagar från och med juni.\n"
            "Beslutet togs av kultur- och fritidsnämnden på onsdagen.\n")
    article = read_dump(page)
    assert article.title == "Biblioteket i Kumla får längre öppettider"
    assert "Stig Lundell" not in spoken_text(article)


def test_the_byline_names_all_the_writers_without_their_roles() -> None:
    page = ("Smålänningen\nNyheter\nOpinion\nDebatt\n"
            "Det är dags att rusta simhallen innan det är för sent\n"
            "Mikael Strand (C), ordförande Ljungby simsällskap\n"
            "Karin Öberg (S), ledamot i kultur- och fritidsnämnden\n"
            "Publicerad 12 februari 2025 kl. 06.00\n" + _DEBATE)
    assert read_dump(page).author == "Mikael Strand, Karin Öberg"
