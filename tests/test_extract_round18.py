"""Round 18: what extract12 and extract14 (issue #9) showed, told by signals that hold on any site.

Every dump here was written after the change it tests, for fictional sites; none copies a case of
``tests/data/extract`` or of the blind sets. Each phenomenon has its guard: what looks like it and stays as it is.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

# A call to action glued (no blank line between) under the article's last paragraph: buttons ("Boka bana", "Se
# lediga tider i Mora") and a price's short line, nothing else. The site's, not the article's closing box.

BOWLING = (
    "Strike Center Mora\nBoka bana\nMat & dryck\nKalas\nFöretag\nÖppettider\n\n"
    "Aktuellt\n"
    "Vi byter alla banor under sportlovet\n"
    "12 feb 2026\n"
    "Från måndag den 23 februari stänger vi hallen i fem dagar medan samtliga tolv banor slipas och får ny ytbeläggning.\n"
    "Restaurangen håller öppet som vanligt under hela veckan och serverar dagens lunch mellan elva och två.\n"
    "Redan bokade kalas flyttas till veckan efter utan extra kostnad, och vi kontaktar alla berörda per telefon.\n"
    "{tail}"
    "\nStrike Center Mora · Vasagatan 14 · 0250-123 45\nIntegritetspolicy\n"
)


def test_buttons_and_a_price_glued_under_the_article_are_not_read() -> None:
    spoken = _spoken(_read(BOWLING.format(tail="Boka bana\nSe lediga tider i Mora\nFrån 220 kr/timme\n")))
    assert "Redan bokade kalas flyttas" in spoken
    assert "Se lediga tider i Mora" not in spoken and "220 kr" not in spoken
    assert "\nBoka bana" not in spoken


def test_a_short_box_of_facts_glued_under_the_article_stays() -> None:
    # Guard: the article's own closing box says facts (a price with its label, a deadline), it has no button.
    tail = "Pris under lovet: 95 kr per person\nAnmälan till disken senast fredag\n"
    spoken = _spoken(_read(BOWLING.format(tail=tail)))
    assert "Pris under lovet: 95 kr per person" in spoken and "Anmälan till disken senast fredag" in spoken


def test_a_closing_sentence_that_names_the_booking_stays() -> None:
    # Guard: a sentence ending the article, however it opens, is the article's.
    spoken = _spoken(_read(BOWLING.format(tail="Boka gärna bana i god tid inför helgerna.\n")))
    assert "Boka gärna bana i god tid inför helgerna." in spoken
