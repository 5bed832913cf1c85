"""Session 17: phone numbers in the grouped reading (``contact.say_phone``),
written after the switch on new numbers: "noll" and the area code as a
number, a comma, each written group as a number, a group opening with a
zero digit by digit; a phone's shape after a case label left to the phone
rule; the European helplines digit by digit; a country code kept whole.
"""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.contact import phone_numbers, say_group

from . import check


def test_phone_numbers_grouped() -> None:
    _in = [
        "Ring 0240-312 77 vid frågor.",
        "Mobil 076-908 21 05",
        "Tfn 0381-60 08 44",
        "Ring 0712345678 i kväll.",
        "på +46 40 318 22 19",
        "ring 0046 31 870 07 65",
        "Ring 116 117 för jourhavande läkare.",
        "Ring 113 13.",
        "ringde 400 gånger",
    ]
    _out = [
        "Ring noll två fyra noll trehundratolv sjuttiosju vid frågor.",
        "Mobil noll sjuttiosex niohundraåtta tjugoett noll fem",
        "Tfn noll tre åtta ett sextio noll åtta fyrtiofyra",
        "Ring noll sjuttioett tvåhundratrettiofyra femtiosex sjuttioåtta i kväll.",
        "på plus fyrtiosex fyrtio trehundraarton tjugotvå nitton",
        "ring noll noll fyrtiosex trettioett åttahundrasjuttio noll sju sextiofem",
        "Ring ett ett sex ett ett sju för jourhavande läkare.",
        "Ring ett ett tre ett tre.",
        "ringde 400 gånger",
    ]
    check(phone_numbers, _in, _out)


def test_say_group() -> None:
    _in = ["100", "909", "06", "00", "2010", "7"]
    _out = ["hundra", "niohundranio", "noll sex", "noll noll", "tjugo tio", "sju"]
    assert [say_group(g) for g in _in] == _out


def test_phone_after_a_case_label_and_a_country_code_alone() -> None:
    _in = [
        "Bokningsnummer: 0586-72 10 90.",
        "Samtal från +47 22 kan vara bedrägerier.",
        "Ärende 0912-45 gäller bygglov.",
    ]
    _out = [
        "Bokningsnummer: noll fem åtta sex sjuttiotvå tio nittio.",
        "Samtal från plus fyrtiosju tjugotvå kan vara bedrägerier.",
        "Ärende noll nio ett två streck fyrtiofem gäller bygglov.",
    ]
    assert [normalize(t) for t in _in] == _out
