"""Session 17 (E8): the page's lines about the article still read aloud (issue #9), each by a shape that holds on any site.

- a chart copied as text under its title ("Diagram: …" over pairs of a bare label and a bare figure): viewers.py, kind
  ``chart`` in data/viewer_chrome.tsv;
- a team photo's caption by its rows ("Bakre raden från vänster: …", long with its names): caption-position in
  data/boilerplate.tsv;
- a social page plugin's counter ("2 310 gillar detta"): social-counter in data/boilerplate.tsv;
- a player's label naming its reporter ("Hör <Name> berätta från platsen"): FURNITURE in
  data/live_words.py;
- a sign-up form with one field asking how to reach the reader ("Prenumerera på …" / its pitch / "Din e-postadress" /
  "Starta"), and a call box with no field whose button says again the verb of its pitch ("Skicka in …!" / "Ladda upp
  …" / "Ladda upp film"): articlenotes.call_form_tags;
- a newsroom's standing policy box ("Så rapporterar vi om …" over its paragraph, closed by its link): the
  newsroom-policy row and articlenotes.policy_box_tags.

Every page was written after the fix, for invented sites. Guards: a chart title over prose keeps the prose; the
article's own list of short items ending in a line that starts with a verb stays; a sentence naming the people "från
vänster" inside the text stays.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_TOP = "Gnestaposten\nNyheter\nSport\nLogga in\n"
_HEAD = "Idrottsföreningen får pengar till ny konstgräsplan\n12 oktober 2027\n"
_LEAD = ("Kommunstyrelsen i Gnesta beslutade på måndagen att ge Gnesta IF fyra miljoner kronor till en konstgräsplan "
         "vid Frönäs, som ska stå klar nästa höst.")
_P2 = ("Föreningen har i flera år tvingats hyra planer i grannkommunerna under vintern, och många lag har fått träna "
       "sent på kvällarna.")
_P3 = "– Det här betyder att barnen kan träna hemma hela året, säger ordföranden Karin Lööf."
_END = "Kontakta oss\nCookies\n© Gnestaposten\n"


def _lines(middle: str, tail: str = "") -> list[str]:
    return spoken_lines(read_dump(_TOP + _HEAD + _LEAD + "\n" + _P2 + "\n" + middle + _P3 + "\n" + tail + _END))


def test_a_chart_copied_as_labels_and_figures_goes() -> None:
    chart = "Diagram: Föreningens medlemmar per sektion\nFotboll\n412\nInnebandy\n188\nFriidrott\n64\n"
    lines = _lines(chart)
    assert _LEAD in lines and _P2 in lines and _P3 in lines
    assert not any(x in lines for x in ("Fotboll", "Innebandy", "Friidrott",
                                        "Diagram: Föreningens medlemmar per sektion"))


def test_guard_a_chart_title_over_prose_keeps_the_prose() -> None:
    p = "Fotbollen är störst med över fyrahundra aktiva, följd av innebandyn och friidrotten som växer snabbt."
    lines = _lines("Diagram: Föreningens medlemmar per sektion\n" + p + "\n")
    assert p in lines


def test_a_team_photos_rows_go() -> None:
    cap = ("Bakre raden från vänster: Tränaren Jonas Ek, Alva Berg, Maja Lind, Ida Holm, Saga Nyberg, Tilde Åström, "
           "tränaren Omar Said. Främre raden: Ella Rask, Moa Frid, Nova Sjö, Liv Dahl, Elsa Kron, Stina Ahl.")
    lines = _lines(cap + "\nFoto: Per Holm\n")
    assert _P3 in lines and cap not in lines


def test_guard_from_the_left_inside_a_sentence_stays() -> None:
    p = "På bilden syns från vänster ordföranden Karin Lööf och kassören Bengt Ro när beslutet kom på måndagen."
    lines = _lines(p + "\n")
    assert p in lines


def test_a_social_plugins_counter_goes() -> None:
    lines = _lines("", "Gnestaposten på Facebook\n2 310 gillar detta\n")
    assert "2 310 gillar detta" not in lines


def test_a_sign_up_form_with_one_contact_field_goes() -> None:
    form = ("Prenumerera på Matchlarmet\nFå ett mejl när Gnesta IF spelar hemma. Helt gratis.\nDin e-postadress\n"
            "Starta\n")
    lines = _lines("", form)
    assert _P3 in lines
    assert not any(x in lines for x in form.splitlines())


def test_a_call_box_whose_button_says_its_pitchs_verb_goes() -> None:
    box = ("Skicka in ditt matchklipp!\nLadda upp en film från matchen så visar vi de bästa i nästa nummer.\n"
           "Ladda upp film\n")
    lines = _lines("", box)
    assert _P3 in lines
    assert not any(x in lines for x in box.splitlines())


def test_guard_the_articles_list_ending_in_a_verb_line_stays() -> None:
    lst = ("Så söker du bidraget:\nFyll i blanketten på kommunens webbplats.\nBifoga föreningens verksamhetsplan.\n"
           "Skicka in ansökan före den 1 december.\n")
    lines = _lines(lst)
    assert "Skicka in ansökan före den 1 december." in lines


def test_a_players_label_naming_its_reporter_goes() -> None:
    lines = _lines("", "Hör Lena Vik berätta från platsen\n▶ 2:14\n")
    assert _P3 in lines and "Hör Lena Vik berätta från platsen" not in lines


def test_a_newsrooms_standing_policy_box_goes() -> None:
    box = ("Så rapporterar vi om rättegångar\nGnestaposten publicerar normalt inte namn på åtalade. Undantag görs när "
           "den åtalade har en framträdande roll i samhället.\nLäs mer om våra publicistiska principer\n")
    lines = _lines("", box)
    assert _P3 in lines
    assert not any(x in lines for x in box.splitlines())


def test_guard_the_article_going_on_under_a_policy_heading_keeps_its_paragraphs() -> None:
    p4 = ("Föreningen räknar med att den nya planen kan invigas med en turnering för alla ungdomslag i början av "
          "september nästa år.")
    p5 = "Kommunen står för markarbetet, medan föreningen själv sköter driften och snöröjningen."
    lines = _lines("Så skriver vi om kommunens bidrag\n" + p4 + "\n" + p5 + "\n")
    assert p4 in lines and p5 in lines
