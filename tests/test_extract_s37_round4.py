"""Session 37, round 4, from extract162 (opened after its start figures): an opinion piece's notice said in other
words than the rule table knew ("Artikeln är ett personligt ställningstagande", row ``genre-notice``). Written after
the fix, with another page and wording; the guard: the article's own sentence about a text stays."""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_COLUMN = """Västbyns Tidning
Åsikt
Kultur
Krönika: Låt biblioteket vara öppet på söndagar
Publicerad 14 januari 2025
Biblioteket i Västby har stängt på söndagar sedan i höstas, och det är ett av de sämsta beslut kommunen har fattat på länge.
Söndagen är den dag då barnfamiljer och pensionärer har tid, och biblioteket är en av få platser där man kan vara utan att betala.
Kommunens svar är att det saknas personal, men meröppet med självbetjäning skulle kunna lösa det till en låg kostnad.
Texten är skribentens egen åsikt.
Dela
"""

_OWN = """Västbyns Tidning
Nyheter
Ny bok om bygdens historia
Publicerad 20 januari 2025
Hembygdsföreningen i Västby har gett ut en bok om byns historia från medeltiden till i dag, skriven av Karin Ek.
Texten är skriven av Karin Ek under tre år, med hjälp av föreningens arkiv och intervjuer med byns äldsta invånare.
Boken säljs i biblioteket och på hembygdsgården för 200 kronor, och intäkterna går till föreningens arkiv.
"""


def test_an_opinion_pieces_notice_in_other_words_is_dropped() -> None:
    spoken = spoken_text(read_dump(_COLUMN))
    assert "skribentens egen åsikt" not in spoken
    assert "meröppet med självbetjäning" in spoken


def test_the_articles_own_sentence_about_a_text_stays() -> None:
    assert "Texten är skriven av Karin Ek under tre år" in spoken_text(read_dump(_OWN))
