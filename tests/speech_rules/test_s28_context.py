"""Session 28, from normalize83 and normalize85 (scored blind, read at the session's start): a range of Roman numerals
after any word ("Fjäll I–III" was "Fjäll I–i i i"), and an emoji counted by a quantity in words ("fick tusentals ❤️"
lost its noun). Written after the fixes, with other sentences; the guards beside each."""

from __future__ import annotations

from audiocast.speech import normalize


def test_a_range_of_roman_numerals_after_a_name() -> None:
    assert normalize("Läs romansviten ”Himmelsberg II–IV” i sommar.") == "Läs romansviten ”Himmelsberg två till fyra” i sommar."
    assert normalize("Utställningen Rum I–III öppnar i maj.") == "Utställningen Rum ett till tre öppnar i maj."


def test_no_roman_range_where_it_falls_or_is_two_letters() -> None:
    assert "fyra till två" not in normalize("Salen Rum IV–II stängs.")
    assert "ett till fem" not in normalize("Mätaren visar en I–V-kurva.")


def test_an_emoji_counted_by_a_quantity_in_words() -> None:
    assert normalize("Bilden på lammen fick hundratals ❤️ på en kväll.") == (
        "Bilden på lammen fick hundratals hjärtan på en kväll.")
    assert normalize("Klippet fick massor av 👍 i kommentarerna.") == "Klippet fick massor av tummar upp i kommentarerna."


def test_an_emoji_after_other_words_is_still_dropped() -> None:
    assert normalize("Vilken dag 🌞 i parken.") == "Vilken dag i parken."
