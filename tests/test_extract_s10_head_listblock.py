"""Session 10, class 'a menu of phrases over the head' (issue #9).

A site whose menu items are phrases of four words or more ("Bo och bygga i Västerby", "Kultur och fritid för
alla") has no run of short lines for the menu rules to see; with no date line to place the head, the menu's first
item won over the headline set apart under it. A block of at least four title-like lines and nothing else (no field's
colon, no date line or byline), a blank line under it, is a list of links (headmenus._list_block, part of
in_menu_run). The first test is the invented case written before the fix, the rest after it, with guards: a head
of four glued lines (kicker, section, headline, dek) keeps its headline.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_P1 = "Kommunen har beslutat att bygga en ny idrottshall vid skolan i Västerby, och bygget börjar redan i augusti."
_TEXT = f"\n\n{_P1}\n\nHallen ska stå klar till hösten 2026 och kostar 48 miljoner kronor, enligt beslutet.\n"
_HEAD = "Ny idrottshall byggs i Västerby"


def test_a_menu_of_phrases_over_an_undated_head() -> None:
    page = ("Västerby kommun\nBo och bygga i Västerby\nKultur och fritid för alla\nOmsorg och stöd i vardagen\n"
            f"Kommun och politik i Västerby\n\n{_HEAD}\n{_TEXT}")
    article = read_dump(page)
    assert article.title == _HEAD
    assert "Kultur och fritid för alla" not in spoken_text(article)


def test_a_blogs_category_list_over_the_post() -> None:
    page = ("Fjällbloggen\n\nKategorier\nTurer och leder i fjällen\nMat över öppen eld\nUtrustning som håller\n"
            "Livet i stugan\n\nSå packar du för en vecka på leden\n\nEn vecka på leden kräver mindre packning än de "
            "flesta tror, och det mesta går att låna.\n\nBörja med sovsäcken och tältet, sedan kläderna i lager.\n")
    article = read_dump(page)
    assert article.title == "Så packar du för en vecka på leden"
    assert (article.lead or "").startswith("En vecka på leden")


def test_a_municipalitys_five_sections_over_a_notice() -> None:
    page = ("Åsby kommun\n\nBarn, utbildning och förskola\nBo, bygga och miljö i kommunen\nKultur, fritid och idrott\n"
            "Näringsliv och arbete i Åsby\nOmsorg, vård och stöd\n\nNya öppettider på återvinningscentralen\n\n"
            "Från den 1 juni har återvinningscentralen i Åsby öppet även på söndagar mellan klockan tio och fyra.\n")
    assert read_dump(page).title == "Nya öppettider på återvinningscentralen"


def test_a_head_of_four_glued_lines_keeps_its_headline() -> None:
    page = (f"Västerby Kuriren\n\nSport\nFotboll och idrott\n{_HEAD}\nBygget börjar i augusti och hallen blir klar "
            f"2026\n{_TEXT}")
    article = read_dump(page)
    assert article.title == _HEAD
    assert _P1 in spoken_text(article)
