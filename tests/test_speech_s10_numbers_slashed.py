"""Session 10, S1 (spans and sets joined by a slash): "skift 06–14/14–22" was "sex till fjorton
fjorton –tjugotvå" and "6–4/3–6/7–5" a pair of dates; two rising spans joined by a slash are two
spans ("sex till fjorton och fjorton till tjugotvå"), pairs that do not all rise a match's sets
("sex mot fyra, tre mot sex, sju mot fem"). listings.slashed_pairs. Sentences written after the fix. Guards:
a span before a slash date, prices with slashes, a range of days before one date.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Vi söker undersköterskor till dag- och kvällspass 07–16/13–22.", "sju till sexton och tretton till tjugotvå"),
    ("Simhallen har öppet 6.30–9/16–20 under sportlovet.", "sex trettio till nio och sexton till tjugo"),
    ("Lägret är för barn 7–9/10–13 år.", "sju till nio och tio till tretton år"),
    ("Padel, final: Lind/Ek vann 6–3/4–6/6–2.", "sex tre, fyra sex, sex två"),
])
def test_slashed_pairs(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Stängt 24–26/12 i år.", "tjugofjärde till tjugosjätte december"),
    ("Entré 100/50 kr för vuxna och barn.", "hundra respektive femtio kronor"),
    ("Tennis: Ek vann 6–4, 3–6, 7–5.", "sex mot fyra, tre mot sex, sju mot fem"),
    ("Öppet 10–16 den 3/5.", "tio till sexton den tredje maj"),
])
def test_slashed_pairs_guards(text: str, want: str) -> None:
    assert want in normalize(text)


# Clock times joined by slashes ("Dune 18:00/21:15" dropped the slash: "arton tjugoett femton");
# listings._SLASHED_TIMES. Written after the fix, with a guard (a price per a unit).
@pytest.mark.parametrize(("text", "want"), [
    ("Filmstaden: Gladiator II 17:45/20:50, Vaiana 2 13:00.", "sjutton fyrtiofem och tjugo femtio"),
    ("Sagostund 10.00/11.30 på biblioteket.", "tio och elva trettio"),
    ("Guidade turer 12.00/14.00/16.00 hela sommaren.", "tolv, fjorton och sexton"),
    ("Lösvikt 12.50/kg i butiken.", "per kilo"),
])
def test_slashed_times(text: str, want: str) -> None:
    assert want in normalize(text)
