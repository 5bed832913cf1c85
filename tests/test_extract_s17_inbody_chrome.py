"""Session 17 (E10): widget chrome inside the article (issue #9: a webcam's caption and stamp, a booking widget's
fields, a gallery's browsing buttons, a process timeline's marker, a readers' average grade read aloud; rows of
data/boilerplate.tsv, and chromeruns.py cutting a run of them out between two parts of the article so the article goes
on under it). Every page here was written after the fix, for invented sites, places and values; the guards: an
editor's whole grade, a sentence naming a webcam, a subheading under the widget.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_TOP = "Tjustbladet\nStart\nNyheter\nKultur\nKontakt\n"
_HEAD = "Gästhamnen i Valdemarsvik får ny servicebyggnad\n14 maj 2027 kl. 09.40\n"
_P1 = "Kommunen har beslutat att bygga en ny servicebyggnad med duschar och tvättstuga vid gästhamnen i Valdemarsvik."
_P2 = "Den gamla byggnaden från sjuttiotalet rivs efter säsongen och arbetet beräknas vara klart till nästa sommar."
_P3 = "– Båtgästerna har efterfrågat bättre service länge, säger hamnchefen Görel Stenmark."
_END = "Om oss\nAnnonsera\nTillgänglighet\n"


def _page(widget: str, glued: bool = False) -> list[str]:
    sep = "\n" if glued else "\n\n"
    return spoken_lines(read_dump(_TOP + _HEAD + _P1 + sep + widget + ("" if glued else "\n") + sep.join([_P2, _P3])
                                  + sep + _END))


def _check(lines: list[str], widget: str) -> None:
    for p in (_P1, _P2, _P3):
        assert p in lines
    assert lines[0] == "Gästhamnen i Valdemarsvik får ny servicebyggnad"
    for w in widget.splitlines():
        assert w not in lines


def test_a_webcam_between_paragraphs_goes_and_the_article_goes_on() -> None:
    w = "Livekamera över gästhamnen\nKamerabilden uppdateras var tionde minut\n"
    _check(_page(w), w)
    _check(_page(w, glued=True), w)


def test_a_booking_widget_with_a_search_button_goes() -> None:
    w = "Ange ankomstdatum\nAntal nätter\nAntal vuxna\nSök\n"
    _check(_page(w), w)
    _check(_page(w, glued=True), w)


def test_a_booking_widgets_times_between_its_fields_go() -> None:
    w = "Välj behandling\n10.15\n13.45\nSe tillgängliga tider\n"
    _check(_page(w, glued=True), w)


def test_gallery_buttons_and_timeline_marker_go() -> None:
    w = "Klicka genom bildspelet\nÖppna bilden i helskärm\n"
    _check(_page(w, glued=True), w)
    _check(_page("Ärendet är här\n"), "Ärendet är här\n")


def test_a_readers_average_grade_goes() -> None:
    for w in ("Snittbetyg 3,8 av 5 (41 omdömen)\n", "⭐⭐⭐⭐ 212 kundomdömen\n", "Betygsätt inlägget\n"):
        _check(_page(w, glued=True), w)


def test_guards_an_editors_grade_a_sentence_and_a_subheading_stay() -> None:
    lines = spoken_lines(read_dump(_TOP + _HEAD + _P1 + "\nBetyg: 4 av 5\n" + _P2 + "\n" + _P3 + "\n" + _END))
    assert "Betyg: 4 av 5" in lines
    s = "Via kommunens webbkamera kan man följa bygget vid hamnen från och med i höst, berättar Görel Stenmark."
    lines = spoken_lines(read_dump(_TOP + _HEAD + _P1 + "\n\n" + s + "\n\n" + _P2 + "\n\n" + _END))
    assert s in lines
    w = "Välj datum\nAntal gäster\n"
    lines = spoken_lines(read_dump(_TOP + _HEAD + _P1 + "\n" + w + "Rivning i oktober\n" + _P2 + "\n" + _P3 + "\n" + _END))
    assert "Rivning i oktober" in lines and _P2 in lines and "Välj datum" not in lines
