"""Session 26, from extract96's blind half (read after its end figure): a live report's button for new posts ("Nytt
inlägg – klicka för att visa", "Ett nytt inlägg – tryck här för att visa"), rule live-furniture: 20 of 20 such lines
in the annotated dumps the page's. Written after the fix, for another site; the guard: a sentence about new posts
stays.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_LIVE = """Norrlandsnytt
Nyheter
Direkt: Snöovädret drar in över kusten
Ett kraftigt snöoväder drar in över Medelpad under tisdagen och SMHI har utfärdat en orange varning.
Nytt inlägg – klicka för att visa
10.42
Flera bussturer mellan Sundsvall och Timrå är inställda, meddelar Din Tur. Ersättningstrafik planeras inte.
10.15
Trafikverket uppmanar alla att undvika onödiga resor på E4 norr om Sundsvall.
– Det blåser upp till 25 meter per sekund och sikten är mycket dålig, säger trafikledaren Lena Sjöberg.
Dela
"""

_NOTE = """Nyheter
Elevernas blogg växer
Eleverna på Kvarnbyskolan har skrivit på skolans blogg sedan i höstas och läsarna blir fler för varje vecka.
Nya inlägg skrivs varje fredag av en ny klass, och lärarna läser dem innan de publiceras.
Dela
"""


def test_a_live_reports_button_for_new_posts_is_not_read() -> None:
    spoken = spoken_lines(read_dump(_LIVE))
    assert any(s.startswith("Flera bussturer") for s in spoken)
    assert not [s for s in spoken if "klicka för att visa" in s]


def test_a_sentence_about_new_posts_stays() -> None:
    assert "Nya inlägg skrivs varje fredag av en ny klass, och lärarna läser dem innan de publiceras." in spoken_lines(
        read_dump(_NOTE))
