"""Session 13: four families read by the words around them and their shape,
tests written after each fix (new wordings), with guards.

- a week's list: "Mån" and "Tors" opening an item in a line that names
  another day of the week (``rules/weeklists``);
- an organisation number "NNNNNN-NNNN" with no month in it, digit by digit
  with "streck", never a range (``rules/personal``);
- a property designation whose sale is said after it in the sentence
  ("Bäck 1:34 till Per Ek, Eksjö, för 875 000 kr"; ``rules/estates``);
- a part in a list of parts ("1/3 åker och 2/3 skog") or how full a thing is
  ("Fyll formen till 2/3"): a part, not a date (``rules/parts``).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Väder i helgen: Fre +6°, blåsigt. Lör +8°. Mån +2°, dimma.", "måndag plus två grader, dimma"),
    ("Menyn: Tis ärtsoppa, Ons fiskgratäng, Tors pannbiff.", "torsdag pannbiff"),
    ("Sön −1°, Mån −4°, Tis −7°.", "måndag minus fyra grader"),
    ("Öppet lör och Mån 10–14, stängt ons.", "och måndag tio"),
])
def test_week_list_days(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize("text", [
    "Han var i viss mån nöjd med tisdagens möte.",
    "Mån om sitt rykte lämnade han fredagens fest tidigt.",
    "Tors hammare visas på museet från onsdag.",
    "Vi är mån om kunderna.",  # no other day in the line
])
def test_week_list_guards_keep_the_word(text: str) -> None:
    got = normalize(text).lower()
    assert "måndag" not in got and "torsdag" not in got


@pytest.mark.parametrize(("text", "want"), [
    ("Konkurs: Ekens Åkeri AB, 556901-2233, Tranås.", "fem fem sex nio noll ett streck två två tre tre, tranås"),
    ("Ansökan från föreningen (802511-4466) beviljades.", "åtta noll två fem ett ett streck fyra fyra sex sex"),
    ("Likvidator utsedd för Bäckens Bageri HB, 969788-1020.", "nio sex nio sju åtta åtta streck ett noll två noll"),
    ("Org. nr: 716440-9921.", "sju ett sex fyra fyra noll streck nio nio två ett"),
])
def test_organisation_numbers(text: str, want: str) -> None:
    got = normalize(text).lower()
    assert want in got
    assert " till " not in got


@pytest.mark.parametrize(("text", "want"), [
    ("Födelsedatum: 19850312-1234.", "nittonhundraåttiofem noll tre tolv streck tolv trettiofyra"),
    ("Priserna gick från 150-200 kronor.", "hundrafemtio till tvåhundra"),
])
def test_organisation_guards(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    ("Ödeshög Sjöberga 2:17 till Karin och Olof Berg, Vadstena, för 1 450 000 kr.", "sjöberga två kolon sjutton till"),
    ("Aneby-Lund 5:9 har sålts till en köpare från Tranås.", "lund fem kolon nio har sålts"),
    ("Kärda 3:41 bytte ägare i mars.", "kärda tre kolon fyrtioett bytte ägare"),
    ("Hok 1:52 till Sven Ahl, Jönköping, för 2,4 mkr.", "hok ett kolon femtiotvå till sven"),
])
def test_property_sold_after_it(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    ("Bussen från Eksjö 14:30 till Nässjö kostar 40 kr.", "fjorton och trettio"),
    ("Mötet i Aulan 18:15 till 19:00 är öppet.", "arton och femton"),
])
def test_property_guards_keep_times(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    ("Fyll muffinsformarna till 2/3 med smet.", "till två tredjedelar med smet"),
    ("Cisternen var bara fylld till 1/4 i somras.", "till en fjärdedel i somras"),
    ("Gården har 1/4 betesmark och 3/4 skog.", "en fjärdedel betesmark och tre fjärdedelar skog"),
    ("Arealen: 2/5 åker, 3/5 skog.", "tre femtedelar skog"),
])
def test_parts_listed_or_filled(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    ("Kampanjen gäller till 2/3.", "till andra mars"),
    ("Konserten 3/4 hålls och 5/4 ställs in.", "femte april"),
    ("Räkna med 1/4 kilo per person.", "en fjärdedels kilo"),
])
def test_parts_guards(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    ("Prognos: Tors uppehåll, +2°. Fre regn, +4°.", "torsdag uppehåll"),
    ("Abonnemang: 6 mån 590 kr, 12 mån 990 kr.", "sex månader femhundranittio"),
    ("Uppsägningstiden är 2 mån.", "två månader"),
    ("Gympa kl. 9–10 mån & tors i Folkets hus.", "tio måndag och torsdag"),
])
def test_months_counted_and_days_in_sentences(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    ("Produkten med artikelnr 44-1203 dras in.", "artikelnummer fyrtiofyra streck"),
    ("Uppge kundnr 7-5521 vid kontakt.", "sju streck"),
    ("Ärendet har löpnr 12-880.", "tolv streck åttahundraåttio"),
    ("Objektnr 33-9 är sålt.", "trettiotre streck nio"),
])
def test_a_nr_compound_makes_a_hyphen_a_dash_not_a_range(text: str, want: str) -> None:
    got = normalize(text).lower()
    assert want in got
    assert " till " not in got


def test_a_range_after_a_plain_noun_stays_a_range() -> None:
    assert "tio till tjugo" in normalize("Kursen tar emot 10-20 deltagare.").lower()
