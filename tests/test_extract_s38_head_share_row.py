"""Session 38, from extract169 (scored unread at the session's start and again before it was opened, late in the
session): a share row set under the head ("Dela" / "Spara" / "Lyssna" right under the byline, the date and a note on
the figures' source) over a list of property sales under their places' names. The box under a share row was taken as
the site's (session 28: the article is over there) and the article's list went with it; a share row whose byline or
date stands right over the prose above it is the head's (``moreboxes._head_row``). Written after the fix, with
another site and words; the guard: a share row under the article's last paragraph still ends it."""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_HEAD = [
    "Veckans bostadsaffärer i Åsby",
    "Här är veckans lagfarter i Åsby och Norrvik. Dyrast var en villa vid Sjövägen som gick för 7,4 miljoner kronor.",
    "Karin Berg",
    "3 mars 2025 08:00",
    "Uppgifterna kommer från Lantmäteriet och gäller lagfarter som beviljats under vecka 9. Priserna är köpeskillingen "
    "som den står i lagfarten, och affärer mellan släktingar redovisas inte.",
    "Dela",
    "Spara",
    "Lyssna",
]
_SALES = [
    "Åsby",
    "Åsby 4:12, Sjövägen 3: Per och Lena Ek har sålt till Jonas Holm och Sara Holm för 7 400 000 kronor.",
    "Åsby 9:2, Kyrkvägen 11: Dödsboet efter Arne Lund har sålt till Elin Sand för 2 300 000 kronor.",
    "Norrvik",
    "Norrvik 1:45, Hamnvägen 8: Ali Omar har sålt till Maria Berg och Johan Berg för 3 950 000 kronor.",
]


_REST = ["Annons", "Ska du sälja? Boka en kostnadsfri värdering", "Åsby Mäklarbyrå", "Läs mer",
         "Norrvik 3:7, Strandgatan 2: Eva Lind har sålt till Karl Öst för 1 850 000 kronor.",
         "Du har läst en del av en PLUS-artikel", "Prenumerera för att läsa vidare", "Första månaden för 1 kr", "Köp"]


def test_a_list_under_the_heads_share_row_is_read() -> None:
    spoken = spoken_text(read_dump("\n".join(_HEAD + _SALES + _REST)))
    assert "Åsby 9:2, Kyrkvägen 11" in spoken and "Norrvik 1:45, Hamnvägen 8" in spoken


def test_guard_a_box_under_the_articles_closing_share_row_still_goes() -> None:
    dump = _HEAD[:2] + _HEAD[4:5] + _SALES + ["Nästa vecka kommer en ny lista med veckans lagfarter i hela kommunen.",
                                               "Dela", "Facebook", "Kopiera länk", "Kalender", "Loppis i Åsby bygdegård",
                                               "Vårkonsert i kyrkan", "Föreläsning om trädgårdsodling"]
    spoken = spoken_text(read_dump("\n".join(dump)))
    assert "Vårkonsert i kyrkan" not in spoken and "Norrvik 1:45, Hamnvägen 8" in spoken
