"""Session 8, wave 3, S4 (by shape and context; sentences written after the fix):

a result over a thousand, its thousands set off by a space ("tog serien 1 024–987" was "ett
tjugofyra mot niohundraåttiosju": the score rule took "024–987" and the emergency number "112" took
a group), is read whole: "mot" between when it falls or a score word stands before
(sport._GROUPED_PAIR); a rising pair elsewhere stays a range, and a three-digit group after a
thousands' head is never the emergency number (contact._THOUSANDS_HEAD).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Kegelklubben vann derbyt 1 208–1 176 på hemmaplan.", "tusentvåhundraåtta mot tusenetthundrasjuttiosex"),
    ("Efter fyra serier stod det 3 112–2 950.", "tretusenetthundratolv mot tvåtusenniohundrafemtio"),
    ("Bortalaget förlorade 998–1 032 i sista omgången.", "niohundranittioåtta mot tusentrettiotvå"),
    ("Slutsiffrorna 1 040–960 gav laget seriesegern.", "tusenfyrtio mot niohundrasextio"),
])
def test_grouped_result(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Biljetterna kostar 1 200–1 800 kronor styck.", "tusentvåhundra till tusenåttahundra kronor"),
    ("Byn hade 2 400–2 700 invånare på 1800-talet.", "tvåtusenfyrahundra till tvåtusensjuhundra"),
    ("Föreningen har 1 112 medlemmar.", "tusenetthundratolv medlemmar"),
    ("Vid brand, ring 112 direkt.", "ett ett två"),
])
def test_grouped_guards(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Gästerna släppte 3–0 till 3–4 under sista perioden.", "tre mot noll till tre mot fyra"),
    ("Mora hämtade upp 1–4 till 5–4 efter paus.", "ett mot fyra till fem mot fyra"),
    ("Ställningen ändrades från 0–1 till 2–1 på två minuter.", "noll mot ett till två mot ett"),
    ("Vi kom tillbaka från 2–2 till 4–2 i slutet.", "två mot två till fyra mot två"),
])
def test_turnaround(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Avgiften höjs från 1–2 till 3–4 procent.", "mot"),
    ("Gruppen växer från 4–5 till 6–8 barn.", "mot"),
])
def test_turnaround_guards(text: str, want: str) -> None:
    assert want not in normalize(text)
