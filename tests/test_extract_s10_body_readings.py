"""A weather widget right under an article about something else was read when its rows were other readings than a
temperature ("Vädret just nu", the place, "4°", "Lätt regn", "Vind 6 m/s"; a snow depth "85 cm" beside "-6°"): the
widget needs two readings, and only a temperature counted. pagewidgets._TEMPERATURE takes a wind, rain or snow reading
too, with its name or not (session 10 E2).

Every dump here was written after the fix, for fictional sites; the guards are the article's own box of readings, each
given its place as a label ("Sunne: -12°"), and a widget under an article about the weather (kept, as before).
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_HEAD = ("Fjällposten\nNyheter\nSport\nLogga in\n\nBiblioteket i Torsby får ny chef\n"
         "Publicerad 20 november 2025 kl 09.15\n\n"
         "Efter tjugo år som bibliotekschef i Torsby går Eva Hed i pension vid årsskiftet.\n\n"
         "Hennes efterträdare blir Jonas Berg, som närmast kommer från stadsbiblioteket i Karlstad.\n\n"
         "– Jag vill att fler unga ska hitta hit, säger han när vi träffar honom bland hyllorna.\n\n")
_FOOT = "\nDela\n© Fjällposten\n"


def _leaked(box: str) -> list[str]:
    spoken = _spoken(_read(_HEAD + box + _FOOT))
    return [line for line in box.splitlines() if line and line in spoken]


def test_a_weather_widget_under_the_article_goes() -> None:
    assert not _leaked("Vädret i Torsby\n-8°\nKlart\nVind 3 m/s\n")


def test_a_snow_widget_goes() -> None:
    assert not _leaked("Snöläget\nHovfjället\nSnödjup 62 cm\n-11 °C\n")


def test_guard_a_widget_under_an_article_about_the_weather_stays() -> None:
    head = _HEAD.replace("– Jag vill att fler unga ska hitta hit, säger han när vi träffar honom bland hyllorna.",
                         "Invigningen blir av trots att SMHI varnar för kraftig vind på lördag.")
    spoken = _spoken(_read(head + "Vädret i Torsby\n-8°\nKlart\nVind 14 m/s\n" + _FOOT))
    assert "Vind 14 m/s" in spoken


def test_guard_the_articles_box_of_labelled_readings_stays() -> None:
    box = "Så kallt var det i natt\nHovfjället: -19°\nTorsby: -14°\nSunne: -12°\n"
    spoken = _spoken(_read(_HEAD + box + _FOOT))
    assert "Hovfjället: -19°" in spoken and "Sunne: -12°" in spoken
