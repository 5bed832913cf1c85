"""Session 7, third wave (issue #9): the site's own lines under the article, by class (``data/boilerplate.tsv``).

- ``opinion-notice`` / ``genre-notice``: the standing notice under an opinion page, naming the genre and whose views
  they are, perhaps with the paper's name ("Detta är en krönika i X. Åsikterna …");
- ``send-in-call``: the call for readers' texts and notices with an address ("Har du en notis? Mejla …");
- ``app-promo``: a line promoting the site's own app;
- ``sort-buttons``: a live report's sort buttons ("Senaste" over "Äldsta").

Every dump was written after the fix, for fictional sites, in other wordings than the dumps that showed the class.
Guards: a police appeal for tips by phone, an article's sentence about a municipality's app, a reader's letter that
speaks of its own views.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_BODY = (
    "Regionen vill flytta förlossningen från Lycksele till Umeå redan nästa år, trots protesterna från hela inlandet.\n"
    "För många blivande föräldrar betyder det en resa på mer än två timmar, ofta på vinterväglag och i mörker.\n"
    "Jag vill att regionfullmäktige tänker om och låter förlossningen vara kvar tills en bättre lösning finns.\n\n"
)
_END = "en bättre lösning finns."


def _page(site: str, label: str, title: str, tail: str, body: str = _BODY) -> str:
    return (f"{site}\nStart\nNyheter\nDebatt\nSport\n\n{label}\n{title}\n\n14 oktober 2027\n\n" + body + tail
            + f"\n\n{site} AB\nAnsvarig utgivare: Mona Sund\nKakor\n")


def test_the_opinion_pages_standing_notice_with_the_papers_name_is_not_read() -> None:
    tail = "Maria Holm, Lycksele\n\nDebattinläggen på Lappmarksposten speglar skribenternas egna åsikter, inte tidningens."
    spoken = _spoken(_read(_page("Lappmarksposten", "Debatt", "Behåll förlossningen i Lycksele", tail)))
    assert _END in spoken and "speglar skribenternas" not in spoken


def test_a_genre_notice_naming_the_paper_and_a_call_for_texts_are_not_read() -> None:
    tail = ("Maria Holm, Lycksele\n\nDet här är en insändare på Västerbotten Idag. Åsikterna är skribentens egna.\n\n"
            "Vill du debattera? Skicka ditt inlägg till debatt@vbidag.se, högst 2 500 tecken.")
    spoken = _spoken(_read(_page("Västerbotten Idag", "Insändare", "Behåll förlossningen i Lycksele", tail)))
    assert _END in spoken
    assert "Det här är en insändare" not in spoken and "debatt@vbidag.se" not in spoken


def test_a_call_for_family_notices_under_short_news_is_not_read() -> None:
    tail = "Har du en födelsedagsnotis? Lämna den till redaktionen senast onsdag klockan 15."
    spoken = _spoken(_read(_page("Mellanbygden", "Nyheter", "Förlossningen kan flyttas", tail)))
    assert _END in spoken and "födelsedagsnotis" not in spoken


def test_a_police_appeal_for_tips_by_phone_stays() -> None:
    body = _BODY.replace("Jag vill att", "Polisen menar att")
    tail = "Har du sett något? Ring polisen på 114 14 och uppge ärendenummer 5000-K123456-27."
    spoken = _spoken(_read(_page("Mellanbygden", "Nyheter", "Förlossningen kan flyttas", tail, body)))
    assert "Ring polisen på 114 14" in spoken


def test_a_line_promoting_the_sites_app_is_not_read() -> None:
    tail = "Maria Holm\n\nDu vet väl att du kan få nyheterna från Lappmarksposten i appen? Hämta den i App Store."
    spoken = _spoken(_read(_page("Lappmarksposten", "Debatt", "Behåll förlossningen i Lycksele", tail)))
    assert _END in spoken and "App Store" not in spoken


def test_an_articles_sentences_about_a_municipalitys_app_stay() -> None:
    body = ("Lycksele kommun lanserar nu en app där invånarna kan felanmäla gatlampor, potthål och klotter.\n"
            "Appen heter Fixa Lycksele och kan laddas ner gratis från och med måndag.\n"
            "– Ladda ner appen och testa, vi vill gärna ha synpunkter, säger kommunens it-chef Erik Sund.\n\n")
    spoken = _spoken(_read(_page("Lappmarksposten", "Nyheter", "Ny app ska fixa potthålen", "", body)))
    assert "kan laddas ner gratis" in spoken and "Ladda ner appen och testa" in spoken


def test_a_live_reports_sort_buttons_are_not_read() -> None:
    dump = ("Norrlandsnytt\nNyheter\nSport\n\nDirekt\nSnöovädret: Följ läget i Västerbotten\n\n"
            "Uppdaterad 3 januari 2027 09:12\n\nNyaste\nÄldsta\nRapporten uppdateras löpande\n\n09:12\n"
            "E12 är avstängd mellan Vindeln och Lycksele sedan en lastbil kört av vägen i den täta snöyran.\n\n"
            "08:40\nSMHI har utfärdat en orange varning för snöfall i hela inlandet under förmiddagen och eftermiddagen.\n\n"
            "Norrlandsnytt AB\nKakor\n")
    spoken = _spoken(_read(dump))
    assert "E12 är avstängd" in spoken and "orange varning" in spoken
    assert "Nyaste" not in spoken.splitlines() and "Äldsta" not in spoken.splitlines()
