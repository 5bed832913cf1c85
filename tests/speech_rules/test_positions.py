"""``audiocast.speech.rules.definite_shorts``, ``clipped_places``, ``noun_slashes`` and ``acronym_context``: short
forms read by their place in the sentence, a slash between two nouns or names, acronyms read from their neighbours
(session 16; cases written after the fixes, with other words, places and numbers than the sentences studied)."""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.acronym_context import acronym_context
from audiocast.speech.rules.clipped_places import clipped_places, clipped_unit_stops
from audiocast.speech.rules.definite_shorts import definite_shorts, definite_units
from audiocast.speech.rules.noun_slashes import noun_slashes

from . import check


def test_definite_shorts() -> None:
    _in = [
        "Eftersom TR ogillade åtalet släpptes han.",
        "Förf. konstaterade att boken blev försenad.",
        "Bussen stannar utanför stn. i Tumba",
        "Hon jobbar på VC Björkhagen sedan i höstas",
        "Målet avgjordes i TR förra veckan",
        "Sekr. har skickat ut kallelsen.",
        "Ring TR:en i morgon",
        # guards: after a name, before a name, before no verb, a post and who holds it, no preposition
        "Domen från Solna TR överklagas",
        "Recension av förf. Eva Berg",
        "TR 2019 sid 4",
        "Ordf. Anna Ek; sekr. är Per Lind",
        "Ny stn planeras",
    ]
    _out = [
        "Eftersom tingsrätten ogillade åtalet släpptes han.",
        "Författaren konstaterade att boken blev försenad.",
        "Bussen stannar utanför stationen i Tumba",
        "Hon jobbar på vårdcentralen Björkhagen sedan i höstas",
        "Målet avgjordes i tingsrätten förra veckan",
        "Sekreteraren har skickat ut kallelsen.",
        "Ring tingsrätten i morgon",
        "Domen från Solna TR överklagas",
        "Recension av förf. Eva Berg",
        "TR 2019 sid 4",
        "Ordf. Anna Ek; sekr. är Per Lind",
        "Ny stn planeras",
    ]
    check(definite_shorts, _in, _out)


def test_definite_units() -> None:
    _in = [
        "vinnaren cyklade de tjugo kilometer på en timme",
        "på de fem kilometer av loppet",
        "Anna Lind sprang de tre komma fem kilometer",
        "av de tvåhundra kronor",
        # guards: "de" as who ran, after a clause's first adverb, a relative clause after, or no unit
        "sedan sprang de fem kilometer",
        "under de tio minuter det tar",
        "av de tvåhundra kronor hon fick",
        "hon sa att de tio kilometer var långa",
        "de tre bilarna",
    ]
    _out = [
        "vinnaren cyklade de tjugo kilometerna på en timme",
        "på de fem kilometerna av loppet",
        "Anna Lind sprang de tre komma fem kilometerna",
        "av de tvåhundra kronorna",
        "sedan sprang de fem kilometer",
        "under de tio minuter det tar",
        "av de tvåhundra kronor hon fick",
        "hon sa att de tio kilometer var långa",
        "de tre bilarna",
    ]
    check(definite_units, _in, _out)


def test_clipped_places() -> None:
    _in = [
        "Stuga uthyres, möbl. tretusen kronor i veckan",
        "Volvo V70, nyrenov. fyrtiotusen kronor",
        "Snön föll mest under feb, enligt SMHI",
        "Priset har stigit sedan okt och väntas stiga",
        "Bilen med norsk reg. EK fyrtiotvå fick böter",
        "Villa bj artonhundraåttio",
        "Leg. ska visas i kassan",
        "Svara eftr. klockan arton",
        "Städhjälp sökes tre f.m./v. i Kisa",
        # guards: no price after, "jan" after no preposition, no verb after "leg.", one afternoon
        "möbl. rum uthyres",
        "Tack till alla, jan och Eva",
        "Leg. sjuksköterska sökes",
        "Barnvakt en e.m./v.",
    ]
    _out = [
        "Stuga uthyres, möblerad. tretusen kronor i veckan",
        "Volvo V70, nyrenoverad. fyrtiotusen kronor",
        "Snön föll mest under februari, enligt SMHI",
        "Priset har stigit sedan oktober och väntas stiga",
        "Bilen med norsk registrering EK fyrtiotvå fick böter",
        "Villa byggår artonhundraåttio",
        "Legitimation ska visas i kassan",
        "Svara efter klockan arton",
        "Städhjälp sökes tre förmiddagar i veckan i Kisa",
        "möbl. rum uthyres",
        "Tack till alla, jan och Eva",
        "Leg. sjuksköterska sökes",
        "Barnvakt en eftermiddag i veckan.",
    ]
    check(clipped_places, _in, _out)


