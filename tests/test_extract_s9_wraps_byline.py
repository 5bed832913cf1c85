"""Session 9 E5, class 'a byline or a relative date in lower case glued under the headline' (issue #9).

A headline of six words or more with a lower-case byline ("av Per Sund och Anna Ek", "skriven av …") or a relative
date ("i går 14:32", "idag 08.15") right under it was joined to it as a hard-wrapped line (wraps.join_wrapped), so the
headline and the byline were read together. A byline or a relative date line that closes its run of lines stands
alone now (wraps._stands_alone). Every case here was written after the fix, on invented sites and wordings; the guards
keep a wrapped sentence whose next line starts with 'av' and a name, and one that goes on in lower case.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest.wraps import join_wrapped

_TEXT = (
    "Kommunen har beslutat att stänga det gamla utomhusbadet vid Lillsjön efter sommaren, sedan en besiktning visat "
    "att bassängen läcker.\n\n"
    "Ett nytt bad ska byggas vid idrottsplatsen, men det blir tidigast klart om tre år enligt tekniska förvaltningen.\n\n"
    "Badföreningen har samlat in över tvåtusen namn för att behålla det gamla badet till dess att det nya står klart.\n"
)
_HEAD = "Utomhusbadet vid Lillsjön stängs för gott i september"


def _page(under: str) -> str:
    return f"Lillsjö Tidning\nNyheter\nKultur\nSport\n\n{_HEAD}\n{under}\n\n{_TEXT}"


def test_two_writers_in_lower_case_under_the_headline_are_no_part_of_it() -> None:
    article = read_dump(_page("av Maja Holm och Erik Strand"))
    assert article.title == _HEAD
    assert "Erik Strand" not in spoken_text(article)


def test_a_written_by_line_and_a_role_under_the_headline_stand_alone() -> None:
    article = read_dump(_page("skriven av Sofia Lindqvist, praktikant"))
    assert article.title == _HEAD
    assert "Lindqvist" not in spoken_text(article)
    assert (article.lead or "").startswith("Kommunen har beslutat")


def test_a_relative_stamp_with_a_clock_under_the_headline_is_its_date_line() -> None:
    for stamp in ("igår kl. 21.05", "i dag 06:50", "uppdaterad för 40 minuter sedan"):
        article = read_dump(_page(stamp))
        assert article.title == _HEAD, stamp
        assert stamp not in spoken_text(article)


def test_guard_a_wrapped_sentence_with_a_name_after_av_and_lower_case_after_it_is_still_joined() -> None:
    # wrapped at 45 columns (session 45: a line is joined only where a wrapper filling the block's width broke it)
    lines = ["Det gamla kallbadhuset vid udden ritades 1908", "av Karl Berg och Anders Ek, båda byggmästare",
             "som sedan drev firman i staden.", ""]
    assert join_wrapped(lines)[0] == ("Det gamla kallbadhuset vid udden ritades 1908 av Karl Berg och Anders Ek, båda "
                                      "byggmästare som sedan drev firman i staden.")


def test_guard_a_wrapped_sentence_that_ends_with_its_period_is_still_joined() -> None:
    lines = ["Föreningen bildades på ett möte i skolans matsal som leddes", "av Greta Nilsson.", ""]
    assert join_wrapped(lines)[0] == "Föreningen bildades på ett möte i skolans matsal som leddes av Greta Nilsson."
