"""Session 9 wave 2 (S1, numbers), second batch: a number naming an area, a price per a noun, a score after
"e.fö.", a level on a pollen or fire-risk scale. Sentences written after each fix, with guards."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    # a number naming an area is the counting form ("elområde 1 låg" was "elområde en låg")
    ("Spotpriset i elområde 1 låg under en krona hela veckan.", "elområde ett låg"),
    ("Biljetten gäller i zon 1 hela dagen.", "zon ett hela"),
    # a price tag per a noun after a slash ("49:90/ask" lost its "per")
    ("Blåbär 39:90/ask och hallon 44:90/ask i veckan.", "trettionio och nittio per ask"),
    ("Nybakat bröd 32:95/limpa.", "trettiotvå och nittiofem per limpa"),
    # a score before "e.fö." is a score, and the teams before it are joined by "mot"
    ("Leksands IF–Oskarshamn 2–3 e.fö. i kväll.", " mot Oskarshamn två mot tre efter förlängning"),
    ("Rögle vann 5–4 e.fö. borta.", "fem mot fyra efter förlängning"),
    # a level on a pollen or fire-risk scale ("björk 3/5" was "tredje maj")
    ("Pollenprognos: hassel 2/5 i Göteborg.", "hassel två av fem"),
    ("Brandrisken ligger på 4/5 i skogarna.", "fyra av fem"),
]

GUARDS = [
    ("Området 1 km norr om byn är avspärrat.", "en kilometer"),
    ("Löpningen tog 45:30 för hela sträckan.", "fyrtiofem"),
    ("Pollenprognos inför 2/5: ek och björk.", "andra maj"),
    ("Växjö–Kalmar 3–4 timmar med buss.", "tre till fyra timmar"),
]


@pytest.mark.parametrize(("text", "want"), CASES + GUARDS)
def test_reading(text: str, want: str) -> None:
    got = normalize(text)
    assert want in got, f"{text!r} -> {got!r}"


SCORE_CASES = [
    # a final score before "efter <pair> i paus" is a score ("2–7 efter 1–4 i paus" was "två till sju")
    ("Publiken fick se en 3–6 efter 2–2 i paus.", "tre mot sex efter två mot två i paus"),
    ("– 1–4 efter 0–3 vid halvtid, det var tungt.", "Ett mot fyra efter noll mot tre"),
    # a score in half points after a sports word ("vann med 6,5–1,5" was "till")
    ("Schackklubben vann med 5,5–2,5 mot Lund.", "fem komma fem"),
    ("Bowlarna förlorade 2,5–5,5 på hemmaplan.", "två komma fem mot fem komma fem"),
]

SCORE_GUARDS = [
    ("Hon vann 1,5–2,5 kilo godis.", "ett komma fem till två komma fem kilo"),
    ("Vattnet steg 0,5–1,5 meter.", "noll komma fem till en komma fem meter"),
    ("Kursen kostar 3–4 efter 12 i paus.", "tre till fyra"),
]


@pytest.mark.parametrize(("text", "want"), SCORE_CASES + SCORE_GUARDS)
def test_score(text: str, want: str) -> None:
    got = normalize(text)
    assert want in got, f"{text!r} -> {got!r}"


GENITIVE_CASES = [
    # months written short before the thing they measure are a genitive ("2 mån. hyra" was "två månader hyra")
    ("Hyresvärden kräver 3 mån. hyra i deposition.", "tre månaders hyra"),
    ("Han fick 6 mån. lön när han slutade.", "sex månaders lön"),
    ("Hon har rätt till 1 mån. ersättning efter olyckan.", "en månads ersättning"),
]

GENITIVE_GUARDS = [
    ("Hon bodde 2 mån. i Spanien.", "två månader i Spanien"),
    ("Valpen är 4 mån. gammal.", "fyra månader gammal"),
]


@pytest.mark.parametrize(("text", "want"), GENITIVE_CASES + GENITIVE_GUARDS)
def test_genitive(text: str, want: str) -> None:
    got = normalize(text)
    assert want in got, f"{text!r} -> {got!r}"


EVENT_DATE_CASES = [
    # an event in the definite form, "d/m" and a verb: a date ("Mötet 3/6 hålls" was "tre sjättedelar")
    ("Årsmötet 7/4 hålls i bygdegården.", "Årsmötet sjunde april hålls"),
    ("Loppet 2/9 körs trots regnet.", "Loppet andra september körs"),
    ("Prognosen för 3/5 visar sol.", "för tredje maj visar"),
]

EVENT_DATE_GUARDS = [
    ("Drygt 2/3 svarar ja i enkäten.", "två tredjedelar svarar"),
    ("Andelen 1/4 minskar stadigt.", "en fjärdedel minskar"),
]


@pytest.mark.parametrize(("text", "want"), EVENT_DATE_CASES + EVENT_DATE_GUARDS)
def test_event_date(text: str, want: str) -> None:
    got = normalize(text)
    assert want in got, f"{text!r} -> {got!r}"
