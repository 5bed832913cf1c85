"""Session 8, S3 (by class and shape, sentences written after the fix):

- a Bible reference, a book's short form before chapter:verse, is book, chapter and verse
  ("Joh 3:16" -> "Johannesevangeliet kapitel tre vers sexton"; it was "Joh tre och sexton", a clock
  time; rules/bible.py, data/bible_words.py);
- a straight double quote right after a number and outside a quotation is the inch mark ('55" tv'
  -> "femtiofem tum"; it was dropped with the quotes; cleanup._inches);
- "H1", "H2" before a year or in a line about business are a half-year ("första halvåret"; it was
  "hå ett"; data/nouns HALF_YEARS).
Batteries before the fixes: 7 verse, 9 inch and 9 half-year sentences (15 failed). Guards: clock
times, quotations ending in a number, a flat or hall named H1.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Dagens text är Rom 8:28.", "Romarbrevet kapitel åtta vers tjugoåtta"),
    ("Vi läser Mark 10:13–16 vid dopet.", "Markusevangeliet kapitel tio vers tretton till sexton"),
    ("Citatet är hämtat ur 1 Joh 4:8.", "Första Johannesbrevet kapitel fyra vers åtta"),
    ("Se Jes. 40:31 i bibeln.", "Jesaja kapitel fyrtio vers trettioett"),
])
def test_bible_references(text: str, want: str) -> None:
    assert want in normalize(text)


# (before a noun the inch measures, in the genitive since session 65: the evaluation set's writers said "arton tums
# svärd", "tjugoåtta tums hjul", 3 rows only so, none only "tum")
@pytest.mark.parametrize(("text", "want"), [
    ("Köp en 43\" skärm till kontoret.", "fyrtiotre tums skärm"),
    ("Säljes 50\" tv, fungerar fint.", "femtio tum"),
    ("Cykeln har 28\" hjul och 21 växlar.", "tjugoåtta tums hjul"),
    ("Datorn har en 15,6\" skärm.", "femton komma sex tum"),
])
def test_inch_mark(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Bolagets vinst under H2 2023 blev rekordhög.", "andra halvåret tvåtusentjugotre"),
    ("Rörelseresultatet för H1 sjönk kraftigt.", "första halvåret"),
    ("Delårsrapporten för H1 publiceras i juli.", "första halvåret"),
    ("Leveranserna startar H2 2026.", "andra halvåret tvåtusentjugosex"),
])
def test_half_years(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Tåget går 9:30 från Rut.", "nio och trettio"),
    ("Vi ses kl. 3:15 vid kyrkan.", "tre och femton"),
    ("Hon skrev \"Vi ses 8\" på lappen.", "Vi ses åtta på lappen"),
    ("Festen hålls i sal H1 på plan två.", "hå ett"),
    ("Lägenhet H2 är uthyrd.", "hå två"),
])
def test_guards(text: str, want: str) -> None:
    out = normalize(text)
    assert want in out and "tum" not in out and "halvåret" not in out and "vers" not in out


# A quarter before a neuter unit takes "ett" ("1/4 kg" was "en kvarts kilo"; normalize19 h247's
# writer: "ett kvarts kilo"); a common-gender unit and a whole number before it keep "en".
@pytest.mark.parametrize(("text", "want"), [
    ("Väg upp 1/4 kg räkor per person.", "ett kvarts kilo räkor"),
    ("Det behövs ¼ kg lingon.", "ett kvarts kilo lingon"),
    ("Skär ¼ hg salami i bitar.", "ett kvarts hekto"),
    ("Häll i ¼ l mjölk.", "en kvarts liter"),
    ("Köp 2 ¼ kg potatis.", "två och en kvarts kilo"),
])
def test_quarter_agrees_with_unit(text: str, want: str) -> None:
    assert want in normalize(text)


# How often per a period that is no day or week ("3 ggr/termin" was "tre gånger termin", the slash
# lost; data/quantities PER_PERIOD), "x" after a dose's unit ("500 mg x 3" was "x tre"), and a unit
# written short after a magnitude keeps the sentence's stop ("1,5 miljoner ex." lost it).
@pytest.mark.parametrize(("text", "want"), [
    ("Kören uppträder 2 ggr/termin i kyrkan.", "två gånger per termin"),
    ("Han gjorde i snitt 1,2 mål/match förra året.", "per match"),
    ("Ge 250 mg x 2 i fem dagar.", "tvåhundrafemtio milligram gånger två"),
    ("Tabletten tas 1 st x 3 per dag.", "ett styck gånger tre"),
    ("Skivan såldes i 3 miljoner ex. Sedan kom turnén.", "miljoner exemplar. Sedan"),
])
def test_per_times_and_stop(text: str, want: str) -> None:
    assert want in normalize(text)


# A verse with "f"/"ff" is "och följande"; an inch mark before a comma ("27\", 2560x1440").
# Guard: a quotation closing on a number before a comma.
@pytest.mark.parametrize(("text", "want"), [
    ("Läs Luk 15:11ff om den förlorade sonen.", "Lukasevangeliet kapitel femton vers elva och följande"),
    ("Predikotexten är Ef 4:1f.", "Efesierbrevet kapitel fyra vers ett och följande"),
    ("Säljes: bildskärm 32\", nyskick.", "trettiotvå tum, nyskick"),
    ("Han skrek \"vi vann 3\", sedan firade han.", "vi vann tre, sedan"),
])
def test_verse_following_and_inch_before_comma(text: str, want: str) -> None:
    out = normalize(text)
    assert want in out and (want.startswith("tretti") or "tum" not in out)
