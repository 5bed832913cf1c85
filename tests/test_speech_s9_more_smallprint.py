"""Session 9, S3 (short forms of the small print): notices, ads and timetables.

- "fr." before a clock label, a place's name (FROM_PLACE_TAILS, a town's "C") or after a word
  of leaving is "från" ("avresa 8.15 fr. Busstorget" left "fr", "fr. kl. 18" was "fredag");
- "fred." before its date is Friday; "min." before a noun "minsta"; "Falu kn" "kommun";
- compounds ending in a short form ("växeljust.", "Sportsänd.") and the table's short forms
  ("hcp", "kbm", "lpm", "insl.", "nyb.", "ex. moms", "acc.pris", "långfred.").
Sentences written after the fix. Guards: "fr." before a surname, "fred." before a count of
years, "min." after a number and before one, a weekday range "må–fr.".
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Bussen till Ullared går fr. Stortorget kl. 6.45.", "går från Stortorget klockan"),
    ("Loppisen har öppet fr. kl. 9 på söndag.", "öppet från klockan nio"),
    ("Samling 10.00 fr. Norrköping C, åter ca 17.", "från Norrköping central"),
    ("Kören sjunger fred. 7 mars i domkyrkan.", "sjunger fredag den sjunde mars"),
    ("Min. ålder för att hyra bil är 21 år.", "Minsta ålder"),
    ("Beslutet fattades av Borås kn i våras.", "Borås kommun i våras"),
    ("Service: kedjejust. 150 kr, nav 200 kr.", "kedjejustering"),
    ("Golfklubbens damer med hcp över 30 spelar på tisdag.", "med handicap över trettio"),
    ("Vi säljer 2 kbm torr ek, 1 200 kr per kbm.", "två kubikmeter torr ek"),
    ("Konsert i parken, insl. 17.30.", "insläpp sjutton och trettio"),
    ("Offert: 18 400 kr ex. moms.", "kronor exklusive moms"),
])
def test_small_print_short_forms(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Hälsningar till fr. Lundgren och hennes man.", "fr. Lundgren"),
    ("Landet har haft fred. 30 år senare var allt glömt.", "fred. Trettio år"),
    ("Efter en 15 min. paus fortsatte mötet.", "femton minuters paus"),
    ("Min. 3 deltagare per lag.", "Minst tre deltagare"),
    ("Kansliet har öppet må–fr. 8–16.", "måndag till fredag åtta till sexton"),
])
def test_small_print_guards(text: str, want: str) -> None:
    assert want in normalize(text)
