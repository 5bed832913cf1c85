"""Session 17 (E8): boxes of the page read aloud (issue #9), each by a shape that holds on any site.

- an opening-hours box whose closure notice stands over its heading, the heading naming from when the hours hold
  ("Kansliet stängt 2–9 juni" / "Öppettider från 10 juni" / weekday lines): servicewidgets._hours;
- a box of the article said again in other languages under its heading ("Kort på andra språk"), set between the lead
  and the body rather than under the text: foreignlines.foreign_line_tags;
- a page's refresh note with its period ("Sidan uppdateras automatiskt var 30:e sekund"), never the headline: the
  live-furniture row of data/boilerplate.tsv;
- a text-TV index's label ending in ':' over its rows of dotted leaders: viewers.viewer_cuts.

Every page was written after the fix, for invented sites. Guards: weekday lines the article announces stay; an
English line the article goes on about stays; a Swedish line ending in ':' over the article's own list stays.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_TOP = "Vänersborgs Nyheter\nNyheter\nKultur\nLogga in\n"
_HEAD = "Föreningsarkivet flyttar till Residenset\n9 maj 2027\n"
_LEAD = ("Föreningsarkivet i Vänersborg lämnar källaren under stadsbiblioteket och flyttar i juni in i ljusa lokaler "
         "på Residensets övervåning.")
_P2 = ("Arkivet förvarar handlingar från över fyrahundra föreningar, från idrottsklubbar till nykterhetsloger, och "
       "lokalerna har länge varit för trånga.")
_P3 = "– Nu kan besökarna äntligen sitta vid ett fönster när de forskar, säger arkivarien Maja Lund."
_END = "Kontakt\nCookies\n© Vänersborgs Nyheter\n"


def _lines(page: str) -> list[str]:
    return spoken_lines(read_dump(page))


def test_hours_box_with_its_closure_notice_over_its_heading_goes() -> None:
    box = "Kansliet stängt 2–9 juni\nÖppettider från 10 juni\nTisdag–torsdag: 10–15\nLördag: 11–13\nSöndag: Stängt\n"
    lines = _lines(_TOP + _HEAD + "\n".join([_LEAD, _P2, _P3]) + "\n" + box + _END)  # a dump without blank lines
    assert _LEAD in lines and _P3 in lines
    assert not any(x in lines for x in box.splitlines())


def test_guard_hours_the_article_announces_stay() -> None:
    box = "Arkivet har nya tider från den 10 juni och de blir:\nTisdag–torsdag: 10–15\nLördag: 11–13\n"
    lines = _lines(_TOP + _HEAD + "\n\n".join([_LEAD, _P2, _P3]) + "\n\n" + box + "\n" + _END)
    assert "Lördag: 11–13" in lines


def test_other_languages_box_between_lead_and_body_goes() -> None:
    box = ("Kort på andra språk\nEnglish: The association archive in Vänersborg is moving to the Residence in June.\n"
           "Suomeksi: Vänersborgin yhdistysarkisto muuttaa kesäkuussa Residenssiin.\n")
    lines = _lines(_TOP + _HEAD + _LEAD + "\n" + box + _P2 + "\n\n" + _P3 + "\n\n" + _END)
    assert _LEAD in lines and _P2 in lines and _P3 in lines
    assert not any(x in lines for x in box.splitlines())


def test_guard_an_english_line_the_article_goes_on_about_stays() -> None:
    quote = "The archive is the memory of the town and it needs light."
    p2 = "Så skrev den engelske forskaren i arkivets gästbok, och orden har blivit föreningens motto sedan dess."
    lines = _lines(_TOP + _HEAD + _LEAD + "\n\n" + quote + "\n\n" + p2 + "\n\n" + _P3 + "\n\n" + _END)
    assert p2 in lines


def test_a_refresh_note_with_its_period_is_no_headline_and_goes() -> None:
    page = ("Nyheter\nSidan uppdateras automatiskt var 30:e sekund\nTrafiken i Trollhättan\n"
            + "\n".join([_LEAD, _P2, _P3]) + "\n" + _END)
    lines = _lines(page)
    assert lines[0] == "Trafiken i Trollhättan"
    assert "Sidan uppdateras automatiskt var 30:e sekund" not in lines


def test_a_text_tv_index_label_goes_with_its_rows() -> None:
    index = "Fler lokala nyheter:\nDalsland ........... 212\nTrollhättan ........ 213\nLidköping .......... 214\n"
    lines = _lines(_TOP + _HEAD + "\n".join([_LEAD, _P2, _P3]) + "\n" + index + "Om Text-TV\n" + _END)
    assert _P3 in lines
    assert "Fler lokala nyheter:" not in lines


def test_guard_a_line_ending_in_a_colon_over_the_articles_list_stays() -> None:
    lst = "Flytten sker i tre steg:\nKartotek och register\nProtokoll före 1950\nFotografier och affischer\n"
    lines = _lines(_TOP + _HEAD + "\n\n".join([_LEAD, _P2]) + "\n\n" + lst + "\n" + _P3 + "\n\n" + _END)
    assert "Flytten sker i tre steg:" in lines
