"""Session 10, S1 (weekdays that stand together): two coordinated weekdays agree in number
("tis och tors 18–20.30" in a course was "tisdag och torsdagar", the second made every such
day by smallprint._every_day), and "mån" before a link and a weekday already said is Monday
("mån och ons 17–19, 8 ggr" left "mån" unread). weekdays.weekdays_alone. Sentences written
after the fix. Guards: "i viss mån", "i den mån", days that agree already, a range of days.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Nybörjarkurs i spanska, tis och tors 17.30–19, 12 ggr.", "tisdagar och torsdagar sjutton"),
    ("Vattengympa hela terminen: mån, ons och fre kl. 9–10.", "måndagar, onsdagar och fredagar klockan nio"),
    ("Kurs i svampkunskap: lör & sön 10–15, 2 ggr.", "lördagar och söndagar tio till femton"),
    ("Butiken har stängt mån och tis 27–28 jan.", "måndag och tisdag den tjugosjunde"),
])
def test_coordinated_weekdays_agree(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Det stämmer i viss mån och tisdagar är lugnast.", "i viss mån och tisdagar"),
    ("I den mån tisdagar passar går det bra.", "I den mån tisdagar"),
    ("Affären har öppet tis och ons kl. 10–14 i sommar.", "tisdag och onsdag klockan tio"),
    ("Kurs: tors–fre 9–16, 2 ggr.", "torsdag till fredag nio"),
])
def test_coordinated_weekdays_guards(text: str, want: str) -> None:
    assert want in normalize(text)


# "mån" after a word of when or a weekday and a link is Monday even closing the sentence ("igen
# mån." was left "mån"); weekdays._MONDAY_AFTER. Written after the fix, with guards.
@pytest.mark.parametrize(("text", "want"), [
    ("Badet stänger för reparation och öppnar igen mån.", "öppnar igen måndag."),
    ("Skicka in blanketten senast mån, tack.", "senast måndag, tack"),
    ("Bussen går ons eller mån beroende på väder.", "onsdag eller måndag beroende"),
    ("Vi hörs nästa mån!", "nästa måndag!"),
    ("Hon var i viss mån besviken.", "i viss mån besviken"),
    ("Han är mån om sitt rykte.", "mån om sitt"),
    ("Platser delas ut i mån av plats.", "i mån av plats"),
])
def test_monday_after_a_word_of_when(text: str, want: str) -> None:
    assert want in normalize(text)
