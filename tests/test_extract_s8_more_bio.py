"""Session 8, leftover of the leak class 'the writer's presentation' (issue #9): in a dump without blank lines the
writer's box is glued under the text, so the test for a box set apart missed it. There, a last sentence that opens
with the head's byline name and a verb in the present tense ("Lena Dahl är biolog …") is the writer's presentation
(bios._glued_bio); news told in the past or a quote ("Per Ek höll i mötet", "Per Ek säger …") stays, and so does any
sentence with running prose after it. The dumps were written after the fix, for fictional sites.
"""

from __future__ import annotations

import pytest
from extract_helpers import read_dump, spoken_lines


@pytest.mark.parametrize(("head", "body", "bio"), [
    ("Naturbloggen\nStart\nFåglar vid sjön i april\nLena Dahl, biolog\n",
     "Tranorna har kommit tillbaka till Hornborgasjön, och de första dagarna räknades flera tusen fåglar.\n"
     "Bästa tiden att se dansen är tidigt på morgonen, innan vinden tar i över fälten.\n",
     "Lena Dahl är biolog och leder fågelskådningar runt sjön varje vår."),
    ("Snickarbloggen\nHem\nOlja trall före sommaren\n4 maj 2026 · Jonas Berg · 4 min läsning\n",
     "En trall som oljas varje vår håller i många år längre än en som får stå obehandlad.\n"
     "Tvätta först bort smuts och alger, och låt virket torka ordentligt i ett par dagar innan du oljar.\n",
     "Jonas Berg driver en snickerifirma i Tranås och bygger altaner åt privatpersoner."),
    ("Föräldraföreningen Solbacken\nNyheter\nNy lekplats på skolgården\nAv Sara Nyberg\n",
     "Efter en insamling under hela vintern kan föreningen nu beställa en ny klätterställning till skolgården.\n"
     "Montaget görs av leverantören i juni, och lekplatsen ska vara klar när höstterminen börjar.\n",
     "Sara Nyberg sitter i föreningens styrelse och har två barn på skolan."),
])
def test_the_writers_presentation_glued_under_the_text_of_a_dump_without_blank_lines_is_not_read(
        head: str, body: str, bio: str) -> None:
    spoken = spoken_lines(read_dump(head + body + bio + "\nDela\n"))
    assert bio not in spoken
    assert all(line in spoken for line in body.strip().split("\n"))


@pytest.mark.parametrize("last", [
    "Sara Nyberg tackade alla som skänkt pengar och lovade en invigning med fika.",  # news in the past
    "Sara Nyberg säger att föreningen redan planerar nästa insamling.",  # a quote
])
def test_a_last_sentence_about_the_writer_that_tells_news_stays(last: str) -> None:
    dump = ("Föräldraföreningen Solbacken\nNyheter\nNy lekplats på skolgården\nAv Sara Nyberg\n"
            "Efter en insamling under hela vintern kan föreningen nu beställa en ny klätterställning.\n"
            "Montaget görs av leverantören i juni, och lekplatsen ska vara klar när terminen börjar.\n" + last + "\n")
    assert last in spoken_lines(read_dump(dump))


def test_a_presentation_with_running_prose_after_it_stays() -> None:
    line = "Sara Nyberg är ordförande i föreningen och har lett insamlingen sedan i höstas."
    dump = ("Föräldraföreningen Solbacken\nNyheter\nNy lekplats på skolgården\nAv Sara Nyberg\n"
            "Efter en insamling under hela vintern kan föreningen nu beställa en ny klätterställning.\n" + line + "\n"
            "Montaget görs av leverantören i juni, och lekplatsen ska vara klar när höstterminen börjar.\n")
    assert line in spoken_lines(read_dump(dump))
