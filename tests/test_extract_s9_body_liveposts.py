"""Session 9, class 'a live report's last (oldest) post was taken for the page's box under the article' (issue #9;
:func:`audiocast.ingest.recordlists.stamped_post_tags`): "Första start har gått i Berga by. Vädret är perfekt." under
its time stamp, the last post of a ski race's live report, was short and doubted by the classifier, so the article was
taken to end at the post above it.

Every dump here was written after the fix, for fictional sites and in other wordings; the guard is a list of the
site's news with clock times under the article, none of whose items the article kept.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_HEAD = ("Valvakan.se\nNyheter\nVal 2026\n13 september 2026\nValnatten minut för minut\n"
         "Vallokalerna har stängt och rösträkningen har börjat i hela länet. Här följer vi kvällen.\n")
_TAIL = "Annons\nMer om valet\nSå röstade din kommun\nValvakan.se – nyheter om valet\n"


def test_the_oldest_post_under_its_bare_time_is_read() -> None:
    posts = [("22.40", "Nu är två tredjedelar av valdistrikten räknade i Gävle och läget är oförändrat."),
             ("21.55", "Valdeltagandet ser ut att bli högre än för fyra år sedan, enligt de första siffrorna."),
             ("21.10", "De första rösterna från Ockelbo är räknade och det är jämnt mellan blocken."),
             ("20.00", "Vallokalerna stänger nu.")]
    spoken = _spoken(_read(_HEAD + "".join(f"{t}\n{x}\n" for t, x in posts) + _TAIL))
    assert all(x in spoken for _, x in posts)
    assert "Så röstade din kommun" not in spoken


def test_the_oldest_post_under_a_reporters_stamp_is_read() -> None:
    posts = [("Sara Lind, 23:15", "Partiledaren har kommit till valvakan och talar inför ett hundratal anhängare."),
             ("Sara Lind, 22:30", "Stämningen är god på valvakan i Folkets hus, där det bjuds på smörgåstårta."),
             ("Olof Berg, 21:45", "Det är kö till vallokalen i Sandviken trots att den stängde för en timme sedan."),
             ("Olof Berg, 20:05", "Kön är borta. Räkningen börjar.")]
    spoken = _spoken(_read(_HEAD + "".join(f"{t}\n{x}\n" for t, x in posts) + _TAIL))
    assert "Kön är borta. Räkningen börjar." in spoken


def test_the_sites_news_list_with_times_under_the_article_stays_out() -> None:
    article = ("Gefleposten\nNyheter\n3 mars 2026\nNy cykelbana längs ån klar i maj\n"
               "Kommunen bygger en ny cykelbana längs Gavleån mellan centrum och Strömsbro som blir klar i maj.\n"
               "Den blir fyra meter bred och får belysning hela vägen, vilket cyklisterna har önskat länge.\n"
               "– Det blir en trygg väg till skolan för många barn, säger trafikplaneraren Ida Ström.\n")
    news = ("Dela\nJust nu i länet\n14.05\nEn lastbil har kört av vägen vid Hille, ingen är skadad.\n"
            "13.40\nSkolan i Bomhus stängs efter ett vattenläckage i källaren.\n"
            "13.10\nPolisen söker vittnen efter ett inbrott i en villa i Skoghall.\n")
    spoken = _spoken(_read(article + news + "Gefleposten\n"))
    assert "– Det blir en trygg väg till skolan för många barn, säger trafikplaneraren Ida Ström." in spoken
    assert not any("Polisen söker vittnen" in x or "lastbil" in x for x in spoken)


def test_reporters_names_under_the_stamps_are_not_read_and_the_last_posts_heading_is() -> None:
    """Written after the posts' bylines were told: a reporter's name under each stamp, the same names coming back, is
    the posts' byline; a post's heading is its own and comes back with the last post."""
    posts = [("22.40", "Sara Lind", "Räkningen i Sandviken är klar och valdeltagandet blev 84 procent."),
             ("21.55", "Olof Berg", "Partiledaren väntas tala på valvakan i Gävle om en halvtimme."),
             ("21.10", "Sara Lind", "De första rösterna från Ockelbo är räknade och det är jämnt mellan blocken.")]
    dump = _HEAD + "".join(f"{t}\n{n}\n{x}\n" for t, n, x in posts) + "20.00\nLokalerna stänger\nNu stängs vallokalerna.\n"
    spoken = _spoken(_read(dump + _TAIL))
    assert "Sara Lind" not in spoken and "Olof Berg" not in spoken
    assert all(x in spoken for *_, x in posts) and "Nu stängs vallokalerna." in spoken
    headed = [("22.40", "Klart i Sandviken", posts[0][2]), ("21.55", "Partiledaren på väg", posts[1][2]),
              ("21.10", "Jämnt i Ockelbo", posts[2][2])]
    spoken = _spoken(_read(_HEAD + "".join(f"{t}\n{n}\n{x}\n" for t, n, x in headed) + _TAIL))
    assert all(n in spoken for _, n, _ in headed)


def test_the_feeds_label_over_its_sort_buttons_is_not_read() -> None:
    """Written after the feed's label was told: a label right over the sort buttons above the first stamp; a summary's
    heading over the article's own facts stays."""
    posts = "22.40\nRäkningen i Sandviken är klar.\n21.55\nPartiledaren talar snart i Gävle.\n21.10\nJämnt i Ockelbo efter första rösterna.\n"
    for label in ("Händelseförlopp", "Alla inlägg i flödet"):
        spoken = _spoken(_read(_HEAD + label + "\nNyast först\nÄldst först\n" + posts + _TAIL))
        assert label not in spoken and "Räkningen i Sandviken är klar." in spoken
    facts = "Det här vet vi\nValdeltagandet ligger på 84 procent i länet.\nRäkningen går snabbare än förra valet.\n"
    spoken = _spoken(_read(_HEAD + facts + posts + _TAIL))
    assert "Det här vet vi" in spoken
