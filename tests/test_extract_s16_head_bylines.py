"""Session 16 (E1): a byline chosen as the headline (issue #9: the headline wrong; headbylines.py, rule byline-av).

Rounds b41 and b56 read the writer's line between the headline and the date line as the headline: a name with its role
on one line ("Niklas Berg, kommunpolis i Leksand och Rättvik") and two writers after "Av" ("Av Jonas Fredén och Sara
Lindqvist"). The signal is the shape and the place: a name, a comma and a role in lower case glued over a dated line and
under a headline of four words or more; "Av" over names joined by "och", "&" or commas. Every page here was written
after the fix, for invented sites; the guards: lines of other shapes (a number in the role, a sentence, a headline's
commas), and the name never taken for the headline.
"""

from __future__ import annotations

from extract_helpers import read_dump

from audiocast.ingest.headbylines import _NAME_ROLE

_TOP = "Hallands Nyheter\nMeny\nNyheter\nSport\nFamilj\n"
_TEXT = ("Många läsare har hört av sig om parkeringsreglerna vid stranden i sommar. Här svarar vi på de vanligaste.\n"
         "Parkeringen vid Tylösand blir avgiftsbelagd från den 1 juni, och avgiften är 20 kronor i timmen dagtid.\n"
         "– Vi vill att fler ska ta bussen ut till stranden, säger trafikplaneraren Karin Ohlsson.\n")


def test_a_name_with_its_role_over_the_date_is_the_byline() -> None:
    page = _TOP + ("Fråga trafikchefen\nVarför kostar det plötsligt att parkera vid stranden?\n"
                   "Maria Lindgren, trafikchef i Halmstads kommun\n12 maj 2026\n") + _TEXT
    article = read_dump(page)
    assert article.title == "Varför kostar det plötsligt att parkera vid stranden?"
    assert article.author == "Maria Lindgren"


def test_two_writers_after_av_are_the_byline() -> None:
    page = _TOP + ("Granskning\nStrandparkeringen ger kommunen tolv miljoner om året\n"
                   "Av Elin Kvist och Omar Haddad\n12 maj 2026\n") + _TEXT
    article = read_dump(page)
    assert article.title == "Strandparkeringen ger kommunen tolv miljoner om året"
    assert "Av Elin Kvist och Omar Haddad" not in article.title


def test_three_writers_joined_by_commas_and_och() -> None:
    page = _TOP + ("Strandparkeringen ger kommunen tolv miljoner om året\n"
                   "Av Elin Kvist, Omar Haddad och Lars Berg\n12 maj 2026\n") + _TEXT
    assert read_dump(page).title == "Strandparkeringen ger kommunen tolv miljoner om året"


def test_guard_shapes_that_are_no_name_and_role() -> None:
    for line in ("Gunnel Ask, 61, badvakt", "Halmstad, tre kvarter från stranden.", "Strand, sol och bad i Tylösand"):
        assert _NAME_ROLE.fullmatch(line) is None


def test_guard_a_short_headline_over_a_name_and_role_is_no_headline_over_a_byline() -> None:
    page = _TOP + ("Badvakten\nGunnel Ask, badvakt i fyrtio somrar\n12 maj 2026\n"
                   "Gunnel Ask har vaktat badet vid Tylösand varje sommar sedan 1986 och tänker inte sluta.\n")
    lines = read_dump(page)
    assert lines.title != "Gunnel Ask"
