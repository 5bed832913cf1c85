"""Session 8 w3, class 'the page's call to its readers and its notices under or over the article' (issue #9): a reader
call glued between the share row and its button ("Vill du skriva en debattartikel?" / "Mejla din text till oss …" /
"Skicka din text"), a comment system's status line ("Kommentarsfältet är stängt."), and a subscriber's notice above the
full text ("Den här texten är bara för prenumeranter – du läser den med din prenumeration."). Fictional sites and
wordings; guards keep a closing paragraph under the share row with prose after it and an article about comments.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_HEAD = "Vallbygdens Tidning\nNyheter\nDebatt\nE-tidning\n\nBygg cykelbanan till Östra skolan nu\n14 april 2026\n\n"
_BODY = (
    "Varje morgon cyklar vi med våra barn längs landsvägen till Östra skolan, där lastbilarna passerar på en meter.\n\n"
    "Kommunen lovade en cykelbana redan 2021, men ännu har ingen spade satts i jorden och nu talas det om 2029.\n\n"
    "Vi föräldrar kräver att politikerna prioriterar barnens säkerhet före nya parkeringsplatser i centrum.\n\n"
    "Föräldragruppen Östra skolan\n"
)
_SHARE = "Dela\nFacebook\nX\nKopiera länk\n"
_FOOT = "\nFler debattartiklar\nSänk farten genom byn\nRädda biblioteket\n\nVallbygdens Tidning AB\nKakor\n"


def _heard(tail: str, head: str = _HEAD, body: str = _BODY) -> str:
    return spoken_text(_read(head + body + tail + _FOOT))


def _glued(tail: str) -> str:
    """The letter and what follows it in a dump without blank lines, signed by a name and a role."""
    body = _BODY.replace("\n\n", "\n").replace("Föräldragruppen Östra skolan", "Lisa Nyberg, förälder i Östra skolan")
    return spoken_text(_read(_HEAD + body + tail + _FOOT.lstrip()))


def test_a_call_for_opinion_pieces_between_share_row_and_button_is_not_read() -> None:
    heard = _heard(_SHARE + "Vill du skriva en debattartikel?\nMejla din text till oss på redaktionen, högst 3 000 tecken, "
                   "och bifoga ditt namn och din ort så hör vi av oss.\nSkicka din text\n")
    assert "Mejla din text" not in heard and "Vill du skriva" not in heard
    assert "Vi föräldrar kräver" in heard


def test_a_call_for_tips_between_share_row_and_button_is_not_read() -> None:
    heard = _heard(_SHARE + "Har du ett nyhetstips?\nHör av dig till redaktionen dygnet runt, du kan vara anonym och vi "
                   "skyddar alltid våra källor enligt grundlagen.\nTipsa oss\n")
    assert "Hör av dig till redaktionen" not in heard


def test_glued_calls_for_letters_under_the_share_row_are_not_read() -> None:
    for call, text, button in (
        ("Vill du också skriva en insändare?", "Skicka in din text via vårt formulär. Max 2 000 tecken. Vi förbehåller "
         "oss rätten att korta och redigera.", "Skriv en insändare"),
        ("Har du något på hjärtat?", "Mejla din debattartikel till oss på redaktionen, högst 3 500 tecken, och skriv "
         "ditt namn och din ort under texten.", "Skicka debattartikel"),
    ):
        heard = _glued(_SHARE + f"{call}\n{text}\n{button}\n")
        assert text not in heard and call not in heard, call
        assert "Vi föräldrar kräver" in heard


def test_a_comment_systems_closed_status_is_not_read() -> None:
    for status in ("Kommentarsfältet är stängt.", "Kommentarer är avstängda för den här artikeln.",
                   "Det går inte att kommentera den här artikeln."):
        heard = _heard(status + "\n")
        assert status not in heard, status


def test_a_subscribers_notice_over_the_full_text_is_not_read() -> None:
    head = _HEAD + "Den här texten är bara för prenumeranter – du läser den med din prenumeration.\n\n"
    heard = _heard("", head=head)
    assert "prenumeranter" not in heard and "Varje morgon cyklar vi" in heard


# Written after the fix.

def test_a_call_for_readers_pictures_glued_under_the_share_row_is_not_read() -> None:
    heard = _glued(_SHARE + "Har du en bild från din trädgård?\nLadda upp den i vårt formulär så kan den komma med i "
                   "söndagens tidning.\nSkicka bild\n")
    assert "Ladda upp den" not in heard and "Vi föräldrar kräver" in heard


def test_a_comments_closed_status_ends_the_article_and_the_sidebar_under_it_goes() -> None:
    heard = _heard("Kommentarer är stängda.\nKommande\n3 maj – Vårstädning\n17 maj – Loppis i skolan\n")
    assert "Vårstädning" not in heard and "Vi föräldrar kräver" in heard


def test_a_locked_articles_notice_for_subscribers_over_the_text_is_not_read() -> None:
    head = _HEAD + "Denna artikel är enbart för prenumeranter. Du är inloggad och kan läsa hela texten.\n\n"
    heard = _heard("", head=head)
    assert "enbart för prenumeranter" not in heard and "Kommunen lovade en cykelbana" in heard
