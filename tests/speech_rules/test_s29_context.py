"""Session 29, from normalize89 (scored blind at the session's start, then read) and normalize90 (held out to the end, then read: a year after "på platsen", "h.c."): a vote's pair before a
preposition ("röstsiffrorna 35–26 enligt § 14" kept its dash: the word after the pair was taken for what it counts),
a clipped noun that is a whole word closing the sentence ("och 3 pass." was "passagerare"), and a royal style standing
for the royal with no title after it ("och H.K.H. kommer" was spelled "hå kå hå"). Written after the fixes, with other
sentences; the guards beside each."""

from __future__ import annotations

from audiocast.speech import normalize


def test_a_vote_before_a_preposition_or_a_conjunction() -> None:
    assert normalize("Motionen avslogs med röstsiffrorna 29–22 utan debatt.") == (
        "Motionen avslogs med röstsiffrorna tjugonio mot tjugotvå utan debatt.")
    assert normalize("Budgeten antogs med röstsiffrorna 41–30 inom den borgerliga majoriteten.") == (
        "Budgeten antogs med röstsiffrorna fyrtioett mot trettio inom den borgerliga majoriteten.")


def test_a_range_before_its_counted_noun_stays_a_range() -> None:
    assert normalize("Omröstningen väntas samla 20–30 ledamöter.") == (
        "Omröstningen väntas samla tjugo till trettio ledamöter.")


def test_a_clipped_noun_that_is_a_word_closing_the_sentence_is_the_word() -> None:
    assert normalize("Tullen beslagtog två körkort och 5 pass.") == "Tullen beslagtog två körkort och fem pass."


def test_a_clipped_noun_inside_the_sentence_is_still_read_out() -> None:
    assert normalize("Färjan hade 112 pass. ombord vid olyckan.") == (
        "Färjan hade hundratolv passagerare ombord vid olyckan.")


def test_a_royal_style_standing_for_the_royal() -> None:
    assert normalize("Prinsessan Estelle fyller år, och H.K.H. firas med kanonsalut.") == (
        "Prinsessan Estelle fyller år, och Hennes Kungliga Höghet firas med kanonsalut.")
    assert normalize("Kungen öppnade riksmötet, där H.M. höll ett kort tal.") == (
        "Kungen öppnade riksmötet, där Hans Majestät höll ett kort tal.")


def test_a_royal_style_before_a_title_follows_the_title() -> None:
    assert normalize("Drottningen kom först, sedan anlände H.K.H. Prins Carl Philip.") == (
        "Drottningen kom först, sedan anlände Hans Kungliga Höghet Prins Carl Philip.")
    assert normalize("Efter talet hälsade H.M. Drottningen på eleverna.") == (
        "Efter talet hälsade Hennes Majestät Drottningen på eleverna.")


def test_a_year_after_on_the_spot_is_a_year() -> None:
    # from normalize90 (held out to the session's end, then read): "på platsen 1927" was read as an identifier
    assert normalize("Ett minnesmärke sattes upp på platsen 1932 av hembygdsföreningen.") == (
        "Ett minnesmärke sattes upp på platsen nittonhundratrettiotvå av hembygdsföreningen.")


def test_a_place_number_after_its_label_stays_an_identifier() -> None:
    assert normalize("Bilen står på plats 1108 i garaget.") == "Bilen står på plats elva noll åtta i garaget."


def test_an_honorary_degree() -> None:
    assert normalize("Teol. dr h.c. Maria Lund föreläser i kyrkan.") == (
        "Teologie doktor honoris causa Maria Lund föreläser i kyrkan.")
