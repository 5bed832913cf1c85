"""Session 43, from normalize145 (written blind at this session's start, scored before any change, then opened): a
range of pages after "s." was read "sidan tjugofyra till tjugofem" (the writers of the blind sets say "sidorna" ten
times of fifteen, and Swedish says the plural before a range); a score's "e.o." (overtime) was left to the voice.
Written after the fixes, with other sentences; the guards: one page is still "sidan", a list of pages too, and "e.o."
is read only as the written telltale."""

from __future__ import annotations

from audiocast.speech import normalize


def test_a_range_of_pages_is_read_in_the_plural() -> None:
    assert normalize("Hela programmet finns på s. 8–9.") == "Hela programmet finns på sidorna åtta till nio."
    assert normalize("Läs kapitlet, sid. 40–52, till fredag.") == "Läs kapitlet, sidorna fyrtio till femtiotvå, till fredag."


def test_guard_one_page_or_a_list_of_pages_stays_singular() -> None:
    assert normalize("Korsordet finns på s. 31.") == "Korsordet finns på sidan trettioett."
    assert "sidan fyrtiofyra till sidan fyrtiosex" in normalize("Den finns på s. 44–s. 46 i manualen.")
    assert normalize("Se s. 4 och 7.") == "Se sidan fyra och sju."


def test_overtime_after_a_score_is_said() -> None:
    assert normalize("Brynäs vann med 3–2 e.o. i Gävle.") == "Brynäs vann med tre mot två efter övertid i Gävle."