def test_clipped_unit_stops() -> None:
    _in = ["Pumpen tar 40 l/min. vid full fart", "Taxan är 300 kr/tim. Moms tillkommer."]
    _out = ["Pumpen tar 40 l/min vid full fart", "Taxan är 300 kr/tim. Moms tillkommer."]
    check(clipped_unit_stops, _in, _out)


def test_noun_slashes() -> None:
    _in = [
        "Källare med bastu/dusch och förråd",
        "Tvättstuga med TM/TT/torkskåp",
        "Söker villa i Tyresö/Haninge",
        "En jord/luft-värmepump installeras",
        # guards: a crew, streets meeting, a team after "mot", capitals that are no fittings
        "Rally: Berg/Lund vann",
        "Olycka på Storgatan/Kyrkvägen",
        "Mora mot Leksand/Rättvik",
        "TV/radio",
    ]
    _out = [
        "Källare med bastu och dusch och förråd",
        "Tvättstuga med tvättmaskin, torktumlare och torkskåp",
        "Söker villa i Tyresö eller Haninge",
        "En jord luft-värmepump installeras",
        "Rally: Berg/Lund vann",
        "Olycka på Storgatan/Kyrkvägen",
        "Mora mot Leksand/Rättvik",
        "TV/radio",
    ]
    check(noun_slashes, _in, _out)


def test_acronym_context() -> None:
    _in = [
        "Ärendet går till BUN au i april",
        "Enligt RS:s förslag ska vården flyttas",
        "ABS:s chef avgick",
        "Hon seglar OK-jollen i sommar",
        "Hockey: Leksand–Brynäs 3–1. Mål LEK: Berg 2, Ek. Mål BRY: Lind.",
        # guards: a word's genitive, "OK" as a word, a code with no place in the line
        "SÄS:s akut",
        "Det är OK-läge nu",
        "Mål XYZ: Berg",
    ]
    _out = [
        "Ärendet går till barn- och utbildningsnämndens arbetsutskott i april",
        "Enligt ärr esses förslag ska vården flyttas",
        "a be esses chef avgick",
        "Hon seglar o kå-jollen i sommar",
        "Hockey: Leksand–Brynäs 3–1. Mål Leksand: Berg 2, Ek. Mål Brynäs: Lind.",
        "SÄS:s akut",
        "Det är OK-läge nu",
        "Mål XYZ: Berg",
    ]
    check(acronym_context, _in, _out)


def test_whole_lines() -> None:
    """Through the whole pipeline: the stop of a short form before a dash in small letters, "KF." after "i",
    a noun's gender after "ev." and "s.k.", a capital vowel heading a compound, "VC" alone."""
    assert normalize("Vi köpte mjöl, socker etc. – allt på rea.") == (
        "Vi köpte mjöl, socker etcetera – allt på rea.")
    assert normalize("Ta med ev. metspö.") == "Ta med eventuellt metspö."
    assert normalize("Byn drabbades av en s.k. avfolkning.") == "Byn drabbades av en så kallad avfolkning."
    assert normalize("Det blev s.k. samordning, enligt rektorn.") == (
        "Det blev så kallad samordning, enligt rektorn.")
    assert normalize("Motionen lades fram i KF.") == "Motionen lades fram i kå eff."
    assert normalize("Efter Orsa Ark-festen i juni.") == "Efter Orsa Ark-festen i juni."
    assert normalize("Ett Ob-tillägg betalas.") == "Ett o be-tillägg betalas."  # one consonant: letters
    assert normalize("Ring din VC om du har feber.") == "Ring din vårdcentral om du har feber."
    assert normalize("Baka 20 min. – glasera sedan.") == "Baka tjugo minuter – glasera sedan."
