"""Wave 2, class 'a shop's listing under the article' (issue #9; :mod:`audiocast.ingest.wares`).

Records of a few short lines each with a price (a name, its price, a note, a button), glued under the article's last
paragraph or in a box of their own, offered by a button or a price per unit. Every dump here was written after the
fix, for a fictional site, in other wordings than the dumps that showed the class; the guards are the article's own
list of prices a line each and a priced list its prose goes on under.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_BODY = (
    "Frisörsalongen Klipp & Form i Hjo har tagit över lokalen efter den gamla järnhandeln på Torggatan.\n"
    "Salongen har fyra stolar och två anställda, och ägaren Sara Lund hoppas kunna anställa en till efter sommaren.\n"
    "– Vi har haft så många kunder att vi inte hunnit med. Nu får vi plats för fler, säger Sara Lund.\n"
    "Invigningen firas på fredag med kaffe och kaka för alla som kommer förbi.\n"
)


def _page(tail: str) -> str:
    return ("Klipp & Form Hjo\nBehandlingar\nBoka tid\nOm oss\n\nFrisörsalongen flyttar till Torggatan\n3 mars 2026\n"
            f"{_BODY}{tail}\nKlipp & Form · Torggatan 4 · Hjo\n")


def test_a_list_of_treatments_with_prices_and_a_booking_button_glued_under_the_article_is_not_read() -> None:
    tail = "Populära behandlingar\nHerrklippning\n395 kr\nCa 30 minuter\nSlingor, halvt huvud\n1 150 kr\nInkl. toning\nBoka tid nu\n"
    spoken = _spoken(_read(_page(tail)))
    assert "kaffe och kaka för alla" in spoken
    assert "Herrklippning" not in spoken and "395 kr" not in spoken and "Slingor" not in spoken


def test_rentals_priced_per_day_in_a_box_of_their_own_are_not_read() -> None:
    tail = "\nHyr hos oss\nSalongsstol för frilansare\n450 kr/dag\nTillgång till tvättplats\nBehandlingsrum\n300 kr/halvdag\nMed egen ingång\n"
    spoken = _spoken(_read(_page(tail)))
    assert "kaffe och kaka för alla" in spoken
    assert "450 kr/dag" not in spoken and "Behandlingsrum" not in spoken


def test_a_price_list_a_line_each_under_the_article_stays() -> None:
    # Guard: the article's own prices, one item a line, nothing to click.
    tail = "Priser under invigningen\nKlippning 250 kr\nSkäggtrimning 150 kr\nBarnklippning 200 kr\n"
    spoken = _spoken(_read(_page(tail)))
    assert "Skäggtrimning 150 kr" in spoken and "Barnklippning 200 kr" in spoken


def test_a_priced_list_the_articles_prose_goes_on_under_stays() -> None:
    # Guard: the records are the article's when its running prose continues below them.
    tail = ("Invigningserbjudanden\nKlippning och tvätt\n299 kr\nSlingor\n899 kr\nBoka tid\n"
            "– Vi vill att alla i Hjo ska kunna prova oss, och priserna gäller hela mars, säger Sara Lund.\n")
    spoken = _spoken(_read(_page(tail)))
    assert "Klippning och tvätt" in spoken and "899 kr" in spoken and "priserna gäller hela mars" in spoken
