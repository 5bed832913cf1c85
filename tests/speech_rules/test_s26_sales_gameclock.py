"""Session 26, from normalize79 (blind to its before figure, then read): a property designation in a line of the
sales list whose buyer follows "till" and whose price closes it after a comma ("Odensala 3:127, Per Olsson till Anna
och Erik Lind, 3 450 000 kr": it was "tre: ett två sju", and "12:45" a clock time); minutes and seconds before a
part of a match ("efter 2.14 av övertiden", "på 4.32 i andra perioden") are the game clock. Written after the fixes,
with other sentences; the guards: a timetable's time before a destination and a fare, "förlängningen av" a line."""

from __future__ import annotations

from audiocast.speech import normalize


def test_a_designation_in_a_sales_line_with_a_buyer_and_a_price() -> None:
    assert normalize("Ljusdal, Tallåsen 4:212, Karin Ek till Johan och Maria Berg, 1 850 000 kr.") == (
        "Ljusdal, Tallåsen fyra kolon tvåhundratolv, Karin Ek till Johan och Maria Berg, "
        "en miljon åttahundrafemtiotusen kronor.")
    assert normalize("Bollnäs, Kilafors 10:15, Anna Holm till Bollnäs Bostäder AB, 2 400 000 kr.") == (
        "Bollnäs, Kilafors tio kolon femton, Anna Holm till Bollnäs Bostäder a be, två miljoner fyrahundratusen kronor.")


def test_a_timetables_time_before_a_fare_stays_a_time() -> None:
    assert normalize("Bussen går från Ljusdal 10:15 till Järvsö, en enkel biljett kostar 45 kr.") == (
        "Bussen går från Ljusdal tio och femton till Järvsö, en enkel biljett kostar fyrtiofem kronor.")


def test_the_game_clock_in_a_part_of_the_match() -> None:
    assert normalize("Brynäs kvitterade efter 1.47 i tredje perioden.") == (
        "Brynäs kvitterade efter en minut och fyrtiosju sekunder i tredje perioden.")
    assert normalize("Segermålet kom efter 3.21 av förlängningen.") == (
        "Segermålet kom efter tre minuter och tjugoett sekunder av förlängningen.")
    assert normalize("Avgörandet kom efter 1.12 i sudden death.") == (
        "Avgörandet kom efter en minut och tolv sekunder i sudden death.")  # every part of GAME_PARTS passes the gate


def test_an_extension_of_a_line_is_no_part_of_a_match() -> None:
    assert normalize("Spårvagnen går 11.05 i förlängningen av linjen.") == (
        "Spårvagnen går elva noll fem i förlängningen av linjen.")


def test_four_capitals_and_a_number_before_a_compounds_hyphen() -> None:
    """From normalize79 ("OMXS30-index" was "o emm eks ess trettio -index", a stray space before the hyphen)."""
    assert normalize("FTSE100-indexet föll 0,8 procent.") == "eff te ess e hundra-indexet föll noll komma åtta procent."

