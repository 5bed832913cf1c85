"""Session 17 round 2 (E12), rows of the rule table for furniture of kinds of page not seen before (issue #9), on pages
written after the fix with other sites and words: a pager naming the neighbouring posts after a bare word and a colon
("Föregående: …", "Nästa: …"), a document viewer's page marks in a copied PDF ("Sida 3", "Forts. på sid. 7"), a
short-video embed's sound line ("♬ …"). The text's own sentence that names a page or opens with "Nästa" stays."""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_TEXT = (
    "Hembygdsföreningen i Norrby har fått tillstånd att flytta den gamla smedjan till hembygdsgården vid sjön.\n"
    "Smedjan byggdes på 1880-talet och har stått oanvänd sedan den siste smeden slutade arbeta på femtiotalet.\n"
    "– Vi vill att barnen ska få se hur man smidde förr, säger ordföranden Gunilla Ek.\n"
    "Nästa steg är att söka pengar till en ny grund, och arbetet kan börja tidigast nästa sommar.\n"
    "Föreningens tidning skrev om smedjan redan 1986, och den artikeln finns nu att läsa på sidan 4 i jubileumsnumret.\n"
)


def test_a_pager_with_bare_words_and_titles_is_not_read() -> None:
    page = ("Norrby hembygdsförening\nStart\nNyheter\n\nSmedjan flyttas till hembygdsgården\n12 maj 2025\n\n" + _TEXT
            + "Föregående: Vårmötet hölls i skolan\nNästa: Slåtterdag i juli\nKontakt\n")
    spoken = spoken_text(read_dump(page))
    assert "Vårmötet hölls" not in spoken and "Slåtterdag i juli" not in spoken
    assert "Nästa steg är att söka pengar" in spoken


def test_a_viewers_page_marks_are_not_read() -> None:
    page = ("Norrbybladet_nr3.pdf\n2 / 6\nNorrbybladet\nSida 1\nSmedjan flyttas till hembygdsgården\n"
            + _TEXT.replace("– Vi vill", "Sida 2\n– Vi vill") + "Forts. på sid. 5: Midsommar i byn\n")
    spoken = spoken_text(read_dump(page))
    assert "Sida 2" not in spoken and "Forts. på sid" not in spoken
    assert "på sidan 4 i jubileumsnumret" in spoken


def test_a_short_video_embeds_sound_line_is_not_read() -> None:
    page = ("Norrby hembygdsförening\nStart\n\nSmedjan flyttas till hembygdsgården\n12 maj 2025\n\n" + _TEXT
            + "Så här lät det när vi provade ässjan:\n@norrbyhembygd\n♬ originalljud – Norrby hembygdsförening\n"
            "Visa på TikTok\nNu ska föreningen söka pengar till en ny ässja, och smeden i grannbyn har lovat att hjälpa till.\n"
            "Smedjan öppnar för besökare under hembygdsdagen i augusti, då det också blir kaffe och våfflor i logen.\n")
    spoken = spoken_text(read_dump(page))
    assert "originalljud" not in spoken
    assert "smeden i grannbyn har lovat" in spoken and "kaffe och våfflor" in spoken
