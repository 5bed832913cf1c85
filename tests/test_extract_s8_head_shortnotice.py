"""Session 8, classes found by a sweep of generated heads (issue #9 item 3): a two-word headline under a notice, and a
credit row over a picture's credit.

- A notice over a head whose headline has two words ("Obs! Kansliet är stängt under påsken." / crumb / "Taket klart" /
  date line): the short headline counted as a section's label and the check for a notice over the head gave up, so the
  notice was the lead and the site's name the headline. A line of two words right over the head's date line is the
  headline the notice stands over (headcands._dated_next).
- A credit row ("Skrivet av Anna Ek den 3 april 2026") right over a picture's credit ("Foto: Anna Ek") was taken by the
  caption rules for the picture's title, untagged again as a headline over its picture, and beat a short headline; a
  credit row is the head's date line wherever the caption rules put it (headmeta.head_meta_rows).

Every dump here was written after the fixes, for fictional sites and wordings.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read

_TEXT = (
    "Från och med måndag har biblioteket i Ovanåker nya öppettider, med längre kvällar på tisdagar och torsdagar.\n\n"
    "Förändringen kommer efter en enkät där många svarade att de inte hinner besöka biblioteket före klockan sex.\n\n"
    "Lördagsöppet blir kvar som förut, och meröppet med lånekort gäller alla dagar mellan sju och tjugotvå.\n"
)


def test_a_notice_over_a_two_word_headline_and_its_date_line_is_no_lead() -> None:
    page = ("Ovanåkers bibliotek\nHem\nLåna\nEvenemang\nObs! Wifi-nätet ligger nere under förmiddagen.\n\n"
            "Start › Nyheter\nNya öppettider\nPublicerad 8 januari 2027\n\n" + _TEXT)
    article = _read(page)
    assert article.title == "Nya öppettider"
    assert (article.lead or "").startswith("Från och med måndag")


def test_a_credit_row_over_a_pictures_credit_is_no_headline() -> None:
    page = ("Ovanåkers bibliotek\nHem\nLåna\n\nNya öppettider\nSkrivet av Eva Lund den 8 januari 2027\n"
            "Foto: Eva Lund\n\n" + _TEXT)
    assert _read(page).title == "Nya öppettider"


def test_a_two_word_line_under_a_notice_with_no_date_under_it_is_not_taken_for_the_head() -> None:
    page = ("Ovanåkers bibliotek\nHem\nLåna\n\nVi har stängt i dag på grund av strömavbrott i hela Edsbyn.\n\n"
            "Nyheter\nLäs mer\n\n" + _TEXT)
    article = _read(page)
    assert "strömavbrott" in (article.lead or "") + " ".join(b.text for b in article.blocks)
