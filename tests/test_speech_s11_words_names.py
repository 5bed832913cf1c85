"""Session 11 (S2, words, third round): a match's crowd and keeper, where a
person comes from, initials with no surname, a law's chapter ending the line,
emoji after "av". Each table was written after its fix, with other wordings
than the sentences that showed the miss; guards keep their old reading."""

from __future__ import annotations

from audiocast.speech import normalize


def check_line(_in: list[str], _out: list[str]) -> None:
    """The whole normalizer on each line."""
    assert len(_in) == len(_out), "the two columns differ in length"
    for text, want in zip(_in, _out, strict=True):
        assert normalize(text) == want, text


def test_a_matchs_crowd_and_keeper() -> None:
    # guard: "publ." before a date is "publicerad"
    check_line(["Publ.: 1 245. Domare: Eva Lund.", "Publ. 630, matchen spelades i regn.",
                "Artikeln publ. 2024-11-02.", "Reserver: Lind, Holm (mv), Ek."],
               ["Publik: tusentvåhundrafyrtiofem. Domare: Eva Lund.", "Publik sexhundratrettio, matchen spelades i regn.",
                "Artikeln publicerad den andra november tvåtusentjugofyra.", "Reserver: Lind, Holm (målvakt), Ek."])


def test_fr_after_a_person_is_where_they_come_from() -> None:
    # guard: before a surname alone it is left (the wife's "fru")
    check_line(["Olyckan: en 52-årig kvinna fr. Ydre fördes till sjukhus.", "Hälsning från fr. Lindqvist i Horn."],
               ["Olyckan: en femtiotvåårig kvinna från Ydre fördes till sjukhus.",
                "Hälsning från fr. Lindqvist i Horn."])


def test_a_chapter_ending_the_line_keeps_the_stop() -> None:
    # guard: chapters counted
    check_line(["Domen grundas på BrB 4 kap.", "Kursboken har 14 kap."],
               ["Domen grundas på brottsbalken fjärde kapitlet.", "Kursboken har fjorton kapitel."])


def test_initials_without_a_surname_and_a_surnames_initial() -> None:
    check_line(["Svar till M.K. i Rimforsa: Tack för frågan.", "Kalle L. vann tävlingen.",
                "Karin J. och Per L. tog silver.", "Videon möttes av 👏👏👏."],
               ["Svar till emm kå i Rimforsa: Tack för frågan.", "Kalle ell vann tävlingen.",
                "Karin ji och Per ell tog silver.", "Videon möttes av applåder."])


def test_fr_after_a_distance_before_a_place_is_from() -> None:
    # guard: a stroke after the distance before a time
    check_line(["Bastun ligger 20 m fr. bryggan.", "Hon simmade 50 m fr. på 27,9."],
               ["Bastun ligger tjugo meter från bryggan.", "Hon simmade femtio meter frisim på tjugosju komma nio."])


def test_one_person_of_two_titles_and_vard_before_a_name() -> None:
    check_line(["Föreningen söker en kassör/sekreterare.", "Vi söker en lärare/fritidsledare till hösten.",
                "Bron är vard. kallad Gröna bron."],
               ["Föreningen söker en kassör eller sekreterare.", "Vi söker en lärare eller fritidsledare till hösten.",
                "Bron är vardagligt kallad Gröna bron."])


def test_m_before_a_maker_in_an_ad_for_sale_is_med() -> None:
    # guard: metres ending a sentence outside an ad
    check_line(["Säljes: Snöskoter Lynx 600 m. Kamrem 2 st.", "Tomten är 200 m. Alla 3 hus är nya.",
                "Hr talman, jag yrkar bifall."],
               ["Säljes: Snöskoter Lynx sexhundra med Kamrem två stycken.", "Tomten är tvåhundra meter. Alla tre hus är nya.",
                "Herr talman, jag yrkar bifall."])


def test_a_bands_orchestra_and_initials_ending_the_line() -> None:
    # guard: "ork" the word (strength) after no name
    check_line(["Dans till Sven-Ingvars ork. Entré 120 kr.", "Jag har ingen ork kvar.", "Hon flyttade till L.A."],
               ["Dans till Sven-Ingvars orkester. Entré hundratjugo kronor.", "Jag har ingen ork kvar.",
                "Hon flyttade till ell a."])


def test_a_single_capital_after_a_short_forms_hyphen_is_a_letter() -> None:
    # guard: two party letters stay the parties' list
    check_line(["Telefonen laddas med USB-C.", "Köp en kabel med typ-C.", "S-V-regeringen föll."],
               ["Telefonen laddas med u ess be-ce.", "Köp en kabel med typ-ce.", "ess ve-regeringen föll."])
