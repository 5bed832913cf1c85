"""Session 8, class 'a digest's first notice taken for the headline' (issue #9 item 3; headdigest.first_notice).

A page of short notices under one title ("Kortnytt vecka 11") sets the title over its date line and then its notices,
each a title glued over one paragraph. The first notice's title stood at the headline's place (between the date line
and the first paragraph) and won. A notice is told by its block's form: a title over one paragraph, and two more such
blocks follow; its title then opens the text and the title over the date line is the headline. Every dump here was
written after the fix, for fictional sites and wordings; the guards keep an article with subheadings and a headline
under its kicker.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines


def _notices(items: list[tuple[str, str]]) -> str:
    return "".join(f"{h}\n{p}\n\n" for h, p in items)


_ITEMS = [
    ("Badhuset stänger en vecka i juni", "Simhallen i Kil håller stängt vecka 24 för underhåll av reningsverket. "
     "Utomhusbadet vid Frykensjön är öppet som vanligt."),
    ("Ny rektor på Sannerudsskolan", "Från hösten blir Malin Storm rektor på Sannerudsskolan. Hon kommer närmast från "
     "en tjänst som biträdande rektor i Arvika."),
    ("Körsång i Stora Kils kyrka", "Kyrkokören och barnkören sjunger in sommaren på söndag klockan 18. Fri entré, "
     "kollekt till diakonin."),
]


def test_a_weekly_digests_title_over_its_date_is_the_headline_and_its_first_notice_is_read() -> None:
    page = ("Kilsbladet\nHem\nNyheter\nAnnonsera\n\nNotiser\nNotiser vecka 23\n\n4 juni 2026\n\n" + _notices(_ITEMS))
    article = _read(page)
    assert article.title == "Notiser vecka 23"
    spoken = spoken_lines(article)
    first = spoken.index("Badhuset stänger en vecka i juni")
    assert spoken[first + 1].startswith("Simhallen i Kil")  # the first notice's title is read before its paragraph


def test_a_digest_titled_in_words_is_headed_by_its_title() -> None:
    page = ("Fryksdalens Tidning\nStart\nLokalt\n\nKort om Kil den här veckan\n\nonsdag 10 juni 2026\n\n"
            + _notices(_ITEMS[::-1]))
    assert _read(page).title == "Kort om Kil den här veckan"


def test_an_article_with_its_headline_glued_to_the_lead_and_one_subheading_keeps_its_headline() -> None:
    page = ("Kils Hembygdsförening\nHem\nAktuellt\n\nRapport från slåttergillet\n\n12 juli 2026\n\n"
            "Ängen vid Lerbyn slogs med lie för tjugonde året\nNära fyrtio personer hjälptes åt att slå och räfsa ängen "
            "i lördags, och vädret var det bästa på många år.\n\n"
            "Efter slåttern bjöd föreningen på nävgröt och kaffe i logen, och spelmännen från Kil spelade till dans.\n\n"
            "Mer att göra\nNästa år behöver vi fler som kan sköta en lie, så håll utkik efter kursen i vår.\n")
    assert _read(page).title == "Ängen vid Lerbyn slogs med lie för tjugonde året"
