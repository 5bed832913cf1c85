"""Two clock times with minutes joined by "och" are said compact: the minutes' own "och" would run into the
conjunction ("tolv och tretton och femton"), and the listener could not take the times apart.
Sentences written after the fix (calendar.clock_times, _CHAINED_TIMES); guards keep one time's "och"."""

import pytest

from audiocast.speech import normalize

CHAINED = [
    ("Receptionen har öppet 8.15–11.45 och 12.30–15.50 på vardagar.",
     "åtta femton till elva fyrtiofem och tolv trettio till femton femtio"),
    ("Simhallen har familjebad kl. 9.30–11.00 och 13.20–15.00.",
     "klockan nio trettio till elva och tretton tjugo till femton"),
    # (a list of two times: each with its own "och" since session 64, the writers' 14 lists to 3)
    ("Tåget avgår 06.40 och 17.25 från Gävle.", "sex och fyrtio och sjutton och tjugofem från Gävle"),
    ("Föreställningen visas kl. 14.30 och kl. 19.15 på lördag.",
     "klockan fjorton trettio och klockan nitton femton"),
]

ONE_TIME = [
    ("Mötet börjar kl. 18.30 och pågår till sent.", "klockan arton och trettio och pågår"),
    ("Bussen går 7.45 och tar en kvart till skolan.", "sju och fyrtiofem och tar"),
    ("Kl. 10.15 och fem minuter senare kom polisen.", "Klockan tio och femton och fem minuter"),
]


@pytest.mark.parametrize(("written", "said"), CHAINED)
def test_times_joined_by_och_are_compact(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(("written", "said"), ONE_TIME)
def test_one_time_keeps_its_och(written: str, said: str) -> None:
    assert said in normalize(written)
