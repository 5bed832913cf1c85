"""Session 12 (R), body recall: a box under the article's end whose heading the article named word for word (issue #9:
body recall).

A podcast's page lists the episode's chapters under "I avsnittet", after a text that says "I avsnittet möter du ...".
The chapters ("07:10 – Åkaren: ”Vi har ingen marginal kvar”") hold a clock and few of the article's words, so the end of
article rule (articleend.end_tags) took the box for a calendar of the page's (blind extract26: a quarter of the page's
tokens lost). The signal (announced.named_box_end): the heading, two to six words, is a phrase the article's own text
says word for word: the article announced the box. The box runs to the first line the rules took or the first blank
line. Every page here was written after the fix, for invented sites and wordings; the guards are the page's boxes the
rule was built to drop: the site's other episodes under their label, and a box under a heading the article did not say.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_HEAD = ("Meny\nKustbladet\nNyheter\nPodd\nSök\nPODDEN KUSTBLADET\nFisket som försvann – och de som vill få tillbaka "
         "det\n4 april 2026 · 06:00\nMaja Holm\n▶ Spela avsnitt\n0:00 / 28:40\n"
         "Veckans avsnitt handlar om torsken som en gång gjorde byarna längs kusten rika.\n"
         "Forskarna är oense om varför beståndet aldrig har återhämtat sig efter fiskestoppet.\n")
_MORE = ("Fler avsnitt\nAvsnitt 22: Hamnen som blev hotell\n28 mars 2026 · 31 min\n"
         "Avsnitt 21: Sista lotsen\n21 mars 2026 · 26 min\nKustbladet\nIntegritet\n")


def test_a_podcasts_chapters_under_the_heading_its_text_says() -> None:
    page = (_HEAD + "I det här avsnittet möter du två yrkesfiskare och en forskare från Lysekil.\n"
            "I det här avsnittet\n02:15 – Byn som levde på torsken\n11:40 – Forskaren: ”Sälen är inte hela svaret”\n"
            "19:05 – Vad krävs för att fisket ska komma tillbaka?\n" + _MORE)
    lines = spoken_lines(read_dump(page))
    assert "02:15 – Byn som levde på torsken" in lines
    assert "19:05 – Vad krävs för att fisket ska komma tillbaka?" in lines
    assert "Avsnitt 22: Hamnen som blev hotell" not in lines


def test_a_reports_points_under_the_heading_its_text_says() -> None:
    page = (_HEAD + "Vi går också igenom vad som står i rapporten som kom i veckan.\nI rapporten\n"
            "07:30 – Kvoterna sänks med en tredjedel\n15:10 – Sälen ska inventeras vart tredje år\n"
            "22:45 – Tre nya fredningsområden?\n" + _MORE)
    lines = spoken_lines(read_dump(page))
    assert "15:10 – Sälen ska inventeras vart tredje år" in lines


def test_guard_the_sites_other_episodes_under_their_label_still_go() -> None:
    page = _HEAD + "I avsnittet hör du en forskare från Lysekil.\n" + _MORE
    lines = spoken_lines(read_dump(page))
    assert "Avsnitt 21: Sista lotsen" not in lines and "21 mars 2026 · 26 min" not in lines


def test_guard_a_box_under_a_heading_the_article_did_not_say_still_goes() -> None:
    page = (_HEAD + "I avsnittet hör du en forskare från Lysekil.\nKommande sändningar\n"
            "12:00 – Lunchekot från hamnen\n18:30 – Kvällsfisket direkt\n21:00 – Nattradion\n" + _MORE)
    lines = spoken_lines(read_dump(page))
    assert "18:30 – Kvällsfisket direkt" not in lines


_LIBRARY = ("Biblioteken i Åstad\nStart\nEvenemang\n\nSommarboken 2026: tio tips för lediga dagar\n12 juni 2026\n\n"
            "Bibliotekarierna har valt tio böcker för sommaren, från deckare till poesi.\n\n"
            "Alla böcker finns att låna på Norrby bibliotek och de flesta som e-bok, så du kan läsa var du än är i sommar.\n\n"
            "Dela sidan\n\n")


def test_guard_a_place_the_article_names_over_its_opening_hours_still_goes() -> None:
    page = (_LIBRARY + "Öppettider\nStadsbiblioteket\nMån–fre 10–18\nNorrby bibliotek\nOns 13–19\n"
            "Bokbussen kör inte i juli.\n\nBiblioteken i Åstad\n")
    lines = spoken_lines(read_dump(page))
    assert "Ons 13–19" not in lines


def test_guard_a_button_repeating_the_articles_call_still_goes() -> None:
    page = ("Region Västmark\nStart\nVård\n\nBlodet räcker inte – nu behövs fler givare\n3 december 2026\n\n"
            "Blodlagren är låga i hela regionen inför helgerna.\n\n"
            "Blodbussen kommer till Ås och Berga de närmaste veckorna och tar emot både nya och gamla givare.\n"
            "Första gången? Fyll i hälsodeklarationen på nätet innan du kommer, så går det fortare.\n"
            "Boka tid\nFyll i hälsodeklarationen\nRegion Västmark\nTel 010-155 00 00\nOm webbplatsen\nKakor\n")
    lines = spoken_lines(read_dump(page))
    assert "Tel 010-155 00 00" not in lines and "Region Västmark" not in lines
