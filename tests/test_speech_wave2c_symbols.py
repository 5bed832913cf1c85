"""Wave 2c (issue #10), by class: fractions and signs read from the words
around them. Each class was tried on sentences written before the fix; the
cases here were written after it, with guards."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "said"), [
    # a fraction of how far a thing has come: the plural, not a genitive
    ("Vägen är till ¾ asfalterad och till ⅔ belagd.",
     "Vägen är till tre fjärdedelar asfalterad och till två tredjedelar belagd."),
    ("Parkeringen var till ¾ full vid lunch.", "Parkeringen var till tre fjärdedelar full vid lunch."),
    ("Föreställningen är till ½ såld.", "Föreställningen är till hälften såld."),
    ("Hallen är ½ färdig.", "Hallen är halvt färdig."),
    # guards: before a noun the part is a genitive, before a unit the unit's
    ("Tillsätt ¾ kopp mjölk.", "Tillsätt tre fjärdedels kopp mjölk."),
    ("Lånet steg till ½ miljon.", "Lånet steg till en halv miljon."),
])
def test_fraction_of_a_degree(text: str, said: str) -> None:
    assert normalize(text) == said


@pytest.mark.parametrize(("text", "said"), [
    ("Han beställde en ½-liter lättöl.", "Han beställde en halvliter lättöl."),
    ("Laget gick till ¼-final.", "Laget gick till kvartsfinal."),
    ("En blus med ¾-ärm.", "En blus med trekvartsärm."),
    # guard: a fraction with a space before its noun
    ("Vi väntade ½ timme.", "Vi väntade en halv timme."),
])
def test_fraction_heads_a_compound(text: str, said: str) -> None:
    assert normalize(text) == said


@pytest.mark.parametrize(("text", "said"), [
    ("Är 5 + 5 = 11? Knappast.", "Är fem plus fem lika med elva? Knappast."),
    ("Är 20 − 8 = 12? Ja.", "Är tjugo minus åtta lika med tolv? Ja."),
    ("Räknar du 9 − 3 får du sex.", "Räknar du nio minus tre får du sex."),
    # guards: no question before the sign, a dash between numbers
    ("Eleven skrev att 4 + 4 = 8.", "Eleven skrev att fyra plus fyra är lika med åtta."),
    ("Matchen slutade 3–1.", "Matchen slutade tre mot ett."),
])
def test_sums_in_a_question(text: str, said: str) -> None:
    assert normalize(text) == said


@pytest.mark.parametrize(("text", "said"), [
    # a heart between the subject opening a sentence and what is loved is the verb
    ("Vi ❤️ Sundsvall!", "Vi älskar Sundsvall!"),
    ("Jag ❤ fredagsmys.", "Jag älskar fredagsmys."),
    ("Skylten säger: Alla ♥ Skellefteå.", "Skylten säger: Alla älskar Skellefteå."),
    # guards: a heart ending a greeting, a heart as the noun written
    ("Tack alla ❤️ Vi hörs!", "Tack alla. Vi hörs!"),  # (session 49: emoji between two sentences the first one's stop)
    ("Fansen skrev ❤️ i kommentarerna.", "Fansen skrev ett hjärta i kommentarerna."),
])
def test_heart_as_a_verb(text: str, said: str) -> None:
    assert normalize(text) == said


@pytest.mark.parametrize(("text", "said"), [
    # a spaced "@" between words is the place
    ("Quiz varje tisdag @ Stadshotellet.", "Quiz varje tisdag på Stadshotellet."),
    ("Releasefest 20.00 @ Gamla bryggeriet.", "Releasefest tjugo på Gamla bryggeriet."),
    ("Loppis i helgen @ Folkets park.", "Loppis i helgen på Folkets park."),
    # guards: a handle and an address keep "snabel-a"
    ("Tagga @gavlekommun i inlägget.", "Tagga snabel-a gavlekommun i inlägget."),
    ("Skriv till kundtjanst@ek.se.", "Skriv till kundtjanst snabel-a ek punkt se."),
])
def test_at_sign_as_a_place(text: str, said: str) -> None:
    assert normalize(text) == said
