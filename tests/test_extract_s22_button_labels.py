"""Session 22, class 'a button's or link's label left kept at the foot of the text' (issue #9; buttonlabels.py): a
short line opening with an imperative of the reader's action ("Boka plats på kursen", "Se kursens schema") right over
the page's chrome was read as the article's last line. Fictional sites and labels written after the fix; guards keep
a subheading of the same form with its paragraph under it and the article's closing advice with a number."""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest.buttonlabels import is_button_label

_HEAD = "Sjöbygdens Nyheter\nNyheter\nEvenemang\nKanotklubben i Ormsjö startar nybörjarkurs i maj\n"
_LEAD = ("Ormsjö kanotklubb bjuder in till en nybörjarkurs i paddling i maj. Kursen är fyra kvällar och ingen "
         "förkunskap behövs.")
_P1 = ("Kursen hålls vid klubbstugan vid norra stranden, och klubben lånar ut kanoter, flytvästar och paddlar till "
       "alla deltagare. Det kostar 600 kronor.")
_P2 = ("– Vi vill att fler ska upptäcka sjön från vattnet. Det är lättare än många tror, säger kursledaren Henrik "
       "Ståhl.")
_CHROME = "Dela\nFacebook\nKopiera länk\nFler nyheter\n"
_FACTS = "Kursen i korthet\nDatum: 6, 8, 13 och 15 maj kl. 18–20\nPlats: Ormsjö kanotklubbs stuga\nPris: 600 kr"


def test_a_buttons_label_over_the_share_row_is_not_read() -> None:
    for label in ("Boka plats på kursen", "Se kursens schema", "Bli medlem i kanotklubben", "Ladda ner programmet"):
        dump = _HEAD + "\n".join([_LEAD, _P1, _P2, _FACTS, label]) + "\n" + _CHROME
        said = spoken_text(read_dump(dump))
        assert label not in said, label
        assert _P2 in said and "Plats: Ormsjö kanotklubbs stuga" in said


def test_the_label_form() -> None:
    assert is_button_label("Prenumerera på nyhetsbrevet")
    assert is_button_label("SWISHA EN GÅVA")
    assert not is_button_label("Boka plats senast 30 april.")  # a sentence
    assert not is_button_label("Ring 0590-123 45 för att boka")  # a number: the article's advice
    assert not is_button_label("Anmäl dig på ormsjokanot.se")  # an address
    assert not is_button_label("Kursen i maj")  # no imperative


# Guards: the signal must not fire here.

def test_a_subheading_of_the_same_form_over_its_paragraph_is_read() -> None:
    sub = "Boka i god tid"
    after = "Förra året blev kursen fullbokad på tre dagar, så klubben råder alla intresserade att höra av sig tidigt."
    dump = _HEAD + "\n".join([_LEAD, _P1, sub, after, _P2]) + "\n" + _CHROME
    said = spoken_text(read_dump(dump))
    assert sub in said and after in said


def test_the_articles_closing_advice_with_a_number_is_read() -> None:
    advice = "Ring 112 om någon hamnar i vattnet"
    dump = _HEAD + "\n".join([_LEAD, _P1, _P2, advice]) + "\n" + _CHROME
    assert advice in spoken_text(read_dump(dump))


def test_the_last_of_a_list_of_instructions_is_read() -> None:
    steps = "Så här hyr du en kanot:\nReservera kanoten i appen\nBoka en tid för nyckeln\nHämta paddlarna i boden"
    dump = _HEAD + "\n".join([_LEAD, _P1, _P2, steps]) + "\n" + _CHROME
    said = spoken_text(read_dump(dump))
    assert "Hämta paddlarna i boden" in said
