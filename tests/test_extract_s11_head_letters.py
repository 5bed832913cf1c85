"""Session 11 (H2), a reader's letter: its salutation under the head and its signature "Name, Place" (issue #9; the
fix held back in session 10, /work/notes/s10/E2_pending.md).

A salutation under the letter's head ("Bästa kommunalråd Tomas Lundmark,") has no finite verb, so it was dropped as the
top picture's caption (headpictures.caption_under_head); a letter signed with the writer's name and home ("Ingrid
Bergkvist, Jävrebyn") under "Med vänliga hälsningar," was no signature (letterclose._signer), so the page's boxes under
it were read as the letter's. Every page here was written after the fix, for invented papers and wordings; the guard is
a caption with no verb under a head (no salutation). The held-back patch's other half (a sentence glued under a box's
heading is no postscript) is letterclose.glued_box_sentence, asked by articleend._postscript.
"""

from __future__ import annotations

import pytest
from extract_helpers import read_dump, spoken_text

_LETTER = (
    "Jag har bott på Sjövägen i fyrtio år och har aldrig sett så mycket tung trafik som i höst.\n\n"
    "Lastbilarna till den nya grustäkten kör förbi skolan flera gånger i timmen, också när barnen går hem.\n\n"
    "Jag vill att kommunen sätter upp farthinder och flyttar transporterna till tiden efter klockan sex.\n\n"
)


@pytest.mark.parametrize(("meta", "greeting"), [
    ("12 november 2025\n", "Kära Olle Sjödin,"),
    ("Gunilla Ek\n12 november 2025 · 06:00\nDetta är en opinionstext.\n", "Hej Maria Strand,"),
])
def test_a_salutation_under_the_letters_head_is_read_not_taken_for_a_caption(meta: str, greeting: str) -> None:
    page = ("Norrlandsposten\nNyheter\nDebatt\nSport\n\nINSÄNDARE\nTa bort de tunga transporterna från Sjövägen\n"
            + meta + "\n" + greeting + "\n\n" + _LETTER + "Med vänlig hälsning,\nGunilla Ek\n")
    article = read_dump(page)
    assert article.title == "Ta bort de tunga transporterna från Sjövägen"
    assert greeting in spoken_text(article)


_SIGNED_LETTER = (
    "Västerbygden\nNyheter\nInsändare\n\nSänk farten på Sjövägen\n3 oktober 2025\n\n" + _LETTER
    + "Med vänliga hälsningar,\nBritt-Marie Holm, Sjöbacka\n\n"
    "Svar direkt\nSamhällsbyggnadschefen Lena Åkerlund har erbjudits att svara på insändaren.\n\n"
    "Skriv en insändare\nHar du något på hjärtat? Skicka din text till oss så publicerar vi den.\n")


def test_a_letter_signed_with_name_and_home_ends_the_letter_and_the_boxes_under_it_are_not_read() -> None:
    text = spoken_text(read_dump(_SIGNED_LETTER))
    assert "Britt-Marie Holm" in text or "Sjöbacka" in text
    assert "erbjudits att svara" not in text
    assert "Har du något på hjärtat" not in text


def test_guard_a_caption_without_a_verb_under_a_head_is_still_a_caption() -> None:
    page = ("Kustposten\nNyheter\nSport\n\nNy brygga invigd i hamnen\n4 juli 2025\n\n"
            "Bryggan i Östra hamnen en morgon i juni.\n\n"
            "Den nya bryggan invigdes på lördagen av kommunalrådet inför ett hundratal besökare i solskenet.\n\n"
            "Bygget har kostat fyra miljoner kronor och tagit två år, efter att den gamla bryggan skadats av isen.\n\n"
            "Nu kan även större fritidsbåtar lägga till vid hamnen.\n")
    article = read_dump(page)
    assert article.title == "Ny brygga invigd i hamnen"
    assert "Bryggan i Östra hamnen en morgon" not in spoken_text(article)


def test_a_boxs_sentence_glued_under_its_heading_is_no_postscript() -> None:
    assert "erbjudits att svara" not in spoken_text(read_dump(_SIGNED_LETTER))
