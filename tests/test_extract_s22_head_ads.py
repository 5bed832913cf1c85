"""Session 22: the ad's line glued under a bare ad label over the article's head is never the headline.

A site's banner slot over the head carries the advertiser's one line under "Annons" (58 of 59 such lines in the
head of the golden and opened dumps were the ad's or a menu item's; the one headline was a sponsored article's, its
byline glued under it). When a picture's caption stood between the ad and the real head, the scorer took the ad's
line for the headline (extract79 u19). ``adslots.head_ad_tags``. Written after the fix, with other sites and ads;
the guard is a sponsored article whose own head stands under the label.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_TEXT = (
    "Fjärrvärmebolaget i Hallsberg höjer priset med åtta procent från den 1 januari, meddelade bolaget på tisdagen.\n"
    "För en vanlig villa betyder det ungefär 1 400 kronor mer om året.\n"
    "– Vi har fått betydligt dyrare bränsle och räntorna har stigit, säger vd Malin Ekdahl.\n"
    "Villaägarna i kommunen är kritiska och vill att bolaget redovisar sina kostnader öppet.\n"
)


def test_an_ads_line_over_a_pictured_head_is_no_headline() -> None:
    page = ("Till innehåll\nNärkes Allehanda Lokalt\nNyheter\nSport\nEkonomi\nLogga in\nEkonomi\nHallsberg\nAnnons\n"
            "Bilhallen Kumla – vinterdäck från 3 995 kr! Boka i dag\nKraftvärmeverket i Hallsberg eldar mest flis.\n"
            "Foto: Arkiv\nENERGI\nFjärrvärmen blir åtta procent dyrare i Hallsberg\nOlle Bergkvist\n"
            "Publicerad 12 november 2025, 07:45\n" + _TEXT)
    article = read_dump(page)
    assert article.title == "Fjärrvärmen blir åtta procent dyrare i Hallsberg"
    assert "Bilhallen" not in spoken_text(article)
    assert "1 400 kronor" in spoken_text(article)


def test_a_sponsored_articles_own_head_under_the_label_stays() -> None:
    page = ("Närkes Allehanda Lokalt\nNyheter\nSport\nEkonomi\nAnnons\n"
            "Så sparar du på uppvärmningen i vinter\nAv Energibolaget Närke\n12 november 2025\n" + _TEXT)
    assert read_dump(page).title == "Så sparar du på uppvärmningen i vinter"


def _tagged(page: str):  # type: ignore[no-untyped-def]
    from audiocast.ingest.hints import Hints
    from audiocast.ingest.text import _tag_lines, default_rules

    return _tag_lines(page, default_rules(), Hints())


def test_head_ad_tags_drops_the_ads_line_and_keeps_a_sponsored_head() -> None:
    from audiocast.ingest.adslots import head_ad_tags

    lines = _tagged("Närkesbladet\nNyheter\nSport\nAnnons\nRörmokarn i Kumla – jour dygnet runt, ring nu\n"
                    "Hallsberg\nFjärrvärmen blir åtta procent dyrare i Hallsberg\nOlle Bergkvist\n"
                    "Publicerad 12 november 2025, 07:45\n" + _TEXT)
    assert [lines[i].text for i in head_ad_tags(lines)] == ["Rörmokarn i Kumla – jour dygnet runt, ring nu"]
    lines = _tagged("Närkesbladet\nNyheter\nAnnons\nSå sparar du på uppvärmningen i vinter\n"
                    "Av Energibolaget Närke\n12 november 2025\n" + _TEXT)
    assert head_ad_tags(lines) == []
    # below the first paragraph an ad's slot is the article end's business (adslots.glued_ad), not the head's
    lines = _tagged("Närkesbladet\nFjärrvärmen blir dyrare\n12 november 2025\n" + _TEXT + "Annons\nBilhallen Kumla\n")
    assert head_ad_tags(lines) == []
