"""Session 9, class 'a series' kicker naming its part out of the whole, taken for the headline' (issue #9).

A series' line over the headline ("Serie: Staden som växer, del 3 av 5"), glued over it with the date line under
the headline, outscored the headline: a series with a name of several words was no issue's line
(headshapes.issue_line allows one word besides the number). A line that numbers its part out of the whole ("del 3 av
5", "avsnitt 2/6") in at most ten words is a series' line now (headshapes.series_part), scored as an issue's line
(headline.W_ISSUE, or W_ISSUE_ALONE when no other candidate has a headline's form). Every dump here was written
after the fix, for fictional sites and wordings; the guards keep a headline with 'del 2 av' before a noun and a
series' part that is the page's only title.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_TEXT = (
    "I början av förra seklet fanns det elva sågverk längs älven, och nästan varje familj i byn hade någon som "
    "arbetade där.\n\n"
    "I dag finns bara ett kvar, och det drivs av samma släkt sedan 1921. Vi har träffat Gunnel Strand, som tog över "
    "efter sin far.\n\n"
    "– Det är tungt ibland, men jag kan inte tänka mig något annat, säger hon när vi går runt bland brädstaplarna.\n"
)


def test_a_labelled_series_with_its_part_glued_over_the_headline() -> None:
    page = ("Älvdalsbladet\nHem\nNyheter\nKultur\n\nSerie: Älvens folk, del 2 av 6\n"
            "Sista sågverket vid älven\n11 april 2026\n\n" + _TEXT)
    article = _read(page)
    assert article.title == "Sista sågverket vid älven"
    assert "del 2 av 6" not in spoken_text(article)


def test_a_part_with_a_slash_glued_over_the_headline() -> None:
    page = ("Älvdalsbladet\nHem\nNyheter\nKultur\n\nSerie: Älvens folk, avsnitt 3/5\nGunnel driver sista sågverket\n"
            "11 april 2026\n\n" + _TEXT)
    article = _read(page)
    assert article.title == "Gunnel driver sista sågverket"
    assert "avsnitt 3/5" not in spoken_text(article)


def test_a_part_before_a_noun_and_a_lone_series_part_stay_headlines() -> None:
    page = ("Älvdalsbladet\nHem\nNyheter\n\nAktuellt\nDel 2 av sågen rivs i maj\n11 april 2026\n\n" + _TEXT)
    assert _read(page).title == "Del 2 av sågen rivs i maj"
    page = ("Älvdalsbladet\nHem\nNyheter\n\nÄlvens folk, del 3 av 6\n11 april 2026\n\n" + _TEXT)
    assert _read(page).title == "Älvens folk, del 3 av 6"
