"""Session 17 (E8): live data widgets that were still read (issue #9; livewidgets.py).

Three shapes the session 16 pass let through: a widget whose one value happened to stand in the prose ("26 °C" in a
table of bathing places beside "över 26 grader" in the text) or whose labels the article spoke of ("Bensin 95: …"
under an article on a petrol station) though it gave its feed's source or update time; a departure board whose
update line stands right under its heading; a camera's picture named before a colon over its update time and source.
Every page here was written after the fix, for invented sites, places and values. The guards: a box whose values the
prose mostly repeats stays though it names its source; the session 16 guards (tests/test_extract_s16_live_widgets.py,
tests/test_extract_s10_body_readings.py) still hold.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_TOP = "Kustbladet\nNyheter\nSport\nKultur\nLogga in\n"
_HEAD = "Värmeböljan håller i sig över Halland\n14 juli 2027 kl. 07.40\n"
_P1 = ("Tisdagen blev den varmaste dagen hittills i sommar i Halmstad, där SMHI mätte upp 31,4 grader vid "
       "flygplatsen strax efter klockan två.")
_P2 = ("Enligt meteorologen väntas temperaturen ligga över 20 grader även under nätterna resten av veckan, vilket "
       "gör det svårt att sova för många.")
_P3 = "– Drick mycket vatten och håll dig i skuggan mitt på dagen, säger Pia Ström, sjuksköterska på vårdcentralen."
_END = "Kundtjänst\nAnnonsera\nCookies\n"


def _page(widget: str, under: bool = False) -> list[str]:
    if under:
        return spoken_lines(read_dump(_TOP + _HEAD + "\n\n".join([_P1, _P2, _P3]) + "\n\n" + widget + "\n" + _END))
    return spoken_lines(read_dump(_TOP + _HEAD + _P1 + "\n\n" + widget + "\n" + "\n\n".join([_P2, _P3]) + "\n\n"
                                  + _END))


def _gone(lines: list[str], widget: str) -> None:
    for p in (_P1, _P2, _P3):
        assert p in lines
    for w in widget.splitlines():
        if w:
            assert w not in lines


def test_a_widget_with_one_value_the_prose_happens_to_repeat_goes() -> None:
    w = ("Havstemperaturer just nu\nTylösand: 19 °C\nÖstra stranden: 20 °C\nSkrea strand: 18 °C\n"
         "Mätt kl. 10.00 av Halmstads kommun\n")
    _gone(_page(w, under=True), w)


def test_a_forecast_closed_by_its_link_goes() -> None:
    w = "Väder Halmstad\nI kväll: 24° Klart\nLördag: 27° Sol\nSöndag: 22° Regn\nFullständig prognos\n"
    _gone(_page(w, under=True), w)


def test_a_price_widget_with_its_source_goes_though_the_article_names_its_labels() -> None:
    p1 = ("Åkeriet i Ånge byter från diesel till HVO i alla sina tolv lastbilar, trots att HVO fortfarande är "
          "dyrare vid pumpen.")
    w = ("Drivmedelspriser i dag\nHVO: 24,10 kr/l (Ånge, Preem)\nDiesel: 19,05 kr/l (Ånge, Preem)\n"
         "Priserna rapporteras av läsare.\n")
    lines = spoken_lines(read_dump(_TOP + "Åkeriet satsar på fossilfritt\n3 mars 2027\n" + p1 + "\n\n" + _P3
                                   + "\n\n" + w + "\n" + _END))
    assert p1 in lines and _P3 in lines
    assert not any(x in lines for x in w.splitlines() if x)


def test_a_departure_board_with_its_update_line_under_the_heading_goes() -> None:
    w = ("Avgångar från Tierp\nUppdateras automatiskt\nTid\nTill\nSpår\n14:05\nUppsala C\n3\n14:35\nGävle C\n1\n"
         "Källa: Trafikverket.\n")
    _gone(_page(w), w)


def test_a_cameras_picture_between_paragraphs_goes() -> None:
    w = "Trafikkamera: E6 vid Fyllinge\nBilden uppdateras varannan minut. Senast 07.38\nKälla: Trafikverket\n"
    _gone(_page(w), w)


def test_guard_a_box_whose_values_the_prose_mostly_repeats_stays() -> None:
    p2 = "Varmast var det i Laholm med 31,8 grader, medan Falkenberg stannade på 29,6 grader."
    box = "Temperaturer i dag\nLaholm: 31,8 °C\nHalmstad: 31,4 °C\nFalkenberg: 29,6 °C\nKälla: SMHI\n"
    lines = spoken_lines(read_dump(_TOP + _HEAD + _P1 + "\n\n" + p2 + "\n\n" + box + "\n" + _P3 + "\n\n" + _END))
    assert "Laholm: 31,8 °C" in lines and "Falkenberg: 29,6 °C" in lines


def test_guard_a_data_line_named_like_a_kind_is_no_widget_heading() -> None:
    p2 = "Vid mätstationen i hamnen visade termometern rekordvärden under eftermiddagen, enligt kommunen."
    box = "Fakta: Mätstationen\nVattentemperatur: 23 °C\nByggd: 1998\n"
    lines = spoken_lines(read_dump(_TOP + _HEAD + _P1 + "\n\n" + p2 + "\n\n" + box + "\n" + _P3 + "\n\n" + _END))
    assert "Byggd: 1998" in lines
