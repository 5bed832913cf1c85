"""More of the common clipped words a paper and its readers write with a stop (Språkrådet's list and a desk's own):
each is read as its word, and a word that is itself Swedish with the stop ("lekt.", "red.") is left alone; and a
duration's short "t" before its minutes ("1 t 20 min"), which is hours, never tons.

Every sentence here was written for these tests after the words were added (session 13).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("written", "spoken"), [
    ("Vägen är fortf. avstängd vid bron.", "Vägen är fortfarande avstängd vid bron."),
    ("Kedjan ökade sin oms. med 8 procent.", "Kedjan ökade sin omsättning med åtta procent."),
    ("Firman har 12 anst. i Kalix.", "Firman har tolv anställda i Kalix."),
    ("Rektorn är tjänstl. under våren.", "Rektorn är tjänstledig under våren."),
    ("Beg. Saab säljes billigt, årsm. 2009.", "Begagnad Saab säljes billigt, årsmodell tvåtusennio."),
    ("Hela proj. kostar 4 Mkr.", "Hela projektet kostar fyra miljoner kronor."),
    ("Kartan i fig. 2 visar sjön.", "Kartan i figur två visar sjön."),
    ("Mötet hålls vanl. på tisdagar.", "Mötet hålls vanligen på tisdagar."),
    ("Det kom närm. 300 besökare.", "Det kom närmare trehundra besökare."),
    ("Ny lägenh. i centrala Sthlm.", "Ny lägenhet i centrala Stockholm."),
    ("Verkst. dir. Ola Berg avgår.", "Verkställande direktör Ola Berg avgår."),
])
def test_common_clipped_words(written: str, spoken: str):
    assert normalize(written) == spoken


@pytest.mark.parametrize("written", [
    "Barnen har lekt.",  # "lekt" is a word: no "lektor"
    "Hon red.",  # "red" is a word: no "redaktör"
    "Han berättade om projektet i sin helhet.",
])
def test_words_of_their_own_stay(written: str):
    assert normalize(written) == written


@pytest.mark.parametrize(("written", "spoken"), [
    ("Färjan tar 2 t 10 min till Visby.", "Färjan tar två timmar tio minuter till Visby."),
    ("Loppet vanns på 1t 58 min.", "Loppet vanns på en timme femtioåtta minuter."),
])
def test_hours_before_minutes_are_no_tons(written: str, spoken: str):
    assert normalize(written) == spoken


def test_a_weight_in_tons_stays():
    assert normalize("Bilen lastade 4 t grus.") == "Bilen lastade fyra ton grus."


@pytest.mark.parametrize(("written", "spoken"), [
    ("Centern har gjort 112 poäng på 180 matcher.", "Centern har gjort hundratolv poäng på hundraåttio matcher."),
    ("Brandkåren fick 112 larm under sommaren.", "Brandkåren fick hundratolv larm under sommaren."),
    ("Anfallaren har 1177 starter i serien.", "Anfallaren har tusenetthundrasjuttiosju starter i serien."),
])
def test_a_service_numbers_digits_counting_something_are_a_count(written: str, spoken: str):
    assert normalize(written) == spoken


def test_the_emergency_number_stays_dialled():
    assert normalize("Ring 112 om det brinner.") == "Ring ett ett två om det brinner."
