"""Session 7, class 'a button or two over a list of the site's other posts' (issue #9; :mod:`audiocast.ingest.
teasertitles`): "Boka sotning" glued over "Nyheter" and two titles under the article's last paragraph; the button
hid the list's heading, so the list was read.

Every dump here was written after the fix, for a fictional site, in other wordings than the dump that showed the
class; the guard is a closing sentence of the article's over a single button.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_PAGE = ("Tandvården Väst\nBoka kontroll\nBehandlingar\nNyheter\nOm oss\n\nSå skyddar du tänderna mot syraskador\n2027-05-05\n"
         "Läsk, sportdryck och juice fräter på emaljen. Allt fler unga får syraskador, varnar tandläkarna.\n"
         "Drick vatten mellan måltiderna och vänta en halvtimme med att borsta efter något surt.\n"
         "Fluortandkräm morgon och kväll skyddar emaljen bäst.\n{tail}Tandvården Väst AB\nKyrkogatan 2, 451 30 Uddevalla\n"
         "info@tandvardenvast.se\nÖppet vardagar 8–17\n")


def test_a_booking_button_over_the_news_list_goes_with_it() -> None:
    spoken = _spoken(_read(_PAGE.format(tail="Boka kontroll\nNyheter\nNya öppettider i sommar\nNy klinik i Stenungsund\n")))
    assert "skyddar emaljen bäst." in spoken
    assert "Boka kontroll" not in spoken and "Nya öppettider i sommar" not in spoken


def test_two_buttons_over_an_earlier_posts_list_go_with_it() -> None:
    tail = "Hitta klinik\nBeställ tid\nTidigare nyheter\nVi flyttar till nya lokaler\nAkuttider under julen\n"
    spoken = _spoken(_read(_PAGE.format(tail=tail)))
    assert "Vi flyttar till nya lokaler" not in spoken and "Hitta klinik" not in spoken


def test_a_closing_sentence_over_a_single_button_stays() -> None:
    spoken = _spoken(_read(_PAGE.format(tail="Välkommen till oss för en kontroll.\nBoka kontroll\n")))
    assert "Välkommen till oss för en kontroll." in spoken
