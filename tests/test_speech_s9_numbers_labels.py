"""Session 9, S1 (numbers): numbers by the label or the shape around them.

- a Roman numeral after a noun of rooms and buildings is a plain number ("sal IV" was "sal i
  ve"; data/number_words ROMAN_NUMBERED_NOUNS: sal, hall, avdelning, klass ...), and after a
  name in capitals ("MAX IV" was "Max i ve");
- a series' season and episode "S3E4" -> "säsong tre avsnitt fyra" (codes._EPISODE);
- a weekday written short after "natt mot" is the day ("Natt mot mån" stayed "mån").
Sentences written after the fix. Guards: a lone "I" after a room word, "mot mån" after another verb.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Mötet hålls i hall III på mässan.", "hall tre på"),
    ("Patienten flyttades till avdelning IV i går.", "avdelning fyra i går"),
    ("Han gick i klass II.", "klass två"),
    ("Synkrotronen MAX IV-laboratoriet invigdes 2016.", "fyra-laboratoriet"),
    ("Se den nya säsongen av Bron (S4E2) i kväll.", "säsong fyra avsnitt två"),
    ("Premiär för S01E01 på fredag.", "säsong ett avsnitt ett på fredag"),
    ("Natten mot lör blir det frost.", "Natten mot lördag blir"),
    ("I natt mot tis kommer regn.", "natt mot tisdag kommer"),
])
def test_number_by_label(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Sal I ligger på bottenplanet.", "Sal I ligger"),
    ("Hon satt mot mån och stjärnor.", "mot mån och"),
])
def test_number_by_label_guards(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Lagen på 1:a–4:e plats går vidare.", "första till fjärde plats"),
    ("Hon var 2:a–3:e i alla heat.", "andra till tredje i"),
])
def test_ordinal_span_with_both_endings(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Trav, Boden: V5-1 vanns av Stella Nova.", "ve fem ett vanns"),
    ("V64-1 slutade med skräll när 12 Tornado vann.", "ve sextiofyra ett slutade"),
    ("Hon har haft covid-19 två gånger.", "covid-nitton två"),  # (the hyphen kept since session 57)
])
def test_a_name_and_its_number_in_counting_form(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Stafetten: Sträcka 1 kördes av Frida Karlsson.", "Sträcka ett kördes"),
    ("Deltävling 1 avgörs i Kiruna i mars.", "Deltävling ett avgörs"),
])
def test_a_race_part_by_its_number(text: str, want: str) -> None:
    assert want in normalize(text)
