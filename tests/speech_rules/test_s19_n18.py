"""Session 19 round 5 (N18, normalize59's court, council and sports desks), written after each fix on new sentences:
a court's yearbook in capitals that is also a word before "<year>:<number>" ("MIG 2021:18" is no pronoun "mig");
a count of times "N x" before a word in small letters ("sålde 5 x guld", "4 x i rad"); a compass place written short
with its stop after "och" or a comma when a compass place read so stands right before ("i S. Vram och N. Sandby");
three or four capitals glued at a word's end ("ChatGPT", "NordVPN": the word said, the capitals spelled); a capital
"M" after a number in a sentence of sailing ("seglade 412 M": nautical miles)."""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.admin import references
from audiocast.speech.rules.capital_tails import capital_tails
from audiocast.speech.rules.compass_places import compass_places
from audiocast.speech.rules.nautical import nautical_miles
from audiocast.speech.rules.symbols import symbols

from . import check


def test_a_courts_yearbook_in_capitals() -> None:
    _in = [
        "Kammarrätten lutade sig mot MIG 2021:18.",
        "I RH 2017:62 prövades frågan.",
        "Se PMÖD 2019:11 och FÖD 2012:4.",
        "MD 2015:9 gäller fortfarande.",
        "Han hänvisade till mig 2021.",  # guard: the pronoun in small letters
        "MIG-svetsning kräver gas.",  # guard: no year and number after it
    ]
    _out = [
        "Kammarrätten lutade sig mot emm i ge tvåtusentjugoett kolon arton.",
        "I ärr hå tvåtusensjutton kolon sextiotvå prövades frågan.",
        "Se pe emm ö de tvåtusennitton kolon elva och eff ö de tvåtusentolv kolon fyra.",
        "emm de tvåtusenfemton kolon nio gäller fortfarande.",
        "Han hänvisade till mig 2021.",
        "MIG-svetsning kräver gas.",
    ]
    check(references, _in, _out)


def test_a_count_of_times_before_a_word() -> None:
    _in = [
        "Bandet har sålt 5 x guld i Norge.",
        "Laget vann serien 4 x i rad.",
        "Hon tog 2 × silver.",
        "Spela 3 x 20 minuter.",
        "Koden är AX x 4.",  # guard: no count before the sign
        "Modell 3x platina",  # guard: the sign glued to the number and no space
    ]
    _out = [
        "Bandet har sålt 5 gånger guld i Norge.",
        "Laget vann serien 4 gånger i rad.",
        "Hon tog 2 gånger silver.",
        "Spela 3 gånger 20 minuter.",
        "Koden är AX x 4.",
        "Modell 3x platina",
    ]
    check(symbols, _in, _out)


def test_a_compass_place_after_a_link_to_another() -> None:
    _in = [
        "Tävlingen hålls i S. Vram och N. Sandby.",
        "Byskolorna i V. Tunhem och Ö. Sönnarslöv stängs.",
        "Marken i Ö. Karup, V. Vram och S. Rörum såldes.",
        "Priser till E. Lind, S. Holm och V. Berg.",  # guard: initials, no compass place before
        "Bosse Ek och N. Svensson vann.",  # guard: a name before the link
        "Hon flyttade till V. Karlsson och S. Berg.",  # guard: the first is an initial before a surname
    ]
    _out = [
        "Tävlingen hålls i Södra Vram och Norra Sandby.",
        "Byskolorna i Västra Tunhem och Östra Sönnarslöv stängs.",
        "Marken i Östra Karup, Västra Vram och Södra Rörum såldes.",
        "Priser till E. Lind, S. Holm och V. Berg.",
        "Bosse Ek och N. Svensson vann.",
        "Hon flyttade till V. Karlsson och S. Berg.",
    ]
    check(compass_places, _in, _out)


def test_the_whole_line() -> None:
    assert normalize("Skolorna i N. Vram och S. Sandby slås ihop, enligt MIG 2020:4.") == (
        "Skolorna i Norra Vram och Södra Sandby slås ihop, enligt emm i ge tvåtusentjugo kolon fyra."
    )


def test_capitals_glued_at_a_words_end() -> None:
    _in = [
        "Eleverna frågar ChatGPT om läxan.",
        "Hon surfar via NordVPN hemma.",
        "ChatGPT:s svar var fel.",
        "Ett ChatGPT-liknande verktyg",
        "BolIC vann hemma.",  # guard: a club's two letters glued to its name
        "LinkedIn och YouTube",  # guard: a small letter ends the word
        "McDONALDS stänger.",  # guard: one small letter before the capitals
        "Snittet RevPAR steg i juli.",  # guard: capitals with a vowel may be said with the word
        "SkövdeIBK tog poängen.",  # left as before: a vowel among the capitals
        "Appen TrackSMS kostar inget.",  # consonants only: spelled
    ]
    _out = [
        "Eleverna frågar Chat ge pe te om läxan.",
        "Hon surfar via Nord ve pe enn hemma.",
        "Chat ge pe te:s svar var fel.",
        "Ett Chat ge pe te-liknande verktyg",
        "BolIC vann hemma.",
        "LinkedIn och YouTube",
        "McDONALDS stänger.",
        "Snittet RevPAR steg i juli.",
        "SkövdeIBK tog poängen.",
        "Appen Track ess emm ess kostar inget.",
    ]
    check(capital_tails, _in, _out)


def test_nautical_miles_after_a_word_of_sailing() -> None:
    _in = [
        "Vinnaren seglade 412 M på två dygn.",
        "Distansen i kappseglingen är 1 150 M.",
        "Regattan gick över 95 M, i hård vind.",
        "Båten seglade vidare. Hon köpte en jacka i storlek 40 M.",  # guard: another sentence
        "Båten kostade 3 M.",  # guard: no word of sailing
    ]
    _out = [
        "Vinnaren seglade 412 nautiska mil på två dygn.",
        "Distansen i kappseglingen är 1 150 nautiska mil.",
        "Regattan gick över 95 nautiska mil, i hård vind.",
        "Båten seglade vidare. Hon köpte en jacka i storlek 40 M.",
        "Båten kostade 3 M.",
    ]
    check(nautical_miles, _in, _out)
