"""Session 11, S1: property designations known by their shape, an ad's range of model years with one
hyphen. Sentences written after each fix, with guards.

"Bjuråker-Norrberg 5:31, 2,4 ha, köpesumma 675 000 kr" was "fem och trettioett" like a clock time: a
line of property is also one with a purchase sum (data/estate_words.PROPERTY_STEMS: köpesumma,
köpeskilling, taxeringsvärde) or a designation with the land's area right after it (estates._AREA_AFTER).
"gärna -80–85" in an ad was "-åttio till åttiofem" (designations._AD_YEAR: the second year's hyphen may
be left out).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Ytterby 4:17, 3,1 ha, till Anna Ek.", "Ytterby fyra kolon sjutton"),
    ("Norra Myckle 2:45, ca 60 ha skog, såldes i maj.", "två kolon fyrtiofem"),
    ("Gården Lia 1:9 gick för köpeskilling 2,1 miljoner.", "ett kolon nio"),
    ("Taxeringsvärdet för Ås 3:22 är 850 000 kr.", "tre kolon tjugotvå"),
])
def test_designations_by_shape(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Visning Storgatan 12:30, 3 rok.", "tolv och trettio"),
    ("Mötet börjar 18:30, 2 timmar.", "arton och trettio"),
    ("Tåget går 14:45, 20 minuter sent.", "fjorton och fyrtiofem"),
])
def test_designation_guards(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Köpes: Volvo 740, gärna -88–92, rostfri.", "gärna åttioåtta till nittiotvå"),
    ("Säljes: Mercedes W123, -79–82 finns, ring.", "sjuttionio till åttiotvå"),
    ("Köpes: husvagn, gärna -95–99.", "nittiofem till nittionio"),
])
def test_ad_year_ranges(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Temperaturen sjönk till -20–25 grader i natt.", "minus"),
])
def test_ad_year_range_guards(text: str, want: str) -> None:
    assert want in normalize(text)


# A minus sign before a range of degrees is each end's ("-20–25 grader" was "-tjugo till tjugofem": the
# sign silent; numerals._MINUS_RANGE). Written after the fix, with guards.
@pytest.mark.parametrize(("text", "want"), [
    ("I fjällen väntas -15–20 grader i helgen.", "minus femton till minus tjugo grader"),
    ("Det blev −8–12 grader i Kiruna i natt.", "minus åtta till minus tolv grader"),
    ("Prognosen: -2–-6 grader och snö.", "minus två till minus sex grader"),
    ("Vattnet håller 18–20 grader.", "arton till tjugo grader"),
    ("Priset sänktes med 20–25 procent.", "tjugo till tjugofem procent"),
])
def test_minus_degree_ranges(text: str, want: str) -> None:
    assert want in normalize(text)
