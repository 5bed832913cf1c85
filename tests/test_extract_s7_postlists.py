"""Session 7, class 'a list of the site's earlier posts, each title with its date before or after it' (issue #9;
:mod:`audiocast.ingest.postlists`): under a heading no rule knows or none, glued under the article or in a box of its
own, the dates going back in time.

Every dump here was written after the fix, for a fictional site, in other wordings and date formats than the dumps
that showed the class; the guards are the article's own time line (dates going forward) and a closing line above
the list.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_BODY = (
    "Båtklubben i Hemsö har fått tillstånd att muddra inloppet till gästhamnen. Arbetet görs i oktober, när "
    "båtarna har tagits upp.\n"
    "Inloppet har slammat igen under flera år, och i somras gick två segelbåtar på grund vid lågvatten.\n"
    "– Det blir en stor skillnad för alla som kommer hit med djupgående båtar, säger hamnkaptenen Tord Vikström.\n"
    "Muddringen kostar 340 000 kronor och betalas med klubbens egna medel och ett bidrag från kommunen.\n"
)


def _page(tail: str) -> str:
    return ("Hemsö Båtklubb\nHamnen\nMedlem\nNyheter\n\nInloppet till gästhamnen ska muddras\n2027-08-30\n"
            f"{_BODY}{tail}\nHemsö Båtklubb · Hamnvägen 2 · 870 31 Hemsö\n")


def test_titles_after_iso_dates_under_an_unknown_heading_glued_to_the_article_are_not_read() -> None:
    posts = "Äldre från klubben\n2027-08-12 Kräftskivan blev en fullträff\n2027-07-02 Ny mastkran på plats\n"
    spoken = _spoken(_read(_page(posts)))
    assert "från kommunen." in spoken
    assert "Kräftskivan blev en fullträff" not in spoken and "Äldre från klubben" not in spoken


def test_titles_after_day_and_month_without_a_heading_in_a_box_of_their_own_are_not_read() -> None:
    posts = "\n19 aug: Seglarskolan avslutad med regatta\n4 aug: Sjösättning av nya följebåten\n28 juli: Bryggdans i hamnen\n"
    spoken = _spoken(_read(_page(posts)))
    assert "från kommunen." in spoken and "Bryggdans i hamnen" not in spoken and "Seglarskolan" not in spoken


def test_titles_with_their_date_after_them_over_a_new_year_are_not_read() -> None:
    posts = "Tidigare notiser\nVinterförvaringen fylld – 14/1\nJulgransplundring i klubbhuset – 30/12\n"
    spoken = _spoken(_read(_page(posts)))
    assert "från kommunen." in spoken and "Vinterförvaringen fylld" not in spoken


def test_the_articles_own_time_line_going_forward_stays() -> None:
    plan = "Så går arbetet till\n2 okt: Båtarna tas upp\n9 okt: Muddringen börjar\n30 okt: Inloppet öppnar igen\n"
    spoken = _spoken(_read(_page(plan)))
    assert "2 okt: Båtarna tas upp" in spoken and "30 okt: Inloppet öppnar igen" in spoken


def test_a_heading_ending_in_a_colon_goes_with_its_list() -> None:
    posts = "Klubbnytt i sommar:\n30/7 – Bryggdansen flyttas inomhus\n14/7 – Nya förtöjningsbojar\n"
    spoken = _spoken(_read(_page(posts)))
    assert "Klubbnytt i sommar:" not in spoken and "Bryggdansen flyttas inomhus" not in spoken
