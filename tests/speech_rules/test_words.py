"""``audiocast.speech.rules.words``: "f." (född), party letters, acronyms, abbreviations.

One ``_in``/``_out`` table per rule (after gTTS's tokenizer tests): each rule
alone, on the written form, as it reads it today.
"""

from __future__ import annotations

from audiocast.speech.rules.words import abbreviations, acronyms, born, parties

from . import check


def test_born() -> None:
    _in = [
        "Anna Berg, f. 1952, har avlidit.",
        "f. d. rektor",
        "F. 1952 i Tumba.",
        "f. den 3 maj",
    ]
    _out = [
        "Anna Berg, född 1952, har avlidit.",
        "f. d. rektor",
        "Född 1952 i Tumba.",
        "född den 3 maj",
    ]
    check(born, _in, _out)


def test_parties() -> None:
    _in = [
        "Anna Ek (S) säger",
        "S, M och KD",
        "S-ledda kommuner",
        "Anna Ek (kd)",
        "C-uppsats",
    ]
    _out = [
        "Anna Ek, socialdemokrat, säger",
        "ess, emm och kå de",
        "ess-ledda kommuner",
        "Anna Ek, kristdemokrat,",
        "ce-uppsats",
    ]
    check(parties, _in, _out)


def test_acronyms() -> None:
    _in = [
        "SVT",
        "SVT:s",
        "MVP",
        "SMHI",
        "AIK",
        "EU",
        "NATO",
        "IKEA",
        "EU-kommissionen",
        "I Tumba",
        "TÅGET STOPPADES VID TUMBA",
        "ABBA:s",
        "XYZ",
        "LKAB-gruvan",
    ]
    _out = [
        "ess ve te",
        "ess ve tes",
        "emm ve pe",
        "ess emm hå i",
        "a i kå",
        "e u",
        "Nato",
        "Ikea",
        "e u kommissionen",
        "I Tumba",
        "tåget stoppades vid tumba",
        "Abbas",
        "ex y säta",
        "ell kå a be gruvan",
    ]
    check(acronyms, _in, _out)


def test_abbreviations() -> None:
    _in = [
        "t.ex. så",
        "bl.a. Anna",
        "m.fl.",
        "osv.",
        "fr.o.m. i dag",
        "t.o.m. maj",
        "en s.k. plats",
        "dvs. nu",
        "ca 5",
        "S:t Eriksgatan",
        "p.g.a. is",
        "tel. 08",
        "nr 5",
        "ev. ändringar",
        "kan ev. flyttas",
        "för ev. skador",
        "Ev. avgift",
        "ett s.k. nätverk",
        "den s.k. planen",
        "Det gäller bl.a.",
    ]
    _out = [
        "till exempel så",
        "bland annat Anna",
        "med flera.",
        "och så vidare.",
        "från och med i dag",
        "till och med maj",
        "en så kallad plats",
        "det vill säga nu",
        "cirka 5",
        "Sankt Eriksgatan",
        "på grund av is",
        "telefon 08",
        "nummer 5",
        "eventuella ändringar",
        "kan eventuellt flyttas",
        "för eventuella skador",
        "Eventuell avgift",
        "ett så kallat nätverk",
        "den så kallade planen",
        "Det gäller bland annat",
    ]
    check(abbreviations, _in, _out)
