"""Session 8, S3 (by class and shape, sentences written after the fix):

- a list of paragraphs before "§§" is ordinals like a range ("3 och 5 §§" -> "tredje och femte
  paragraferna"; it was "tre och fem §§", the signs left; symbols._SECTION_LIST);
- a lone two-digit hour with its zero after a verb of when ("stänger 07", "öppnar 10 och stänger
  07") is the hour, "sju" (it was "noll sju"; data/calendar HOUR_VERBS);
- an IBAN is letters and digits with a pause between its groups (it was read as numbers,
  "femtusen ..."); a reference of capitals and hyphen-joined digits ("SN-20240117-0042") is read
  group by group with "streck" (it was "tjugo miljoner ... till ..."; rules/codes.py).
Battery before the fixes: 23 sentences, 16 wrong. Guards: a single paragraph, a year '07, a code
with a short number, a score.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Ändringen gäller 8 och 9 §§ lagen.", "åttonde och nionde paragraferna"),
    ("Styrelsen ändrade 2, 6 och 11 §§ i stadgarna.", "andra, sjätte och elfte paragraferna"),
    ("Se 4 kap. 1 och 2 §§ plan- och bygglagen.", "första och andra paragraferna"),
    ("Domstolen prövade 5 eller 6 §§ i avtalet.", "femte eller sjätte paragraferna"),
])
def test_paragraph_lists(text: str, want: str) -> None:
    out = normalize(text)
    assert want in out and "§" not in out


@pytest.mark.parametrize(("text", "want"), [
    ("Affären öppnar 09 på söndagar.", "öppnar nio på"),
    ("Bussen avgår 06 och landar 08.", "avgår sex och landar åtta"),
    ("Simhallen öppnade 07 och stängde 21 i går.", "öppnade sju och stängde tjugoett"),
    ("Färjan går 05 till Gotland.", "går fem till"),
])
def test_zero_hours(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Skänk via IBAN SE12 3000 0000 0123 4567 8901.",
     "ess e ett två, tre noll noll noll, noll noll noll noll, noll ett två tre, fyra fem sex sju, åtta nio noll ett"),
    ("Betalning till FI21 1234 5600 0007 85 tas emot.", "eff i två ett, ett två tre fyra"),
    ("Ange ärende HR-20250310-0007 i mejlet.",
     "hå ärr streck två noll två fem noll tre ett noll streck noll noll noll sju"),
    ("Beställning BO-2025-0113 är skickad.", "be o streck tvåtusentjugofem streck noll ett ett tre"),
])
def test_codes(text: str, want: str) -> None:
    out = normalize(text)
    assert want in out and "tusen" not in out.replace("tvåtusentjugofem", "")


@pytest.mark.parametrize(("text", "want"), [
    ("Enligt 12 § gäller det inte.", "tolfte paragrafen"),
    ("Han föddes 07 i Umeå.", "noll sju"),
    ("Matchen slutade 3-1 till AIK.", "tre"),
    ("Vi åkte 2024-05-01 till Oslo.", "första maj"),
])
def test_guards(text: str, want: str) -> None:
    out = normalize(text)
    assert want in out and "streck" not in out


# One capital opening a code, and a group of capitals in it ("F-2025-118" was "eff-tvåtusentjugofem
# till hundraarton"). Guard: a road pair, a range after a compound.
@pytest.mark.parametrize(("text", "want"), [
    ("Kreditfaktura K-2024-0077 skickas i dag.", "kå streck tvåtusentjugofyra streck noll noll sju sju"),
    ("Paketet har nr P-55102-X.", "pe streck fem fem ett noll två streck eks"),
    ("Vägen E4-E10 är stängd.", "e fyra"),
    ("Han körde A-traktor 2-3 dagar.", "två till tre dagar"),
])
def test_codes_with_one_capital(text: str, want: str) -> None:
    assert want in normalize(text)


# An hour with its zero after "till" in a span opened by "från" ("från 22 till 06" was "noll sex").
@pytest.mark.parametrize(("text", "want"), [
    ("Gatan är avstängd från 21 till 05 i natt.", "från tjugoett till fem"),
    ("Från 23 till 06 är det tyst på campingen.", "till sex"),
])
def test_zero_hour_after_from(text: str, want: str) -> None:
    assert want in normalize(text)
