"""Session 16 (E6): what a page says about the article read aloud as the article (issue #9): the newsroom's method
box, a form under its call, a memorial page's life line, candles and guestbook, a photo slider's instruction and years,
notes of an easy-read or print version, a columnist's disclosures and bio line, the opinion page's call, a series'
blurb (rows in data/boilerplate.tsv, passes in articlenotes.py).

Every page here was written after the fix, with other words, sites and numbers than the pages the fix came from; the
guards: an article's own subheading and paragraph that say nothing of the reporting, an article's short list, an
article that names a year on its own line far from any slider, memorial text (minnesord) read.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_TOP = "Vimmerby Tidning\nNyheter\nSport\nKultur\nDebatt\nE-tidning\n"
_HEAD = "Hyrorna i Hultsfred har stigit mest i länet\n14 mars 2026 kl. 06.00\n"
_TEXT = ("Sedan 2021 har hyrorna i kommunens allmännyttiga bostäder höjts med nästan 19 procent.\n"
         "Det är mer än i någon annan kommun i Kalmar län, visar en sammanställning av de årliga förhandlingarna.\n"
         "– Många hyresgäster hör av sig och undrar hur länge det här ska hålla på, säger Mats Ivarsson på "
         "Hyresgästföreningen.\n"
         "Bostadsbolaget motiverar höjningarna med stigande räntor och eftersatt underhåll i flera av husen.\n")
_END = "Kontakta redaktionen\nVimmerby Tidning AB\nIntegritetspolicy\n"


def test_a_call_form_with_its_pitch_fields_and_button_goes() -> None:
    form = ("Tipsa om årets eldsjäl!\n"
            "Känner du någon som gör skillnad i föreningslivet? Berätta för oss.\n"
            "Ditt namn\n"
            "Eldsjälens namn\n"
            "Förening\n"
            "Varför just hen\n"
            "Skicka tipset\n")
    lines = spoken_lines(read_dump(_TOP + _HEAD + _TEXT + form + _END))
    assert "Bostadsbolaget motiverar höjningarna med stigande räntor och eftersatt underhåll i flera av husen." in lines
    for gone in ("Tipsa om årets eldsjäl!", "Eldsjälens namn", "Förening", "Skicka tipset"):
        assert gone not in lines


def test_a_compare_widget_goes() -> None:
    widget = "Jämför kommunerna\nVälj kommun\nJämför\n"
    lines = spoken_lines(read_dump(_TOP + _HEAD + _TEXT + widget + _END))
    assert "Jämför kommunerna" not in lines
    assert "Välj kommun" not in lines


def test_notes_about_the_article_go() -> None:
    notes = ("Den här nyheten finns också på lätt svenska.\n"
             "Länkar i texten:\n[1] https://www.example.se/hyror\n[2] https://www.example.se/lan\n")
    lines = spoken_lines(read_dump(_TOP + _HEAD + _TEXT + notes))
    assert not any("lätt svenska" in x for x in lines)
    assert not any("https://" in x for x in lines)


def test_a_columns_disclosure_bio_and_call_go() -> None:
    col = ("Jäv och bindningar: Skribenten är medlem i Hyresgästföreningen sedan 2015.\n"
           "Per Holmqvist, 58 år, bor i Målilla och skriver krönikor i Vimmerby Tidning varannan vecka.\n"
           "Vill du också debattera? Mejla din text till debatt@example.se.\n")
    lines = spoken_lines(read_dump(_TOP + _HEAD + _TEXT + col + _END))
    assert "Bostadsbolaget motiverar höjningarna med stigande räntor och eftersatt underhåll i flera av husen." in lines
    assert not any(x.startswith(("Jäv och", "Per Holmqvist", "Vill du också")) for x in lines)


def test_a_series_blurb_and_its_heading_go() -> None:
    tail = ("Veckans film\n"
            "Varje torsdag tipsar vår recensent om en film att se på streaming. Läs alla tipsen här.\n"
            "Vill du att vi ska skriva om din förening? Mejla oss på tips@example.se.\n")
    lines = spoken_lines(read_dump(_TOP + _HEAD + _TEXT + tail + _END))
    assert not any(x.startswith(("Veckans film", "Varje torsdag", "Vill du att vi")) for x in lines)


_MEMORIAL = ("Minnesrummet\nSök minnessida\nSkapa minnessida\n"
             "Gunnel Axelsson\n"
             "* 3 maj 1941 † 9 februari 2026\n"
             "Gunnel växte upp på en gård utanför Rumskulla och arbetade i trettio år som lärare i Vimmerby.\n"
             "Hon älskade sin trädgård, sina barnbarn och långa promenader längs Stångån.\n"
             "62 ljus har tänts för Gunnel\n"
             "Tänd ett ljus för Gunnel\n"
             "Minnesbok\n"
             "Vila i frid, kära granne. Vi saknar dig.\n"
             "Familjen Lund\n"
             "12 februari 2026\n")


def test_a_memorial_pages_life_line_candles_and_guestbook_go_its_text_stays() -> None:
    article = read_dump(_MEMORIAL)
    lines = spoken_lines(article)
    assert article.title == "Gunnel Axelsson"
    assert "Hon älskade sin trädgård, sina barnbarn och långa promenader längs Stångån." in lines
    assert not any(x.startswith(("* 3 maj", "62 ljus", "Tänd ett ljus", "Minnesbok", "Vila i frid", "Familjen Lund"))
                   for x in lines)


def test_a_photo_sliders_instruction_and_years_go() -> None:
    slider = ("Flytta reglaget för att se skillnaden\n1972\n2026\n"
              "Bild 1972: Stadsarkivet. Bild 2026: Lena Ek\n")
    cut = _TEXT.index("– Många")
    page = _TOP + _HEAD + _TEXT[:cut] + slider + _TEXT[cut:] + _END
    lines = spoken_lines(read_dump(page))
    assert not any(x in {"1972", "2026"} or x.startswith(("Flytta reglaget", "Bild 1972")) for x in lines)
    assert "Bostadsbolaget motiverar höjningarna med stigande räntor och eftersatt underhåll i flera av husen." in lines


def test_guard_a_bulleted_year_list_stays() -> None:
    facts = "Bostadsbolagets höjningar:\n* 2024 Fem procent\n* 2025 Sex procent\n"
    lines = spoken_lines(read_dump(_TOP + _HEAD + _TEXT + facts + _END))
    assert any("Fem procent" in x for x in lines)
